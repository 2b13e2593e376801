import * as core from '@actions/core';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { InputError } from '../inputs/errors.js';
import { formatTarget, type Target } from '../targets/parse.js';
import { isUniversal, UNIVERSAL_SLICES } from '../targets/universal.js';
import { goMinorOf, variantSupport } from '../targets/versions.js';

const execFileP = promisify(execFile);

/** One entry of `go tool dist list -json`. */
export interface Port {
  GOOS: string;
  GOARCH: string;
  CgoSupported?: boolean;
  FirstClass?: boolean;
  /** Only listed with -broken (Go 1.21+); such ports are hidden without it. */
  Broken?: boolean;
}

/** Parses dist list JSON, keeping only well-formed entries. */
export function parsePorts(json: string): Port[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error('go tool dist list -json did not print an array');
  return data.filter(
    (p): p is Port =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as Port).GOOS === 'string' &&
      typeof (p as Port).GOARCH === 'string'
  );
}

/**
 * The ports of the installed toolchain, broken ones included and marked.
 * go1.19/1.20 know no -broken flag (and mark nothing): fall back to -json.
 */
export async function listPorts(goBin: string, env: NodeJS.ProcessEnv): Promise<Port[]> {
  const run = (args: string[]) =>
    execFileP(goBin, ['tool', 'dist', 'list', ...args], {
      env: { ...env, GOTOOLCHAIN: 'local' },
      maxBuffer: 1 << 20,
      timeout: 60_000
    });
  try {
    return parsePorts((await run(['-json', '-broken'])).stdout);
  } catch (e) {
    if (!/flag provided but not defined/.test(String((e as { stderr?: string }).stderr ?? '')))
      throw e;
    return parsePorts((await run(['-json'])).stdout);
  }
}

/**
 * Checks the target against what the installed Go accepts: its own port list
 * and the per-version variant table. Throws InputError (one line naming
 * `target`, the value, and what this Go accepts). Pure.
 */
export function checkTargetForGo(
  target: Target,
  ports: Port[],
  goVersion: string,
  allowBroken: boolean
): void {
  const name = formatTarget(target);
  const go = goVersion.replace(/^go/, 'Go ');
  const port = ports.find(p => p.GOOS === target.goos && p.GOARCH === target.goarch);
  if (!port) {
    const sameOs = ports
      .filter(p => p.GOOS === target.goos && !p.Broken)
      .map(p => `${p.GOOS}/${p.GOARCH}`);
    throw new InputError(
      `target "${name}" is not a port of ${go} (go tool dist list); accepted ${sameOs.length ? `for ${target.goos}: ${sameOs.join(', ')}` : `GOOS values: ${[...new Set(ports.map(p => p.GOOS))].join(', ')}`}`
    );
  }
  if (port.Broken && !allowBroken) {
    throw new InputError(
      `target "${name}" is marked broken in ${go} (go tool dist list -broken); set allow-broken-port: true to build it anyway, or pick another Go version`
    );
  }
  const minor = goMinorOf(goVersion);
  if (target.variant && minor !== undefined) {
    const { name: variable, value } = target.variant;
    const support = variantSupport(variable, value, minor);
    if (!support.ok) {
      const accepted = support.accepted
        ? `accepts ${variable} ${support.accepted}`
        : `has no ${variable} (use ${target.goos}/${target.goarch})`;
      const since = support.since ? `; ${variable}=${value} needs Go 1.${support.since}+` : '';
      throw new InputError(`target "${name}": ${go} ${accepted}${since}`);
    }
  }
}

/**
 * The effect around checkTargetForGo: asks the installed go once, checks
 * every target of the step (darwin/universal through its slices) before any
 * is exported or built, logs, and throws on the first bad one.
 */
export async function validateTargetsWithToolchain(
  targets: Target[],
  goBin: string,
  goVersion: string,
  allowBroken: boolean,
  /** A file beside the toolchain that remembers its port list (warm setups skip the go call). */
  memo?: string
): Promise<void> {
  const ports = await portsRemembered(goBin, memo);
  for (const target of targets) {
    const slices = isUniversal(target) ? UNIVERSAL_SLICES : [target];
    for (const slice of slices) checkTargetForGo(slice, ports, goVersion, allowBroken);
  }
  for (const target of targets) {
    const slices = isUniversal(target) ? UNIVERSAL_SLICES : [target];
    const broken = slices.filter(
      s => ports.find(p => p.GOOS === s.goos && p.GOARCH === s.goarch)?.Broken
    );
    const of = slices.length > 1 ? ` (${slices.map(formatTarget).join(' + ')})` : '';
    if (broken.length)
      core.warning(
        `target ${formatTarget(target)}${of} is a broken port in ${goVersion} (allow-broken-port: true); expect build failures`
      );
    else
      core.info(
        `target ${formatTarget(target)}${of} is a port of ${goVersion} (go tool dist list)`
      );
  }
}

/** The port list from `memo` when it holds one, else from go (and then remembered there). */
async function portsRemembered(goBin: string, memo: string | undefined): Promise<Port[]> {
  if (memo) {
    try {
      const ports = parsePorts(await readFile(memo, 'utf8'));
      if (ports.length) return ports;
    } catch {
      // Not there yet, or unreadable: ask go.
    }
  }
  const ports = await listPorts(goBin, process.env);
  // Best effort: a read-only tool cache only costs the next job one go call.
  if (memo) await writeFile(memo, JSON.stringify(ports)).catch(() => undefined);
  return ports;
}
