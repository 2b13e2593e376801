/**
 * The rule for files the step writes into the checkout (checksums.txt,
 * SBOMs): a path that holds a file git tracks, anything but a regular file,
 * or a file whose content is not what this step writes is the user's, and is
 * never replaced. Writes go through a temporary file and a rename, so a path
 * is replaced, never written through.
 */
import { execFile } from 'node:child_process';
import { lstat, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { line } from '../log/escape.js';

/** Reading more than this to recognise our own file would mean it is not ours. */
const MAX_OURS_BYTES = 4 << 20;

export class OverwriteError extends Error {
  override name = 'OverwriteError';
}

/**
 * Writes `text` to `file` unless the path holds something of the user's.
 * `what` names the file in the one-line refusal; `ours` recognises content
 * this step (or an earlier run of it) wrote; `hint` says how to avoid it.
 */
export async function writeOwnFile(
  file: string,
  text: string,
  what: { name: string; ours: (content: string) => boolean; hint: string; shown: string }
): Promise<void> {
  const refuse = (why: string) =>
    new OverwriteError(line`${what.name}: ${what.shown} ${why}; not overwriting it (${what.hint})`);
  const st = await lstat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (st) {
    if (!st.isFile()) throw refuse(`exists and is ${kind(st)}`);
    if (await gitTracks(file)) throw refuse('is tracked by git');
    if (st.size > MAX_OURS_BYTES || !what.ours(await readHead(file)))
      throw refuse('exists and was not written by setup-go-cross');
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

function kind(st: Awaited<ReturnType<typeof lstat>>): string {
  if (st.isSymbolicLink()) return 'a symlink';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

async function readHead(file: string): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(MAX_OURS_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

/** true when git tracks the file; false when it does not, or there is no repository or git. */
export function gitTracks(file: string): Promise<boolean> {
  return new Promise(resolve => {
    execFile(
      'git',
      ['ls-files', '--error-unmatch', '--', path.basename(file)],
      { cwd: path.dirname(file), timeout: 10_000 },
      err => resolve(!err)
    );
  });
}
