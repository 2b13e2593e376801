import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  downloadExtractVerified,
  downloadVerified,
  extractFile,
  fetchText,
  type RetryOptions
} from './download.js';
import { checkTree, requireGoDir } from './extract.js';
import { limitsFromEnv } from './limits.js';
import { promoteToToolCache, sweepStaging } from './toolcache.js';
import { redactUrls } from './url-policy.js';
import { indexUrl, parseIndex } from './index-json.js';
import {
  resolveLocal,
  resolveRelease,
  semverToGo,
  unsupportedNotice,
  type GoHost
} from './resolve.js';
import { goToSemver, type VersionSpec } from './version.js';
import type { ProxySource } from './proxy/install.js';
import { cachedIfHealthy, runsAs, type InstalledGo } from './installed.js';

export interface InstallRequest {
  spec: VersionSpec;
  /** What the user wrote, for messages. */
  specText: string;
  baseUrl: string;
  officialDownloads: boolean;
  host: GoHost;
  /** Node's arch name, the tool cache's arch folder (x64, arm64). */
  toolArch: string;
  retry?: RetryOptions;
  /** Set: install the golang.org/toolchain module from this GOPROXY, verified by its checksum database. */
  proxy?: ProxySource;
  /** Resolve a minor or range against the index even when the tool cache has a match. */
  checkLatest?: boolean;
}

/**
 * go.dev's toolchains live under the tool cache name `go` (shared with
 * actions/setup-go and the runner images). A mirror gets its own name, so a
 * mirror can never plant a toolchain that a go.dev job would then trust.
 */
export function toolCacheName(baseUrl: string, official: boolean): string {
  if (official) return 'go';
  return `go-mirror-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 12)}`;
}

export async function installGo(req: InstallRequest): Promise<InstalledGo> {
  // Loaded only for a proxy install: the zip reader and the checksum-database client
  // would otherwise add to every setup's start-up.
  if (req.proxy) return (await import('./proxy/install.js')).installGoFromProxy(req, req.proxy);
  const tool = toolCacheName(req.baseUrl, req.officialDownloads);
  const local = resolveLocal(req.spec, tc.findAllVersions(tool, req.toolArch));
  // check-latest: a cached 1.22.3 must not answer `1.22` when the index has 1.22.12; exact pins need no index.
  if (local && req.checkLatest && req.spec.kind === 'range')
    core.info(
      `check-latest: Go ${semverToGo(local)} is in the tool cache; asking the index for the newest match`
    );
  else if (local) {
    const hit = await cachedIfHealthy(tool, local, req.toolArch);
    if (hit) return hit;
  }

  const retry: RetryOptions = {
    limits: { ...limitsFromEnv(process.env), ...req.retry?.limits },
    log: core.info
  };
  const url = indexUrl(req.baseUrl);
  core.info(`Resolving go-version "${req.specText}" with ${redactUrls(url)}`);
  const releases = parseIndex(await fetchText(url, retry), redactUrls(url));
  const { version, file } = resolveRelease(req.spec, releases, req.host, req.specText);
  const unsupported = unsupportedNotice(version, releases);
  if (unsupported) core.notice(unsupported);
  const cacheVersion = goToSemver(version);
  if (!cacheVersion)
    throw new Error(`the Go download index names an unreadable version "${version}"`);

  // (A `local` entry already failed its check above: no second warning for it.)
  if (cacheVersion !== local && tc.find(tool, cacheVersion, req.toolArch)) {
    const hit = await cachedIfHealthy(tool, cacheVersion, req.toolArch);
    if (hit) return hit;
  }

  const swept = await sweepStaging(tool);
  if (swept.length) core.info(`Removed ${swept.length} stale staging director(ies) of ${tool}`);
  const archiveUrl = `${req.baseUrl}/${encodeURIComponent(file.filename)}`;
  core.info(
    `Downloading ${redactUrls(archiveUrl)} (${(file.size / 1024 / 1024).toFixed(1)} MiB), SHA-256 ${file.sha256}`
  );
  const expected = { sha256: file.sha256, size: file.size };
  const healthy = (goroot: string) => runsAs(goroot, version);
  // Staging lives in RUNNER_TEMP, outside the tool cache: nothing unverified is
  // ever unpacked where a lookup could find it; promotion is a rename.
  const tmp = path.join(
    process.env['RUNNER_TEMP'] || os.tmpdir(),
    `setup-go-cross-${randomUUID()}`
  );
  await mkdir(tmp, { recursive: true });
  const staging = path.join(tmp, 'x');
  const archive = path.join(tmp, path.basename(file.filename));
  const started = performance.now();
  try {
    if (file.filename.endsWith('.tar.gz')) {
      if (process.env['SETUP_GO_CROSS_DESIGN'] === 'stream') {
        // Bench-only: bounded streaming (unpack while downloading, promote once the
        // hash matched), measured against the default in bench/setup.mjs.
        await downloadExtractVerified(archiveUrl, staging, expected, retry);
      } else {
        // Verify, then extract: nothing is unpacked before its SHA-256 matched.
        await downloadVerified(archiveUrl, archive, expected, retry);
        core.info('SHA-256 verified; unpacking');
        await extractFile(archive, staging, retry.limits!.unpackMaxBytes!);
      }
    } else {
      // .zip (Windows): downloaded and verified first, unpacked by @actions/tool-cache, then checked on disk.
      await downloadVerified(archiveUrl, archive, expected, retry);
      core.info('SHA-256 verified; unpacking');
      await tc.extractZip(archive, staging);
      await checkTree(staging, file.filename);
      await requireGoDir(staging, file.filename);
    }
    core.info(`Downloaded, verified and unpacked in ${Math.round(performance.now() - started)} ms`);
    const goroot = await promoteToToolCache(
      path.join(staging, 'go'),
      tool,
      cacheVersion,
      req.toolArch,
      healthy
    );
    core.info(`Go ${version} cached at ${goroot}`);
    return {
      version,
      goroot,
      fromToolCache: false,
      provenance: {
        source: redactUrls(archiveUrl),
        verified: `SHA-256 ${file.sha256}, from the download index ${redactUrls(url)}`
      }
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
