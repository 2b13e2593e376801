import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashRegularFiles } from './hash-files.js';
import { NO_DEPS } from './keys.js';

export interface Dependencies {
  /** Hash for the cache keys, or NO_DEPS. */
  hash: string;
  /**
   * True when the dependency files list no module: no file, or only go.sum
   * files that are empty or blank. Such a module downloads nothing, so its
   * GOMODCACHE stays empty and is never saved; counting it as a miss would
   * make cache-hit `partial` forever.
   */
  listsNothing: boolean;
}

/**
 * Hash of the dependency files for the cache keys. A stdlib-only module has
 * no go.sum: that is normal, and gets a fixed marker rather than a failure.
 */
export async function dependencyHash(
  patterns: string[],
  explicit: boolean,
  workspace: string
): Promise<Dependencies> {
  const hash = await hashRegularFiles(patterns.join('\n'), workspace);
  if (hash) return { hash, listsNothing: await onlyBlankGoSums(patterns, workspace) };
  const message = `cache-dependency-path ${JSON.stringify(patterns.join(', '))} matched no file; the cache keys use "${NO_DEPS}"`;
  if (explicit) core.warning(message);
  else core.info(message);
  return { hash: NO_DEPS, listsNothing: true };
}

const SUM_NAMES = new Set(['go.sum', 'go.work.sum']);
const PEEK = 64 * 1024;

async function onlyBlankGoSums(patterns: string[], workspace: string): Promise<boolean> {
  // Relative to the workspace, as hashRegularFiles reads them.
  const absolute = patterns.map(p => (path.isAbsolute(p) ? p : path.join(workspace, p)));
  const globber = await glob.create(absolute.join('\n'), { followSymbolicLinks: true });
  const files = await globber.glob();
  for (const file of files) {
    const st = await stat(file).catch(() => undefined);
    if (!st?.isFile()) continue;
    if (!SUM_NAMES.has(path.basename(file))) return false;
    if (st.size > PEEK) return false;
    // Regular files only, read with a cap: a go.sum is never read whole if big.
    const fh = await open(file, 'r');
    try {
      const buf = Buffer.alloc(st.size);
      const { bytesRead } = await fh.read(buf, 0, st.size, 0);
      if (buf.subarray(0, bytesRead).toString('utf8').trim() !== '') return false;
    } finally {
      await fh.close();
    }
  }
  return true;
}
