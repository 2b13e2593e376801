/**
 * Folds `go test -json` events (and go's plain-text lines) into results per
 * package and test, with each failure classified and located. Pure: lines
 * go in, a TestRun comes out; every kept output is capped.
 */
import { parseEvent, type TestEvent } from './events.js';
import {
  compilerError,
  framePosition,
  testLine,
  testLinePosition,
  type Layout,
  type Position
} from './locate.js';

export type FailureKind = 'test' | 'panic' | 'timeout' | 'build' | 'signal' | 'exit';

export interface Located extends Position {
  /** The message at that place (a t.Error line, a compiler error), untrusted. */
  message?: string;
}

export interface Failure {
  package: string;
  /** The failing test; none for a build failure or a test binary that failed outside any test. */
  test?: string;
  kind: FailureKind;
  /** One line saying what happened (untrusted: escape it). */
  headline: string;
  /** The output that explains it, capped (untrusted). */
  output: string[];
  truncated: boolean;
  /** Where to annotate: t.Error lines, the panic's frame, each compiler error. */
  positions: Located[];
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface PackageResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  elapsed?: number;
  tests: Counts;
}

export interface TestRun {
  packages: PackageResult[];
  packageCounts: Counts;
  tests: Counts;
  /** Top-level tests by elapsed time, slowest first. */
  slowest: { package: string; test: string; elapsed: number }[];
  failures: Failure[];
  /** go's own complaints that belong to no package (a pattern matching nothing, ...), capped. */
  goErrors: string[];
}

export const CAPS = {
  /** Output bytes kept per test or package. */
  outputBytes: 64 << 10,
  /** Annotated places per failure. */
  positions: 10,
  /** Lines of go's own complaints kept. */
  goErrors: 40,
  slowest: 5
};

interface Line {
  text: string;
  /** OutputType of the event that started the line (Go 1.27+). */
  type?: string;
}

class Output {
  lines: Line[] = [];
  bytes = 0;
  truncated = false;
  private open = false;

  add(text: string, type?: string): void {
    if (this.bytes >= CAPS.outputBytes) {
      this.truncated = true;
      return;
    }
    const kept = text.slice(0, CAPS.outputBytes - this.bytes);
    if (kept.length < text.length) this.truncated = true;
    this.bytes += kept.length;
    // test2json splits long lines into several events: a piece without a newline continues.
    const pieces = kept.split('\n');
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      if (last && piece === '') {
        this.open = false;
        return;
      }
      if (i === 0 && this.open) this.lines[this.lines.length - 1].text += piece;
      else this.lines.push({ text: piece, type });
      this.open = last;
    });
  }

  texts(): string[] {
    return this.lines.map(l => l.text);
  }
}

interface TestState {
  name: string;
  status?: 'pass' | 'fail' | 'skip';
  elapsed?: number;
  output: Output;
}

interface PackageState {
  name: string;
  status?: 'pass' | 'fail' | 'skip';
  elapsed?: number;
  failedBuild?: string;
  output: Output;
  tests: Map<string, TestState>;
}

