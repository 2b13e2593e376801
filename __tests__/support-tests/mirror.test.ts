/**
 * The loopback go.dev mirror other tests download Go from: its index must
 * tell the truth about the archives, and each injected fault must do what it
 * says, or the action's retry/checksum tests would prove nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MIRROR_DIR, readMirrorIndex, type GoFile } from '../../scripts/fixtures/mirror.mjs';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';

const index = readMirrorIndex();
const linuxArchives = index.flatMap(r =>
  r.files.filter(f => f.os === 'linux' && f.arch === 'amd64' && f.kind === 'archive')
);
// Only stable releases' linux/amd64 archives are real (see mirror.mjs).
const real = linuxArchives.filter(f => index.find(r => r.version === f.version)?.stable);
const go1235 = real.find(f => f.version === 'go1.23.5') as GoFile;

function sha256File(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', d => h.update(d))
      .on('end', () => ok(h.digest('hex')))
      .on('error', fail);
  });
}

async function download(url: string): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('mirror index', () => {
  it('lists the eight Debian toolchains newest first, with stable/oldstable as documented', () => {
    expect(index.map(r => r.version)).toEqual([
      'go1.28rc1',
      'go1.27.4',
      'go1.26.11',
      'go1.25.12',
      'go1.24.4',
      'go1.23.5',
      'go1.22.12',
      'go1.22.11',
      'go1.21.13',
      'go1.19.8'
    ]);
    expect(index.find(r => r.version === 'go1.28rc1')?.stable).toBe(false);
    expect(real.map(f => f.version)).toEqual([
      'go1.27.4',
      'go1.26.11',
      'go1.25.12',
      'go1.24.4',
      'go1.23.5',
      'go1.22.12',
      'go1.21.13',
      'go1.19.8'
    ]);
    // 1.22.11 exists but has no linux/amd64 archive.
    expect(linuxArchives.some(f => f.version === 'go1.22.11')).toBe(false);
    const kinds = new Set(index.flatMap(r => r.files.map(f => f.kind)));
    expect(kinds).toEqual(new Set(['archive', 'installer', 'source']));
  });

  it('carries the real sha256 and size of every archive on disk', async () => {
    for (const f of real) {
      const path = join(MIRROR_DIR, f.filename);
      expect((await stat(path)).size).toBe(f.size);
      expect(await sha256File(path)).toBe(f.sha256);
    }
  });

  it('has no archive on disk behind any fake entry', async () => {
    const fakes = index.flatMap(r => r.files).filter(f => !real.includes(f));
    for (const f of fakes) {
      await expect(stat(join(MIRROR_DIR, f.filename))).rejects.toThrow();
    }
  });
});

describe('mirror server', () => {
  let mirror: Mirror;
  beforeAll(async () => {
    mirror = await startMirror({ prefix: '/dl' });
  });
  afterAll(() => mirror.close());

  it('serves the index and an archive byte for byte', async () => {
    mirror.clear();
    expect(mirror.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dl$/);
    const idx = await download(mirror.indexUrl);
    expect(idx.status).toBe(200);
    expect(JSON.parse(idx.body.toString())).toEqual(index);
    const res = await fetch(`${mirror.baseUrl}/${go1235.filename}`);
    expect(res.headers.get('content-length')).toBe(String(go1235.size));
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(go1235.sha256);
    expect(mirror.requests.map(r => [r.path, r.status])).toEqual([
      ['/dl/?mode=json&include=all', 200],
      [`/dl/${go1235.filename}`, 200]
    ]);
    expect(mirror.downloads()).toHaveLength(1);
  });

  it('answers queued statuses in order, then succeeds', async () => {
    mirror.clear();
    mirror.fault('index', 503, 502);
    expect((await download(mirror.indexUrl)).status).toBe(503);
    expect((await download(mirror.indexUrl)).status).toBe(502);
    expect((await download(mirror.indexUrl)).status).toBe(200);
    mirror.fault(go1235.filename, 500);
    expect((await download(`${mirror.baseUrl}/${go1235.filename}`)).status).toBe(500);
    const ok = await download(`${mirror.baseUrl}/${go1235.filename}`);
    expect(ok.status).toBe(200);
    expect(sha(ok.body)).toBe(go1235.sha256);
  });

  it('404s persistently, for unknown files, and for listed-but-absent files', async () => {
    mirror.clear();
    mirror.always(go1235.filename, 404);
    expect((await download(`${mirror.baseUrl}/${go1235.filename}`)).status).toBe(404);
    expect((await download(`${mirror.baseUrl}/${go1235.filename}`)).status).toBe(404);
    mirror.clear();
    expect((await download(`${mirror.baseUrl}/go1.23.5.darwin-arm64.tar.gz`)).status).toBe(404);
    expect((await download(`${mirror.baseUrl}/../../etc/passwd`)).status).toBe(404);
    expect((await download(`${mirror.baseUrl.replace('/dl', '')}/${go1235.filename}`)).status).toBe(
      404
    );
  });

  it('tampers: same length, different sha256', async () => {
    mirror.clear();
    mirror.fault(go1235.filename, 'tamper');
    const bad = await download(`${mirror.baseUrl}/${go1235.filename}`);
    expect(bad.status).toBe(200);
    expect(bad.body.length).toBe(go1235.size);
    expect(sha(bad.body)).not.toBe(go1235.sha256);
  });

  it('resets the connection mid-body', async () => {
    mirror.clear();
    mirror.fault(go1235.filename, 'reset');
    await expect(download(`${mirror.baseUrl}/${go1235.filename}`)).rejects.toThrow();
    expect(mirror.requests[0].fault).toBe('reset');
  });

  it('hangs, then drops the connection', async () => {
    const hanging = await startMirror({ hangMs: 200 });
    try {
      hanging.fault('index', 'hang');
      await expect(download(hanging.indexUrl)).rejects.toThrow();
      expect((await download(hanging.indexUrl)).status).toBe(200);
    } finally {
      await hanging.close();
    }
  });

  it('serves a custom index', async () => {
    const custom = await startMirror({ index: [{ version: 'go9.9.9', stable: true, files: [] }] });
    try {
      const res = await download(custom.indexUrl);
      expect(JSON.parse(res.body.toString())[0].version).toBe('go9.9.9');
    } finally {
      await custom.close();
    }
  });

  it('refuses to bind anything but loopback', async () => {
    await expect(startMirror({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
