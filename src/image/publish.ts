/**
 * The image stage: verified binaries -> one OCI image index (an image per
 * linux target), pushed over the distribution API and/or written as an OCI
 * layout, then read back and proven before any tag is written.
 *
 * Order per repository: blobs (HEAD, skip when present; base layers mounted
 * or copied), each platform's manifest by digest, the index by digest, the
 * read-back proof; only when every repository's proof holds are the tags
 * PUT. A failure anywhere leaves no tag on a half-pushed image.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatReference, type ImageInputs, type ImageReference } from '../inputs/image.js';
import { binaryName } from '../build/naming.js';
import { formatTarget, type Target } from '../targets/parse.js';
import type { FileReport, VerifyOptions } from '../verify/index.js';
import { ImageError, resolveBase } from './base.js';
import { RegistryClient, RegistryError, type Stats } from './client.js';
import {
  descriptor,
  githubLabels,
  imageConfig,
  imageIndex,
  imageManifest,
  jsonBytes
} from './config.js';
import { findCredential, type CredentialOptions } from './credentials.js';
import { binaryLayer, sha256 } from './layer.js';
import { writeLayout } from './layout.js';
import { MT, type Descriptor } from './media.js';
import { formatPlatform, ociPlatform, platformClash, type Platform } from './platform.js';
import { proveIndex, type Expected, type PlatformProof } from './proof.js';
import { createdSeconds, tagAtHead } from './source.js';
import { imageMarkdown } from './summary.js';

export { ImageError };

export interface ImagePlan {
  image: ImageInputs;
  /** The verify options of the step (the target is set per platform). */
  verify: VerifyOptions;
  env: NodeJS.ProcessEnv;
  workspace: string;
  /** Bound on the whole stage (default 20 min). */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Retry backoff (tests shorten it). */
  backoffMs?: number;
}

/** One verified artifact of the step. */
export interface ImageArtifact {
  target: Target;
  file: string;
  /** Hex SHA-256, as in checksums.txt. */
  sha256: string;
  report: FileReport;
  importPath?: string;
}

export interface ImageResult {
  /** The index digest, sha256:<hex>. */
  digest: string;
  /** name@digest of the first reference (the `image` output); undefined with a layout only. */
  image?: string;
  proofs: PlatformProof[];
  /** The proof's reports, one per platform: annotate them as the binary checks are. */
  reports: FileReport[];
  markdown: string;
  /** Why the stage fails (a proof that did not hold); faults throw ImageError instead. */
  failed?: string;
  stats: Record<string, Stats>;
}

