import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import { targetKey } from '../targets/parse.js';
import { gocacheKeys, gomodcacheKeys, NO_DEPS } from './keys.js';
import type { CachePlan } from './restore.js';

/** Where GOCACHE (one directory per target) and GOMODCACHE live for this job. */
export function cachePaths(
  inputs: Pick<Inputs, 'target' | 'cgo'>,
  root: string
): { gocache: string; gomodcache: string; targetKey: string } {
  const key = targetKey(inputs.target, inputs.cgo);
  return {
    targetKey: key,
    gocache: path.join(root, 'gocache', key),
    gomodcache: path.join(root, 'gomodcache')
  };
}

export function cachePlan(
  paths: { gocache: string; gomodcache: string; targetKey: string },
  ctx: { runnerOs: string; runnerArch: string; goVersion: string; depHash: string }
): CachePlan {
  return {
    gocache: { path: paths.gocache, ...gocacheKeys({ ...ctx, targetKey: paths.targetKey }) },
    gomodcache: {
      path: paths.gomodcache,
      ...gomodcacheKeys(ctx),
      // No go.sum: no modules to download, so nothing worth a cache entry.
      skip: ctx.depHash === NO_DEPS ? 'no dependency files, so no modules to cache' : undefined
    }
  };
}
