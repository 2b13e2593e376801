/** The effects around checksums.txt: hash the artifacts (streamed) and write the file. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import {
  CHECKSUMS_FILE,
  checksumsDir,
  formatChecksums,
  isChecksumsText,
  type Digest
} from './checksums.js';
import { OverwriteError, writeOwnFile } from './overwrite.js';
import { line } from '../log/escape.js';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Hashes every artifact and writes one sha256sum file: `file` (the
 * `checksums` input) or checksums.txt in the deepest directory holding them
 * all. Returns its path, text and the digests. Refuses (OverwriteError, one
 * line) to replace a file of the user's.
 */
export async function writeChecksums(
  files: string[],
  options: { file?: string; shown?: (file: string) => string } = {}
): Promise<{ path: string; text: string; digests: Digest[] }> {
  const shown = options.shown ?? ((f: string) => f);
  const out = options.file ?? path.join(checksumsDir(files), CHECKSUMS_FILE);
  const dir = path.dirname(out);
  const outside = files.find(f => path.relative(dir, f).startsWith('..'));
  if (options.file && outside)
    throw new OverwriteError(
      line`checksums "${shown(out)}": the artifact ${shown(outside)} is not under ${shown(dir) || '.'}; accepted: a path in a directory holding every artifact`
    );
  const digests: Digest[] = [];
  for (const file of files) digests.push({ file, sha256: await sha256File(file) });
  const text = formatChecksums(digests, dir);
  await writeOwnFile(out, text, {
    name: options.file ? 'checksums' : CHECKSUMS_FILE,
    shown: shown(out),
    ours: isChecksumsText,
    hint: options.file
      ? 'name another path in the checksums input'
      : 'set the checksums input to another path, e.g. dist/SHA256SUMS'
  });
  return { path: out, text, digests };
}
