import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { line } from '../log/escape.js';

/**
 * glob.hashFiles, digest for digest (sha256 over each matched file's sha256,
 * in glob order, files under the workspace only), except that only regular
 * files are read: hashFiles opens whatever matches, and a FIFO named by
 * cache-dependency-path would block it forever. A file is opened with
 * O_NONBLOCK and checked with fstat on the open handle, so it cannot be
 * swapped for a FIFO between the check and the read.
 */
export async function hashRegularFiles(patterns: string, workspace: string): Promise<string> {
  const globber = await glob.create(patterns, { followSymbolicLinks: true });
  const result = createHash('sha256');
  let count = 0;
  for await (const file of globber.globGenerator()) {
    if (!file.startsWith(`${workspace}${path.sep}`)) continue;
    const digest = await regularFileDigest(file);
    if (digest === 'directory') continue;
    if (digest === 'special') {
      core.warning(line`cache-dependency-path: skipping ${file}: not a regular file`);
      continue;
    }
    result.write(digest);
    count++;
  }
  result.end();
  return count ? result.digest('hex') : '';
}

async function regularFileDigest(file: string): Promise<Buffer | 'directory' | 'special'> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = await handle.stat();
    if (st.isDirectory()) return 'directory';
    if (!st.isFile()) return 'special';
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ autoClose: false }))
      hash.update(chunk as Buffer);
    return hash.digest();
  } finally {
    await handle.close();
  }
}
