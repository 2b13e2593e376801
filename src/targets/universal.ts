import type { Target } from './parse.js';

/** darwin/universal: one fat Mach-O joined from the darwin/amd64 and darwin/arm64 builds. */
export const UNIVERSAL: Target = { goos: 'darwin', goarch: 'universal' };

export function isUniversal(t: Target): boolean {
  return t.goos === UNIVERSAL.goos && t.goarch === UNIVERSAL.goarch;
}

/** The thin targets a universal binary is joined from, in the order lipo writes them. */
export const UNIVERSAL_SLICES: Target[] = [
  { goos: 'darwin', goarch: 'amd64' },
  { goos: 'darwin', goarch: 'arm64' }
];
