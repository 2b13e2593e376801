/**
 * The test stage's effects: `go list` once for the package layout, then
 * `go test -json` per target (argument arrays, no shell), read as it comes,
 * folded into results; the report part decides what is said.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { FailOn } from '../inputs/parse.js';
import { annotationProps, line } from '../log/escape.js';
import { formatTarget, type Target } from '../targets/parse.js';
import { checkTestFlags, isHostPair } from './flags.js';
import { TestFold } from './fold.js';
import type { Layout } from './locate.js';
import {
  targetFailed,
  testAnnotations,
  testsOutput,
  testsSummary,
  testsVerdict,
  type TargetTests
} from './report.js';

/** One target to test and the GOCACHE it builds into. */
export interface TestTarget {
  target: Target;
  gocache?: string;
}

export interface TestStageOptions {
  goBin: string;
  /** Where go test runs (the module), and what annotation paths are relative to. */
  workspace: string;
  /** The step's environment (golden env exported); the target's variables go over it. */
  env: NodeJS.ProcessEnv;
  /** Directory holding go_<goos>_<goarch>_exec; put first on PATH. */
  wrapperDir?: string;
  patterns: string[];
  flags: string[];
  /** test-flags as written, for the one-line refusal. */
  rawFlags?: string;
  failOn: FailOn;
  host?: { platform: string; arch: string };
  /** Bytes of one stdout/stderr line kept (a longer line is cut, the rest read and dropped). */
  lineCap?: number;
}

export interface TestStageResult {
  targets: TargetTests[];
  summaryMarkdown: string;
  /** The step's error when tests failed and fail-on lets them fail it. */
  failed?: string;
  /** The `tests` output. */
  outputJson: string;
}

const LINE_CAP = 1 << 20;
const STDERR_LINES = 2000;

/** Runs the tests for every target, one after another (go already uses every core). */
export async function runTestStage(
  targets: TestTarget[],
  opts: TestStageOptions
): Promise<TestStageResult> {
  const host = opts.host ?? { platform: process.platform, arch: process.arch };
  checkTestFlags(
    opts.flags,
    opts.rawFlags ?? opts.flags.join(' '),
    targets.map(t => t.target),
    host
  );
  const results: TargetTests[] = [];
  let layout: Layout | undefined;
  for (const t of targets) {
    const env = targetEnv(t, opts);
    layout ??= await packageLayout(opts, env);
    // go runs a test binary through go_<goos>_<goarch>_exec whenever the pair is not its own.
    const own = isHostPair(t.target, host);
    const how = own ? 'natively' : `through go_${t.target.goos}_${t.target.goarch}_exec`;
    const args = ['test', '-json', ...opts.patterns, ...opts.flags];
    const name = formatTarget(t.target);
    core.startGroup(line`test ${name}: go ${args.join(' ')} (${how})`);
    const started = Date.now();
    const fold = new TestFold(layout);
    let exitCode: number | null;
    try {
      exitCode = await goTest(opts.goBin, args, opts.workspace, env, fold, opts.lineCap);
    } finally {
      core.endGroup();
    }
    const result: TargetTests = {
      target: name,
      run: fold.finish(),
      seconds: (Date.now() - started) / 1000,
      exitCode,
      how: `go test ran ${how}`
    };
    logResult(result);
    results.push(result);
  }
  return {
    targets: results,
    summaryMarkdown: testsSummary(results, opts.failOn),
    failed: testsVerdict(results, opts.failOn),
    outputJson: testsOutput(results)
  };
}

/** Error annotations at each failing test's line and each compiler error, titled with the target. */
export function writeTestAnnotations(targets: TargetTests[]): void {
  for (const a of testAnnotations(targets))
    core.error(a.message, {
      ...annotationProps({ file: a.file, title: a.title }),
      startLine: a.line,
      ...(a.column ? { startColumn: a.column } : {})
    });
}

