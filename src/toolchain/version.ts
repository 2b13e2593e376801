import semver from 'semver';

/**
 * Go spells versions go1.22.12, go1.21.0, go1.20 (no .0 before 1.21),
 * go1.22rc1, go1.21beta1. The tool cache and semver want 1.22.12,
 * 1.20.0, 1.22.0-rc.1.
 */
const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;

export function goToSemver(version: string): string | undefined {
  const m = GO_VERSION.exec(version.trim());
  if (!m) return undefined;
  const [, major, minor, patch, pre, preNum] = m;
  const base = `${major}.${minor}.${patch ?? '0'}`;
  return pre ? `${base}-${pre}.${preNum}` : base;
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
  const exact = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+)|(rc|beta)(\d+))$/.exec(spec);
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
