/**
 * Writes an OCI image layout (image-spec image-layout.md): oci-layout,
 * blobs/sha256/<hex>, and index.json naming the image index once per tag
 * (org.opencontainers.image.ref.name), so `skopeo copy oci:<dir>:<tag>` and
 * other tools read it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MT } from './media.js';

export async function writeLayout(
  dir: string,
  blobs: Map<string, Buffer>,
  index: { digest: string; size: number },
  tags: string[]
): Promise<void> {
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const [digest, bytes] of blobs) {
    const file = path.join(dir, 'blobs', 'sha256', digest.replace(/^sha256:/, ''));
    await writeAtomic(file, bytes);
  }
  await writeAtomic(path.join(dir, 'oci-layout'), Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
  // An index.json already there keeps its other images; ours replace the same tags.
  let manifests: { annotations?: Record<string, string> }[] = [];
  try {
    const prior = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as {
      manifests?: typeof manifests;
    };
    manifests = (prior.manifests ?? []).filter(
      m => !tags.includes(m.annotations?.['org.opencontainers.image.ref.name'] ?? '')
    );
  } catch {
    // none yet
  }
  const ours = (tags.length ? tags : [undefined]).map(tag => ({
    mediaType: MT.index,
    digest: index.digest,
    size: index.size,
    ...(tag ? { annotations: { 'org.opencontainers.image.ref.name': tag } } : {})
  }));
  const doc = { schemaVersion: 2, mediaType: MT.index, manifests: [...manifests, ...ours] };
  await writeAtomic(path.join(dir, 'index.json'), Buffer.from(`${JSON.stringify(doc, null, 2)}\n`));
}

async function writeAtomic(file: string, bytes: Buffer): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}
