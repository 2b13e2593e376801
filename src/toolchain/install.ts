import * as core from '@actions/core';
import * as exec from '@actions/exec';
import * as tc from '@actions/tool-cache';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  downloadExtractVerified,
  downloadVerified,
  fetchText,
  type RetryOptions
} from './download.js';
import { promoteToToolCache, stagingDir } from './toolcache.js';
import { indexUrl, parseIndex } from './index-json.js';
import {
  resolveLocal,
  resolveRelease,
  semverToGo,
  unsupportedNotice,
  type GoHost
} from './resolve.js';
import { goToSemver, type VersionSpec } from './version.js';
import { installGoFromProxy, type ProxySource } from './proxy/install.js';

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

export interface InstalledGo {
  version: string; // go1.22.12
  goroot: string;
  fromToolCache: boolean;
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
  if (req.proxy) return installGoFromProxy(req, req.proxy);
  const tool = toolCacheName(req.baseUrl, req.officialDownloads);
  const local = resolveLocal(req.spec, tc.findAllVersions(tool, req.toolArch));
  // check-latest: a cached 1.22.3 must not answer `1.22` when the index has 1.22.12; exact pins need no index.
  if (local && req.checkLatest && req.spec.kind === 'range')
    core.info(
      `check-latest: Go ${semverToGo(local)} is in the tool cache; asking the index for the newest match`
    );
  else if (local) {
    const goroot = tc.find(tool, local, req.toolArch);
    core.info(`Go ${semverToGo(local)} found in the tool cache (${goroot}); no download`);
    return { version: semverToGo(local), goroot, fromToolCache: true };
  }

  const url = indexUrl(req.baseUrl);
  core.info(`Resolving go-version "${req.specText}" with ${url}`);
  const releases = parseIndex(await fetchText(url, { ...req.retry, log: core.info }), url);
  const { version, file } = resolveRelease(req.spec, releases, req.host, req.specText);
  const unsupported = unsupportedNotice(version, releases);
  if (unsupported) core.notice(unsupported);
  const cacheVersion = goToSemver(version);
  if (!cacheVersion)
    throw new Error(`the Go download index names an unreadable version "${version}"`);

  const cached = tc.find(tool, cacheVersion, req.toolArch);
  if (cached) {
    core.info(`Go ${version} found in the tool cache (${cached}); no download`);
    return { version, goroot: cached, fromToolCache: true };
  }

  const archiveUrl = `${req.baseUrl}/${encodeURIComponent(file.filename)}`;
  core.info(
    `Downloading ${archiveUrl} (${(file.size / 1024 / 1024).toFixed(1)} MiB), SHA-256 ${file.sha256}`
  );
  const retry = { ...req.retry, log: core.info };
  if (file.filename.endsWith('.tar.gz')) {
    // Extract while downloading (like curl | tar) into staging; promote only once the hash matched.
    const staging = stagingDir(tool, randomUUID());
    const started = performance.now();
    try {
      await downloadExtractVerified(
        archiveUrl,
        staging,
        { sha256: file.sha256, size: file.size },
        retry
      );
      core.info(
        `SHA-256 verified; downloaded and extracted in ${Math.round(performance.now() - started)} ms`
      );
      const goroot = await promoteToToolCache(
        path.join(staging, 'go'),
        tool,
        cacheVersion,
        req.toolArch
      );
      core.info(`Go ${version} cached at ${goroot}`);
      return { version, goroot, fromToolCache: false };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  // .zip (Windows): download, verify, then extract and cache with @actions/tool-cache.
  const tmp = path.join(process.env['RUNNER_TEMP'] || '', `setup-go-cross-${randomUUID()}`);
  await mkdir(tmp, { recursive: true });
  try {
    const archive = path.join(tmp, path.basename(file.filename));
    await downloadVerified(archiveUrl, archive, { sha256: file.sha256, size: file.size }, retry);
    core.info('SHA-256 verified');
    const extracted = await tc.extractZip(archive, path.join(tmp, 'x'));
    const goroot = await tc.cacheDir(path.join(extracted, 'go'), tool, cacheVersion, req.toolArch);
    core.info(`Go ${version} cached at ${goroot}`);
    return { version, goroot, fromToolCache: false };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The go command of a GOROOT. */
export function goBinary(goroot: string): string {
  return path.join(goroot, 'bin', process.platform === 'win32' ? 'go.exe' : 'go');
}

/** Runs `go version` from goroot and fails unless it reports the resolved version. */
export async function checkGoVersion(goroot: string, version: string): Promise<void> {
  const goBin = goBinary(goroot);
  const out = await exec.getExecOutput(goBin, ['version'], {
    silent: true,
    ignoreReturnCode: true,
    // GOTOOLCHAIN=local: a go.mod toolchain line in the workspace must not switch compilers here either.
    env: { ...stringEnv(process.env), GOTOOLCHAIN: 'local', GOROOT: goroot }
  });
  const reported = /\bgo version (go\S+)/.exec(out.stdout)?.[1];
  if (out.exitCode !== 0 || reported !== version) {
    throw new Error(
      `the installed Go at ${goroot} reports "${(out.stdout + out.stderr).trim()}", expected ${version}`
    );
  }
  core.info(`go version: ${out.stdout.trim()}`);
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) result[k] = v;
  return result;
}
