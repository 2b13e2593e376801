import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as tc from '@actions/tool-cache';
import { execFile } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { access, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runHelper } from '../../scripts/fixtures/goproxy.mjs';
import { startGoProxy, type GoProxy } from '../../scripts/fixtures/goproxy-server.mjs';
import { installGo, type InstallRequest } from '../../src/toolchain/install.js';
import { proxyToolCacheName, type ProxySource } from '../../src/toolchain/proxy/install.js';
import { parseGoSumdb } from '../../src/inputs/sumdb.js';
import { SumdbError } from '../../src/toolchain/proxy/errors.js';
import { parseVersionSpec } from '../../src/toolchain/version.js';

jest.setTimeout(600_000);
const run = promisify(execFile);

/**
 * installGo through the loopback GOPROXY + checksum database (fixtures made
 * by Go's own code, see goproxy.mjs): real module zips of the Debian
 * toolchains, a real signed tree and tiles, a real tool cache.
 */
describe('installGo through a GOPROXY, verified by a checksum database', () => {
  let px: GoProxy;
  let root: string;
  let caches = 0;
  const host = { os: 'linux', arch: 'amd64' };

  const source = (sumdb = px.fixtures.vkey): ProxySource => ({
    url: px.proxyUrl,
    sumdb: parseGoSumdb(sumdb)
  });
  const request = (specText: string, src = source()): InstallRequest => ({
    spec: parseVersionSpec(specText),
    specText,
    baseUrl: 'https://go.dev/dl',
    officialDownloads: true,
    host,
    toolArch: 'x64',
    retry: { limits: { backoffMs: 10, stallMs: 2_000, attempts: 2 } },
    proxy: src
  });
  /** A fresh, empty tool cache (and so a fresh remembered tree head). */
  const freshCache = () => {
    const dir = path.join(root, `toolcache-${caches++}`);
    process.env['RUNNER_TOOL_CACHE'] = dir;
    return dir;
  };
  const zipKey = (v: string) => `golang.org/toolchain/@v/v0.0.1-${v}.linux-amd64.zip`;
  const lookupKey = (v: string) => `lookup/golang.org/toolchain@v0.0.1-${v}.linux-amd64`;

  /** The failure's own footprint: no Go in the tool cache, no staging directory left. */
  async function expectNothingInstalled(cache: string, src = source()) {
    const tool = proxyToolCacheName(src);
    expect(tc.findAllVersions(tool, 'x64')).toEqual([]);
    expect(await readdir(path.join(cache, tool)).catch(() => [])).toEqual([]);
  }

  async function failure(specText: string, src = source()): Promise<Error> {
    const err = await installGo(request(specText, src)).then(
      () => new Error('installed, expected a failure'),
      (e: Error) => e
    );
    expect(err.message).not.toContain('\n');
    return err;
  }

  beforeAll(async () => {
    px = await startGoProxy({ hangMs: 4000 });
    root = await mkdtemp(path.join(os.tmpdir(), 'proxy-install-'));
    process.env['RUNNER_TEMP'] = path.join(root, 'temp');
  });
  afterAll(async () => {
    await px.close();
    await rm(root, { recursive: true, force: true });
  });

  describe('every Debian toolchain', () => {
    let cache: string;
    beforeAll(() => {
      cache = freshCache();
    });

    it.each([
      'go1.19.8',
      'go1.21.13',
      'go1.22.12',
      'go1.23.5',
      'go1.24.4',
      'go1.25.12',
      'go1.26.11',
      'go1.27.4'
    ])('%s installs from the module zip and runs', async version => {
      if (!px.fixtures.toolchains.some(t => t.version === version)) {
        console.log(
          `skip ${version}: /usr/lib/go-${version.slice(2).split('.').slice(0, 2).join('.')} is not installed`
        );
        return;
      }
      px.clear();
      const go = await installGo(request(version.slice(2)));
      expect(go).toMatchObject({ version, fromToolCache: false });
      expect(go.goroot).toBe(
        path.join(cache, proxyToolCacheName(source()), version.slice(2), 'x64')
      );
      const { stdout } = await run(path.join(go.goroot, 'bin', 'go'), ['version'], {
        env: { PATH: '/usr/bin:/bin', GOTOOLCHAIN: 'local', HOME: root }
      });
      expect(stdout).toMatch(
        new RegExp(`^go version ${version.replace(/\./g, '\\.')} linux/amd64`)
      );
      // Modes as cmd/go sets them; _go.mod copied to go.mod as cmd/go does.
      expect((await stat(path.join(go.goroot, 'pkg/tool/linux_amd64/compile'))).mode & 0o111).toBe(
        0o111
      );
      expect((await stat(path.join(go.goroot, 'src/fmt/print.go'))).mode & 0o111).toBe(0);
      await access(path.join(go.goroot, 'src/go.mod'));
      // The database was consulted before the zip was fetched.
      const resources = px.requests.map(r => r.resource);
      expect(resources.indexOf(lookupKey(version))).toBeGreaterThanOrEqual(0);
      expect(resources.indexOf(lookupKey(version))).toBeLessThan(
        resources.indexOf(zipKey(version))
      );
      expect(resources.some(r => r.startsWith('tile/8/'))).toBe(true);
    });

    it('a tool-cache hit makes no request, for an exact version and a minor', async () => {
      px.clear();
      expect(await installGo(request('1.23.5'))).toMatchObject({
        version: 'go1.23.5',
        fromToolCache: true
      });
      expect(await installGo(request('1.23'))).toMatchObject({
        version: 'go1.23.5',
        fromToolCache: true
      });
      expect(px.requests).toEqual([]);
    });

    it('stable needs the @v/list and nothing else once cached', async () => {
      px.clear();
      const newest = px.fixtures.toolchains[px.fixtures.toolchains.length - 1].version;
      expect(await installGo(request('stable'))).toMatchObject({
        version: newest,
        fromToolCache: true
      });
      expect(px.requests.map(r => r.resource)).toEqual(['golang.org/toolchain/@v/list']);
    });
  });

  it('a range resolves with @v/list; the database can be reached directly (GOSUMDB "<key> <url>")', async () => {
    freshCache();
    px.clear();
    px.supported = false;
    const src = source(`${px.fixtures.vkey} ${px.dbUrl}`);
    expect(await installGo(request('1.22', src))).toMatchObject({
      version: 'go1.22.12',
      fromToolCache: false
    });
    expect(px.requests[0].resource).toBe('golang.org/toolchain/@v/list');
    expect(px.requests.some(r => r.path.startsWith('/db/lookup/'))).toBe(true);
    expect(px.requests.some(r => r.path.includes('/sumdb/'))).toBe(false);
  });

  describe('every tampering fails with one line and installs nothing', () => {
    it('a tampered zip (valid zip, other content): hash', async () => {
      const cache = freshCache();
      px.clear();
      const evil = path.join(root, 'evil.zip');
      const prefix = 'golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64/';
      await runHelper(px.fixtures.helper, [
        'rawzip',
        evil,
        `${prefix}bin/go`,
        '#!/bin/sh\necho pwned\n'
      ]);
      px.always(zipKey('go1.23.5'), { body: await readFile(evil) });
      const err = await failure('1.23.5');
      expect(err).toBeInstanceOf(SumdbError);
      expect((err as SumdbError).step).toBe('hash');
      expect(err.message).toMatch(
        /the module zip hashes to h1:\S+, the checksum database says h1:\S+; nothing was installed$/
      );
      await expectNothingInstalled(cache);
    });

    it('a zip with bytes flipped in transit: hash or unreadable zip', async () => {
      const cache = freshCache();
      px.clear();
      px.always(zipKey('go1.21.13'), 'tamper');
      const err = await failure('1.21.13');
      expect(err).toBeInstanceOf(SumdbError);
      expect(['hash', 'layout']).toContain((err as SumdbError).step);
      await expectNothingInstalled(cache);
    });

    it('a tampered lookup record: inclusion', async () => {
      const cache = freshCache();
      px.clear();
      const other = px.fixtures.toolchains.find(t => t.version === 'go1.22.12')!.h1;
      const real = px.fixtures.toolchains.find(t => t.version === 'go1.23.5')!.h1;
      px.always(lookupKey('go1.23.5'), { transform: b => b.toString().replace(real, other) });
      const err = await failure('1.23.5');
      expect((err as SumdbError).step).toBe('inclusion');
      expect(err.message).toMatch(/is not included in the signed tree of size \d+/);
      await expectNothingInstalled(cache);
    });

    it('a tree signed by another key: signature', async () => {
      const cache = freshCache();
      px.clear();
      const src = source(px.fixtures.otherVkey);
      const err = await failure('1.23.5', src);
      expect((err as SumdbError).step).toBe('signature');
      expect(err.message).toMatch(
        /not signed by the checksum database key sum\.test\.example\+[0-9a-f]{8}$/
      );
      await expectNothingInstalled(cache, src);
    });

    it('a tree note with a forged signature by the right key id: signature', async () => {
      const cache = freshCache();
      px.clear();
      px.always(lookupKey('go1.23.5'), {
        transform: b => {
          const s = b.toString();
          const i = s.lastIndexOf(' ') + 8; // inside the base64 signature, past the key hash
          return s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
        }
      });
      const err = await failure('1.23.5');
      expect((err as SumdbError).step).toBe('signature');
      expect(err.message).toMatch(/does not verify$/);
      await expectNothingInstalled(cache);
    });

    it('a wrong inclusion proof (a hash tile altered): inclusion', async () => {
      const cache = freshCache();
      px.clear();
      px.always('tile/8/0/000', {
        transform: b => {
          const t = Buffer.from(b);
          t[100 * 32] ^= 1;
          return t;
        }
      });
      const err = await failure('1.23.5');
      expect((err as SumdbError).step).toBe('inclusion');
      await expectNothingInstalled(cache);
    });

    it('tree-size rollback after a bigger tree was seen: rollback (a bigger tree extending it is fine)', async () => {
      const cache = freshCache();
      px.clear();
      px.tree = 'old';
      await installGo(request('1.21.13')); // remembers the old tree
      px.tree = 'full';
      await installGo(request('1.22.12')); // the full tree must extend it: verified as a prefix
      px.tree = 'old';
      const err = await failure('1.19.8');
      expect((err as SumdbError).step).toBe('rollback');
      expect(err.message).toMatch(
        new RegExp(
          `signed a tree of size ${px.fixtures.trees.old}, older than the tree of size ${px.fixtures.trees.full} seen before \\(rollback\\)$`
        )
      );
      expect(tc.findAllVersions(proxyToolCacheName(source()), 'x64').sort()).toEqual([
        '1.21.13',
        '1.22.12'
      ]);
      expect(await readdir(cache)).toContain('setup-go-cross-sumdb');
    });

    it("a key rotation: the old key's tree head does not lock the runner, and each key keeps its own", async () => {
      const cache = freshCache();
      px.clear();
      // Before the rotation the database signed with the other key (its full tree).
      const oldKey = source(px.fixtures.otherVkey);
      px.always(lookupKey('go1.21.13'), { transform: b => resign(b, px.fixtures.otherSkey) });
      await installGo(request('1.21.13', oldKey));
      // After it: the new key, and a smaller tree than the old key's (a new log).
      px.clear();
      px.tree = 'old';
      expect(await installGo(request('1.22.12'))).toMatchObject({ version: 'go1.22.12' });
      const states = (await readdir(path.join(cache, 'setup-go-cross-sumdb'))).sort();
      expect(states).toHaveLength(2);
      expect(states.every(f => /^sum\.test\.example-[0-9a-f]{16}\.latest$/.test(f))).toBe(true);
    });

    it('a proxy that answers 404: one line naming the URL, no retries', async () => {
      const cache = freshCache();
      px.clear();
      px.always(zipKey('go1.23.5'), 404);
      const err = await failure('1.23.5');
      expect(err.message).toBe(
        `GET ${px.proxyUrl}/${zipKey('go1.23.5')} answered HTTP 404 Not Found`
      );
      expect(px.requests.filter(r => r.resource === zipKey('go1.23.5'))).toHaveLength(1);
      await expectNothingInstalled(cache);
    });

    it('a database that answers 500: retried, then one line', async () => {
      const cache = freshCache();
      px.clear();
      px.always('lookup/*', 500);
      const err = await failure('1.23.5');
      expect(err.message).toMatch(
        /lookup\/golang\.org\/toolchain@v0\.0\.1-go1\.23\.5\.linux-amd64 answered HTTP 500/
      );
      expect(px.requests.filter(r => r.resource.startsWith('lookup/'))).toHaveLength(2);
      await expectNothingInstalled(cache);
    });

    it('a proxy that stalls: the socket deadline ends it', async () => {
      const cache = freshCache();
      px.clear();
      px.always(zipKey('go1.23.5'), 'hang');
      const err = await failure('1.23.5');
      expect(err.message).toMatch(
        /v0\.0\.1-go1\.23\.5\.linux-amd64\.zip (failed|broke off).*(timeout|socket hang up|no response within|stalled)/i
      );
      await expectNothingInstalled(cache);
    });

    it('a zip cut short of its Content-Length: retried, then one line; nothing installed', async () => {
      const cache = freshCache();
      px.clear();
      px.always(zipKey('go1.23.5'), 'cut');
      const err = await failure('1.23.5');
      expect(err.message).toMatch(
        /^download \S+v0\.0\.1-go1\.23\.5\.linux-amd64\.zip failed 2 times; last: .*(broke off|socket hang up|ECONNRESET)/
      );
      expect(px.requests.filter(r => r.resource === zipKey('go1.23.5'))).toHaveLength(2);
      await expectNothingInstalled(cache);
    });

    it('a zip served without a Content-Length (chunked) installs just the same', async () => {
      freshCache();
      px.clear();
      px.always(zipKey('go1.23.5'), 'chunked');
      const go = await installGo(request('1.23.5'));
      expect(go).toMatchObject({ version: 'go1.23.5', fromToolCache: false });
      expect(px.requests.find(r => r.resource === zipKey('go1.23.5'))?.fault).toBe('chunked');
      px.clear();
    });

    it('a zip with ../ entries: layout, nothing written outside', async () => {
      const cache = freshCache();
      px.clear();
      const evil = path.join(root, 'slip.zip');
      const prefix = 'golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64/';
      await runHelper(px.fixtures.helper, [
        'rawzip',
        evil,
        `${prefix}VERSION`,
        'go1.23.5\n',
        `${prefix}../../../../slipped`,
        'pwned\n'
      ]);
      px.always(zipKey('go1.23.5'), { body: await readFile(evil) });
      const err = await failure('1.23.5');
      expect((err as SumdbError).step).toBe('layout');
      expect(err.message).toMatch(/\.\.\/slipped/);
      await expectNothingInstalled(cache);
      await expect(access(path.join(cache, 'slipped'))).rejects.toThrow();
      await expect(access(path.join(root, 'slipped'))).rejects.toThrow();
    });

    it('a zip with entries outside the module prefix: layout', async () => {
      const cache = freshCache();
      px.clear();
      const evil = path.join(root, 'outside.zip');
      await runHelper(px.fixtures.helper, ['rawzip', evil, 'bin/go', '#!/bin/sh\n']);
      px.always(zipKey('go1.23.5'), { body: await readFile(evil) });
      const err = await failure('1.23.5');
      expect((err as SumdbError).step).toBe('layout');
      expect(err.message).toMatch(
        /"bin\/go" is outside golang\.org\/toolchain@v0\.0\.1-go1\.23\.5\.linux-amd64\//
      );
      await expectNothingInstalled(cache);
    });
  });
});

/**
 * A /lookup response with its tree note signed again by another key
 * (Go's note format: "— <name> base64(<4-byte key hash><ed25519 signature>)"),
 * as a database that rotated its key would have signed it before.
 */
function resign(body: Buffer, skey: string): Buffer {
  // PRIVATE+KEY+<name>+<hash>+<base64(alg byte, seed)> (the base64 may hold '+' too)
  const [, , name, hash, ...rest] = skey.split('+');
  const b64 = rest.join('+');
  const seed = Buffer.from(b64, 'base64').subarray(1);
  const key = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
    format: 'der',
    type: 'pkcs8'
  });
  const s = body.toString('utf8');
  const text = s.slice(0, s.lastIndexOf('\n\n') + 1);
  const noteStart = text.indexOf('go.sum database tree\n');
  const sig = Buffer.concat([
    Buffer.from(hash, 'hex'),
    sign(null, Buffer.from(text.slice(noteStart), 'utf8'), key)
  ]);
  return Buffer.from(`${text}\n\u2014 ${name} ${sig.toString('base64')}\n`, 'utf8');
}
