import * as core from '@actions/core';
import { readdir } from 'node:fs/promises';
import * as service from './service.js';
import { cacheSize, trimUnused } from './trim.js';
import {
  DEFAULT_CACHE_TIMEOUT_MS,
  withTimeout,
  type CacheEntryPlan,
  type HitKind
} from './restore.js';

export interface SaveInput {
  gocache: CacheEntryPlan & { hit: HitKind };
  gomodcache: CacheEntryPlan & { hit: HitKind };
  restoredAt: number;
}

const MiB = 1024 * 1024;

/**
 * Saves each cache whose key missed. GOCACHE is trimmed to the entries this
 * job used first. A race with another job or a service error is logged and
 * never fails the post step.
 */
export async function saveCaches(
  input: SaveInput,
  options: { timeoutMs?: number } = {}
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  if (!service.isFeatureAvailable()) {
    core.info('The GitHub cache service is not configured for this job; nothing saved.');
    return;
  }
  await saveGocache(input, timeoutMs);
  await saveOne('GOMODCACHE', input.gomodcache, timeoutMs);
}

async function saveGocache(input: SaveInput, timeoutMs: number): Promise<void> {
  const entry = input.gocache;
  if (entry.hit !== 'exact') {
    // One walk of the cache: trimming already counts what stays.
    const files =
      entry.hit === 'partial'
        ? await trim(entry.path, input.restoredAt)
        : (await cacheSize(entry.path)).files;
    if (files === 0) {
      core.info('GOCACHE: empty (nothing was built); not saving');
      return;
    }
  }
  await saveOne('GOCACHE', entry, timeoutMs);
}

/** Drops the entries this job did not use; returns how many stay. */
async function trim(gocache: string, restoredAt: number): Promise<number> {
  const { kept, removed } = await trimUnused(gocache, restoredAt);
  core.info(
    `GOCACHE: trimmed ${removed.files} unused entries (${(removed.bytes / MiB).toFixed(1)} MiB), keeping ${kept.files} (${(kept.bytes / MiB).toFixed(1)} MiB)`
  );
  return kept.files;
}

async function saveOne(
  label: string,
  entry: CacheEntryPlan & { hit: HitKind },
  timeoutMs: number
): Promise<void> {
  if (entry.hit === 'skipped') return;
  if (entry.hit === 'exact') {
    core.info(`${label}: exact hit on ${entry.key}; not saving`);
    return;
  }
  if (!(await hasContent(entry.path))) {
    core.info(`${label}: ${entry.path} is empty; not saving`);
    return;
  }
  try {
    const id = await withTimeout(
      service.saveCache([entry.path], entry.key),
      timeoutMs,
      'cache save'
    );
    if (id === -1) {
      // @actions/cache has already said why (typically another job saved this key first).
      core.info(
        `${label}: not saved under ${entry.key} (see the line above); the job is unaffected`
      );
    } else {
      core.info(`${label}: saved under ${entry.key}`);
    }
  } catch (e) {
    const err = e as Error;
    if (
      err instanceof service.ReserveCacheError ||
      /already exists|another job/i.test(err.message)
    ) {
      core.info(`${label}: another job saved ${entry.key} first; nothing to do`);
    } else {
      core.warning(`${label}: cache save failed, the job is unaffected: ${err.message}`);
    }
  }
}

async function hasContent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
