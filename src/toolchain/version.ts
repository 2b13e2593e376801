import semver from 'semver';
import { parseGoVersion } from './go-version.js';

/**
 * Go spells versions go1.22.12, go1.21.0, go1.20 (no .0 before 1.21),
 * go1.22rc1, go1.21beta1. The tool cache and semver want 1.22.12,
 * 1.20.0, 1.22.0-rc.1.
 */
export function goToSemver(version: string): string | undefined {
  const v = parseGoVersion(version.trim());
  if (!v) return undefined;
  const base = `${v.major}.${v.minor}.${v.patch ?? '0'}`;
  return v.pre ? `${base}-${v.pre}.${v.preNum}` : base;
}

/** `1.22.12` or `go1.22.12` -> `go1.22.12`, as `go version` prints it. */
export function goName(version: string): string {
  return version.startsWith('go') ? version : `go${version}`;
}

/** The form users write and outputs carry: `1.22.12`. */
export function bareVersion(version: string): string {
  return version.replace(/^go/, '');
}

export type VersionSpec =
  | { kind: 'exact'; version: string /* go1.22.12 */ }
  | { kind: 'range'; range: string /* semver range */ }
  | { kind: 'alias'; alias: 'stable' | 'oldstable' };

export class VersionSpecError extends Error {}

/**
 * Classifies a go-version value. Exact: 1.22.12, go1.22.12, 1.22rc1 (and
 * 1.20, which is an exact release). Range: 1.22, 1.22.x, ^1.21, >=1.21 <1.23.
 */
export function parseVersionSpec(input: string, inputName = 'go-version'): VersionSpec {
  const spec = input.trim();
  if (spec === 'stable' || spec === 'oldstable') return { kind: 'alias', alias: spec };
  // Exact: a patch release or a pre-release (not both, as Go never publishes 1.22.1rc1).
  const v = parseGoVersion(spec);
  const exact = v && (v.patch === undefined) !== (v.pre === undefined);
  if (exact) return { kind: 'exact', version: goName(spec) };
  const minorOnly = /^(?:go)?(\d+)\.(\d+)(?:\.x)?$/.exec(spec);
  if (minorOnly) {
    const [, major, minor] = minorOnly;
    // go1.20 and earlier minors were themselves releases (go1.20 == 1.20.0).
    return { kind: 'range', range: `~${major}.${minor}.0` };
  }
  if (semver.validRange(spec)) return { kind: 'range', range: spec };
  throw new VersionSpecError(
    `${inputName} "${input}" is not a Go version; accepted: an exact version (1.22.12), a minor (1.22 or 1.22.x), a semver range (^1.21), stable or oldstable`
  );
}
