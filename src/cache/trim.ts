import { readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';

/**
 * Go refreshes a cache entry's mtime when it uses it, but only when the mtime
 * is over an hour old (cmd/go/internal/cache: mtimeInterval). So after a
 * restore we age every entry by two hours; at save time, entries still that
 * old were not used by this job and are dropped, and the saved cache holds
 * exactly what this job's builds needed.
 */
export const AGE_MS = 2 * 60 * 60 * 1000;
export const UNUSED_CUTOFF_MS = 60 * 60 * 1000;

export interface EntryStats {
  files: number;
  bytes: number;
}

/** Go's cache stores entries in 256 subdirectories named 00..ff. */
async function* entries(gocache: string): AsyncGenerator<string> {
  let dirs: string[];
  try {
    dirs = await readdir(gocache);
  } catch {
    return;
  }
  for (const d of dirs) {
    if (!/^[0-9a-f]{2}$/.test(d)) continue;
    const sub = path.join(gocache, d);
    let files: string[];
    try {
      files = await readdir(sub);
    } catch {
      continue;
    }
    for (const f of files) yield path.join(sub, f);
  }
}

/** Sets every entry's mtime to `restoredAt - AGE_MS`. */
export async function ageEntries(gocache: string, restoredAt: number): Promise<EntryStats> {
  const when = new Date(restoredAt - AGE_MS);
  const result: EntryStats = { files: 0, bytes: 0 };
  for await (const file of entries(gocache)) {
    try {
      const st = await stat(file);
      if (!st.isFile()) continue;
      await utimes(file, when, when);
      result.files++;
      result.bytes += st.size;
    } catch {
      // A file that vanished or can't be touched is simply not aged.
    }
  }
  return result;
}

/** Removes entries this job did not use; reports what stayed and what went. */
export async function trimUnused(
  gocache: string,
  restoredAt: number
): Promise<{ kept: EntryStats; removed: EntryStats }> {
  const cutoff = restoredAt - UNUSED_CUTOFF_MS;
  const kept: EntryStats = { files: 0, bytes: 0 };
  const removed: EntryStats = { files: 0, bytes: 0 };
  for await (const file of entries(gocache)) {
    try {
      const st = await stat(file);
      if (!st.isFile()) continue;
      if (st.mtimeMs < cutoff) {
        await rm(file, { force: true });
        removed.files++;
        removed.bytes += st.size;
      } else {
        kept.files++;
        kept.bytes += st.size;
      }
    } catch {
      // Leave what we can't read; Go's cache tolerates both.
    }
  }
  return { kept, removed };
}

export async function cacheSize(gocache: string): Promise<EntryStats> {
  const result: EntryStats = { files: 0, bytes: 0 };
  for await (const file of entries(gocache)) {
    try {
      const st = await stat(file);
      if (st.isFile()) {
        result.files++;
        result.bytes += st.size;
      }
    } catch {
      // ignore
    }
  }
  return result;
}
