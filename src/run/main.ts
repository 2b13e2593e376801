import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { dependencyHash } from '../cache/deps.js';
import { cachePaths, cachePlan } from '../cache/plan.js';
import { restoreCaches, type RestoreResult } from '../cache/restore.js';
import { exportGoldenEnv } from '../env/export.js';
import { parseInputs, type Inputs } from '../inputs/parse.js';
import { formatTarget } from '../targets/parse.js';
import { readVersionSpec, setupToolchain } from '../toolchain/setup.js';
import { bareVersion } from '../toolchain/version.js';
import { registerProblemMatcher } from './matcher.js';
import { savePostState } from './state.js';

/** The main step: inputs -> toolchain -> env -> cache -> outputs. */
export async function runMain(): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name), process.env);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const tempRoot = process.env['RUNNER_TEMP'] || os.tmpdir();
    const requested = await readVersionSpec(inputs, workspace);

    const go = await setupToolchain(inputs, requested);
    const paths = cachePaths(inputs, path.join(tempRoot, 'setup-go-cross'));
    await exportGoldenEnv(inputs, go, paths);
    const restored = await restoreBuildCache(inputs, go.version, paths, workspace);
    await registerProblemMatcher(tempRoot);

    core.setOutput('go-version', bareVersion(go.version));
    core.setOutput('goroot', go.goroot);
    core.setOutput('target', formatTarget(inputs.target));
    core.setOutput('gocache', paths.gocache);
    core.setOutput('cache-hit', restored?.result.cacheHit ?? 'false');
  } catch (e) {
    core.setFailed((e as Error).message);
  }
}

async function restoreBuildCache(
  inputs: Inputs,
  goVersion: string,
  paths: ReturnType<typeof cachePaths>,
  workspace: string
): Promise<{ result: RestoreResult } | undefined> {
  if (!inputs.cache) {
    core.info('cache: false; GOCACHE and GOMODCACHE are neither restored nor saved');
    savePostState({});
    return undefined;
  }
  const depHash = await dependencyHash(
    inputs.cacheDependencyPath,
    inputs.cacheDependencyPathExplicit,
    workspace
  );
  const plan = cachePlan(paths, {
    runnerOs: process.env['RUNNER_OS'] || os.platform(),
    runnerArch: process.env['RUNNER_ARCH'] || os.arch(),
    goVersion,
    depHash
  });
  const result = await restoreCaches(plan);
  savePostState({
    cache: {
      restoredAt: result.restoredAt,
      gocache: { ...plan.gocache, hit: result.gocache.hit },
      gomodcache: { ...plan.gomodcache, hit: result.gomodcache.hit }
    }
  });
  return { result };
}
