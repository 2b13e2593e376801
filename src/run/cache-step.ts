import * as core from '@actions/core';
import os from 'node:os';
import { cachePlan, type cachePaths } from '../cache/plan.js';
import type { SaveInput } from '../cache/save.js';
import type { Inputs } from '../inputs/parse.js';

type Paths = ReturnType<typeof cachePaths>;

/**
 * Restores each target's GOCACHE (concurrently) under exactly the key a
 * matrix job of that target uses, and GOMODCACHE (shared by all targets)
 * once, with the first. One target is what a matrix job does; a release
 * step with several reuses the matrix's caches. Returns the `cache-hit`
 * output and what the post step needs to save each cache.
 */
export async function restoreBuildCaches(
  inputs: Inputs,
  goVersion: string,
  all: Paths[],
  workspace: string
): Promise<{ cacheHit: string; states?: SaveInput[] }> {
  if (!inputs.cache) {
    core.info('cache: false; GOCACHE and GOMODCACHE are neither restored nor saved');
    return { cacheHit: 'false' };
  }
  // Loaded only when caching: @actions/cache brings the Azure SDK, a large
  // share of the bundle's start-up time (a `cache: false` setup skips it).
  const { dependencyHash } = await import('../cache/deps.js');
  const { combinedHit, restoreCaches } = await import('../cache/restore.js');
  const { runIdentity } = await import('../cache/keys.js');
  const deps = await dependencyHash(
    inputs.cacheDependencyPath,
    inputs.cacheDependencyPathExplicit,
    workspace
  );
  const ctx = {
    runnerOs: process.env['RUNNER_OS'] || os.platform(),
    runnerArch: process.env['RUNNER_ARCH'] || os.arch(),
    goVersion,
    depHash: deps.hash,
    listsNothing: deps.listsNothing,
    run: runIdentity(process.env, Date.now())
  };
  const plans = all.map((p, i) => {
    const plan = cachePlan(p, ctx);
    if (i > 0)
      plan.gomodcache = { ...plan.gomodcache, skip: 'restored and saved with the first target' };
    return plan;
  });
  const timeoutMs = inputs.cacheTimeoutSeconds * 1000;
  const results = await Promise.all(plans.map(plan => restoreCaches(plan, { timeoutMs })));
  return {
    cacheHit: combinedHit([results[0].gomodcache.hit, ...results.map(r => r.gocache.hit)]),
    states: plans.map((plan, i) => ({
      restoredAt: results[i].restoredAt,
      manifest: results[i].manifest,
      write: inputs.cacheWrite,
      timeoutMs,
      keep: inputs.cacheKeep,
      gocache: { ...plan.gocache, ...results[i].gocache },
      gomodcache: { ...plan.gomodcache, ...results[i].gomodcache }
    }))
  };
}
