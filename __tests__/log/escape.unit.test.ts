import { describe, expect, it } from '@jest/globals';
import {
  annotationProps,
  excerpt,
  guardLine,
  html,
  htmlLine,
  line,
  untrusted
} from '../../src/log/escape.js';

/** How the runner reads output: lines split on CRLF, LF and a lone CR; `::` at a line's start is a command. */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter(l => l.trimStart().startsWith('::') || l.includes('##['));
}

const HOSTILE = [
  '\r::warning::forged',
  '\n::error file=x::forged',
  'a\r\n  ::notice::forged',
  '::add-mask::secret',
  'x ##[error]forged',
  '\u001b[31mred\u001b[0m',
  'line\u2028sep\u0085nel',
  '%0A::warning::%25'
];

describe('untrusted()', () => {
  it.each(HOSTILE)('leaves no command line in %j', text => {
    const out = untrusted(text);
    expect(out).not.toMatch(/[\r\n\u2028\u0085\u001b]/);
    expect(commandLines(`prefix ${out}`)).toEqual([]);
    expect(commandLines(out)).toEqual([]);
  });
  it('shows controls visibly and keeps ordinary text as is', () => {
    expect(untrusted('a\rb\nc\td\u001b')).toBe('a\\rb\\nc\\td\\x1b');
    expect(untrusted('dist/app_linux_arm64 go1.23.5')).toBe('dist/app_linux_arm64 go1.23.5');
    expect(untrusted('a::b')).toBe('a:\u200b:b');
  });
});

describe('line`...`', () => {
  it('escapes only the values', () => {
    expect(line`verify ${'dist/x\r::warning::y'}: ok`).toBe(
      'verify dist/x\\r:\u200b:warning:\u200b:y: ok'
    );
  });
  it('guards a line that starts with a value', () => {
    expect(commandLines(line`${'::error::x'}`)).toEqual([]);
    expect(commandLines(guardLine('  ::error::x'))).toEqual([]);
    expect(guardLine('plain text')).toBe('plain text');
  });
});

describe('html()', () => {
  it('escapes tags, entities, quotes and table pipes, on one line', () => {
    expect(html('<img src=x onerror="a">&\'|\n')).toBe(
      '&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;&#124;\\n'
    );
    expect(htmlLine`<code>${'<b>'}</code>`).toBe('<code>&lt;b&gt;</code>');
  });
});

describe('annotation properties and excerpts', () => {
  it('makes file and title one line', () => {
    expect(annotationProps({ file: 'a\rb', title: 't\n::x::' })).toEqual({
      file: 'a\\rb',
      title: 't\\n:\u200b:x:\u200b:'
    });
    expect(annotationProps({})).toEqual({});
  });
  it('cuts a long excerpt', () => {
    expect(excerpt('root:x:0:0:root:/root:/bin/bash', 8)).toBe('root:x:0…');
  });
});
