/**
 * test2json as every Go version we test really writes it: one module with
 * passing, failing, skipped, panicking, hanging (-timeout), self-killing,
 * non-compiling and hostile tests, run natively with each toolchain (all at
 * once), folded by the stage's parser. The raw streams are checked too, for
 * the differences the parser must bridge (build-fail events from 1.24, plain
 * build errors before, OutputType from 1.27).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEBIAN_GO, debianGo, goEnv } from '../support/go.js';
import { TestFold, type Failure, type TestRun } from '../../src/test/fold.js';
import type { Layout } from '../../src/test/locate.js';
import { testAnnotations, testsSummary, type TargetTests } from '../../src/test/report.js';

const VERSIONS = Object.keys(DEBIAN_GO);
const PACKAGES = ['pass', 'fail', 'panics', 'hang', 'crash', 'broken', 'hostile', 'exit'];

interface Raw {
  stdout: string;
  stderr: string;
  code: number;
}

function goTest(minor: string, dir: string): Promise<Raw> {
  return new Promise(resolve => {
    execFile(
      debianGo(minor),
      ['test', '-json', '-count=1', '-timeout', '4s', './...'],
      { cwd: dir, env: goEnv({ GOFLAGS: '-trimpath' }), maxBuffer: 64 << 20 },
      (err, stdout, stderr) =>
        resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? -1) : 0 })
    );
  });
}

let dir: string;
let layout: Layout;
const raws = new Map<string, Raw>();
const runs = new Map<string, TestRun>();

beforeAll(async () => {
  dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'go-json-')), 'suite');
  await cp(new URL('gomod/suite', import.meta.url).pathname, dir, { recursive: true });
  layout = {
    workspace: dir,
    packages: new Map(PACKAGES.map(p => [`example.com/suite/${p}`, path.join(dir, p)])),
    modules: new Map([['example.com/suite', dir]])
  };
  await Promise.all(
    VERSIONS.map(async v => {
      const raw = await goTest(v, dir);
      raws.set(v, raw);
      const fold = new TestFold(layout);
      for (const l of raw.stdout.split('\n')) fold.stdoutLine(l);
      for (const l of raw.stderr.split('\n')) fold.stderrLine(l);
      runs.set(v, fold.finish());
    })
  );
}, 600_000);

const failure = (run: TestRun, test: string | undefined, pkg: string): Failure => {
  const f = run.failures.find(x => x.test === test && x.package === `example.com/suite/${pkg}`);
  expect([test, pkg, f]).toEqual([test, pkg, expect.anything()]);
  return f!;
};

describe.each(VERSIONS)('go %s test -json', minor => {
  const atLeast = (m: number) => Number(minor.split('.')[1]) >= m;

  it('the raw stream differs by version as the parser expects', () => {
    const raw = raws.get(minor)!;
    expect(raw.code).not.toBe(0);
    // Go 1.24+: build errors are events on stdout; before, plain text on stderr.
    expect(raw.stdout.includes('"Action":"build-fail"')).toBe(atLeast(24));
    expect(raw.stderr.includes('broken/broken.go:3:27:')).toBe(!atLeast(24));
    // Before 1.22 the build failure is a bare line among the events.
    const plain = raw.stdout.split('\n').filter(l => l.trim() && !l.startsWith('{'));
    expect(plain).toEqual(atLeast(22) ? [] : ['FAIL\texample.com/suite/broken [build failed]']);
    expect(raw.stdout.includes('"OutputType":"error"')).toBe(atLeast(27));
  });

  it('counts packages and tests', () => {
    const run = runs.get(minor)!;
    expect(run.packageCounts).toEqual({ passed: 1, failed: 7, skipped: 0 });
    // TestSub counts as failed with its failing subtest; the hung and killed tests too.
    expect(run.tests).toEqual({ passed: 9, failed: 8, skipped: 1 });
    // TestSlow sleeps 300 ms; under load another test may be slower, so: listed, and in order.
    const slow = run.slowest.find(x => x.test === 'TestSlow');
    expect(slow).toEqual({
      package: 'example.com/suite/pass',
      test: 'TestSlow',
      elapsed: expect.any(Number)
    });
    expect(slow!.elapsed).toBeGreaterThanOrEqual(0.3);
    const times = run.slowest.map(x => x.elapsed);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('locates t.Error / t.Fatal / t.Helper failures in the package directory', () => {
    const run = runs.get(minor)!;
    expect(failure(run, 'TestErrorf', 'fail')).toMatchObject({
      kind: 'test',
      headline: 'fail_test.go:7: got 4, want 5',
      positions: [{ file: 'fail/fail_test.go', line: 7 }]
    });
    expect(failure(run, 'TestSub/bad', 'fail').positions).toEqual([
      { file: 'fail/fail_test.go', line: 13, message: 'fail_test.go:13: sub-test failed' }
    ]);
    expect(failure(run, 'TestHelper', 'fail').positions[0]).toMatchObject({ line: 18 });
    // The parent of a failing subtest is not a failure of its own.
    expect(run.failures.find(f => f.test === 'TestSub')).toBeUndefined();
  });

  it('names a panic, a timeout, a build failure, a killed binary and an exit code', () => {
    const run = runs.get(minor)!;
    expect(failure(run, 'TestNilMap', 'panics')).toMatchObject({
      kind: 'panic',
      headline: expect.stringMatching(/^panic: assignment to entry in nil map/),
      // -trimpath frames are module paths: mapped back to the file.
      positions: [{ file: 'panics/panics_test.go', line: 9 }]
    });
    expect(failure(run, 'TestHang', 'hang')).toMatchObject({
      kind: 'timeout',
      headline: 'panic: test timed out after 4s',
      positions: [{ file: 'hang/hang_test.go', line: 10 }]
    });
    expect(failure(run, undefined, 'broken')).toMatchObject({
      kind: 'build',
      headline: expect.stringContaining('broken/broken.go:3:27: cannot use "not an int"'),
      positions: [{ file: 'broken/broken.go', line: 3, column: 27 }]
    });
    // Go 1.21+ says how the binary died; 1.19 only that it stopped inside TestKilled.
    expect(failure(run, 'TestKilled', 'crash')).toMatchObject(
      atLeast(21)
        ? { kind: 'signal', headline: 'the test binary was killed: signal: killed' }
        : { kind: 'exit', headline: 'the test binary exited while TestKilled was running' }
    );
    expect(failure(run, undefined, 'exit')).toMatchObject({ kind: 'exit', positions: [] });
  });

  it('hostile test output comes out inert in the summary and annotations', () => {
    const run = runs.get(minor)!;
    const hostile = failure(run, 'TestHostile', 'hostile');
    expect(hostile.output.join('\n')).toContain('::error file=x.go,line=1::forged');
    const t: TargetTests = { target: 'linux/amd64', run, seconds: 1, exitCode: 1 };
    const md = testsSummary([t], 'error');
    expect(md).not.toMatch(/::(error|warning|add-mask)/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('##[error]');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('line\\r:\u200b:warning:\u200b:after a CR');
    const notes = testAnnotations([t]);
    const note = notes.find(a => a.title.includes('TestHostile'))!;
    expect(note).toMatchObject({ file: 'hostile/hostile_test.go', line: 12 });
    for (const a of notes) expect(`${a.message}${a.title}`).not.toMatch(/::|[\r\n]/);
  });
});
