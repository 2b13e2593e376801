/**
 * The parser on hand-written streams: the shapes the real-Go integration
 * test (go-json.test.ts) cannot produce on demand — absolute stack paths,
 * a dependency's build failure, cut lines, a qemu crash, hostile names.
 */
import { describe, expect, it } from '@jest/globals';
import { parseEvent } from '../../src/test/events.js';
import { TestFold, CAPS } from '../../src/test/fold.js';
import {
  compilerError,
  framePosition,
  testLine,
  testLinePosition,
  type Layout
} from '../../src/test/locate.js';

const layout: Layout = {
  workspace: '/ws',
  packages: new Map([
    ['example.com/m/a', '/ws/a'],
    ['example.com/m/b/c', '/ws/b/c']
  ]),
  modules: new Map([
    ['example.com/m', '/ws'],
    ['example.com/m/b', '/ws/b'] // a nested module: the longer path wins
  ])
};

const ev = (o: Record<string, unknown>) => JSON.stringify(o);
const out = (pkg: string, test: string | undefined, text: string, extra = {}) =>
  ev({ Action: 'output', Package: pkg, ...(test ? { Test: test } : {}), Output: text, ...extra });

function fold(stdout: string[], stderr: string[] = []) {
  const f = new TestFold(layout);
  for (const l of stdout) f.stdoutLine(l);
  for (const l of stderr) f.stderrLine(l);
  return f.finish();
}

describe('parseEvent', () => {
  it('reads an event and ignores what is not one', () => {
    expect(parseEvent('{"Action":"run","Package":"p","Test":"T"}')).toMatchObject({
      Action: 'run',
      Package: 'p',
      Test: 'T'
    });
    expect(parseEvent('FAIL\tp [build failed]')).toBeUndefined();
    expect(parseEvent('{not json}')).toBeUndefined();
    expect(parseEvent('{"Package":"p"}')).toBeUndefined();
    expect(parseEvent('[1]')).toBeUndefined();
    // Wrong types are dropped, not trusted.
    expect(parseEvent('{"Action":"pass","Elapsed":"1","Test":7}')).toEqual(
      expect.objectContaining({ Action: 'pass', Elapsed: undefined, Test: undefined })
    );
  });
});

describe('locate', () => {
  it('a t.Error line is a file of the package directory', () => {
    const t = testLine('    x_test.go:12: want 1\n')!;
    expect(t).toEqual({ file: 'x_test.go', line: 12, message: 'want 1' });
    expect(testLinePosition('example.com/m/b/c', t, layout)).toEqual({
      file: 'b/c/x_test.go',
      line: 12
    });
    expect(testLinePosition('example.com/other', t, layout)).toBeUndefined();
    expect(testLine('=== RUN   TestX')).toBeUndefined();
  });

  it('stack frames: absolute paths inside the workspace, -trimpath paths through the longest module', () => {
    expect(
      framePosition(['\t/usr/lib/go/src/testing/testing.go:1 +0x1', '\t/ws/a/a.go:7 +0x28'], layout)
    ).toEqual({ file: 'a/a.go', line: 7 });
    expect(
      framePosition(['\truntime/panic.go:9 +0x1', '\texample.com/m/b/c/c_test.go:3 +0x4c'], layout)
    ).toEqual({ file: 'b/c/c_test.go', line: 3 });
    // A dependency in the module cache, or a frame outside the workspace: not a place to annotate.
    expect(
      framePosition(['\texample.com/dep@v1.0.0/x.go:3 +0x1', '\t/elsewhere/x.go:3'], layout)
    ).toBeUndefined();
  });

  it('compiler errors relative to the workspace or absolute inside it', () => {
    expect(compilerError('a/a.go:3:27: cannot use x', layout)).toEqual({
      file: 'a/a.go',
      line: 3,
      column: 27,
      message: 'cannot use x'
    });
    expect(compilerError('/ws/a/a.go:4: undefined: y', layout)).toMatchObject({ line: 4 });
    expect(compilerError('../outside.go:1:1: x', layout)).toBeUndefined();
  });
});

describe('TestFold', () => {
  it('a dependency that does not compile (Go 1.24 events) fails the importing package at its error', () => {
    const run = fold([
      ev({
        ImportPath: 'example.com/m/b/c',
        Action: 'build-output',
        Output: '# example.com/m/b/c\n'
      }),
      ev({
        ImportPath: 'example.com/m/b/c',
        Action: 'build-output',
        Output: 'b/c/c.go:3:1: syntax error\n'
      }),
      ev({ ImportPath: 'example.com/m/b/c', Action: 'build-fail' }),
      ev({ Action: 'start', Package: 'example.com/m/a' }),
      out('example.com/m/a', undefined, 'FAIL\texample.com/m/a [build failed]\n'),
      ev({ Action: 'fail', Package: 'example.com/m/a', FailedBuild: 'example.com/m/b/c' })
    ]);
    expect(run.failures).toEqual([
      expect.objectContaining({
        package: 'example.com/m/a',
        kind: 'build',
        headline: 'build failed (building example.com/m/b/c): b/c/c.go:3:1: syntax error',
        positions: [{ file: 'b/c/c.go', line: 3, column: 1, message: 'syntax error' }]
      })
    ]);
  });

  it('a test binary killed under qemu is a signal, attributed to the test that was running', () => {
    const P = 'example.com/m/a';
    const run = fold([
      ev({ Action: 'run', Package: P, Test: 'TestCrash' }),
      out(P, 'TestCrash', '=== RUN   TestCrash\n'),
      out(P, 'TestCrash', 'qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n'),
      out(P, undefined, 'FAIL\texample.com/m/a\t0.2s\n'),
      ev({ Action: 'fail', Package: P, Elapsed: 0.2 })
    ]);
    expect(run.tests).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(run.failures[0]).toMatchObject({
      test: 'TestCrash',
      kind: 'signal',
      headline:
        'the test binary was killed: qemu: uncaught target signal 11 (Segmentation fault) - core dumped'
    });
  });

  it('joins output split over events and caps what it keeps', () => {
    const P = 'example.com/m/a';
    const big = 'x'.repeat(CAPS.outputBytes);
    const run = fold([
      ev({ Action: 'run', Package: P, Test: 'T' }),
      out(P, 'T', '    a_test.go:5: first half '),
      out(P, 'T', 'second half\n'),
      out(P, 'T', big),
      out(P, 'T', 'never kept\n'),
      ev({ Action: 'fail', Package: P, Test: 'T' }),
      ev({ Action: 'fail', Package: P })
    ]);
    const f = run.failures[0];
    expect(f.headline).toBe('a_test.go:5: first half second half');
    expect(f.positions).toEqual([
      { file: 'a/a_test.go', line: 5, message: 'a_test.go:5: first half second half' }
    ]);
    expect(f.truncated).toBe(true);
    expect(f.output.join('\n')).not.toContain('never kept');
    expect(f.output.join('').length).toBeLessThanOrEqual(CAPS.outputBytes);
  });

  it('a package with no terminal event (go was killed) is failed, not passed', () => {
    const run = fold([ev({ Action: 'start', Package: 'example.com/m/a' })]);
    expect(run.packageCounts).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(run.failures[0].kind).toBe('exit');
  });

  it("keeps go's own complaints (no package) apart, capped", () => {
    const lines = Array.from(
      { length: CAPS.goErrors + 5 },
      (_, i) => `go: pattern ./x${i}: no match`
    );
    const run = fold([], lines);
    expect(run.goErrors).toHaveLength(CAPS.goErrors);
    expect(run.packages).toEqual([]);
  });
});