export async function publishImage(
  plan: ImagePlan,
  artifacts: ImageArtifact[]
): Promise<ImageResult> {
  const deadline = performance.now() + (plan.timeoutMs ?? 20 * 60_000);
  const log = plan.log ?? (() => undefined);
  const img = plan.image;
  const scratch = !img.base;
  const units = checkArtifacts(artifacts, img, scratch);

  const created = await createdSeconds(plan.env, plan.workspace);
  const labels = {
    ...githubLabels(plan.env, created, await tagAtHead(plan.workspace)),
    ...img.labels
  };

  const credOpts: CredentialOptions = {
    env: plan.env,
    inputs:
      img.username && img.password
        ? {
            credential: { username: img.username, password: img.password },
            registries: [...new Set(img.refs.map(r => r.registry))]
          }
        : undefined
  };
  const clients = new Map<string, RegistryClient>();
  const clientFor = (registry: string) => {
    let c = clients.get(registry);
    if (!c) {
      c = new RegistryClient(registry, {
        credentials: () => findCredential(registry, credOpts),
        deadline,
        backoffMs: plan.backoffMs,
        log
      });
      clients.set(registry, c);
    }
    return c;
  };

  const bases = img.base
    ? await resolveBase(
        clientFor(img.base.registry),
        img.base,
        units.map(u => u.platform)
      )
    : undefined;

  // Each platform's layer, config and manifest (layers gzip in parallel on zlib's threads).
  const built = await Promise.all(
    units.map(async u => {
      const binary = await readFile(u.artifact.file);
      const layer = await binaryLayer(binary, u.entrypoint, created);
      const base = bases?.get(formatPlatform(u.platform));
      const configBytes = jsonBytes(
        imageConfig({
          platform: u.platform,
          entrypoint: u.entrypoint,
          user: img.user,
          created,
          labels,
          diffId: layer.diffId,
          file: path.basename(u.artifact.file),
          base: base?.config
        })
      );
      const config = descriptor(MT.config, configBytes, sha256(configBytes));
      const layers: Descriptor[] = [
        ...(base?.layers ?? []),
        { mediaType: MT.layerGzip, digest: layer.digest, size: layer.blob.length }
      ];
      const manifestBytes = jsonBytes(imageManifest(config, layers));
      return {
        unit: u,
        base,
        layer,
        configBytes,
        config,
        manifestBytes,
        digest: sha256(manifestBytes)
      };
    })
  );
  const indexBytes = jsonBytes(
    imageIndex(
      built.map(b => ({
        mediaType: MT.manifest,
        digest: b.digest,
        size: b.manifestBytes.length,
        platform: b.unit.platform
      }))
    )
  );
  const indexDigest = sha256(indexBytes);
  log(`image index ${indexDigest} (${built.map(b => formatPlatform(b.unit.platform)).join(', ')})`);

  if (img.layout) {
    const blobs = new Map<string, Buffer>();
    for (const b of built) {
      if (b.base)
        for (const l of b.base.layers)
          if (!blobs.has(l.digest))
            blobs.set(
              l.digest,
              await clientFor(b.base.ref.registry).getBlob(b.base.ref.repository, l.digest, l.size)
            );
      blobs.set(b.layer.digest, b.layer.blob);
      blobs.set(b.config.digest, b.configBytes);
      blobs.set(b.digest, b.manifestBytes);
    }
    blobs.set(indexDigest, indexBytes);
    const dir = path.resolve(plan.workspace, img.layout);
    await writeLayout(dir, blobs, { digest: indexDigest, size: indexBytes.length }, [
      ...new Set(img.refs.map(r => r.tag!).filter(Boolean))
    ]);
    log(`image layout written to ${dir}`);
  }

  const expected: Expected[] = built.map(b => ({
    target: b.unit.artifact.target,
    platform: b.unit.platform,
    entrypoint: b.unit.entrypoint,
    sha256: b.unit.artifact.sha256.replace(/^sha256:/, '')
  }));
  const refs = img.refs.map(formatReference);
  if (!img.refs.length) {
    return finish({ indexDigest, refs, proofs: [], tagged: false, layout: img.layout, clients });
  }

  // One push and one proof per repository; the tags after all of them.
  const repos = new Map<string, ImageReference[]>();
  for (const r of img.refs) {
    const key = `${r.registry}/${r.repository}`;
    repos.set(key, [...(repos.get(key) ?? []), r]);
  }
  let proofs: PlatformProof[] = [];
  for (const [key, list] of repos) {
    const { registry, repository } = list[0];
    const client = clientFor(registry);
    log(`pushing ${indexDigest} to ${key}`);
    // Every platform's blobs at once (uploads overlap), then the manifests, then the index.
    await Promise.all(
      built.flatMap(b => [
        ...(b.base?.layers ?? []).map(l => {
          const from = b.base!.ref;
          return client.ensureBlob(
            repository,
            l.digest,
            () => clientFor(from.registry).getBlob(from.repository, l.digest, l.size),
            from.registry === registry ? from.repository : undefined
          );
        }),
        client.ensureBlob(repository, b.layer.digest, () => Promise.resolve(b.layer.blob)),
        client.ensureBlob(repository, b.config.digest, () => Promise.resolve(b.configBytes))
      ])
    );
    await Promise.all(
      built.map(b => client.putManifest(repository, b.digest, MT.manifest, b.manifestBytes))
    );
    await client.putManifest(repository, indexDigest, MT.index, indexBytes);
    const proved = await proveIndex(client, repository, indexDigest, expected, {
      verify: plan.verify,
      scratch,
      maxLayerBytes: Math.max(...built.map(b => b.layer.blob.length))
    });
    proofs = proofs.length
      ? proofs.map((p, i) => ({ ...p, ok: p.ok && (proved[i]?.ok ?? false) }))
      : proved;
    if (proved.some(p => !p.ok)) {
      const bad = proved.filter(p => !p.ok).map(p => formatPlatform(p.platform));
      return finish({
        indexDigest,
        refs,
        proofs: proved,
        tagged: false,
        layout: img.layout,
        clients,
        failed: `image: the read-back proof failed for ${bad.join(', ')} in ${key}@${indexDigest}; nothing was tagged`
      });
    }
  }
  for (const r of img.refs) {
    await clientFor(r.registry).putManifest(r.repository, r.tag!, MT.index, indexBytes);
    log(`tagged ${formatReference(r)} -> ${indexDigest}`);
  }
  return finish({
    indexDigest,
    refs,
    proofs,
    tagged: true,
    layout: img.layout,
    clients,
    first: img.refs[0]
  });
}

