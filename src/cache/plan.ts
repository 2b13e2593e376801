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
  ctx: {
    runnerOs: string;
    runnerArch: string;
    goVersion: string;
    depHash: string;
    /** `<run id>-<attempt>` (keys.runIdentity). */
    run: string;
    /** The dependency files list no module (deps.Dependencies). */
    listsNothing?: boolean;
  }
): CachePlan {
  const noModules = ctx.depHash === NO_DEPS || ctx.listsNothing;
  return {
    gocache: { path: paths.gocache, ...gocacheKeys({ ...ctx, targetKey: paths.targetKey }) },
    gomodcache: {
      path: paths.gomodcache,
      ...gomodcacheKeys(ctx),
      // No module listed: nothing to download, so nothing worth a cache entry.
      skip: noModules
        ? ctx.depHash === NO_DEPS
          ? 'no dependency files, so no modules to cache'
          : 'the dependency files list no module, so there is nothing to cache'
        : undefined
    }
  };
}
