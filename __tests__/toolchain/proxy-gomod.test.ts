import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanGoEnv, runHelper } from '../../scripts/fixtures/goproxy.mjs';
import { startGoProxy, type GoProxy } from '../../scripts/fixtures/goproxy-server.mjs';
import { SUM_GOLANG_ORG_KEY } from '../../src/inputs/sumdb.js';

/**
 * The differential proof of the fixtures: Go's own client (`go mod download`,
 * with GOPROXY/GOSUMDB on the loopback fixtures and nothing exempt from the
 * checksum database) accepts the toolchain module, and refuses it tampered.
 */
jest.setTimeout(300_000);
const GO = '/usr/lib/go-1.27/bin/go';
const MOD = 'golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64';

describe('go mod download against the loopback GOPROXY and checksum database', () => {
  let px: GoProxy;
  let root: string;
  let n = 0;

  beforeAll(async () => {
    px = await startGoProxy();
    root = await mkdtemp(path.join(os.tmpdir(), 'gomod-'));
  });
  afterAll(async () => {
    await px.close();
    await rm(root, { recursive: true, force: true });
  });

  /** go mod download -json in a fresh GOPATH/GOMODCACHE; resolves with exit code and output. */
  function download(gosumdb: string) {
    const home = path.join(root, `run${n++}`);
    return new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
      execFile(
        GO,
        ['mod', 'download', '-json', MOD],
        {
          cwd: root,
          env: {
            ...cleanGoEnv(),
            HOME: home,
            GOPATH: path.join(home, 'gopath'),
            GOMODCACHE: path.join(home, 'modcache'),
            GOCACHE: path.join(home, 'cache'),
            GOPROXY: px.proxyUrl,
            GOSUMDB: gosumdb,
            GOFLAGS: '-mod=mod',
            GOTOOLCHAIN: 'local'
          },
          maxBuffer: 16 << 20
        },
        (err, stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
      );
    });
  }

  const fixture = () => px.fixtures.toolchains.find(t => t.version === 'go1.23.5')!;

  it('our built-in sum.golang.org key is the one cmd/go has built in', async () => {
    const keyGo = await readFile('/usr/lib/go-1.27/src/cmd/go/internal/modfetch/key.go', 'utf8');
    expect(keyGo).toContain(`"${SUM_GOLANG_ORG_KEY}"`);
  });

  it('accepts the module, checking the database directly (GOSUMDB "<key> <url>")', async () => {
    px.clear();
    const r = await download(`${px.fixtures.vkey} ${px.dbUrl}`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info).toMatchObject({ Path: 'golang.org/toolchain', Sum: fixture().h1 });
    expect(info.GoModSum).toMatch(/^h1:/);
    // Go really consulted the database: lookup and tiles.
    const dbPaths = px.requests.filter(q => q.path.startsWith('/db/')).map(q => q.resource);
    expect(dbPaths).toContain(`lookup/${MOD}`);
    expect(dbPaths.some(p => p.startsWith('tile/8/'))).toBe(true);
    // Our own Hash1 agrees with Go's dirhash on the same zip (h1 from the fixture, made by Go).
    expect(await runHelper(px.fixtures.helper, ['hashzip', info.Zip])).toBe(fixture().h1 + '\n');
  });

  it('accepts the module through the proxy-served database (<proxy>/sumdb/<name>/supported)', async () => {
    px.clear();
    const r = await download(px.fixtures.vkey);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Sum).toBe(fixture().h1);
    expect(px.requests.map(q => q.path)).toContain(`/proxy/sumdb/${px.fixtures.name}/supported`);
    expect(
      px.requests.some(q => q.path.startsWith(`/proxy/sumdb/${px.fixtures.name}/lookup/`))
    ).toBe(true);
  });

  it('refuses a tampered zip (a valid zip with other content)', async () => {
    px.clear();
    const evil = path.join(root, 'evil.zip');
    await runHelper(px.fixtures.helper, [
      'rawzip',
      evil,
      `${MOD}/bin/go`,
      '#!/bin/sh\necho pwned\n'
    ]);
    px.always(`golang.org/toolchain/@v/v0.0.1-go1.23.5.linux-amd64.zip`, {
      body: await readFile(evil)
    });
    const r = await download(`${px.fixtures.vkey} ${px.dbUrl}`);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/verifying module: checksum mismatch/);
  });

  it('refuses a database signed by another key', async () => {
    px.clear();
    const r = await download(`${px.fixtures.otherVkey} ${px.dbUrl}`);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/reading tree note: note has no verifiable signatures/);
  });

  it('refuses a tampered hash tile', async () => {
    px.clear();
    px.always('tile/8/0/000', 'tamper');
    const r = await download(`${px.fixtures.vkey} ${px.dbUrl}`);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/downloaded inconsistent tile/);
  });
});