/** The step's env with the target's variables, its GOCACHE and the wrapper directory first on PATH. */
export function targetEnv(t: TestTarget, opts: TestStageOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...opts.env, GOOS: t.target.goos, GOARCH: t.target.goarch };
  if (t.target.variant) env[t.target.variant.name] = t.target.variant.value;
  if (t.gocache) env['GOCACHE'] = t.gocache;
  if (opts.wrapperDir)
    env['PATH'] = [opts.wrapperDir, opts.env['PATH']].filter(Boolean).join(path.delimiter);
  return env;
}

/** Import path -> directory of every package the patterns name, and module path -> directory. */
async function packageLayout(opts: TestStageOptions, env: NodeJS.ProcessEnv): Promise<Layout> {
  const layout: Layout = { workspace: opts.workspace, packages: new Map(), modules: new Map() };
  const lines: string[] = [];
  await spawnLines(
    opts.goBin,
    [
      'list',
      '-e',
      '-f',
      '{{.ImportPath}}\t{{.Dir}}\t{{with .Module}}{{.Path}}\t{{.Dir}}{{end}}',
      ...opts.patterns
    ],
    opts.workspace,
    env,
    l => lines.push(l),
    () => undefined,
    opts.lineCap
  );
  for (const l of lines) {
    const [importPath, dir, modPath, modDir] = l.split('\t');
    if (importPath && dir) layout.packages.set(importPath, dir);
    if (modPath && modDir) layout.modules.set(modPath, modDir);
  }
  return layout;
}

function goTest(
  goBin: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  fold: TestFold,
  lineCap?: number
): Promise<number | null> {
  let stderrLines = 0;
  return spawnLines(
    goBin,
    args,
    cwd,
    env,
    l => fold.stdoutLine(l),
    l => {
      if (stderrLines++ < STDERR_LINES) fold.stderrLine(l);
    },
    lineCap
  );
}

/**
 * Spawns without a shell and hands over stdout and stderr line by line as
 * they come. Lines over the cap are cut and the rest of the line dropped:
 * the pipes are always drained, so the child never blocks on a full pipe.
 */
export function spawnLines(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  onStdout: (line: string) => void,
  onStderr: (line: string) => void,
  lineCap = LINE_CAP
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const reader = (emit: (line: string) => void) => {
      // A multi-byte character split between two chunks is joined by the decoder.
      const decoder = new StringDecoder('utf8');
      let buf = '';
      let dropping = false;
      return {
        data(chunk: Buffer) {
          let text = decoder.write(chunk);
          for (;;) {
            const nl = text.indexOf('\n');
            if (nl < 0) break;
            if (!dropping) emit(buf + text.slice(0, nl));
            buf = '';
            dropping = false;
            text = text.slice(nl + 1);
          }
          if (dropping) return;
          buf += text;
          if (buf.length > lineCap) {
            emit(buf.slice(0, lineCap));
            buf = '';
            dropping = true;
          }
        },
        end() {
          buf += decoder.end();
          if (buf && !dropping) emit(buf);
          buf = '';
        }
      };
    };
    const out = reader(onStdout);
    const err = reader(onStderr);
    child.stdout.on('data', (c: Buffer) => out.data(c));
    child.stderr.on('data', (c: Buffer) => err.data(c));
    child.once('error', reject);
    child.once('close', code => {
      out.end();
      err.end();
      resolve(code);
    });
  });
}

function logResult(t: TargetTests): void {
  const { run } = t;
  core.info(
    line`test ${t.target}: ${targetFailed(t) ? 'FAIL' : 'ok'} — packages ${run.packageCounts.passed} passed, ${run.packageCounts.failed} failed, ${run.packageCounts.skipped} skipped; tests ${run.tests.passed} passed, ${run.tests.failed} failed, ${run.tests.skipped} skipped (${t.seconds.toFixed(1)} s)`
  );
  for (const f of run.failures) {
    const at = f.positions[0] ? ` at ${f.positions[0].file}:${f.positions[0].line}` : '';
    core.info(line`  ${f.kind}: ${f.test ?? f.package}${at}: ${f.headline}`);
    for (const l of f.output.slice(0, 200)) core.info(line`    | ${l}`);
  }
  for (const l of run.goErrors) core.info(line`  go: ${l}`);
}
