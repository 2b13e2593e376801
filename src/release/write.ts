/** The effects around checksums.txt: hash the artifacts (streamed) and write the file. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHECKSUMS_FILE, checksumsDir, formatChecksums, type Digest } from './checksums.js';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Hashes every artifact and writes one checksums.txt beside them; returns its path, text and the digests. */
export async function writeChecksums(
  files: string[]
): Promise<{ path: string; text: string; digests: Digest[] }> {
  const digests: Digest[] = [];
  for (const file of files) digests.push({ file, sha256: await sha256File(file) });
  const dir = checksumsDir(files);
  const out = path.join(dir, CHECKSUMS_FILE);
  const text = formatChecksums(digests, dir);
  await writeFile(out, text);
  return { path: out, text, digests };
}
