/**
 * What the test stage tells people: the job summary's "Tests" section per
 * target, the annotations, the `tests` output and the verdict. Pure: every
 * untrusted string (test names, output, paths) goes through src/log/escape.ts.
 */
import type { FailOn } from '../inputs/parse.js';
import { html, htmlLine, untrusted } from '../log/escape.js';
import type { Counts, Failure, FailureKind, TestRun } from './fold.js';

/** One target's run: what go test said and how long it took. */
export interface TargetTests {
  /** `linux/arm/v7` style. */
  target: string;
  run: TestRun;
  /** Wall time of `go test`, seconds. */
  seconds: number;
  /** go test's exit code (null: killed); 0 with failures cannot happen, non-zero without can (go's own errors). */
  exitCode: number | null;
  /** How the tests ran: natively, under an emulator ... (trusted text). */
  how?: string;
}

export const SUMMARY_CAPS = {
  /** Failures shown per target (the rest are counted). */
  failures: 20,
  /** Lines and characters of one failure's output shown. */
  lines: 40,
  chars: 4000
};

const KIND_TEXT: Record<FailureKind, string> = {
  test: 'failed',
  panic: 'panicked',
  timeout: 'timed out',
  build: 'build failed',
  signal: 'killed by a signal',
  exit: 'test binary failed'
};

/** Whether a target's tests failed: a failing package, or go test itself failing. */
export function targetFailed(t: TargetTests): boolean {
  return t.run.packageCounts.failed > 0 || t.exitCode !== 0;
}

/** The markdown (HTML) "Tests" section for every target of the step. */
export function testsSummary(targets: TargetTests[], failOn: FailOn): string {
  const parts = ['<h3>setup-go-cross: tests</h3>'];
  if (failOn === 'never' && targets.some(targetFailed))
    parts.push('<p>fail-on: never — failing tests are reported here but do not fail the step.</p>');
  for (const t of targets) parts.push(targetSection(t));
  return `${parts.join('\n')}\n`;
}

function targetSection(t: TargetTests): string {
  const failed = targetFailed(t);
  const { run } = t;
  const out: string[] = [];
  out.push(htmlLine`<h4>${failed ? '❌' : '✅'} ${t.target}: ${failed ? 'failed' : 'passed'}</h4>`);
  if (t.how) out.push(htmlLine`<p>${t.how}, in ${seconds(t.seconds)}</p>`);
  out.push(
    '<table><tr><th></th><th>passed</th><th>failed</th><th>skipped</th></tr>',
    countsRow('packages', run.packageCounts),
    countsRow('tests', run.tests),
    '</table>'
  );
  if (run.slowest.length)
    out.push(
      `<p>Slowest: ${run.slowest.map(s => htmlLine`<code>${s.test}</code> ${seconds(s.elapsed)}`).join(', ')}</p>`
    );
  if (t.exitCode !== 0 && !run.failures.length)
    out.push(
      htmlLine`<p>go test exited with ${t.exitCode === null ? 'a signal' : `code ${t.exitCode}`} and no failing package:</p>`,
      pre(run.goErrors.length ? run.goErrors : ['(no output)'], false)
    );
  const shown = run.failures.slice(0, SUMMARY_CAPS.failures);
  for (const f of shown) out.push(failureDetails(f));
  if (run.failures.length > shown.length)
    out.push(`<p>… and ${run.failures.length - shown.length} more failure(s), see the log.</p>`);
  return out.join('\n');
}

function countsRow(what: string, c: Counts): string {
  return `<tr><td>${what}</td><td>${c.passed}</td><td>${c.failed}</td><td>${c.skipped}</td></tr>`;
}

/** One failure: what, where, and its output (escaped, capped) folded away. */
function failureDetails(f: Failure): string {
  const where = f.positions[0] ? ` at ${f.positions[0].file}:${f.positions[0].line}` : '';
  const name = f.test ? `${f.test} (${f.package})` : f.package;
  // <pre> keeps the lines; blank lines are dropped so the HTML block is not cut short.
  return [
    htmlLine`<details><summary>❌ <code>${name}</code> ${KIND_TEXT[f.kind]}${where}: ${f.headline}</summary>`,
    pre(f.output, f.truncated),
    '</details>'
  ].join('\n');
}

function pre(lines: string[], truncated: boolean): string {
  const kept: string[] = [];
  let chars = 0;
  let cut = truncated;
  for (const l of lines) {
    if (!l.trim()) continue;
    if (kept.length >= SUMMARY_CAPS.lines || chars + l.length > SUMMARY_CAPS.chars) {
      cut = true;
      break;
    }
    kept.push(html(l));
    chars += l.length;
  }
  if (cut) kept.push('… (cut; the full output is in the log)');
  return `<pre>${kept.join('\n')}</pre>`;
}

function seconds(s: number): string {
  return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(2)} s`;
}

/** An annotation to raise: message and title already escaped to one line each. */
export interface TestAnnotation {
  file: string;
  line: number;
  column?: number;
  title: string;
  message: string;
}

/** Error annotations: each failing test at its t.Error/panic line, each build failure at the compiler's positions. */
export function testAnnotations(targets: TargetTests[]): TestAnnotation[] {
  const out: TestAnnotation[] = [];
  const seen = new Set<string>();
  for (const t of targets)
    for (const f of t.run.failures) {
      const name = f.test ?? f.package;
      for (const p of f.positions) {
        const message =
          f.kind === 'build'
            ? `${t.target}: build of ${f.package} failed: ${p.message ?? f.headline}`
            : f.kind === 'test'
              ? `${t.target}: ${name} failed: ${p.message ?? f.headline}`
              : `${t.target}: ${name} ${KIND_TEXT[f.kind]}: ${f.headline}`;
        const key = `${t.target}\0${p.file}\0${p.line}\0${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          file: untrusted(p.file),
          line: p.line,
          ...(p.column ? { column: p.column } : {}),
          title: untrusted(`setup-go-cross test ${t.target}: ${name}`),
          message: untrusted(message)
        });
      }
    }
  return out;
}

/** The `tests` output: per target counts (JSON). */
export function testsOutput(targets: TargetTests[]): string {
  const out: Record<string, unknown> = {};
  for (const t of targets)
    out[t.target] = {
      result: targetFailed(t) ? 'fail' : 'pass',
      packages: t.run.packageCounts,
      tests: t.run.tests,
      seconds: Math.round(t.seconds * 100) / 100
    };
  return JSON.stringify(out);
}

/** The step's error when tests failed and fail-on lets them fail it; undefined otherwise. */
export function testsVerdict(targets: TargetTests[], failOn: FailOn): string | undefined {
  const bad = targets.filter(targetFailed);
  if (!bad.length || failOn === 'never') return undefined;
  const what = bad.map(t => {
    const n = t.run.tests.failed;
    const p = t.run.packageCounts.failed;
    return p || n
      ? `${t.target} (${n} test(s) failed in ${p} package(s))`
      : `${t.target} (go test exited with ${t.exitCode ?? 'a signal'})`;
  });
  return untrusted(
    `test: ${bad.length} of ${targets.length} target(s) failed: ${what.join(', ')} (fail-on: ${failOn})`
  );
}
