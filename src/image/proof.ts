/**
 * The read-back proof: the index is fetched again by digest, and for every
 * platform its manifest, config and the binary's layer; the entrypoint is
 * extracted and run through the verifier against that platform, and its
 * SHA-256 must be the artifact's that was verified and checksummed.
 */
import { createHash } from 'node:crypto';
import type { Target } from '../targets/parse.js';
import {
  failedReport,
  verifyBytes,
  type FileReport,
  type Finding,
  type VerifyOptions
} from '../verify/index.js';
import type { RegistryClient } from './client.js';
import { layerEntry } from './extract.js';
import { MT, type Descriptor } from './media.js';
import { formatPlatform, platformMatches, type Platform } from './platform.js';

export interface Expected {
  target: Target;
  platform: Platform;
  entrypoint: string;
  /** Hex SHA-256 of the verified artifact. */
  sha256: string;
}

export interface PlatformProof {
  platform: Platform;
  manifestDigest: string;
  /** Config + layers, compressed (what a pull downloads). */
  size: number;
  ok: boolean;
  report: FileReport;
}

export interface ProofOptions {
  verify: VerifyOptions;
  /** No base image: the binary must be static. */
  scratch: boolean;
  /** Cap on the binary's layer. */
  maxLayerBytes: number;
}

/** Reads `repo@indexDigest` back and proves each expected platform. */
export async function proveIndex(
  client: RegistryClient,
  repo: string,
  indexDigest: string,
  expected: Expected[],
  opts: ProofOptions
): Promise<PlatformProof[]> {
  const index = await client.getManifest(repo, indexDigest);
  const doc = JSON.parse(index.bytes.toString('utf8')) as {
    mediaType?: string;
    manifests?: Descriptor[];
  };
  const name = `${client.registry}/${repo}@${indexDigest}`;
  const entries = doc.manifests ?? [];
  // The platforms are proven side by side (downloads and gunzips overlap).
  const proofs: PlatformProof[] = await Promise.all(
    expected.map(want => {
      const d = entries.filter(m => m.platform && platformMatches(m.platform, want.platform));
      const where = `${name} ${formatPlatform(want.platform)}`;
      if (d.length !== 1)
        return Promise.resolve(
          failed(
            want,
            where,
            `the index holds ${d.length} images for ${formatPlatform(want.platform)}, not 1`
          )
        );
      return proveManifest(client, repo, d[0], want, where, opts);
    })
  );
  for (const m of entries)
    if (!expected.some(e => m.platform && platformMatches(m.platform, e.platform)))
      proofs.push(
        failed(
          expected[0],
          `${name} ${m.platform ? formatPlatform(m.platform) : '(no platform)'}`,
          `the index holds an image no target of the step made`
        )
      );
  return proofs;
}

async function proveManifest(
  client: RegistryClient,
  repo: string,
  d: Descriptor,
  want: Expected,
  where: string,
  opts: ProofOptions
): Promise<PlatformProof> {
  const m = await client.getManifest(repo, d.digest);
  const man = JSON.parse(m.bytes.toString('utf8')) as {
    config?: Descriptor;
    layers?: Descriptor[];
  };
  if (m.mediaType !== MT.manifest || !man.config || !man.layers?.length)
    return failed(want, where, `${d.digest} is not an OCI image manifest with layers`, d.digest);
  const configBytes = await client.getBlob(repo, man.config.digest, man.config.size);
  const config = JSON.parse(configBytes.toString('utf8')) as Partial<Platform> & {
    config?: { Entrypoint?: string[] };
  };
  const size = man.config.size + man.layers.reduce((n, l) => n + l.size, 0);
  const problems: string[] = [];
  if (!platformMatches(config, want.platform))
    problems.push(
      `its config is for ${formatPlatform({ os: String(config.os), architecture: String(config.architecture), variant: config.variant })}, the index says ${formatPlatform(want.platform)}`
    );
  const entry = config.config?.Entrypoint?.[0];
  if (entry !== want.entrypoint)
    problems.push(
      `its Entrypoint is ${JSON.stringify(config.config?.Entrypoint ?? null)}, not ["${want.entrypoint}"]`
    );
  const last = man.layers[man.layers.length - 1];
  if (last.size > opts.maxLayerBytes)
    return failed(
      want,
      where,
      `the binary's layer is ${last.size} bytes, over the cap`,
      d.digest,
      size
    );
  const layer = await client.getBlob(repo, last.digest, last.size);
  const file = await layerEntry(layer, want.entrypoint, opts.maxLayerBytes * 8).catch(
    (e: Error) => e
  );
  if (file instanceof Error)
    return failed(
      want,
      where,
      `its last layer is not a readable tar+gzip (${file.message})`,
      d.digest,
      size
    );
  if (!file)
    return failed(want, where, `${want.entrypoint} is not in its last layer`, d.digest, size);
  if (file.type !== 'file' || (file.mode & 0o111) === 0)
    problems.push(
      `${want.entrypoint} is not an executable file (type ${file.type}, mode ${file.mode.toString(8)})`
    );
  const got = createHash('sha256').update(file.bytes).digest('hex');
  if (got !== want.sha256)
    problems.push(
      `${want.entrypoint} has SHA-256 ${got}, not the verified artifact's ${want.sha256}`
    );

  // The verifier reads the extracted bytes as it reads a file (same code path after the open).
  const report = await verifyBytes(want.entrypoint, file.bytes, {
    ...opts.verify,
    target: want.target
  });
  if (opts.scratch && report.elf?.interpreter)
    problems.push(
      `${want.entrypoint} is dynamically linked (interpreter ${report.elf.interpreter}) on scratch, where it cannot start`
    );
  const findings: Finding[] = [
    ...report.findings,
    ...problems.map(message => ({ check: 'image' as const, severity: 'error' as const, message })),
    ...(problems.length
      ? []
      : [
          {
            check: 'image' as const,
            severity: 'info' as const,
            message: `read back from ${where}: the verified artifact, SHA-256 ${got}`
          }
        ])
  ];
  const ok = report.ok && !problems.length;
  return {
    platform: want.platform,
    manifestDigest: d.digest,
    size,
    ok,
    report: { ...report, path: `${where}:${want.entrypoint}`, ok, findings }
  };
}

function failed(
  want: Expected,
  where: string,
  message: string,
  manifestDigest = '',
  size = 0
): PlatformProof {
  return {
    platform: want.platform,
    manifestDigest,
    size,
    ok: false,
    report: failedReport(`${where}:${want.entrypoint}`, {
      check: 'image',
      severity: 'error',
      message
    })
  };
}
