/**
 * The base image, pulled per platform by digest: its index (or single
 * manifest), the manifest of each wanted platform, and its config. A
 * platform the base does not have is one line naming both.
 */
import { formatReference, type ImageReference } from '../inputs/image.js';
import type { RegistryClient } from './client.js';
import type { BaseConfig } from './config.js';
import { MT, type Descriptor } from './media.js';
import { formatPlatform, platformMatches, type Platform } from './platform.js';

export class ImageError extends Error {}

export interface BaseImage {
  ref: ImageReference;
  manifestDigest: string;
  config: BaseConfig;
  layers: Descriptor[];
}

/** A config blob is small; a larger one is refused. */
const CONFIG_CAP = 8 << 20;

interface IndexDoc {
  mediaType?: string;
  manifests?: Descriptor[];
}
interface ManifestDoc {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
}

/** The base's image for each wanted platform (keyed by formatPlatform). */
export async function resolveBase(
  client: RegistryClient,
  ref: ImageReference,
  platforms: Platform[]
): Promise<Map<string, BaseImage>> {
  const name = formatReference(ref);
  const top = await client.getManifest(ref.repository, ref.digest!);
  const doc = JSON.parse(top.bytes.toString('utf8')) as IndexDoc & ManifestDoc;
  const out = new Map<string, BaseImage>();
  if (top.mediaType === MT.index || top.mediaType === MT.dockerList || doc.manifests) {
    const entries = (doc.manifests ?? []).filter(m => m.platform);
    for (const p of platforms) {
      const d = entries.find(m => m.platform && platformMatches(m.platform, p));
      if (!d)
        throw new ImageError(
          `image-base ${name} has no ${formatPlatform(p)} image (it has ${entries.map(m => formatPlatform(m.platform!)).join(', ') || 'none'})`
        );
      out.set(formatPlatform(p), await pullImage(client, ref, d.digest, p));
    }
    return out;
  }
  for (const p of platforms) {
    const image = await pullImage(client, ref, top.digest, p, doc);
    out.set(formatPlatform(p), image);
  }
  return out;
}

async function pullImage(
  client: RegistryClient,
  ref: ImageReference,
  digest: string,
  want: Platform,
  known?: ManifestDoc
): Promise<BaseImage> {
  const doc =
    known ??
    (JSON.parse(
      (await client.getManifest(ref.repository, digest)).bytes.toString('utf8')
    ) as ManifestDoc);
  if (!doc.config || !Array.isArray(doc.layers))
    throw new ImageError(`image-base ${formatReference(ref)}: ${digest} is not an image manifest`);
  if (doc.config.size > CONFIG_CAP)
    throw new ImageError(
      `image-base ${formatReference(ref)}: its config is over ${CONFIG_CAP} bytes; refused`
    );
  const configBytes = await client.getBlob(ref.repository, doc.config.digest, doc.config.size);
  const config = JSON.parse(configBytes.toString('utf8')) as BaseConfig & Partial<Platform>;
  if (!platformMatches(config, want))
    throw new ImageError(
      `image-base ${formatReference(ref)} has no ${formatPlatform(want)} image (it is ${formatPlatform({ os: String(config.os), architecture: String(config.architecture), variant: config.variant })})`
    );
  if ((config.rootfs?.diff_ids?.length ?? 0) !== doc.layers.length)
    throw new ImageError(
      `image-base ${formatReference(ref)}: its config and manifest disagree on the layers`
    );
  return { ref, manifestDigest: digest, config, layers: doc.layers };
}
