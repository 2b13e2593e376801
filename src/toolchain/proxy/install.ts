import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { InstallRequest } from '../install.js';
import { cachedIfHealthy, runsAs, type InstalledGo } from '../installed.js';
import { resolveLocal } from '../resolve.js';
import { promoteToToolCache, toolCacheRoot } from '../toolcache.js';
import { goToSemver } from '../version.js';
import { SumdbError } from './errors.js';
import {
  listUrl,
  moduleUrl,
  parseToolchainList,
  resolveFromList,
  TOOLCHAIN_MODULE,
  toolchainModuleVersion,
  zipPrefix
} from './goproxy.js';
import { downloadShared, getBytes, type FetchOptions } from './http.js';
import { extractModuleZip, ZIP_LIMITS } from './module-zip.js';
import type { SumdbConfig } from '../../inputs/sumdb.js';
import { lookupVerified, zipHashFromRecord } from './sumdb-client.js';

/** Where toolchains come from on the proxy path. */
export interface ProxySource {
  /** The module proxy's base URL, no trailing slash. */
  url: string;
  sumdb: SumdbConfig;
}

/**
 * Each (proxy, checksum database key) pair gets its own tool-cache name: a
 * toolchain verified against one database key is never found by a job that
 * trusts another, nor by go.dev or mirror jobs.
 */
export function proxyToolCacheName(source: ProxySource): string {
  const id = createHash('sha256').update(`${source.url}\n${source.sumdb.key}`).digest('hex');
  return `go-proxy-${id.slice(0, 12)}`;
}

/**
 * Where the newest verified tree head of each checksum database is kept:
 * beside the tools in the tool cache (it outlives a job on self-hosted
 * runners, like the toolchains it vouches for), not inside any tool's folder.
 */
export function sumdbStateDir(): string {
  return path.join(toolCacheRoot(), 'setup-go-cross-sumdb');
}

/**
 * Installs Go as cmd/go installs a toolchain it switches to: the module
 * golang.org/toolchain@v0.0.1-go<ver>.<goos>-<goarch> from the proxy, its
 * h1: hash from the checksum database (signature, inclusion, no rollback),
 * extracted into staging while hashed, promoted only when the hash matches.
 */
export async function installGoFromProxy(
  req: InstallRequest,
  source: ProxySource
): Promise<InstalledGo> {
  const tool = proxyToolCacheName(source);
  const local = resolveLocal(req.spec, tc.findAllVersions(tool, req.toolArch));
  if (local) {
    const hit = await cachedIfHealthy(tool, local, req.toolArch);
    if (hit) return hit;
  }
  const http: FetchOptions = { ...req.retry, log: core.info };

  let version: string;
  if (req.spec.kind === 'exact') {
    version = req.spec.version;
  } else {
    const url = listUrl(source.url);
    core.info(`Resolving go-version "${req.specText}" with ${url}`);
    const list = (await getBytes(url, 4 << 20, http)).toString('utf8');
    version = resolveFromList(
      req.spec,
      parseToolchainList(list, req.host.os, req.host.arch),
      req.specText
    );
  }
  const cacheVersion = goToSemver(version);
  if (!cacheVersion)
    throw new Error(`the module proxy names an unreadable Go version "${version}"`);
  if (cacheVersion !== local && tc.find(tool, cacheVersion, req.toolArch)) {
    const hit = await cachedIfHealthy(tool, cacheVersion, req.toolArch);
    if (hit) return hit;
  }

  const modVersion = toolchainModuleVersion(version, req.host.os, req.host.arch);
  const record = await lookupVerified({
    proxy: source.url,
    db: source.sumdb,
    module: TOOLCHAIN_MODULE,
    version: modVersion,
    stateDir: sumdbStateDir(),
    http,
    log: core.info,
    warn: core.warning
  });
  const want = zipHashFromRecord(record.lines, TOOLCHAIN_MODULE, modVersion);

  // Staging lives in RUNNER_TEMP, outside the tool cache, as on the go.dev path.
  const staging = path.join(
    process.env['RUNNER_TEMP'] || os.tmpdir(),
    `setup-go-cross-${randomUUID()}`
  );
  try {
    await mkdir(staging, { recursive: true });
    const zipUrl = moduleUrl(source.url, modVersion, 'zip');
    const started = performance.now();
    const zip = await downloadShared(zipUrl, ZIP_LIMITS.maxBytes, http);
    core.info(`Downloaded ${zipUrl} (${(zip.length / 1024 / 1024).toFixed(1)} MiB)`);
    const goroot = path.join(staging, 'go');
    const got = await extractModuleZip(zip, zipPrefix(modVersion), goroot);
    if (got.h1 !== want)
      throw new SumdbError(
        'hash',
        `${TOOLCHAIN_MODULE}@${modVersion}: the module zip hashes to ${got.h1}, the checksum database says ${want}; nothing was installed`
      );
    core.info(
      `h1 hash verified against ${source.sumdb.name} (${got.files} files); downloaded and extracted in ${Math.round(performance.now() - started)} ms`
    );
    const dest = await promoteToToolCache(goroot, tool, cacheVersion, req.toolArch, g =>
      runsAs(g, version)
    );
    core.info(`Go ${version} cached at ${dest}`);
    return {
      version,
      goroot: dest,
      fromToolCache: false,
      provenance: {
        source: zipUrl,
        verified: `${want} (Go's dirhash), record ${record.id} of the checksum database ${source.sumdb.name}, in its signed tree of size ${record.treeSize}`
      }
    };
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 3 });
  }
}
