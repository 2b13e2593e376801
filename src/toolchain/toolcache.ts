import { randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * A staging directory beside the tool's versions: same filesystem, so
 * promotion is a rename. Only verified archives are unpacked here; the
 * leading dot and the missing .complete marker keep tool-cache lookups away.
 */
export function stagingDir(tool: string, id: string): string {
  return path.join(toolCacheRoot(), tool, `.incoming-${id}`);
}

/** Staging or discarded directories older than this belong to a killed job. */
export const STALE_STAGING_MS = 60 * 60_000;

/** Removes `.incoming-*` / `.trash-*` directories of a tool older than maxAgeMs; returns their names. */
export async function sweepStaging(
  tool: string,
  maxAgeMs: number = STALE_STAGING_MS,
  now: number = Date.now()
): Promise<string[]> {
  const dir = path.join(toolCacheRoot(), tool);
  const names = await readdir(dir).catch(() => [] as string[]);
  const swept: string[] = [];
  for (const name of names) {
    if (!name.startsWith('.incoming-') && !name.startsWith('.trash-')) continue;
    const st = await stat(path.join(dir, name)).catch(() => undefined);
    if (!st || now - st.mtimeMs < maxAgeMs) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
    swept.push(name);
  }
  return swept;
}

/**
 * Promotes an extracted, verified directory into the tool cache with
 * rename-if-absent: if another job got there first with a working
 * toolchain, this copy is discarded and theirs is used (never deleted: that
 * job may be compiling with it). An existing entry that `isHealthy` rejects
 * is moved aside in one rename and replaced. If the rename fails across
 * filesystems, the directory is first copied to a staging directory beside
 * the versions, then renamed the same way.
 */
export async function promoteToToolCache(
  dir: string,
  tool: string,
  version: string,
  arch: string,
  isHealthy: (goroot: string) => Promise<boolean> = async () => true
): Promise<string> {
  const dest = path.join(toolCacheRoot(), tool, version, arch);
  const marker = `${dest}.complete`;
  await mkdir(path.dirname(dest), { recursive: true });
  let source = dir;
  let copied: string | undefined;
  try {
    for (let tries = 0; ; tries++) {
      try {
        await rename(source, dest);
        await writeFile(marker, '');
        return dest;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EXDEV' && !copied) {
          copied = stagingDir(tool, randomUUID());
          await cp(source, copied, { recursive: true, verbatimSymlinks: true });
          source = copied;
          continue;
        }
        if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EPERM' && code !== 'EISDIR')
          throw e;
        if (tries >= 3) throw e;
      }
      // Someone else's entry is in place.
      if (await isHealthy(dest)) {
        await writeFile(marker, '');
        await rm(source, { recursive: true, force: true });
        return dest;
      }
      await rm(marker, { force: true });
      await rename(dest, path.join(toolCacheRoot(), tool, `.trash-${randomUUID()}`)).catch(
        () => undefined
      );
    }
  } finally {
    if (copied) await rm(copied, { recursive: true, force: true });
    await sweepTrash(tool);
  }
}

/** Discarded entries go right away; a job still running from one keeps its open files. */
async function sweepTrash(tool: string): Promise<void> {
  const dir = path.join(toolCacheRoot(), tool);
  for (const name of await readdir(dir).catch(() => [] as string[]))
    if (name.startsWith('.trash-'))
      await rm(path.join(dir, name), { recursive: true, force: true }).catch(() => undefined);
}
