import * as core from '@actions/core';
import * as exec from '@actions/exec';
import * as tc from '@actions/tool-cache';
import path from 'node:path';
import { semverToGo } from './resolve.js';

/** A toolchain on disk, from either install path (go.dev-style archive or GOPROXY module). */
export interface InstalledGo {
  version: string; // go1.22.12
  goroot: string;
  fromToolCache: boolean;
  /** `go version` already ran and reported `version`. */
  checked?: boolean;
  /** Where it came from and what vouched for it, one line each (the job summary shows them). */
  provenance: { source: string; verified: string };
}

/**
 * A tool-cache entry, used only if its go runs and reports its version: a
 * damaged entry is reinstalled, not trusted forever for its .complete marker.
 */
export async function cachedIfHealthy(
  tool: string,
  semver: string,
  arch: string
): Promise<InstalledGo | undefined> {
  const goroot = tc.find(tool, semver, arch);
  const version = semverToGo(semver);
  if (!goroot) return undefined;
  try {
    await checkGoVersion(goroot, version);
  } catch (e) {
    core.warning(
      `The cached Go at ${goroot} is damaged (${(e as Error).message}); reinstalling it`
    );
    return undefined;
  }
  core.info(`Go ${version} found in the tool cache (${goroot}); no download`);
  return {
    version,
    goroot,
    fromToolCache: true,
    checked: true,
    provenance: {
      source: `the tool cache (${tool})`,
      verified: `when an earlier job installed it; its go runs and reports ${version}`
    }
  };
}

export async function runsAs(goroot: string, version: string): Promise<boolean> {
  return checkGoVersion(goroot, version, true).then(
    () => true,
    () => false
  );
}

/** The go command of a GOROOT. */
export function goBinary(goroot: string): string {
  return path.join(goroot, 'bin', process.platform === 'win32' ? 'go.exe' : 'go');
}

/** Runs `go version` from goroot and fails unless it reports the resolved version. */
export async function checkGoVersion(
  goroot: string,
  version: string,
  quiet = false
): Promise<void> {
  const goBin = goBinary(goroot);
  const out = await exec.getExecOutput(goBin, ['version'], {
    silent: true,
    ignoreReturnCode: true,
    // GOTOOLCHAIN=local: a go.mod toolchain line in the workspace must not switch compilers here either.
    env: { ...stringEnv(process.env), GOTOOLCHAIN: 'local', GOROOT: goroot }
  });
  const reported = /\bgo version (go\S+)/.exec(out.stdout)?.[1];
  if (out.exitCode !== 0 || reported !== version) {
    throw new Error(
      `the installed Go at ${goroot} reports "${(out.stdout + out.stderr).trim()}", expected ${version}`
    );
  }
  if (!quiet) core.info(`go version: ${out.stdout.trim()}`);
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) result[k] = v;
  return result;
}
