import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/inputs/errors.js';
import { parseInputs } from '../../src/inputs/parse.js';
import { parseTarget } from '../../src/targets/parse.js';
import { checkTestFlags, isHostPair } from '../../src/test/flags.js';
import type { TestRun } from '../../src/test/fold.js';
import {
  SUMMARY_CAPS,
  testsOutput,
  testsSummary,
  testsVerdict,
  type TargetTests
} from '../../src/test/report.js';

const linuxX64 = { platform: 'linux', arch: 'x64' };

function run(failed: number, failures: TestRun['failures'] = []): TestRun {
  return {
    packages: [],
    packageCounts: { passed: 1, failed: failed ? 1 : 0, skipped: 0 },
    tests: { passed: 3, failed, skipped: 1 },
    slowest: [],
    failures,
    goErrors: []
  };
}

const target = (name: string, r: TestRun, exitCode: number | null = r.tests.failed ? 1 : 0) =>
  ({ target: name, run: r, seconds: 2, exitCode }) satisfies TargetTests;

describe('test verdict', () => {
  const targets = [target('linux/amd64', run(0)), target('linux/s390x', run(2))];

  it('fails the step naming the failing target only', () => {
    expect(testsVerdict(targets, 'error')).toBe(
      'test: 1 of 2 target(s) failed: linux/s390x (2 test(s) failed in 1 package(s)) (fail-on: error)'
    );
    expect(testsVerdict([targets[0]], 'error')).toBeUndefined();
  });

  it('fail-on: never keeps the step green but the summary and output still say failed', () => {
    expect(testsVerdict(targets, 'never')).toBeUndefined();
    const md = testsSummary(targets, 'never');
    expect(md).toContain('❌ linux/s390x: failed');
    expect(md).toContain('fail-on: never');
    expect(JSON.parse(testsOutput(targets))['linux/s390x'].result).toBe('fail');
  });

  it('go test failing without a failing package (a pattern matching nothing) fails too', () => {
    const r = { ...run(0), goErrors: ['no Go files in /ws'] };
    const t = target('linux/arm64', r, 1);
    expect(testsVerdict([t], 'error')).toContain('linux/arm64 (go test exited with 1)');
    expect(testsSummary([t], 'error')).toContain('no Go files in /ws');
  });

  it('caps the failures shown and the output of each', () => {
    const failures = Array.from({ length: SUMMARY_CAPS.failures + 3 }, (_, i) => ({
      package: 'p',
      test: `Test${i}`,
      kind: 'test' as const,
      headline: 'x',
      output: Array.from({ length: 100 }, (_, j) => `line ${j}`),
      truncated: false,
      positions: []
    }));
    const md = testsSummary([target('linux/arm64', run(23, failures))], 'error');
    expect(md).toContain('… and 3 more failure(s)');
    expect(md).not.toContain('line 41');
    expect(md).toContain('(cut; the full output is in the log)');
  });
});

describe('test-flags', () => {
  it('refuses -race/-msan/-asan for an emulated target in one line', () => {
    const arm = [parseTarget('linux/arm64')];
    expect(() => checkTestFlags(['-short', '-race'], '-short -race', arm, linuxX64)).toThrow(
      new InputError(
        'test-flags "-short -race" has -race, which cannot work for linux/arm64: it needs cgo and the target\'s C runtime, not available in a cross build run under an emulator; accepted: -race only when every target is the runner\'s own'
      )
    );
    expect(() => checkTestFlags(['-msan'], '-msan', arm, linuxX64)).toThrow(/-msan/);
    expect(() => checkTestFlags(['--asan=true'], '--asan=true', arm, linuxX64)).toThrow(/asan/);
    expect(() => checkTestFlags(['-race=false'], '', arm, linuxX64)).not.toThrow();
    expect(() =>
      checkTestFlags(['-race'], '-race', [parseTarget('linux/amd64')], linuxX64)
    ).not.toThrow();
    expect(() => checkTestFlags(['-json'], '-json', arm, linuxX64)).toThrow(/sets itself/);
  });

  it("only the runner's own pair runs without a wrapper (386 on amd64 needs a kernel that allows it)", () => {
    expect(isHostPair(parseTarget('linux/amd64/v3'), linuxX64)).toBe(true);
    expect(isHostPair(parseTarget('linux/386'), linuxX64)).toBe(false);
    expect(isHostPair(parseTarget('linux/arm/v7'), linuxX64)).toBe(false);
    expect(isHostPair(parseTarget('windows/amd64'), linuxX64)).toBe(false);
  });

  it('inputs: test patterns and test-flags are parsed, a flag among the patterns refused', () => {
    const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
    const inputs = parseInputs(
      read({ 'go-version': '1.27', test: './...\n./cmd/x', 'test-flags': `-run 'TestA B' -short` })
    );
    expect(inputs.test).toEqual(['./...', './cmd/x']);
    expect(inputs.testFlags).toEqual(['-run', 'TestA B', '-short']);
    expect(() => parseInputs(read({ 'go-version': '1.27', test: '-short' }))).toThrow(
      'test "-short" is a flag, not a package pattern; accepted: patterns such as ./... or ./pkg/..., one per line (flags go in test-flags)'
    );
    expect(() => parseInputs(read({ 'go-version': '1.27', 'test-flags': '-run "x' }))).toThrow(
      /^test-flags "-run \\"x" has an unclosed " quote/
    );
  });
});
