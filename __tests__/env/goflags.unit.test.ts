import { describe, expect, it } from '@jest/globals';
import { buildGoflags, goflagsSupportsQuotes, ldflagsStrip } from '../../src/env/goflags.js';

const base = { trimpath: true, forceRebuild: false, ldflags: '-s -w' };

describe('buildGoflags', () => {
  it.each([
    ['go1.23.5', `-trimpath '-ldflags=-s -w'`],
    ['go1.22.12', `-trimpath '-ldflags=-s -w'`],
    ['go1.21.13', `-trimpath '-ldflags=-s -w'`],
    ['go1.21.0', `-trimpath '-ldflags=-s -w'`],
    ['go1.20', '-trimpath -ldflags=-s'],
    ['go1.19.8', '-trimpath -ldflags=-s']
  ])('%s -> %s', (goVersion, expected) => {
    expect(buildGoflags({ ...base, goVersion }).value).toBe(expected);
  });

  it('explains what old Go could not take', () => {
    const r = buildGoflags({
      ...base,
      goVersion: 'go1.19.8',
      ldflags: '-s -w -X main.version=1.2.3'
    });
    expect(r.value).toBe('-trimpath -ldflags=-s');
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(
      /Go go1.19.8 cannot read a quoted value from GOFLAGS.*-ldflags=-s/
    );
    expect(buildGoflags({ ...base, goVersion: 'go1.23.5' }).notices).toEqual([]);
  });

  it('picks the quote the value does not use', () => {
    const r = buildGoflags({ ...base, goVersion: 'go1.22.12', ldflags: `-s -w -X 'main.v=a b'` });
    expect(r.value).toBe(`-trimpath "-ldflags=-s -w -X 'main.v=a b'"`);
  });

  it('passes a one-word value unquoted on every version', () => {
    expect(buildGoflags({ ...base, goVersion: 'go1.19.8', ldflags: '-w' }).value).toBe(
      '-trimpath -ldflags=-w'
    );
  });

  it('adds -a only with force-rebuild, and nothing for empty ldflags', () => {
    expect(
      buildGoflags({ goVersion: 'go1.23.5', trimpath: false, forceRebuild: true, ldflags: '' })
        .value
    ).toBe('-a');
    expect(
      buildGoflags({ goVersion: 'go1.23.5', trimpath: false, forceRebuild: false, ldflags: '' })
        .value
    ).toBe('');
  });

  it('knows which versions read quotes', () => {
    expect(goflagsSupportsQuotes('go1.20')).toBe(false);
    expect(goflagsSupportsQuotes('go1.21rc2')).toBe(true);
    expect(goflagsSupportsQuotes('go1.26.1')).toBe(true);
  });

  it('reads the stripping policy from ldflags', () => {
    expect(ldflagsStrip('-s -w')).toEqual({ symbols: true, dwarf: true });
    expect(ldflagsStrip('-w -X a=b')).toEqual({ symbols: false, dwarf: true });
    expect(ldflagsStrip('-X a=b')).toEqual({ symbols: false, dwarf: false });
  });
});
