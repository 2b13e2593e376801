import { describe, expect, it } from '@jest/globals';
import {
  buildSbom,
  isCycloneDxText,
  mergeDeps,
  serializeSbom,
  settingsProperties
} from '../../src/release/sbom.js';
import type { GoReport } from '../../src/verify/report.js';

const mod = (p: string, version = 'v1.0.0') => ({ path: p, version, sum: '' });

function slice(goarch: string, deps: string[], extra: Record<string, string>): GoReport {
  return {
    version: 'go1.23.5',
    experiments: [],
    path: 'example.com/hello',
    main: mod('example.com/hello', '(devel)'),
    settings: { CGO_ENABLED: '0', GOOS: 'darwin', GOARCH: goarch, '-trimpath': 'true', ...extra },
    deps: deps.map(d => mod(d)),
    buildInfoFormat: 'inline'
  };
}

const amd64 = slice('amd64', ['example.com/both'], { GOAMD64: 'v1' });
const arm64 = slice('arm64', ['example.com/both', 'example.com/armonly'], { GOARM64: 'v8.0' });
const slices = [
  { goarch: 'amd64', go: amd64 },
  { goarch: 'arm64', go: arm64 }
];

describe('SBOM of a universal binary: every slice merged', () => {
  it('settings every slice shares once, the others per slice', () => {
    expect(settingsProperties(slices)).toEqual([
      ['go:build:CGO_ENABLED', '0'],
      ['go:build:GOOS', 'darwin'],
      ['go:slice:amd64:build:GOARCH', 'amd64'],
      ['go:slice:arm64:build:GOARCH', 'arm64'],
      ['go:build:-trimpath', 'true'],
      ['go:slice:amd64:build:GOAMD64', 'v1'],
      ['go:slice:arm64:build:GOARM64', 'v8.0']
    ]);
    // One binary: every setting as before.
    expect(settingsProperties([{ goarch: '', go: amd64 }])).toContainEqual([
      'go:build:GOARCH',
      'amd64'
    ]);
  });

  it('dependencies of any slice, once, with the slices that link them', () => {
    expect(mergeDeps(slices)).toEqual([
      { module: mod('example.com/both'), goarches: ['amd64', 'arm64'] },
      { module: mod('example.com/armonly'), goarches: ['arm64'] }
    ]);
  });

  it('the CycloneDX document lists the arm64-only module, tagged, and both GOARCH values', () => {
    const json = JSON.parse(
      serializeSbom(buildSbom({ name: 'hello_darwin_universal', go: amd64, slices }))
    );
    const names = json.components.map((c: { name: string }) => c.name).sort();
    expect(names).toEqual(['example.com/armonly', 'example.com/both', 'std']);
    const armonly = json.components.find((c: { name: string }) => c.name === 'example.com/armonly');
    expect(armonly.properties).toContainEqual({ name: 'go:slices', value: 'arm64' });
    const both = json.components.find((c: { name: string }) => c.name === 'example.com/both');
    expect(both.properties ?? []).not.toContainEqual(
      expect.objectContaining({ name: 'go:slices' })
    );
    const props = json.metadata.component.properties;
    expect(props).toContainEqual({ name: 'go:slice:arm64:build:GOARCH', value: 'arm64' });
    expect(props).toContainEqual({ name: 'go:slice:amd64:build:GOARCH', value: 'amd64' });
    expect(props).not.toContainEqual(expect.objectContaining({ name: 'go:build:GOARCH' }));
    expect(json.metadata.properties).toContainEqual({ name: 'go:slices', value: 'amd64,arm64' });
    expect(isCycloneDxText(JSON.stringify(json))).toBe(true);
    expect(isCycloneDxText('{"bomFormat":"SPDX"}')).toBe(false);
    expect(isCycloneDxText('not json')).toBe(false);
  });
});
