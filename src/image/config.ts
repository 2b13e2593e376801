/**
 * The image config, manifest and index documents (image-spec config.md,
 * manifest.md, image-index.md). Pure and deterministic: fixed key order, the
 * created time from the source (never the clock), nothing from the tag.
 */
import { MT, ociLayerType, type Descriptor } from './media.js';
import type { Platform } from './platform.js';

/** The user on scratch when image-user is not set: non-root, as distroless's nonroot. */
export const SCRATCH_USER = '65532';

/** What the config takes from a base image's config (Docker or OCI shape). */
export interface BaseConfig {
  config?: Record<string, unknown>;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: unknown[];
}

export interface ConfigInput {
  platform: Platform;
  entrypoint: string;
  /** image-user; undefined: the base's, else 65532 on scratch. */
  user?: string;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH, else the commit time, else 0). */
  created: number;
  labels: Record<string, string>;
  diffId: string;
  /** The binary's file name, for the history line. */
  file: string;
  base?: BaseConfig;
}

export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** The runtime config: the base's (Env, WorkingDir, ...) with our Entrypoint, User and labels. */
export function imageConfig(c: ConfigInput): Record<string, unknown> {
  const created = isoTime(c.created);
  const baseRuntime = { ...(c.base?.config ?? {}) };
  // The base's Cmd was arguments for its own entrypoint, not ours.
  delete baseRuntime['Cmd'];
  delete baseRuntime['Entrypoint'];
  const baseUser = typeof baseRuntime['User'] === 'string' ? baseRuntime['User'] : '';
  const baseLabels =
    baseRuntime['Labels'] && typeof baseRuntime['Labels'] === 'object'
      ? (baseRuntime['Labels'] as Record<string, string>)
      : {};
  const runtime: Record<string, unknown> = {
    ...baseRuntime,
    User: c.user ?? (c.base ? baseUser : SCRATCH_USER),
    Entrypoint: [c.entrypoint],
    Labels: sortKeys({ ...baseLabels, ...c.labels })
  };
  if (!runtime['User']) delete runtime['User'];
  return {
    created,
    architecture: c.platform.architecture,
    os: c.platform.os,
    ...(c.platform.variant ? { variant: c.platform.variant } : {}),
    config: runtime,
    rootfs: { type: 'layers', diff_ids: [...(c.base?.rootfs?.diff_ids ?? []), c.diffId] },
    history: [
      ...(c.base?.history ?? []),
      { created, created_by: `setup-go-cross: ${c.file} as ${c.entrypoint}` }
    ]
  };
}

/**
 * The OCI labels from the GITHUB_* environment. version only from a tag push
 * (or a tag given), never from the image reference or the run: the digest
 * must not depend on what the image is pushed as.
 */
export function githubLabels(
  env: NodeJS.ProcessEnv,
  created: number,
  gitTag?: string
): Record<string, string> {
  const labels: Record<string, string> = {};
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  if (env['GITHUB_REPOSITORY'])
    labels['org.opencontainers.image.source'] = `${server}/${env['GITHUB_REPOSITORY']}`;
  if (env['GITHUB_SHA']) labels['org.opencontainers.image.revision'] = env['GITHUB_SHA'];
  const tagPush =
    env['GITHUB_REF_TYPE'] === 'tag' || (env['GITHUB_REF'] ?? '').startsWith('refs/tags/');
  const version = tagPush && env['GITHUB_REF_NAME'] ? env['GITHUB_REF_NAME'] : gitTag;
  if (version) labels['org.opencontainers.image.version'] = version;
  labels['org.opencontainers.image.created'] = isoTime(created);
  return labels;
}

export function descriptor(mediaType: string, bytes: Buffer, digest: string): Descriptor {
  return { mediaType, digest, size: bytes.length };
}

/** An image manifest: config, then the base's layers, then ours. */
export function imageManifest(config: Descriptor, layers: Descriptor[]): Record<string, unknown> {
  return {
    schemaVersion: 2,
    mediaType: MT.manifest,
    config: { mediaType: MT.config, digest: config.digest, size: config.size },
    layers: layers.map(l => ({
      mediaType: ociLayerType(l.mediaType),
      digest: l.digest,
      size: l.size
    }))
  };
}

/** The index: one manifest per platform, in the order of the step's targets. */
export function imageIndex(manifests: Descriptor[]): Record<string, unknown> {
  return {
    schemaVersion: 2,
    mediaType: MT.index,
    manifests: manifests.map(m => ({
      mediaType: MT.manifest,
      digest: m.digest,
      size: m.size,
      platform: m.platform
    }))
  };
}

/** A document as the bytes that are pushed and digested. */
export function jsonBytes(doc: unknown): Buffer {
  return Buffer.from(JSON.stringify(doc));
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
