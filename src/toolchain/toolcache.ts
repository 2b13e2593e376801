import * as tc from '@actions/tool-cache';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the tool cache keeps a tool: <RUNNER_TOOL_CACHE>/<tool>/<version>/<arch>,
 * complete once <arch>.complete exists (the layout @actions/tool-cache and
 * the runner images share).
 */
export function toolCacheRoot(): string {
  const root = process.env['RUNNER_TOOL_CACHE'];
  if (!root) throw new Error('RUNNER_TOOL_CACHE is not set; is this running on a GitHub runner?');
  return root;
}

/** A staging directory beside the tool's versions: same filesystem, so promotion is a rename. */
export function stagingDir(tool: string, id: string): string {
  return path.join(toolCacheRoot(), tool, `.incoming-${id}`);
}

/**
 * Promotes an extracted, verified directory into the tool cache. A rename is
 * instant where tc.cacheDir copies ~12,000 files; if the rename fails (another
 * filesystem, a file held open on Windows) it falls back to tc.cacheDir.
 */
export async function promoteToToolCache(
  dir: string,
  tool: string,
  version: string,
  arch: string
): Promise<string> {
  const dest = path.join(toolCacheRoot(), tool, version, arch);
  const marker = `${dest}.complete`;
  await rm(marker, { force: true });
  await rm(dest, { recursive: true, force: true });
  await mkdir(path.dirname(dest), { recursive: true });
  try {
    await rename(dir, dest);
  } catch {
    return tc.cacheDir(dir, tool, version, arch);
  }
  await writeFile(marker, '');
  return dest;
}
