import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** go.mod files with many requirements stay far below this; /dev/zero does not. */
export const VERSION_FILE_CAP = 1 << 20;

export class VersionFileReadError extends Error {}

/**
 * Reads a go-version-file: a regular file only, at most VERSION_FILE_CAP
 * bytes. O_NONBLOCK makes opening a FIFO return at once (instead of waiting
 * for a writer); fstat on the open handle then refuses it, a device or a
 * directory, with no race between the check and the read.
 */
export async function readVersionFileText(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new VersionFileReadError((e as NodeJS.ErrnoException).code ?? 'error');
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new VersionFileReadError('not a regular file');
    if (st.size > VERSION_FILE_CAP)
      throw new VersionFileReadError(`${st.size} bytes, more than ${VERSION_FILE_CAP}`);
    const buf = Buffer.alloc(Math.min(st.size, VERSION_FILE_CAP));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
