/** The summary section escapes what comes from binaries; go.mod require lines are found. */
import { describe, expect, it } from '@jest/globals';
import { compareBuilds } from '../../src/compare/diff.js';
import type { ArtifactFacts } from '../../src/compare/facts.js';
import { comparisonHtml, comparisonText } from '../../src/compare/render.js';
import { requireLine } from '../../src/compare/stage.js';

const art = (deps: { path: string; version: string }[], size: number): ArtifactFacts => ({
  name: 'app<img src=x>',
  path: 'dist/app',
  target: 'linux/arm64',
  size,
  sha256: null,
  sections: { '.text': size },
  go: {
    version: 'go1.22.12',
    path: null,
    main: null,
    deps: deps.map(d => ({ ...d, sum: '' })),
    settings: { '-tags': 'a|b' }
  }
});

describe('comparisonHtml', () => {
  it('escapes module paths, names and settings from the binary', () => {
    const c = compareBuilds(
      [art([], 1000)],
      [art([{ path: 'evil.example/<script>', version: 'v1.0.0' }], 2000)]
    );
    const out = comparisonHtml([
      {
        target: 'linux/arm64',
        base: { ref: 'refs/heads/<i>', sha: 'abcdef0123', how: 'newest' },
        comparison: c,
        overBudget: []
      }
    ]);
    expect(out).not.toMatch(/<script>|<img|<i>/);
    expect(out).toContain('evil.example/&lt;script&gt; v1.0.0');
    expect(out).toContain(
      '<code>refs/heads/&lt;i&gt;</code> @ <code>abcdef0</code> (newest baseline'
    );
  });

  it('the text form keeps one line per fact, control characters made visible', () => {
    const c = compareBuilds(
      [art([], 1000)],
      [art([{ path: 'x.example/a\nb', version: 'v1.0.0' }], 1000)]
    );
    expect(comparisonText(c, 'base.json')).toContain('added x.example/a\\nb v1.0.0');
  });
});

describe('requireLine', () => {
  const gomod = [
    'module example.com/app',
    '',
    'require example.com/one v1.0.0 // indirect',
    'require (',
    '\texample.com/two v1.2.0',
    '\t"example.com/three" v0.1.0',
    ')',
    'replace example.com/two => ./two'
  ].join('\n');
  it.each([
    ['example.com/one', 3],
    ['example.com/two', 5],
    ['example.com/three', 6],
    ['example.com/tw', undefined],
    ['example.com/four', undefined]
  ])('%s -> line %s', (p, want) => expect(requireLine(gomod, p)).toBe(want));
});
