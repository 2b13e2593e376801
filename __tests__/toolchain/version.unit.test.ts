import { describe, expect, it } from '@jest/globals';
import { goToSemver, parseVersionSpec, VersionSpecError } from '../../src/toolchain/version.js';
import { semverToGo } from '../../src/toolchain/resolve.js';

describe('Go version names', () => {
  it.each([
    ['go1.22.12', '1.22.12'],
    ['1.22.12', '1.22.12'],
    ['go1.20', '1.20.0'],
    ['go1.21.0', '1.21.0'],
    ['go1.22rc1', '1.22.0-rc.1'],
    ['go1.21beta1', '1.21.0-beta.1']
  ])('%s <-> %s', (go, sem) => {
    expect(goToSemver(go)).toBe(sem);
  });

  it.each([
    ['1.22.12', 'go1.22.12'],
    ['1.20.0', 'go1.20'],
    ['1.21.0', 'go1.21.0'],
    ['1.22.0-rc.1', 'go1.22rc1']
  ])('semver %s is Go %s', (sem, go) => {
    expect(semverToGo(sem)).toBe(go);
  });
});

describe('parseVersionSpec', () => {
  it.each([
    ['1.22.12', { kind: 'exact', version: 'go1.22.12' }],
    ['go1.19.8', { kind: 'exact', version: 'go1.19.8' }],
    ['1.24rc1', { kind: 'exact', version: 'go1.24rc1' }],
    ['1.22', { kind: 'range', range: '~1.22.0' }],
    ['1.22.x', { kind: 'range', range: '~1.22.0' }],
    ['^1.21', { kind: 'range', range: '^1.21' }],
    ['>=1.21.0 <1.23.0', { kind: 'range', range: '>=1.21.0 <1.23.0' }],
    ['stable', { kind: 'alias', alias: 'stable' }],
    ['oldstable', { kind: 'alias', alias: 'oldstable' }]
  ])('%s', (text, spec) => {
    expect(parseVersionSpec(text)).toEqual(spec);
  });

  it.each(['latest-ish', 'go', '1.x.2', 'banana'])('rejects %s naming go-version', text => {
    expect(() => parseVersionSpec(text)).toThrow(VersionSpecError);
    expect(() => parseVersionSpec(text)).toThrow(
      new RegExp(`^go-version "${text.replace('.', '\\.')}" is not a Go version; accepted:`)
    );
  });
});
