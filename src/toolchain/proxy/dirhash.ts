import { createHash } from 'node:crypto';

/** One file of a module zip: its full name in the zip and the SHA-256 of its content. */
export interface HashedFile {
  name: string;
  sha256: string; // hex
}

/**
 * Go's dirhash.Hash1 (golang.org/x/mod/sumdb/dirhash): SHA-256 over the
 * lines "<sha256 hex>  <name>\n" sorted by name (byte order, as Go sorts
 * strings), base64, prefixed "h1:". For a module zip the names are the
 * zip's entry names, prefix included.
 */
export function hash1(files: HashedFile[]): string {
  const sorted = [...files].sort((a, b) =>
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))
  );
  const h = createHash('sha256');
  for (const f of sorted) {
    if (f.name.includes('\n'))
      throw new Error('dirhash: file names with newlines are not supported');
    h.update(`${f.sha256}  ${f.name}\n`);
  }
  return 'h1:' + h.digest('base64');
}

/** The h1: hash of a go.mod file as the checksum database records it (`<mod> <ver>/go.mod h1:...`). */
export function goModHash1(content: Buffer | string): string {
  return hash1([{ name: 'go.mod', sha256: createHash('sha256').update(content).digest('hex') }]);
}
