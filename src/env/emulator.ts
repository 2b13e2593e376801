/**
 * The `emulator` input: qemu-user for the targets the exec wrappers (and
 * smoke runs, and the `test` input) run under emulation.
 *   auto     use qemu-user from PATH; when this step itself runs programs
 *            (smoke-run, test) and it is missing, install it as `install` does
 *            (where that is impossible: a warning, and those runs say why they skip).
 *   install  ensure it: install the distribution's qemu-user-static package
 *            with apt-get (root, or passwordless sudo) when an emulator is missing.
 *   none     no exec wrappers, no install.
 * The package comes from the runner's own signed apt sources. Pure parts:
 * `installPlan`, `emulatorMarkdown`; the rest runs apt-get/dpkg-query with
 * argument arrays, never a shell.
 */
import * as core from '@actions/core';
import * as io from '@actions/io';
import { spawn } from 'node:child_process';
import { realpath, symlink, rm } from 'node:fs/promises';
import path from 'node:path';
import type { EmulatorMode } from '../inputs/parse.js';
import { html, line } from '../log/escape.js';
import { qemuEmulators } from '../targets/qemu.js';

export const QEMU_PACKAGE = 'qemu-user-static';
/** apt-get may download ~60 MB from a slow mirror; past this the step goes on without it. */
const APT_TIMEOUT_MS = 10 * 60_000;
const QUERY_TIMEOUT_MS = 30_000;

export interface EmulatorStatus {
  /** GOARCH -> the emulator that runs it (absolute path, symlinks resolved). */
  found: Map<string, string>;
  /** GOARCHes with no emulator. */
  missing: string[];
  /** The package that provides the emulators, as dpkg knows it. */
  package?: { name: string; version: string };
  /** Seconds this step spent installing it; undefined when nothing was installed. */
  installSeconds?: number;
  /** Why it was not installed, when it was needed and missing. */
  problem?: string;
}

export interface InstallHost {
  platform: string;
  root: boolean;
  aptGet: boolean;
  /** `sudo -n true` succeeded (passwordless sudo). */
  sudo: boolean;
}

/**
 * The command prefix that installs packages here, or one line saying why
 * that is impossible. Pure.
 */
export function installPlan(host: InstallHost): { prefix: string[] } | { error: string } {
  const what = `emulator: cannot install ${QEMU_PACKAGE}`;
  if (host.platform === 'darwin' || host.platform === 'win32')
    return {
      error: `${what} on a ${host.platform === 'darwin' ? 'macOS' : 'Windows'} runner (qemu-user runs Linux programs on Linux only); run linux targets on a Linux runner`
    };
  if (host.platform !== 'linux')
    return {
      error: `${what} on ${host.platform}: only Debian/Ubuntu runners (apt-get) are supported`
    };
  if (!host.aptGet)
    return {
      error: `${what}: apt-get is not on PATH (not a Debian/Ubuntu runner); install qemu-user with this distribution's package manager before setup-go-cross`
    };
  if (!host.root && !host.sudo)
    return {
      error: `${what}: not root and sudo -n needs a password (or sudo is missing); run sudo apt-get install -y ${QEMU_PACKAGE} before setup-go-cross, or set emulator: auto`
    };
  return { prefix: host.root ? [] : ['sudo', '-n'] };
}

/** The apt-get commands, as argument arrays: install; on failure, update the lists and install again. */
export function aptCommands(prefix: string[]): { install: string[]; update: string[] } {
  const apt = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-q', '-y'];
  return {
    install: [...apt, '-o', 'Dpkg::Use-Pty=0', 'install', '--no-install-recommends', QEMU_PACKAGE],
    update: [...apt, 'update']
  };
}

/**
 * Finds (and when the mode says so, installs) an emulator for each GOARCH.
 * `needed`: this step runs programs under emulation itself (smoke-run, test).
 * `linkDir`: a directory on PATH where an installed emulator is linked when
 * its own directory is not on PATH. Throws (one line) only for `install`.
 */
export async function ensureEmulator(
  mode: EmulatorMode,
  goarches: string[],
  opts: { needed: boolean; linkDir: string }
): Promise<EmulatorStatus> {
  let status = await findEmulators(goarches);
  if (mode === 'none') return status;
  if (!status.missing.length) return withPackage(status);
  if (mode === 'auto' && !opts.needed) return status;
  const plan = installPlan(await installHost());
  if ('error' in plan) {
    if (mode === 'install') throw new Error(plan.error);
    core.warning(`${plan.error}; runs under emulation in this step are skipped`);
    return { ...status, problem: plan.error };
  }
  const started = Date.now();
  await installPackage(plan.prefix);
  const installSeconds = (Date.now() - started) / 1000;
  await linkInstalled(goarches, opts.linkDir);
  status = await findEmulators(goarches);
  if (status.missing.length) {
    const error = `emulator: installed ${QEMU_PACKAGE} but found no ${status.missing.flatMap(qemuEmulators).join(' or ')} in it`;
    if (mode === 'install') throw new Error(error);
    core.warning(error);
    return { ...status, installSeconds, problem: error };
  }
  return withPackage({ ...status, installSeconds });
}

async function findEmulators(goarches: string[]): Promise<EmulatorStatus> {
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const goarch of goarches) {
    let hit: string | undefined;
    for (const name of qemuEmulators(goarch)) {
      const p = await io.which(name, false);
      if (p) {
        hit = await realpath(p).catch(() => p);
        break;
      }
    }
    if (hit) found.set(goarch, hit);
    else missing.push(goarch);
  }
  return { found, missing };
}

