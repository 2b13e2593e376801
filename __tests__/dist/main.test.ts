import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { initGitWorkspace, runAction, type RunResult } from '../../scripts/runner/index.mjs';
import { seedStdlib } from '../support/stdseed.js';
import { elfMachine, elfProgramHeaders, elfSections, goVersionM, writeModule, debianGo } from '../support/go.js';

/**
 * The committed dist/main and dist/post bundles, run by Node 24 the way the
 * runner runs them, against the loopback mirror; then a plain `go build` in a
 * later step must produce the promised binary.
 */
describe('dist bundles as the runner runs them', () => {
  let mirror: Mirror;
  let node: string;
  let root: string;
  let toolCache: string;

  beforeAll(async () => {
    mirror = await startMirror({ prefix: '/dl' });
    node = await ensureNode24({ quiet: true });
    root = await mkdtemp(path.join(os.tmpdir(), 'dist-main-'));
    toolCache = path.join(root, 'tool-cache');
  });
  afterAll(async () => {
    await mirror.close();
    await rm(root, { recursive: true, force: true });
  });

  async function workspace(name: string, mod: { go?: string; toolchain?: string } = {}) {
    const ws = await writeModule(path.join(root, name, 'ws'), { go: mod.go });
    if (mod.toolchain) {
      await writeFile(path.join(ws, 'go.mod'), `module example.com/hello\n\ngo ${mod.go ?? '1.19'}\n\ntoolchain ${mod.toolchain}\n`);
    }
    return { ws, sha: await initGitWorkspace(ws) };
  }

  function action(name: string, ws: { ws: string; sha: string }, inputs: Record<string, string>, steps: { run: string }[] = []) {
    return runAction({
      node,
      root: path.join(root, name),
      workspace: ws.ws,
      sha: ws.sha,
      toolCache,
      inputs: { 'go-download-base-url': mirror.baseUrl, ...inputs },
      steps,
      // The later builds are about the exported env, not a cold std (support/stdseed.ts).
      prepare: dirs => seedStdlib(dirs.temp, inputs)
    });
  }

  async function expectGoldenArm64Binary(result: RunResult, ws: string, version: string) {
    expect(result.main.conclusion).toBe('success');
    const env = result.main.envAdded;
    expect(env).toMatchObject({ GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0', GOTOOLCHAIN: 'local' });
    expect(path.basename(env['GOCACHE'])).toBe('linux_arm64');
    expect(env['GOFLAGS']).toContain('-trimpath');
    expect(result.outputs).toMatchObject({ 'go-version': version, target: 'linux/arm64', 'cache-hit': 'false' });
    // Written last, so the runner puts it first: GOPATH/bin never shadows the pinned go.
    expect(result.main.pathAdded.at(-1)).toBe(path.join(result.outputs['goroot'], 'bin'));

    const build = result.steps.find(s => s.kind === 'run');
    expect(build?.conclusion).toBe('success');
    const app = path.join(ws, 'app');
    expect(await elfMachine(app)).toBe('AArch64');
    const phdrs = await elfProgramHeaders(app);
    expect(phdrs).not.toContain('INTERP');
    expect(phdrs).not.toContain('DYNAMIC');
    const sections = await elfSections(app);
    expect(sections).not.toContain('.symtab');
    expect(sections.filter(s => /^\.z?debug_/.test(s))).toEqual([]);
    const info = await goVersionM(debianGo('1.23'), app);
    expect(info.version).toBe(`go${version}`);
    expect(info.settings).toMatchObject({ CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'arm64', '-trimpath': 'true' });
    expect(result.post?.conclusion).toBe('success');
  }

  it.each(['1.19.8', '1.22.12', '1.23.5'])(
    'go-version %s: later plain go build makes a static, stripped linux/arm64 binary by that Go',
    async version => {
      const ws = await workspace(`golden-${version}`);
      const result = await action(`golden-${version}`, ws, { 'go-version': version }, [
        { run: 'go version\ngo env GOOS GOARCH GOFLAGS\ngo build -o app .' }
      ]);
      await expectGoldenArm64Binary(result, ws.ws, version);
      // The job summary keeps the audit trail: the archive and the SHA-256 that vouched for it.
      const sha = /SHA-256 ([0-9a-f]{64})/.exec(result.main.log)?.[1];
      expect(sha).toBeDefined();
      expect(result.summary).toContain(
        `| From | ${mirror.baseUrl}/go${version}.linux-amd64.tar.gz |\n| Verified | SHA-256 ${sha}, from the download index ${mirror.baseUrl}/?mode=json&amp;include=all |`
      );
      if (version === '1.19.8') {
        expect(result.annotations.some(a => a.level === 'notice' && /cannot read a quoted value from GOFLAGS/.test(a.message))).toBe(true);
      }
    }
  );

  it('second run is a tool-cache hit: the main step makes no HTTP request', async () => {
    const ws = await workspace('hit');
    mirror.clear();
    const result = await action('hit', ws, { 'go-version': '1.22.12' });
    expect(result.main.conclusion).toBe('success');
    expect(result.main.log).toMatch(/found in the tool cache/);
    expect(mirror.requests).toEqual([]);
  });

  it('honours the go.mod toolchain line and exports GOTOOLCHAIN=local', async () => {
    const ws = await workspace('toolchain', { go: '1.21', toolchain: 'go1.21.13' });
    const result = await action('toolchain', ws, { 'go-version-file': 'go.mod' }, [{ run: 'go build -o app .' }]);
    expect(result.outputs['go-version']).toBe('1.21.13');
    expect(result.env['GOTOOLCHAIN']).toBe('local');
    expect((await goVersionM(debianGo('1.23'), path.join(ws.ws, 'app'))).version).toBe('go1.21.13');
  });

  it('GOTOOLCHAIN=local keeps the pinned compiler even when go.mod names a newer toolchain', async () => {
    const ws = await workspace('local', { go: '1.22', toolchain: 'go1.23.5' });
    const result = await action('local', ws, { 'go-version': '1.22.12' }, [{ run: 'go build -o app .' }]);
    expect(result.success).toBe(true);
    expect((await goVersionM(debianGo('1.23'), path.join(ws.ws, 'app'))).version).toBe('go1.22.12');
  });

  it.each([
    ['target', 'linux/arm65', 'target "linux/arm65" is not a Go target; did you mean linux/arm64?'],
    ['ldflags', '-s\n-w', 'ldflags "-s\\n-w" contains a newline'],
    ['go-version', '1.22\u0007', 'go-version "1.22\\u0007" contains control character U+0007'],
    ['cache', 'yes', 'cache "yes" is not a boolean; accepted: true, false']
  ])('bad %s fails the step naming it, and exports nothing', async (name, value, message) => {
    const ws = await workspace(`bad-${name}`);
    const result = await action(`bad-${name}`, ws, { 'go-version': '1.22.12', [name]: value });
    expect(result.main.conclusion).toBe('failure');
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)[0]).toContain(message);
    expect(result.main.envAdded).toEqual({});
    expect(result.main.pathAdded).toEqual([]);
    expect(result.main.outputs).toEqual({});
    expect(result.post?.conclusion ?? 'skipped').toBe('skipped');
  });

  it('a tampered archive fails with SHA-256 and puts no Go in the tool cache', async () => {
    const ws = await workspace('tamper');
    const freshCache = path.join(root, 'tamper', 'tool-cache');
    mirror.clear();
    mirror.fault('go1.23.5.linux-amd64.tar.gz', 'tamper');
    const result = await runAction({
      node,
      root: path.join(root, 'tamper'),
      workspace: ws.ws,
      sha: ws.sha,
      toolCache: freshCache,
      inputs: { 'go-version': '1.23.5', 'go-download-base-url': mirror.baseUrl }
    });
    expect(result.main.conclusion).toBe('failure');
    expect(result.annotations.find(a => a.level === 'error')?.message).toMatch(/SHA-256 mismatch/);
    const entries = existsSync(freshCache) ? await readdir(freshCache, { recursive: true }) : [];
    expect(entries.filter(e => e.toString().includes('1.23.5'))).toEqual([]);
    expect(result.main.envAdded).toEqual({});
  });

  it('registers a problem matcher: a compile error annotates the Go file', async () => {
    const ws = await workspace('matcher');
    await writeFile(path.join(ws.ws, 'broken.go'), 'package main\n\nfunc broken() int { return "x" }\n');
    const result = await action('matcher', ws, { 'go-version': '1.22.12' }, [{ run: 'go build -o app .' }]);
    expect(result.success).toBe(false);
    const annotation = result.annotations.find(a => a.source.startsWith('matcher:'));
    expect(annotation).toMatchObject({ file: './broken.go', line: 3 });
    expect(annotation?.message).toMatch(/cannot use "x"/);
  });

  it('warns when a go env -w file sets what the action exports, saying which wins', async () => {
    const ws = await workspace('goenv');
    const home = path.join(root, 'goenv', 'home');
    await mkdir(path.join(home, '.config', 'go'), { recursive: true });
    await writeFile(path.join(home, '.config', 'go', 'env'), 'GOARCH=amd64\nGOPROXY=off\n');
    const result = await runAction({
      node,
      root: path.join(root, 'goenv'),
      workspace: ws.ws,
      sha: ws.sha,
      toolCache,
      home,
      inputs: { 'go-version': '1.22.12', 'go-download-base-url': mirror.baseUrl }
    });
    expect(result.main.conclusion).toBe('success');
    expect(result.annotations.filter(a => a.level === 'warning').map(a => a.message)).toContain(
      `${path.join(home, '.config', 'go', 'env')} (go env -w) sets GOARCH=amd64, but the exported environment variable GOARCH=arm64 wins over it.`
    );
  });
});
