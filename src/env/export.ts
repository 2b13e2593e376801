import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import { goBinary, type InstalledGo } from '../toolchain/installed.js';
import { goenvConflicts, parseGoenvFile } from './goenv.js';
import { goldenEnv } from './golden.js';

/** Exports the golden environment to this and every later step. */
export async function exportGoldenEnv(
  inputs: Inputs,
  go: InstalledGo,
  paths: { gocache: string; gomodcache: string }
): Promise<Map<string, string>> {
  const env = goldenEnv(inputs, go.version, { goroot: go.goroot, ...paths });
  core.startGroup('Build environment for every later step');
  for (const [name, value] of env.vars) {
    core.exportVariable(name, value);
    core.info(`${name}=${value}`);
  }
  core.endGroup();
  for (const notice of env.notices) core.notice(notice);
  const exported = new Map(env.vars);
  // One `go env` call for both: each go invocation costs setup time.
  const goenv = await goEnv(go, ['GOENV', 'GOPATH']);
  await warnAboutGoenvFile(goenv['GOENV'] ?? '', exported);
  addGopathBin(goenv['GOPATH'] ?? '');
  // Added last so it comes first on PATH: no go in GOPATH/bin shadows the pinned toolchain.
  core.addPath(path.join(go.goroot, 'bin'));
  return exported;
}

/** `go env -w` writes a file that quietly applies to every go command. */
async function warnAboutGoenvFile(file: string, exported: Map<string, string>): Promise<void> {
  if (!file || file === 'off') return;
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch {
    return;
  }
  for (const warning of goenvConflicts(file, parseGoenvFile(content), exported))
    core.warning(warning);
}

/** Tools installed with `go install` land in GOPATH/bin; later steps expect them on PATH. */
function addGopathBin(gopathList: string): void {
  const gopath = gopathList.split(path.delimiter)[0];
  if (gopath) core.addPath(path.join(gopath, 'bin'));
}

/** `go env -json NAMES` (in go1.19 too); {} if go fails, since these are conveniences. */
async function goEnv(go: InstalledGo, names: string[]): Promise<Record<string, string>> {
  const out = await exec.getExecOutput(goBinary(go.goroot), ['env', '-json', ...names], {
    silent: true,
    ignoreReturnCode: true
  });
  try {
    return out.exitCode === 0 ? (JSON.parse(out.stdout) as Record<string, string>) : {};
  } catch {
    return {};
  }
}
