/** OCI media types (image-spec media-types.md) and the Docker ones a base image may use. */
export const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
} as const;

/** What a manifest GET accepts: an index or a single image, OCI or Docker. */
export const MANIFEST_ACCEPT = [MT.index, MT.manifest, MT.dockerList, MT.dockerManifest].join(', ');

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

/** A Docker layer type as its OCI twin (same bytes): an OCI manifest names OCI types. */
export function ociLayerType(mediaType: string): string {
  if (mediaType === MT.dockerLayerGzip) return MT.layerGzip;
  if (mediaType === 'application/vnd.docker.image.rootfs.diff.tar')
    return 'application/vnd.oci.image.layer.v1.tar';
  return mediaType;
}
