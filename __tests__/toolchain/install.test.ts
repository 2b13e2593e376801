import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as tc from '@actions/tool-cache';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { installGo, toolCacheName, type InstallRequest } from '../../src/toolchain/install.js';
import { ChecksumError } from '../../src/toolchain/download.js';
import { readVersionSpec } from '../../src/toolchain/setup.js';
import { parseVersionSpec } from '../../src/toolchain/version.js';
import { parseInputs } from '../../src/inputs/parse.js';
import { runnerInputs } from '../support/inputs.js';

const run = promisify(execFile);

/**
 * The real install path: go.dev-style archives of the Debian toolchains
 * served on 127.0.0.1, real SHA-256, real extraction into a real tool cache.
 */
describe('installGo against a loopback go.dev mirror', () => {
  let mirror: Mirror;
  let root: string;
  const host = { os: 'linux', arch: 'amd64' };

  const request = (specText: string): InstallRequest => ({
    spec: parseVersionSpec(specText),
    specText,
    baseUrl: mirror.baseUrl,
    officialDownloads: false,
    host,
    toolArch: 'x64',
    retry: { limits: { backoffMs: 10, stallMs: 20_000 } }
  });
  const tool = () => toolCacheName(mirror.baseUrl, false);

  beforeAll(async () => {
    mirror = await startMirror({ prefix: '/dl' });
    root = await mkdtemp(path.join(os.tmpdir(), 'install-'));
    process.env['RUNNER_TOOL_CACHE'] = path.join(root, 'toolcache');
    process.env['RUNNER_TEMP'] = path.join(root, 'temp');
  });
  afterAll(async () => {
    await mirror.close();
    await rm(root, { recursive: true, force: true });
  });

  it('downloads, verifies and caches an exact version that really runs', async () => {
    mirror.clear();
    const go = await installGo(request('1.22.12'));
    expect(go).toMatchObject({ version: 'go1.22.12', fromToolCache: false });
    expect(go.goroot).toBe(path.join(root, 'toolcache', tool(), '1.22.12', 'x64'));
    const { stdout } = await run(path.join(go.goroot, 'bin', 'go'), ['version'], {
      env: { PATH: '/usr/bin:/bin', GOTOOLCHAIN: 'local' }
    });
    expect(stdout).toMatch(/^go version go1\.22\.12 /);
    expect(mirror.downloads().map(r => r.path)).toEqual(['/dl/go1.22.12.linux-amd64.tar.gz']);
    // Nothing left behind: no staging directory beside the cached versions.
    expect(await readdir(path.join(root, 'toolcache', tool()))).toEqual(['1.22.12']);
    expect((await readdir(path.join(root, 'toolcache', tool(), '1.22.12'))).sort()).toEqual([
      'x64',
      'x64.complete'
    ]);
  });

  it('second run: a tool-cache hit with zero HTTP requests, for the exact version and its minor', async () => {
    mirror.clear();
    expect(await installGo(request('1.22.12'))).toMatchObject({
      version: 'go1.22.12',
      fromToolCache: true
    });
    expect(await installGo(request('1.22'))).toMatchObject({
      version: 'go1.22.12',
      fromToolCache: true
    });
    expect(await installGo(request('go1.22.x'))).toMatchObject({
      version: 'go1.22.12',
      fromToolCache: true
    });
    expect(mirror.requests).toEqual([]);
  });

  it('stable resolves to the newest stable release, skipping the rc', async () => {
    mirror.clear();
    expect(await installGo(request('stable'))).toMatchObject({
      version: 'go1.27.4',
      fromToolCache: false
    });
  }, 120_000);

  it('stable needs the index but not the archive once cached', async () => {
    mirror.clear();
    expect(await installGo(request('stable'))).toMatchObject({
      version: 'go1.27.4',
      fromToolCache: true
    });
    expect(mirror.requests.map(r => r.path)).toEqual(['/dl/?mode=json&include=all']);
  });

  it('check-latest: a minor installs the newest patch although the tool cache has an older one', async () => {
    // What a hosted runner image does: an older patch pre-filled in the tool cache.
    // Its go must answer `go version` with its own version: a cached entry is used only if it runs.
    const old = await mkdtemp(path.join(root, 'prefilled-'));
    await writeFile(path.join(old, 'VERSION'), 'go1.26.5\n');
    await mkdir(path.join(old, 'bin'));
    await writeFile(
      path.join(old, 'bin', 'go'),
      '#!/bin/sh\necho "go version go1.26.5 linux/amd64"\n',
      { mode: 0o755 }
    );
    await tc.cacheDir(old, tool(), '1.26.5', 'x64');

    mirror.clear();
    expect(await installGo(request('1.26'))).toMatchObject({
      version: 'go1.26.5',
      fromToolCache: true
    });
    expect(mirror.requests).toEqual([]);

    // Exact versions: check-latest changes nothing.
    expect(await installGo({ ...request('1.26.5'), checkLatest: true })).toMatchObject({
      version: 'go1.26.5',
      fromToolCache: true
    });
    expect(mirror.requests).toEqual([]);

    const go = await installGo({ ...request('1.26'), checkLatest: true });
    expect(go).toMatchObject({ version: 'go1.26.11', fromToolCache: false });
    expect(mirror.requests.map(r => r.path)).toEqual([
      '/dl/?mode=json&include=all',
      '/dl/go1.26.11.linux-amd64.tar.gz'
    ]);
    const { stdout } = await run(path.join(go.goroot, 'bin', 'go'), ['version'], {
      env: { PATH: '/usr/bin:/bin', GOTOOLCHAIN: 'local' }
    });
    expect(stdout).toMatch(/^go version go1\.26\.11 /);
    expect(tc.findAllVersions(tool(), 'x64').sort()).toEqual(
      expect.arrayContaining(['1.26.5', '1.26.11'])
    );
  }, 120_000);

  it('a tampered archive fails with SHA-256 and leaves no Go in the tool cache', async () => {
    mirror.clear();
    mirror.fault('go1.21.13.linux-amd64.tar.gz', 'tamper');
    const attempt = installGo(request('1.21.13'));
    await expect(attempt).rejects.toBeInstanceOf(ChecksumError);
    await expect(installGo(request('1.21.13'))).resolves.toBeDefined(); // proves the fault was the only problem
    // Undo that success to check the failure's own footprint on a fresh cache.
    const freshCache = path.join(root, 'toolcache-tamper');
    const saved = process.env['RUNNER_TOOL_CACHE'];
    process.env['RUNNER_TOOL_CACHE'] = freshCache;
    try {
      mirror.fault('go1.21.13.linux-amd64.tar.gz', 'tamper');
      await expect(installGo(request('1.21.13'))).rejects.toThrow(
        /SHA-256 mismatch for .*go1\.21\.13\.linux-amd64\.tar\.gz/
      );
      expect(tc.findAllVersions(tool(), 'x64')).toEqual([]);
      // Not even the staging directory the archive was unpacked into survives.
      // Verify-then-extract: a mismatch never unpacks, so not even a staging directory was made.
      expect(await readdir(path.join(freshCache, tool())).catch(() => [])).toEqual([]);
    } finally {
      process.env['RUNNER_TOOL_CACHE'] = saved;
    }
  });

  it('recovers from 500 then 200, on the index and on the archive', async () => {
    mirror.clear();
    const saved = process.env['RUNNER_TOOL_CACHE'];
    process.env['RUNNER_TOOL_CACHE'] = path.join(root, 'toolcache-500');
    try {
      mirror.fault('index', 503);
      mirror.fault('go1.19.8.linux-amd64.tar.gz', 500, 'reset');
      const notices: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        if (String(chunk).startsWith('::notice::')) notices.push(String(chunk).trim());
        return write(chunk, ...rest);
      }) as typeof process.stdout.write;
      const installed = installGo(request('1.19')).finally(() => {
        process.stdout.write = write;
      });
      expect(await installed).toMatchObject({
        version: 'go1.19.8',
        fromToolCache: false
      });
      expect(mirror.requests.map(r => r.status)).toEqual([503, 200, 500, 200, 200]);
      expect(notices).toContain(
        '::notice::Go 1.19 is no longer supported by the Go team (security fixes go to Go 1.27 and 1.26 only); consider go-version: 1.27'
      );
    } finally {
      process.env['RUNNER_TOOL_CACHE'] = saved;
    }
  });

  it('a 404 fails clearly, without retrying', async () => {
    mirror.clear();
    mirror.always('go1.23.5.linux-amd64.tar.gz', 404);
    const saved = process.env['RUNNER_TOOL_CACHE'];
    process.env['RUNNER_TOOL_CACHE'] = path.join(root, 'toolcache-404');
    try {
      await expect(installGo(request('1.23.5'))).rejects.toThrow(
        `GET ${mirror.baseUrl}/go1.23.5.linux-amd64.tar.gz answered HTTP 404 Not Found`
      );
      expect(mirror.downloads()).toHaveLength(1);
    } finally {
      process.env['RUNNER_TOOL_CACHE'] = saved;
      mirror.clear();
    }
  });

  it('names a version the index lacks', async () => {
    await expect(installGo(request('1.18.10'))).rejects.toThrow(
      'go-version "1.18.10": go1.18.10 is not in the Go download index'
    );
  });

  it('keeps mirrors apart from go.dev in the tool cache', () => {
    expect(toolCacheName('https://go.dev/dl', true)).toBe('go');
    expect(tool()).toMatch(/^go-mirror-[0-9a-f]{12}$/);
    expect(toolCacheName('https://other.example/dl', false)).not.toBe(tool());
  });

  it('honours a go.mod toolchain line over its go line', async () => {
    const ws = await mkdtemp(path.join(root, 'ws-'));
    await writeFile(
      path.join(ws, 'go.mod'),
      'module example.com/x\n\ngo 1.19\n\ntoolchain go1.21.13\n'
    );
    const inputs = parseInputs(runnerInputs({ 'go-version-file': 'go.mod' }), {});
    const requested = await readVersionSpec(inputs, ws);
    expect(requested.text).toBe('1.21.13');
    const go = await installGo({ ...request(requested.text), spec: requested.spec });
    expect(go.version).toBe('go1.21.13');
  });
});
