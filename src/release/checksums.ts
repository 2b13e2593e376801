/**
 * checksums.txt in `sha256sum` format (`<hex>  <name>`, sorted by name) and
 * the `digests` output. Pure: hashing and writing happen in release/write.ts.
 */
import path from 'node:path';

export const CHECKSUMS_FILE = 'checksums.txt';

export interface Digest {
  /** Absolute path of the artifact. */
  file: string;
  /** Lower-case hex SHA-256. */
  sha256: string;
}

/**
 * The directory checksums.txt goes in: the deepest directory holding every
 * artifact, so each line names its file relative to checksums.txt and
 * `sha256sum -c` works from there.
 */
export function checksumsDir(files: string[]): string {
  const dirs = files.map(f => path.dirname(path.resolve(f)).split(path.sep));
  const common: string[] = [];
  for (let i = 0; i < dirs[0].length; i++) {
    const part = dirs[0][i];
    if (dirs.some(d => d[i] !== part)) break;
    common.push(part);
  }
  return common.join(path.sep) || path.sep;
}

/** The file's text: one `<hex>  <name>` line per artifact, sorted by name (byte order). */
export function formatChecksums(digests: Digest[], dir: string): string {
  const lines = digests.map(d => {
    if (!/^[0-9a-f]{64}$/.test(d.sha256)) throw new Error(`not a SHA-256 hex digest: ${d.sha256}`);
    const name = path.relative(dir, d.file).split(path.sep).join('/');
    // sha256sum escapes names with a newline or backslash; refuse them instead.
    if (!name || name.startsWith('..') || /[\\\n\r]/.test(name))
      throw new Error(`artifact ${JSON.stringify(d.file)} cannot be named in ${CHECKSUMS_FILE}`);
    return { name, line: `${d.sha256}  ${name}` };
  });
  lines.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return lines.map(l => `${l.line}\n`).join('');
}

/** The `digests` output: {"dist/app_linux_arm64": "sha256:<hex>"}, keyed by display path. */
export function digestsOutput(digests: Digest[], display: (file: string) => string): string {
  const out: Record<string, string> = {};
  for (const d of [...digests].sort((a, b) => (a.file < b.file ? -1 : 1)))
    out[display(d.file)] = `sha256:${d.sha256}`;
  return JSON.stringify(out);
}

/**
 * Whether text is a sha256sum file (what an earlier run of this action left):
 * such a file may be replaced; any other content is the user's. Pure.
 */
export function isChecksumsText(text: string): boolean {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.every(l => /^[0-9a-f]{64} [ *][^\n]+$/.test(l));
}
