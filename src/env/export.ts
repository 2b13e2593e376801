import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import type { InstalledGo } from '../toolchain/install.js';
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
  await warnAboutGoenvFile(go, exported);
  await addGopathBin(go);
  return exported;
}

/** `go env -w` writes a file that quietly applies to every go command. */
async function warnAboutGoenvFile(go: InstalledGo, exported: Map<string, string>): Promise<void> {
  const file = (await goEnv(go, 'GOENV')).trim();
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
async function addGopathBin(go: InstalledGo): Promise<void> {
  const gopath = (await goEnv(go, 'GOPATH')).trim().split(path.delimiter)[0];
  if (gopath) core.addPath(path.join(gopath, 'bin'));
}

async function goEnv(go: InstalledGo, name: string): Promise<string> {
  const goBin = path.join(go.goroot, 'bin', process.platform === 'win32' ? 'go.exe' : 'go');
  const out = await exec.getExecOutput(goBin, ['env', name], {
    silent: true,
    ignoreReturnCode: true
  });
  return out.exitCode === 0 ? out.stdout : '';
}
