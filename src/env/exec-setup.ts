/**
 * Writes the exec wrappers for the step's targets into
 * RUNNER_TEMP/setup-go-cross/exec and puts that directory on PATH for every
 * later step, probing first which pairs run natively; then finds (or
 * installs) qemu-user as the `emulator` input says. The decisions and the
 * script text are src/env/exec-wrapper.ts; this is the thin effect.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmulatorMode, Inputs } from '../inputs/parse.js';
import { NODE_ARCH_TO_GOARCH, NODE_PLATFORM_TO_GOOS } from '../targets/host.js';
import {
  describeDecision,
  execKind,
  qemuGoarches,
  wrappersFor,
  type ExecDecision,
  type Host,
  type Wrapper
} from './exec-wrapper.js';
import {
  emulatorLines,
  emulatorMarkdown,
  ensureEmulator,
  type EmulatorStatus
} from './emulator.js';
import { PROBE_EXIT, probeElf } from './native-probe.js';

const PROBE_TIMEOUT_MS = 10_000;

export interface ExecSetup {
  /** The directory on PATH, when any wrapper was written. */
  dir?: string;
  decisions: ExecDecision[];
  wrappers: Wrapper[];
  emulator?: EmulatorStatus;
}

/** The runner's own GOOS/GOARCH; undefined on a platform Go has no name for. */
export function runnerHost(): Host | undefined {
  const goos = NODE_PLATFORM_TO_GOOS[process.platform];
  const goarch = NODE_ARCH_TO_GOARCH[process.arch];
  return goos && goarch ? { goos, goarch } : undefined;
}

/**
 * For every target of the step (exported or not: a step with several
 * targets runs each target's tests through the same wrappers), the wrapper
 * it needs. `needed`: this step runs programs under emulation itself.
 */
export async function setupExecWrappers(
  inputs: Pick<Inputs, 'targets' | 'emulator' | 'smokeRun'>,
  root: string,
  opts: { needed?: boolean } = {}
): Promise<ExecSetup> {
  const mode: EmulatorMode = inputs.emulator;
  const host = runnerHost();
  if (mode === 'none' || !host) {
    core.info(
      mode === 'none'
        ? 'emulator: none: no exec wrappers; go run / go test run programs of other targets directly'
        : `no exec wrappers: Go has no name for this ${process.platform}/${process.arch} runner`
    );
    return { decisions: [], wrappers: [] };
  }
  const dir = path.join(root, 'exec');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  const native = new Map<string, boolean>();
  for (const t of inputs.targets)
    if (execKind(t, host) === 'probe' && !native.has(t.goarch))
      native.set(t.goarch, await runsNatively(t.goarch, dir));
  const { decisions, wrappers } = wrappersFor(inputs.targets, host, native);
  for (const w of wrappers) {
    const file = path.join(dir, w.file);
    await writeFile(file, w.text, { mode: 0o755 });
    await chmod(file, 0o755); // the umask may have narrowed it
  }
  const goarches = qemuGoarches(wrappers, inputs.targets, host);
  const emulator = goarches.length
    ? await ensureEmulator(mode, goarches, {
        needed: opts.needed ?? inputs.smokeRun !== undefined,
        linkDir: dir
      })
    : undefined;

  core.startGroup(
    wrappers.length
      ? `Exec wrappers for go run / go test / go tool in later steps (on PATH: ${dir})`
      : 'Exec wrappers: none needed'
  );
  for (const d of decisions) core.info(describeDecision(d, host, wrappers));
  if (emulator) for (const l of emulatorLines(emulator)) core.info(l);
  core.endGroup();
  if (wrappers.length) core.addPath(dir);
  if (emulator) await writeEmulatorSummary(emulator);
  return { dir: wrappers.length ? dir : undefined, decisions, wrappers, emulator };
}

/** Writes the probe program for a GOARCH, runs it, and says whether it exited 42. */
export async function runsNatively(goarch: string, dir: string): Promise<boolean> {
  const file = path.join(dir, `.probe-${goarch}`);
  await writeFile(file, probeElf(goarch), { mode: 0o755 });
  await chmod(file, 0o755);
  try {
    return await new Promise<boolean>(resolve => {
      const child = spawn(file, [], { stdio: 'ignore', timeout: PROBE_TIMEOUT_MS });
      child.once('error', () => resolve(false)); // ENOEXEC: the kernel has no such binary format
      child.once('exit', code => resolve(code === PROBE_EXIT));
    });
  } finally {
    await rm(file, { force: true });
  }
}

async function writeEmulatorSummary(status: EmulatorStatus): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  try {
    await core.summary.addRaw(emulatorMarkdown(status), true).write();
  } catch (e) {
    core.debug(`emulator summary: not written (${(e as Error).message})`);
  }
}
