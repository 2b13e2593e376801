/**
 * The binary's layer: a tar holding the binary at its entrypoint path (and
 * its parent directories), every entry uid/gid 0, a fixed mtime, mode 0755,
 * gzipped with no name and no timestamp in the header (Node's zlib writes
 * mtime 0). Same bytes in, same digest out.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { pack } from 'tar-stream';

const gzipAsync = promisify(gzip);

export interface Layer {
  /** The gzipped tar: what is pushed. */
  blob: Buffer;
  /** sha256:<hex> of blob. */
  digest: string;
  /** sha256:<hex> of the uncompressed tar (the config's rootfs.diff_ids). */
  diffId: string;
}

export function sha256(data: Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The tar of one file at `entrypoint` (absolute) with parent directories, deterministic. */
export async function layerTar(
  binary: Buffer,
  entrypoint: string,
  mtimeSeconds: number
): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  const common = {
    mtime: new Date(mtimeSeconds * 1000),
    uid: 0,
    gid: 0,
    uname: '',
    gname: ''
  };
  const parts = entrypoint.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++)
    p.entry({ ...common, name: `${parts.slice(0, i).join('/')}/`, type: 'directory', mode: 0o755 });
  await new Promise<void>((resolve, reject) =>
    p.entry(
      { ...common, name: parts.join('/'), type: 'file', mode: 0o755, size: binary.length },
      binary,
      e => (e ? reject(e) : resolve())
    )
  );
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/**
 * The layer for one binary: tar, then gzip at level 1 (BestSpeed, the level
 * go-containerregistry and so ko write): on real ~10 MB Go binaries 2-2.5x
 * faster than level 6 for about 7% more bytes.
 */
export async function binaryLayer(
  binary: Buffer,
  entrypoint: string,
  mtimeSeconds: number
): Promise<Layer> {
  const tar = await layerTar(binary, entrypoint, mtimeSeconds);
  const blob = await gzipAsync(tar, { level: 1 });
  return { blob, digest: sha256(blob), diffId: sha256(tar) };
}
