import { describe, expect, it } from '@jest/globals';
import { buildMinor, parseBuildVersion } from '../../src/verify/goversion.js';

describe('parseBuildVersion', () => {
  it.each([
    ['go1.23.5', 'go1.23.5', false, []],
    ['go1.19.8', 'go1.19.8', false, []],
    ['go1.20', 'go1.20', false, []],
    ['go1.22rc1', 'go1.22rc1', false, []],
    // Go <= 1.25 (and >= 1.26 when the version itself has a "-"): a space.
    ['go1.25.12 X:arenas', 'go1.25.12', false, ['arenas']],
    // Go >= 1.26: a "-" when the version has none (go.dev/issue/75953).
    ['go1.27.4-X:arenas', 'go1.27.4', false, ['arenas']],
    ['go1.26.11-X:arenas,nocoverageredesign', 'go1.26.11', false, ['arenas', 'nocoverageredesign']],
    ['go1.22.1+auto', 'go1.22.1', false, []],
    ['go1.22.1+path', 'go1.22.1', false, []],
    ['go1.21.0-bigcorp X:boringcrypto', 'go1.21.0', false, ['boringcrypto']],
    ['devel go1.27-1a2b3c4d5e Tue Nov 4 10:00:00 2025 +0000', undefined, true, []],
    ['devel go1.27-1a2b3c4d5e Tue Nov 4 10:00:00 2025 +0000 X:arenas', undefined, true, ['arenas']],
    ['go1.23.5x', undefined, false, []],
    ['', undefined, false, []]
  ])('%j', (raw, release, devel, experiments) => {
    expect(parseBuildVersion(raw)).toEqual({ raw, release, devel, experiments });
  });

  it('gives the minor of a release only', () => {
    expect(buildMinor(parseBuildVersion('go1.27.4-X:arenas'))).toBe(27);
    expect(buildMinor(parseBuildVersion('devel go1.27-abc'))).toBeNull();
  });
});