/** `FAIL\t<pkg> [build failed]` (or setup failed) as go prints it. */
const BUILD_FAILED = /^FAIL\s+(\S+) \[(build|setup) failed\]\s*$/;
/** `# <pkg> [<pkg>.test]`: the header of a package's compiler errors. */
const BUILD_HEADER = /^# (\S+)(?: \[(\S+)\])?\s*$/;
/** Frames and summaries go prints around a test's own output. */
const FRAME = /^(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;
const TIMEOUT = /^panic: test timed out after /;
const PANIC = /^(panic: |fatal error: )/;
const SIGNAL = /^(signal: |qemu: uncaught target signal)/;

export class TestFold {
  private packages = new Map<string, PackageState>();
  private builds = new Map<string, Output>();
  private currentBuild?: Output;
  private plainBuildFailed = new Set<string>();
  private goErrors: string[] = [];
  private sawOutputType = false;

  constructor(private layout: Layout) {}

  /** One line of go test's stdout: an event, or plain text (old Go's build failures). */
  stdoutLine(line: string): void {
    const event = parseEvent(line);
    if (event) this.event(event);
    else this.plain(line);
  }

  /** One line of go test's stderr: compiler errors before Go 1.24, go's own complaints. */
  stderrLine(line: string): void {
    this.plain(line);
  }

  private plain(raw: string): void {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    const failed = BUILD_FAILED.exec(line);
    if (failed) {
      this.plainBuildFailed.add(failed[1]);
      this.pkg(failed[1]);
      return;
    }
    const header = BUILD_HEADER.exec(line);
    if (header) {
      this.currentBuild = this.build(line.slice(2).trim());
      return;
    }
    if (this.currentBuild && (compilerError(line, this.layout) || /^\s/.test(line))) {
      this.currentBuild.add(`${line}\n`);
      return;
    }
    this.currentBuild = undefined;
    if (this.goErrors.length < CAPS.goErrors) this.goErrors.push(line);
  }

  private build(label: string): Output {
    let out = this.builds.get(label);
    if (!out) this.builds.set(label, (out = new Output()));
    return out;
  }

  private pkg(name: string): PackageState {
    let p = this.packages.get(name);
    if (!p) this.packages.set(name, (p = { name, output: new Output(), tests: new Map() }));
    return p;
  }

  private test(p: PackageState, name: string): TestState {
    let t = p.tests.get(name);
    if (!t) p.tests.set(name, (t = { name, output: new Output() }));
    return t;
  }

  private event(e: TestEvent): void {
    if (e.Action === 'build-output' || e.Action === 'build-fail') {
      if (e.ImportPath && e.Output !== undefined) this.build(e.ImportPath).add(e.Output);
      else if (e.ImportPath) this.build(e.ImportPath);
      return;
    }
    if (!e.Package) return;
    const p = this.pkg(e.Package);
    if (e.OutputType) this.sawOutputType = true;
    const t = e.Test ? this.test(p, e.Test) : undefined;
    switch (e.Action) {
      case 'output':
        if (e.Output !== undefined) (t ?? p).output.add(e.Output, e.OutputType);
        break;
      case 'pass':
      case 'bench':
      case 'fail':
      case 'skip': {
        const status = e.Action === 'bench' ? 'pass' : e.Action;
        const target = t ?? p;
        target.status = status;
        if (e.Elapsed !== undefined) target.elapsed = e.Elapsed;
        if (!t && e.FailedBuild) p.failedBuild = e.FailedBuild;
        break;
      }
      default:
      // start, run, pause, cont: nothing to keep (run created the test above).
    }
  }

  finish(): TestRun {
    const packages: PackageResult[] = [];
    const failures: Failure[] = [];
    const slowest: TestRun['slowest'] = [];
    for (const p of this.packages.values()) {
      const buildFailed =
        p.failedBuild !== undefined ||
        this.plainBuildFailed.has(p.name) ||
        p.output.texts().some(l => BUILD_FAILED.test(l));
      const unfinished = [...p.tests.values()].filter(t => !t.status);
      const status: PackageResult['status'] =
        p.status === 'pass' && !unfinished.length
          ? 'pass'
          : p.status === 'skip'
            ? 'skip'
            : // No terminal event (go was killed) or tests left running: failed.
              p.status === 'fail' || buildFailed || unfinished.length || !p.status
              ? 'fail'
              : 'pass';
      const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
      for (const t of p.tests.values()) {
        const s = t.status ?? (status === 'fail' ? 'fail' : undefined);
        if (s === 'pass') counts.passed++;
        else if (s === 'fail') counts.failed++;
        else if (s === 'skip') counts.skipped++;
        if (t.elapsed !== undefined && !t.name.includes('/'))
          slowest.push({ package: p.name, test: t.name, elapsed: t.elapsed });
      }
      packages.push({
        name: p.name,
        status,
        ...(p.elapsed !== undefined ? { elapsed: p.elapsed } : {}),
        tests: counts
      });
      if (status !== 'fail') continue;
      const found = buildFailed ? [this.buildFailure(p)] : this.testFailures(p, unfinished);
      failures.push(...(found.length ? found : [this.packageFailure(p)]));
    }
    const sum = (f: (c: Counts) => number) => packages.reduce((n, p) => n + f(p.tests), 0);
    return {
      packages,
      packageCounts: {
        passed: packages.filter(p => p.status === 'pass').length,
        failed: packages.filter(p => p.status === 'fail').length,
        skipped: packages.filter(p => p.status === 'skip').length
      },
      tests: {
        passed: sum(c => c.passed),
        failed: sum(c => c.failed),
        skipped: sum(c => c.skipped)
      },
      slowest: slowest.sort((a, b) => b.elapsed - a.elapsed).slice(0, CAPS.slowest),
      failures,
      goErrors: this.goErrors
    };
  }

  /** The compiler errors of the package (or of the dependency whose build failed). */
  private buildFailure(p: PackageState): Failure {
    const label =
      (p.failedBuild && this.builds.has(p.failedBuild) ? p.failedBuild : undefined) ??
      [...this.builds.keys()].find(l => l.split(' ')[0] === p.name) ??
      [...this.builds.keys()].find(l => l.includes(`[${p.name}.test]`)) ??
      (this.builds.size === 1 ? [...this.builds.keys()][0] : undefined);
    const block = label !== undefined ? this.builds.get(label) : undefined;
    const lines = block ? block.texts().filter(l => !l.startsWith('# ')) : [];
    const errors = lines
      .map(l => compilerError(l, this.layout))
      .filter(<T>(x: T | undefined): x is T => x !== undefined);
    const output = lines.length ? lines : p.output.texts().filter(l => l.trim());
    const first = errors[0];
    const which =
      label && label.split(' ')[0] !== p.name ? ` (building ${label.split(' ')[0]})` : '';
    return {
      package: p.name,
      kind: 'build',
      headline: first
        ? `build failed${which}: ${first.file}:${first.line}${first.column ? `:${first.column}` : ''}: ${first.message}`
        : `build failed${which}`,
      output,
      truncated: block?.truncated ?? p.output.truncated,
      positions: errors.slice(0, CAPS.positions)
    };
  }

  /** One failure per failing test that is not only the parent of failing subtests. */
  private testFailures(p: PackageState, unfinished: TestState[]): Failure[] {
    const failed = [...p.tests.values()].filter(t => t.status === 'fail' || unfinished.includes(t));
    const out: Failure[] = [];
    for (const t of failed) {
      const lines = t.output.lines;
      const own = this.errorLines(p.name, lines);
      const parentOnly =
        failed.some(c => c.name.startsWith(`${t.name}/`)) && !own.length && !unfinished.includes(t);
      if (parentOnly) continue;
      // A test left running when its binary died shares the package's own last words.
      const texts = [...t.output.texts(), ...(unfinished.includes(t) ? p.output.texts() : [])];
      out.push(
        this.classify(p.name, t.name, texts, own, t.output.truncated, unfinished.includes(t))
      );
    }
    return out;
  }

  /** A failing package with no failing test: TestMain's exit code, a crash before any test. */
  private packageFailure(p: PackageState): Failure {
    return this.classify(p.name, undefined, p.output.texts(), [], p.output.truncated, true);
  }

  private classify(
    pkg: string,
    test: string | undefined,
    texts: string[],
    own: Located[],
    truncated: boolean,
    died: boolean
  ): Failure {
    const output = texts.filter(l => l.trim() && !FRAME.test(l));
    const timeout = texts.find(l => TIMEOUT.test(l));
    const panic = texts.find(l => PANIC.test(l));
    const signal = texts.find(l => SIGNAL.test(l.trim()));
    const base = { package: pkg, ...(test !== undefined ? { test } : {}), output, truncated };
    const frame = () => {
      const at = framePosition(texts, this.layout);
      return at ? [at] : own.slice(0, 1);
    };
    if (timeout) return { ...base, kind: 'timeout', headline: timeout.trim(), positions: frame() };
    if (signal)
      return {
        ...base,
        kind: 'signal',
        headline: `the test binary was killed: ${signal.trim()}`,
        positions: frame()
      };
    if (panic) return { ...base, kind: 'panic', headline: panic.trim(), positions: frame() };
    if (own.length)
      return { ...base, kind: 'test', headline: own[0].message ?? 'failed', positions: own };
    // go could not start the test binary: a foreign one with no exec wrapper on PATH.
    const start = texts.find(l => /^fork\/exec .*: /.test(l));
    if (start)
      return {
        ...base,
        kind: 'exit',
        headline: `the test binary could not start: ${start.trim()}`,
        positions: []
      };
    return {
      ...base,
      kind: 'exit',
      headline: died
        ? test
          ? `the test binary exited while ${test} was running`
          : 'the test binary failed outside any test (TestMain, init, or an exit code)'
        : 'failed',
      positions: []
    };
  }

  /**
   * Where a test says it failed: its t.Error/t.Fatal lines. Go 1.27 marks
   * them (OutputType "error"); before, t.Log looks the same, so the last
   * such line (the one nearest the failure) stands for it.
   */
  private errorLines(pkg: string, lines: Line[]): Located[] {
    const located = (l: Line): Located | undefined => {
      const t = testLine(l.text);
      const pos = t ? testLinePosition(pkg, t, this.layout) : undefined;
      return pos && t ? { ...pos, message: `${t.file}:${t.line}: ${t.message}` } : undefined;
    };
    const marked = lines.filter(l => l.type === 'error');
    const pick = this.sawOutputType
      ? marked
      : [...lines]
          .reverse()
          .filter(l => testLine(l.text))
          .slice(0, 1);
    return pick
      .map(located)
      .filter(<T>(x: T | undefined): x is T => x !== undefined)
      .slice(0, CAPS.positions);
  }
}
