import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import * as service from './service.js';
import { ageEntries } from './trim.js';
import type { CacheKeys } from './keys.js';

/** 'skipped': nothing to cache (a module without dependencies has an empty GOMODCACHE). */
export type HitKind = 'exact' | 'partial' | 'miss' | 'skipped';

export interface CacheEntryPlan extends CacheKeys {
  path: string;
  /** Why this cache is neither restored nor saved, if it isn't. */
  skip?: string;
}

export interface CachePlan {
  gocache: CacheEntryPlan;
  gomodcache: CacheEntryPlan;
}

export interface RestoreResult {
  gocache: { hit: HitKind; matchedKey?: string };
  gomodcache: { hit: HitKind; matchedKey?: string };
  /** The `cache-hit` output: true only when both caches hit exactly. */
  cacheHit: 'true' | 'partial' | 'false';
  restoredAt: number;
}

/** Restores GOMODCACHE and the per-target GOCACHE; never fails the step. */
export interface CacheOptions {
  /** Give up on the cache service after this long; the build goes on without it. */
  timeoutMs?: number;
  now?: () => number;
}

export const DEFAULT_CACHE_TIMEOUT_MS = 10 * 60 * 1000;

export async function restoreCaches(
  plan: CachePlan,
  options: CacheOptions = {}
): Promise<RestoreResult> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  await mkdir(plan.gocache.path, { recursive: true });
  await mkdir(plan.gomodcache.path, { recursive: true });
  const restoredAt = now();
  const miss: RestoreResult = {
    gocache: { hit: 'miss' },
    gomodcache: { hit: 'miss' },
    cacheHit: 'false',
    restoredAt
  };
  if (!service.isFeatureAvailable()) {
    core.info(
      'The GitHub cache service is not configured for this job (no ACTIONS_RESULTS_URL); building with empty caches.'
    );
    return miss;
  }
  const gomodcache = plan.gomodcache.skip
    ? skipped('GOMODCACHE', plan.gomodcache.skip)
    : await restoreOne('GOMODCACHE', plan.gomodcache, timeoutMs);
  const gocache = await restoreOne('GOCACHE', plan.gocache, timeoutMs);
  if (gocache.hit !== 'miss') {
    const aged = await ageEntries(plan.gocache.path, restoredAt);
    core.info(
      `GOCACHE: ${aged.files} restored entries marked so unused ones can be trimmed before saving`
    );
  }
  const cacheHit = combinedHit([gocache.hit, gomodcache.hit]);
  return { gocache, gomodcache, cacheHit, restoredAt };
}

function skipped(label: string, reason: string): { hit: HitKind } {
  core.info(`${label}: not cached (${reason})`);
  return { hit: 'skipped' };
}

/** The cache-hit output over the caches in play: true only if every one hit exactly. */
export function combinedHit(hits: HitKind[]): 'true' | 'partial' | 'false' {
  const used = hits.filter(h => h !== 'skipped');
  if (used.length && used.every(h => h === 'exact')) return 'true';
  if (used.every(h => h === 'miss')) return 'false';
  return 'partial';
}

async function restoreOne(
  label: string,
  entry: CacheEntryPlan,
  timeoutMs: number
): Promise<{ hit: HitKind; matchedKey?: string }> {
  try {
    const matchedKey = await withTimeout(
      service.restoreCache([entry.path], entry.key, entry.restoreKeys),
      timeoutMs,
      'cache restore'
    );
    if (!matchedKey) {
      core.info(`${label}: no cache for ${entry.key}`);
      return { hit: 'miss' };
    }
    const hit: HitKind = matchedKey === entry.key ? 'exact' : 'partial';
    core.info(
      `${label}: restored ${matchedKey} (${hit === 'exact' ? 'exact hit' : 'restore-key'})`
    );
    return { hit, matchedKey };
  } catch (e) {
    core.warning(`${label}: cache restore failed, building without it: ${(e as Error).message}`);
    return { hit: 'miss' };
  }
}

/** Races a cache call against a timer, so a stalled cache service cannot hang the job. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)),
      ms
    );
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
