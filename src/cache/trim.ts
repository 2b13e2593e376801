import { open, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
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

/**
 * Sets every entry's mtime to `restoredAt - AGE_MS`. With `manifest`, also
 * writes the restored entries' names there (outside GOCACHE), so the save can
 * tell the entries this job added from the ones it used.
 */
export async function ageEntries(
  gocache: string,
  restoredAt: number,
  manifest?: string
): Promise<EntryStats> {
  const when = new Date(restoredAt - AGE_MS);
  const result: EntryStats = { files: 0, bytes: 0 };
  const names: string[] = [];
  for await (const file of entries(gocache)) {
    try {
      const st = await stat(file);
      if (!st.isFile()) continue;
      await utimes(file, when, when);
      result.files++;
      result.bytes += st.size;
      if (manifest) names.push(path.relative(gocache, file));
    } catch {
      // A file that vanished or can't be touched is simply not aged.
    }
  }
  if (manifest) await writeFile(manifest, names.join('\n'));
  return result;
}

/** The restored entries' names written by ageEntries; empty when nothing was restored. */
export async function readManifest(manifest: string | undefined): Promise<Set<string>> {
  if (!manifest) return new Set();
  const text = await readFile(manifest, 'utf8').catch(() => '');
  return new Set(text.split('\n').filter(Boolean));
}

export interface Settled {
  /** Restored entries this job used (kept). */
  used: EntryStats;
  /** Restored entries this job did not use (removed when trimming). */
  unused: EntryStats;
  /** Entries this job created (kept). */
  added: EntryStats;
  /** Added output files (`-d`), for addedBuildOutputs. */
  addedOutputs: string[];
  /** The unused entries' paths, for removeEntries. */
  unusedFiles: string[];
}

/** Drops the unused entries (trimming before a save). */
export async function removeEntries(files: string[]): Promise<void> {
  for (const f of files) await rm(f, { force: true });
}

/**
 * Sorts GOCACHE into used, unused and added entries; removing the unused ones
 * (removeEntries) leaves exactly what this job's builds needed.
 */
export async function settleEntries(
  gocache: string,
  restoredAt: number,
  restored: Set<string>
): Promise<Settled> {
  const cutoff = restoredAt - UNUSED_CUTOFF_MS;
  const out: Settled = {
    used: { files: 0, bytes: 0 },
    unused: { files: 0, bytes: 0 },
    added: { files: 0, bytes: 0 },
    addedOutputs: [],
    unusedFiles: []
  };
  for await (const file of entries(gocache)) {
    try {
      const st = await stat(file);
      if (!st.isFile()) continue;
      const wasRestored = restored.has(path.relative(gocache, file));
      const bucket = !wasRestored ? out.added : st.mtimeMs < cutoff ? out.unused : out.used;
      if (bucket === out.unused) out.unusedFiles.push(file);
      if (bucket === out.added && file.endsWith('-d')) out.addedOutputs.push(file);
      bucket.files++;
      bucket.bytes += st.size;
    } catch {
      // Leave what we can't read; Go's cache tolerates both.
    }
  }
  return out;
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

/** Files and bytes under a directory (GOMODCACHE), for the report. */
export async function dirSize(dir: string): Promise<EntryStats> {
  const result: EntryStats = { files: 0, bytes: 0 };
  let list: import('node:fs').Dirent[];
  try {
    list = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return result;
  }
  for (const d of list) {
    if (!d.isFile()) continue;
    try {
      result.bytes += (await stat(path.join(d.parentPath, d.name))).size;
      result.files++;
    } catch {
      // vanished
    }
  }
  return result;
}

const INDEX_MAGIC = 'go index';

/**
 * True when at least one added output is a build output. Go also caches an
 * index of the module's source directory ("go index v2 ..."), keyed by file
 * mtimes: a fresh checkout adds one on a no-op rebuild, and that alone is
 * not worth a new cache entry. Stops at the first real output.
 */
export async function addedBuildOutputs(outputs: string[]): Promise<boolean> {
  const head = Buffer.alloc(INDEX_MAGIC.length);
  for (const file of outputs) {
    try {
      const fh = await open(file, 'r');
      try {
        const { bytesRead } = await fh.read(head, 0, head.length, 0);
        if (head.subarray(0, bytesRead).toString('latin1') !== INDEX_MAGIC) return true;
      } finally {
        await fh.close();
      }
    } catch {
      // Vanished: not an output that would be saved.
    }
  }
  return false;
}
