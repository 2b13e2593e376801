import * as io from '@actions/io';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runsNatively } from '../env/exec-setup.js';
import type { Target } from '../targets/parse.js';
import { qemuEmulators, qemuGoEnv } from '../targets/qemu.js';
import { nativeCandidate, smokePlan } from './plan.js';

export interface SmokeResult {
  status: 'pass' | 'fail' | 'skip';
  /** One line for the summary and annotations. */
  message: string;
  /** The first lines the program printed (untrusted: escape before printing). */
  output: string[];
  /** True when the program printed more than OUTPUT_CAP bytes and the rest was dropped. */
  truncated?: boolean;
}

export const SMOKE_TIMEOUT_MS = 60_000;
/** Bytes of stdout+stderr kept; more is read and dropped, so the program never blocks on a full pipe. */
export const OUTPUT_CAP = 4 << 20;
/** After the program exits, how long a leftover child holding its stdout may keep us reading. */
const DRAIN_MS = 200;
const SHOWN_LINES = 10;

const probed = new Map<string, Promise<boolean>>();

/** Whether this machine runs `goarch` programs itself (the exec wrappers' probe), once per process. */
function probeOnce(goarch: string): Promise<boolean> {
  let p = probed.get(goarch);
  if (!p) {
    p = (async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'setup-go-cross-probe-'));
      try {
        return await runsNatively(goarch, dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    })();
    probed.set(goarch, p);
  }
  return p;
}

/** Which of the target's emulators are on PATH, looked up once per step. */
export async function emulatorsOnPath(target: Target): Promise<Set<string>> {
  const found = new Set<string>();
  for (const name of qemuEmulators(target.goarch)) if (await io.which(name, false)) found.add(name);
  return found;
}

/**
 * Runs one artifact with the smoke-run arguments, natively or under QEMU.
 * The program gets /dev/null as stdin (a reader sees EOF at once) and runs
 * in its own process group, which is killed when it exits or times out: a
 * daemon it forked cannot outlive the step, nor hold its stdout open and
 * stall us.
 */
export async function smokeRun(
  file: string,
  target: Target,
  args: string[],
  emulators: Set<string>,
  timeoutMs = SMOKE_TIMEOUT_MS
): Promise<SmokeResult> {
  const runner = { platform: process.platform, arch: process.arch };
  const native = nativeCandidate(target, runner) && (await probeOnce(target.goarch));
  const plan = smokePlan(target, runner, n => emulators.has(n), native);
  if (plan.how === 'skip')
    return { status: 'skip', message: `smoke run skipped: ${plan.reason}`, output: [] };
  const [cmd, argv] =
    plan.how === 'direct' ? [file, args] : [plan.emulator, [...plan.args, '--', file, ...args]];
  const how = plan.how === 'direct' ? 'natively' : `under ${plan.emulator}`;
  const shown = `${file} ${args.join(' ')}`.trim();
  const env =
    plan.how === 'qemu'
      ? { ...process.env, ...qemuGoEnv(target.goarch, process.env) }
      : process.env;
  const run = await runBounded(cmd, argv, timeoutMs, env);
  const output = run.output
    .split(/\r\n|\r|\n/)
    .filter(l => l.trim() !== '')
    .slice(0, SHOWN_LINES);
  const cut = run.truncated ? `; output over ${OUTPUT_CAP >> 20} MiB was cut` : '';
  if (run.startError) {
    return {
      status: 'fail',
      message: `\`${shown}\` could not start ${how} (${run.startError})`,
      output
    };
  }
  if (run.timedOut) {
    return {
      status: 'fail',
      message: `\`${shown}\` ran ${how} and did not finish within ${Math.round(timeoutMs / 1000)} s${cut}`,
      output,
      truncated: run.truncated
    };
  }
  if (run.code === 0) {
    return {
      status: 'pass',
      message: `\`${shown}\` ran ${how} and exited 0${cut}`,
      output,
      truncated: run.truncated
    };
  }
  const why = run.code !== null ? `exited with code ${run.code}` : `was killed by ${run.signal}`;
  return {
    status: 'fail',
    message: `\`${shown}\` ran ${how} and ${why}${cut}`,
    output,
    truncated: run.truncated
  };
}

interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  startError?: string;
  output: string;
  truncated: boolean;
}

/** Spawns without a shell, caps the output, and reaps the whole process group. */
function runBounded(
  cmd: string,
  argv: string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv
): Promise<BoundedRun> {
  return new Promise(resolve => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let truncated = false;
    let timedOut = false;
    const child = spawn(cmd, argv, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true
    });
    const collect = (chunk: Buffer): void => {
      if (kept >= OUTPUT_CAP) {
        truncated = true;
        return;
      }
      const part = chunk.subarray(0, OUTPUT_CAP - kept);
      if (part.length < chunk.length) truncated = true;
      chunks.push(part);
      kept += part.length;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        if (process.platform === 'win32') child.kill('SIGKILL');
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    let settled = false;
    const finish = (result: Omit<BoundedRun, 'output' | 'truncated' | 'timedOut'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Whatever the program left behind (daemons, a child holding stdout) goes with it.
      killGroup();
      let doneOnce = false;
      const done = (): void => {
        if (doneOnce) return;
        doneOnce = true;
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({
          ...result,
          timedOut,
          output: Buffer.concat(chunks).toString('utf8'),
          truncated
        });
      };
      // Let the pipes deliver what the program wrote before it exited, but not wait for a holder.
      const open = [child.stdout, child.stderr].filter(s => !s.closed);
      if (!open.length) return done();
      const drained = setTimeout(done, DRAIN_MS);
      let left = open.length;
      for (const s of open) {
        s.once('close', () => {
          if (--left === 0) {
            clearTimeout(drained);
            done();
          }
        });
      }
    };
    child.once('error', err => {
      finish({
        code: null,
        signal: null,
        startError: (err as NodeJS.ErrnoException).code ?? err.message
      });
    });
    child.once('exit', (code, signal) => finish({ code, signal }));
  });
}
