import * as core from '@actions/core';
import * as service from './service.js';
import {
  addedBuildOutputs,
  dirSize,
  readManifest,
  removeEntries,
  settleEntries,
  type EntryStats,
  type Settled
} from './trim.js';
import {
  DEFAULT_CACHE_TIMEOUT_MS,
  withTimeout,
  type CacheEntryPlan,
  type Restored
} from './restore.js';

export interface SaveInput {
  gocache: CacheEntryPlan & Restored;
  gomodcache: CacheEntryPlan & Restored;
  restoredAt: number;
  /** Names of the restored GOCACHE entries (absent: nothing restored). */
  manifest?: string;
  /** cache-write: false restores only. Default true. */
  write?: boolean;
  /** cache-timeout in ms. */
  timeoutMs?: number;
  /** cache-keep: entries kept per key prefix and ref after a save (default 1). */
  keep?: number;
}

/** What a save did, for the report. */
export interface Saved {
  savedKey?: string;
  /** Why nothing was saved, in a few words. */
  notSaved?: string;
  /** What the entry held on disk. */
  size?: EntryStats;
  ms?: number;
}

export interface SaveReport {
  gocache: Saved & { settled?: Settled; trimmed: boolean };
  gomodcache: Saved;
}

const MiB = 1024 * 1024;

/**
 * GOCACHE: trimmed to the entries this job used, then saved under this run's
 * key when the job added entries the restored cache lacked. GOMODCACHE: saved
 * when its content key missed. With cache-write: false, nothing is saved (the
 * unused GOCACHE entries are still counted for the report). A race with
 * another job or a service error is logged and never fails the post step.
 */
export async function saveCaches(input: SaveInput): Promise<SaveReport> {
  const timeoutMs = input.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  const write = input.write ?? true;
  const available = service.isFeatureAvailable();
  if (!write) core.info('cache-write: false; the caches were restored only, nothing is saved');
  else if (!available) {
    core.info('The GitHub cache service is not configured for this job; nothing saved.');
  }
  const canSave = write && available;
  const gocache = await saveGocache(input, canSave, timeoutMs);
  const gomodcache = await saveGomodcache(input, canSave, write, timeoutMs);
  return { gocache, gomodcache };
}

async function saveGocache(
  input: SaveInput,
  canSave: boolean,
  timeoutMs: number
): Promise<SaveReport['gocache']> {
  const entry = input.gocache;
  const restored = await readManifest(input.manifest);
  const settled = await settleEntries(entry.path, input.restoredAt, restored);
  const size: EntryStats = {
    files: settled.used.files + settled.added.files,
    bytes: settled.used.bytes + settled.added.bytes
  };
  if (!canSave) {
    return {
      settled,
      trimmed: false,
      notSaved: input.write === false ? 'cache-write: false' : 'no cache service'
    };
  }
  if (!(await addedBuildOutputs(settled.addedOutputs))) {
    const why =
      restored.size === 0
        ? 'empty (nothing was built)'
        : settled.added.files === 0
          ? 'this job added no entries to the restored cache'
          : `this job added no build outputs to the restored cache (only ${settled.added.files} source-index entries)`;
    core.info(`GOCACHE: ${why}; not saving`);
    return { settled, trimmed: false, notSaved: why };
  }
  // Trim only what will be saved: the entry then holds exactly what this job used.
  const trimmed = restored.size > 0;
  if (trimmed) {
    await removeEntries(settled.unusedFiles);
    core.info(
      `GOCACHE: trimmed ${settled.unused.files} unused entries (${(settled.unused.bytes / MiB).toFixed(1)} MiB), keeping ${size.files} (${(size.bytes / MiB).toFixed(1)} MiB)`
    );
  }
  return { settled, trimmed, size, ...(await saveOne('GOCACHE', entry, timeoutMs)) };
}

async function saveGomodcache(
  input: SaveInput,
  canSave: boolean,
  write: boolean,
  timeoutMs: number
): Promise<Saved> {
  const entry = input.gomodcache;
  if (entry.hit === 'skipped') return { notSaved: entry.skip ?? 'nothing to cache' };
  if (entry.hit === 'exact') {
    if (canSave) core.info(`GOMODCACHE: exact hit on ${entry.key}; not saving`);
    return { notSaved: 'exact hit: the same dependencies are cached already' };
  }
  if (!canSave) return { notSaved: write ? 'no cache service' : 'cache-write: false' };
  const size = await dirSize(entry.path);
  if (size.files === 0) {
    core.info(`GOMODCACHE: ${entry.path} is empty; not saving`);
    return { notSaved: 'empty (no module was downloaded)' };
  }
  return { size, ...(await saveOne('GOMODCACHE', entry, timeoutMs)) };
}

async function saveOne(label: string, entry: CacheEntryPlan, timeoutMs: number): Promise<Saved> {
  const started = Date.now();
  try {
    const id = await withTimeout(
      service.saveCache([entry.path], entry.key),
      timeoutMs,
      'cache save'
    );
    const ms = Date.now() - started;
    if (id === -1) {
      // @actions/cache has already said why (typically another job saved this key first).
      core.info(
        `${label}: not saved under ${entry.key} (see the line above); the job is unaffected`
      );
      return { ms, notSaved: 'the cache service refused it (another job saved this key first?)' };
    }
    core.info(`${label}: saved under ${entry.key}`);
    return { ms, savedKey: entry.key };
  } catch (e) {
    const ms = Date.now() - started;
    const err = e as Error;
    if (
      err instanceof service.ReserveCacheError ||
      /already exists|another job/i.test(err.message)
    ) {
      core.info(`${label}: another job saved ${entry.key} first; nothing to do`);
      return { ms, notSaved: 'another job saved this key first' };
    }
    core.warning(`${label}: cache save failed, the job is unaffected: ${err.message}`);
    return { ms, notSaved: `save failed: ${err.message}` };
  }
}