async function installHost(): Promise<InstallHost> {
  const root = process.getuid?.() === 0;
  const aptGet = Boolean(await io.which('apt-get', false));
  const sudo =
    !root && Boolean(await io.which('sudo', false))
      ? (await runQuiet(['sudo', '-n', 'true'])).code === 0
      : false;
  return { platform: process.platform, root, aptGet, sudo };
}

/** apt-get in a log group, each line of its output escaped; throws one line when it fails. */
async function installPackage(prefix: string[]): Promise<void> {
  const { install, update } = aptCommands(prefix);
  core.startGroup(`emulator: installing ${QEMU_PACKAGE} with apt-get`);
  try {
    let result = await runLogged(install);
    if (result.code !== 0) {
      // Hosted runners' package lists go stale; one update, then the same install.
      core.info(`apt-get install exited ${result.code}; updating the package lists and retrying`);
      const updated = await runLogged(update);
      if (updated.code === 0) result = await runLogged(install);
    }
    if (result.code !== 0)
      throw new Error(
        `emulator: apt-get install ${QEMU_PACKAGE} failed (${result.code === null ? 'timed out or was killed' : `exit ${result.code}`}); its output is in the log group above`
      );
  } finally {
    core.endGroup();
  }
}

/** The package's emulators that PATH does not reach get a link in linkDir (which is on PATH). */
async function linkInstalled(goarches: string[], linkDir: string): Promise<void> {
  const listed = await runQuiet(['dpkg-query', '-L', QEMU_PACKAGE]);
  if (listed.code !== 0) return;
  const files = new Set(listed.stdout.split('\n').map(l => l.trim()));
  for (const goarch of goarches) {
    if ((await findEmulators([goarch])).missing.length === 0) continue;
    for (const name of qemuEmulators(goarch)) {
      const file = [...files].find(f => path.posix.basename(f) === name && f.startsWith('/'));
      if (!file) continue;
      const link = path.join(linkDir, name);
      await rm(link, { force: true });
      await symlink(file, link);
      break;
    }
  }
}

/** Adds which package owns the emulators and its version (dpkg-query); unknown is fine. */
async function withPackage(status: EmulatorStatus): Promise<EmulatorStatus> {
  const paths = [...new Set(status.found.values())];
  if (!paths.length || !(await io.which('dpkg-query', false))) return status;
  const owners = await runQuiet(['dpkg-query', '-S', ...paths]);
  const name = /^([a-z0-9][a-z0-9+.-]*)(?::[a-z0-9]+)?: \//m.exec(owners.stdout)?.[1];
  if (!name) return status;
  const version = await runQuiet(['dpkg-query', '-W', '-f', '${Version}', name]);
  return version.code === 0 && version.stdout.trim()
    ? { ...status, package: { name, version: version.stdout.trim() } }
    : status;
}

/** Log lines for the status (untrusted paths escaped). */
export function emulatorLines(status: EmulatorStatus): string[] {
  const out: string[] = [];
  if (status.package)
    out.push(
      line`emulator: ${status.package.name} ${status.package.version}${status.installSeconds !== undefined ? ` (installed by this step in ${status.installSeconds.toFixed(1)} s)` : ''}`
    );
  for (const [goarch, p] of status.found) out.push(line`emulator for ${goarch}: ${p}`);
  if (status.missing.length)
    out.push(
      line`emulator: none on PATH for ${status.missing.join(', ')} (${status.missing.flatMap(qemuEmulators).join(', ')})`
    );
  return out;
}

/** The job summary's "Emulator" section. Pure. */
export function emulatorMarkdown(status: EmulatorStatus): string {
  const rows = [...status.found].map(
    ([goarch, p]) => `<tr><td>${html(goarch)}</td><td><code>${html(p)}</code></td></tr>`
  );
  for (const goarch of status.missing)
    rows.push(`<tr><td>${html(goarch)}</td><td>none on PATH</td></tr>`);
  const pkg = status.package
    ? `<p>${html(status.package.name)} ${html(status.package.version)}${status.installSeconds !== undefined ? `, installed by this step in ${status.installSeconds.toFixed(1)} s` : ', already installed'}</p>`
    : '';
  const problem = status.problem ? `<p>${html(status.problem)}</p>` : '';
  return `<h3>Emulator</h3>\n${pkg}${problem}\n<table><tr><th>GOARCH</th><th>qemu-user</th></tr>${rows.join('')}</table>\n`;
}

interface Ran {
  code: number | null;
  stdout: string;
}

function runQuiet(argv: string[]): Promise<Ran> {
  return runChild(argv, QUERY_TIMEOUT_MS, undefined);
}

function runLogged(argv: string[]): Promise<Ran> {
  core.info(line`$ ${argv.join(' ')}`);
  return runChild(argv, APT_TIMEOUT_MS, text => core.info(line`${text}`));
}

/** Spawns without a shell, with a deadline and a cap on what is kept. */
function runChild(
  argv: string[],
  timeoutMs: number,
  onLine: ((text: string) => void) | undefined
): Promise<Ran> {
  return new Promise(resolve => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL'
    });
    let stdout = '';
    let pending = '';
    const take = (chunk: Buffer, keep: boolean): void => {
      const text = chunk.toString('utf8');
      if (keep && stdout.length < 1 << 20) stdout += text;
      if (!onLine) return;
      const parts = (pending + text).split(/\r\n|\r|\n/);
      pending = parts.pop() ?? '';
      for (const p of parts) if (p.trim()) onLine(p);
    };
    child.stdout.on('data', (c: Buffer) => take(c, true));
    child.stderr.on('data', (c: Buffer) => take(c, false));
    child.once('error', () => resolve({ code: null, stdout }));
    child.once('close', code => {
      if (onLine && pending.trim()) onLine(pending);
      resolve({ code, stdout });
    });
  });
}
