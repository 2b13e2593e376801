/**
 * What the image takes from the source, not the clock: the created time
 * (SOURCE_DATE_EPOCH, else the commit time, else 0) and a version (a tag at
 * HEAD). git runs with an argument array; a failure just means "unknown".
 */
import { execFile } from 'node:child_process';

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise(resolve =>
    execFile('git', args, { cwd, timeout: 15_000, maxBuffer: 1 << 20 }, (err, out) =>
      resolve(err ? undefined : out.trim())
    )
  );
}

/** SOURCE_DATE_EPOCH when set (reproducible-builds.org), else HEAD's commit time, else 0. */
export async function createdSeconds(env: NodeJS.ProcessEnv, workspace: string): Promise<number> {
  const sde = (env['SOURCE_DATE_EPOCH'] ?? '').trim();
  if (/^[0-9]{1,12}$/.test(sde)) return Number(sde);
  const ct = await git(['log', '-1', '--format=%ct'], workspace);
  return ct && /^[0-9]+$/.test(ct) ? Number(ct) : 0;
}

/** A tag pointing at HEAD (the highest by version order), if any. */
export async function tagAtHead(workspace: string): Promise<string | undefined> {
  const out = await git(['tag', '--points-at', 'HEAD', '--sort=-version:refname'], workspace);
  return out ? out.split('\n')[0].trim() || undefined : undefined;
}
