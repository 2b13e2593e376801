/** Modinfo parsing and Go-compatible unquoting (strconv.Unquote semantics). */
import { describe, expect, it } from '@jest/globals';
import { buildSetting, parseModInfo, quotedPrefix, unquote } from '../../src/verify/modinfo.js';

describe('unquote', () => {
  it.each([
    ['"-s -w"', '-s -w'],
    ['"a\\tb\\nc\\\\d\\"e"', 'a\tb\nc\\d"e'],
    ['"\\x41\\101\\u00e9\\U0001F600"', 'AAé😀'],
    ['"\\a\\b\\f\\r\\v"', '\x07\b\f\r\v'],
    ['`raw \\n "x"`', 'raw \\n "x"'],
    ['`cr\rdropped`', 'crdropped'],
    ['"日本"', '日本']
  ])('%s', (input, want) => {
    expect(unquote(input)).toBe(want);
  });
  it.each([
    '"unterminated',
    '"bad \\q escape"',
    '"\\xZZ"',
    '"\\400"',
    '"\\ud800"',
    '`a`b`',
    '"a"b"',
    "'x'",
    '"'
  ])('rejects %s', input => {
    expect(unquote(input)).toBeNull();
  });
  it('quotedPrefix finds the end of the literal', () => {
    expect(quotedPrefix('"a\\"b"=c')).toBe('"a\\"b"');
    expect(quotedPrefix('`k`=v')).toBe('`k`');
    expect(quotedPrefix('"open')).toBeNull();
  });
});

describe('build settings', () => {
  it.each([
    ['-ldflags="-s -w -X \'main.v=a b\'"', ['-ldflags', "-s -w -X 'main.v=a b'"]],
    ['CGO_ENABLED=0', ['CGO_ENABLED', '0']],
    ['DefaultGODEBUG=a=1,b=2', ['DefaultGODEBUG', 'a=1,b=2']],
    ['"key with space"="v"', ['key with space', 'v']],
    ['`k=x`=`y`', ['k=x', 'y']],
    ['-gcflags=', ['-gcflags', '']]
  ])('%s', (kv, want) => {
    expect(buildSetting(kv)).toEqual(want);
  });
  it.each(['novalue', '=x', '"k"x', '"k'])('rejects %s', kv => {
    expect(buildSetting(kv)).toBeNull();
  });
});

describe('parseModInfo', () => {
  it('reads path, main module, deps with replacements and settings; tolerates junk', () => {
    const text = [
      'path\texample.com/app/cmd/app',
      'mod\texample.com/app\t(devel)\t',
      'dep\tgolang.org/x/sys\tv0.20.0\th1:abc=',
      'dep\texample.com/greet\tv1.2.3',
      '=>\t./greet\t(devel)\t',
      'build\t-ldflags="-s -w"',
      'build\tGOARCH=arm64',
      '',
      'weird line',
      '=>\torphan\tv1\t'
    ].join('\n');
    const m = parseModInfo(text);
    expect(m.path).toBe('example.com/app/cmd/app');
    expect(m.main).toEqual({ path: 'example.com/app', version: '(devel)', sum: '' });
    expect(m.deps).toEqual([
      { path: 'golang.org/x/sys', version: 'v0.20.0', sum: 'h1:abc=' },
      {
        path: 'example.com/greet',
        version: 'v1.2.3',
        sum: '',
        replace: { path: './greet', version: '(devel)', sum: '' }
      }
    ]);
    expect(m.settings).toEqual({ '-ldflags': '-s -w', GOARCH: 'arm64' });
    expect(m.bad).toEqual(['weird line', '=>\torphan\tv1\t']);
  });
});