function finish(s: {
  indexDigest: string;
  refs: string[];
  proofs: PlatformProof[];
  tagged: boolean;
  layout?: string;
  clients: Map<string, RegistryClient>;
  failed?: string;
  first?: ImageReference;
}): ImageResult {
  return {
    digest: s.indexDigest,
    image: s.first ? `${s.first.registry}/${s.first.repository}@${s.indexDigest}` : undefined,
    proofs: s.proofs,
    reports: s.proofs.map(p => p.report),
    markdown: imageMarkdown({ ...s, error: s.failed }),
    failed: s.failed,
    stats: Object.fromEntries([...s.clients].map(([k, c]) => [k, c.stats]))
  };
}

interface Unit {
  artifact: ImageArtifact;
  platform: Platform;
  entrypoint: string;
}

/**
 * One verified linux binary per target, each a platform of its own; a
 * dynamic binary on scratch, a failed verification or a second binary per
 * target are refused here, before anything is pushed.
 */
function checkArtifacts(artifacts: ImageArtifact[], img: ImageInputs, scratch: boolean): Unit[] {
  if (!artifacts.length) throw new ImageError('image: the step built no binary to put in an image');
  const byTarget = new Map<string, ImageArtifact[]>();
  for (const a of artifacts) {
    if (a.target.goos !== 'linux')
      throw new ImageError(
        `image: target ${formatTarget(a.target)} is not linux; an image holds linux binaries only`
      );
    const k = formatTarget(a.target);
    byTarget.set(k, [...(byTarget.get(k) ?? []), a]);
  }
  const clash = platformClash([...byTarget.values()].map(l => l[0].target));
  if (clash) throw new ImageError(`image: ${clash}`);
  const units: Unit[] = [];
  for (const [k, list] of byTarget) {
    if (list.length > 1)
      throw new ImageError(
        `image: target ${k} has ${list.length} binaries (${list.map(a => path.basename(a.file)).join(', ')}); an image takes one entrypoint, so build one package per step with image`
      );
    const a = list[0];
    if (!a.report.ok)
      throw new ImageError(
        `image: ${a.report.path} (${k}) failed verification; it is not put in an image`
      );
    if (scratch && a.report.elf?.interpreter)
      throw new ImageError(
        `image: ${a.report.path} (${k}) is dynamically linked (interpreter ${a.report.elf.interpreter}) and cannot start on scratch; build with cgo: false, or set image-base to an image with its libc`
      );
    const name = a.importPath ? binaryName(a.importPath) : path.basename(a.file);
    const entrypoint =
      img.entrypoint ?? `/${name === 'command-line-arguments' ? path.basename(a.file) : name}`;
    units.push({
      artifact: a,
      platform: ociPlatform(a.target, a.report.go?.settings?.['GOARM']),
      entrypoint
    });
  }
  return units;
}

export { RegistryError };
