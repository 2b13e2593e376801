import * as core from '@actions/core';
import { mkdir, rm } from 'node:fs/promises';
import * as service from './service.js';
import { ageEntries, dirSize, type EntryStats } from './trim.js';
import { gocacheMatch, type CacheKeys } from './keys.js';

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

/** What one restore did, for the save and the report. */
export interface Restored {
  hit: HitKind;
  matchedKey?: string;
  /** Wall time of the restore call (lookup, download, extraction). */
  ms?: number;
  /** Files and bytes on disk after the restore. */
  size?: EntryStats;
  /** Why nothing was restored, when it wasn't (service error, timeout). */
  error?: string;
}

export interface RestoreResult {
  gocache: Restored;
  gomodcache: Restored;
  /** The `cache-hit` output: true only when both caches hit exactly. */
  cacheHit: 'true' | 'partial' | 'false';
  restoredAt: number;
  /** Names of the restored GOCACHE entries (trim.ageEntries). */
  manifest: string;
}

export interface CacheOptions {
  /** Bound on every cache-service call (cache-timeout); the build goes on without it. */
  timeoutMs?: number;
  now?: () => number;
}

export const DEFAULT_CACHE_TIMEOUT_MS = 300 * 1000;

/** Restores GOMODCACHE and the per-target GOCACHE; never fails the step. */
export async function restoreCaches(
  plan: CachePlan,
  options: CacheOptions = {}
): Promise<RestoreResult> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  await mkdir(plan.gocache.path, { recursive: true });
  await mkdir(plan.gomodcache.path, { recursive: true });
  // Outside GOCACHE, so it is never saved; a stale one (self-hosted runner) goes first.
  const manifest = `${plan.gocache.path}.restored`;
  await rm(manifest, { force: true });
  const restoredAt = now();
  const miss: RestoreResult = {
    gocache: { hit: 'miss', error: 'no cache service' },
    gomodcache: plan.gomodcache.skip
      ? { hit: 'skipped' }
      : { hit: 'miss', error: 'no cache service' },
    cacheHit: 'false',
    restoredAt,
    manifest
  };
  if (!service.isFeatureAvailable()) {
    core.info(
      'The GitHub cache service is not configured for this job (no ACTIONS_RESULTS_URL); building with empty caches.'
    );
    return miss;
  }
  const gomodcache = plan.gomodcache.skip
    ? skipped('GOMODCACHE', plan.gomodcache.skip)
    : await restoreOne('GOMODCACHE', plan.gomodcache, timeoutMs, now);
  if (gomodcache.hit !== 'miss' && gomodcache.hit !== 'skipped') {
    gomodcache.size = await dirSize(plan.gomodcache.path);
  }
  const gocache = await restoreOne('GOCACHE', plan.gocache, timeoutMs, now);
  if (gocache.hit !== 'miss') {
    gocache.size = await ageEntries(plan.gocache.path, restoredAt, manifest);
    core.info(
      `GOCACHE: ${gocache.size.files} restored entries marked so unused ones can be trimmed before saving`
    );
  }
  const cacheHit = combinedHit([gocache.hit, gomodcache.hit]);
  return { gocache, gomodcache, cacheHit, restoredAt, manifest };
}

function skipped(label: string, reason: string): Restored {
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
  timeoutMs: number,
  now: () => number
): Promise<Restored> {
  const started = now();
  try {
    const matchedKey = await withTimeout(
      service.restoreCache([entry.path], entry.key, entry.restoreKeys, {
        // The SDK's own socket and segment deadlines, so a stalled download stops too.
        timeoutInMs: timeoutMs,
        segmentTimeoutInMs: timeoutMs
      }),
      timeoutMs,
      'cache restore'
    );
    const ms = now() - started;
    if (!matchedKey) {
      core.info(`${label}: no cache for ${entry.key}`);
      return { hit: 'miss', ms };
    }
    const hit: HitKind =
      label === 'GOCACHE'
        ? gocacheMatch(entry, matchedKey)
        : matchedKey === entry.key
          ? 'exact'
          : 'partial';
    core.info(
      `${label}: restored ${matchedKey} (${hit === 'exact' ? 'exact hit' : 'restore-key'})`
    );
    return { hit, matchedKey, ms };
  } catch (e) {
    const message = (e as Error).message;
    core.warning(`${label}: cache restore failed, building without it: ${message}`);
    return { hit: 'miss', ms: now() - started, error: message };
  }
}

/** Races a cache call against a timer, so a stalled cache service cannot hang the job. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`${what} did not finish within ${Math.round(ms / 1000)} s (cache-timeout)`)
        ),
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
