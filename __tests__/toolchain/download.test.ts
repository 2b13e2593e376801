import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  ChecksumError,
  downloadExtractVerified,
  ExtractError,
  fetchBytes
} from '../../src/toolchain/download.js';

const run = promisify(execFile);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The streaming .tar.gz path on its own, against a loopback server and archives
 * made by the real tar: what lands in staging, and how each way of failing is told apart.
 */
describe('downloadExtractVerified', () => {
  let server: Server;
  let base: string;
  let root: string;
  let archive: Buffer;
  /**
   * path -> what to answer; fault 'reset' sends half the body and drops the
   * socket, once; 'stall' sends half the body and then nothing, socket open.
   */
  type Fault = 'reset' | 'stall';
  const routes = new Map<string, { body: Buffer; fault?: Fault }>();
  const hits: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'download-'));
    const src = path.join(root, 'src');
    await mkdir(path.join(src, 'go', 'bin'), { recursive: true });
    await writeFile(path.join(src, 'go', 'VERSION'), 'go1.99.0\n');
    // Incompressible and larger than one 1 MiB gunzip chunk, so backpressure is exercised.
    await writeFile(path.join(src, 'go', 'bin', 'blob'), randomBytes(3 << 20));
    await run('tar', ['-czf', path.join(root, 'a.tar.gz'), '-C', src, 'go']);
    archive = await readFile(path.join(root, 'a.tar.gz'));

    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const route = routes.get(req.url ?? '');
      if (!route) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Length': route.body.length });
      if (route.fault === 'stall')
        return void res.write(route.body.subarray(0, route.body.length >> 1));
      if (route.fault === 'reset') {
        route.fault = undefined;
        res.write(route.body.subarray(0, route.body.length >> 1), () => res.destroy());
        return;
      }
      res.end(route.body);
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise(r => server.close(r));
    await rm(root, { recursive: true, force: true });
  });

  const serve = (name: string, body: Buffer, fault?: Fault) => {
    routes.set(`/${name}`, { body, fault });
    hits.length = 0;
    return `${base}/${name}`;
  };
  const opts = { limits: { backoffMs: 5, stallMs: 10_000 } };

  it('extracts the archive byte for byte once its SHA-256 matches', async () => {
    const url = serve('good.tar.gz', archive);
    const staging = path.join(root, 'staging-good');
    await downloadExtractVerified(url, staging, { sha256: sha256(archive) }, opts);
    expect(await readFile(path.join(staging, 'go', 'VERSION'), 'utf8')).toBe('go1.99.0\n');
    expect(sha256(await readFile(path.join(staging, 'go', 'bin', 'blob')))).toBe(
      sha256(await readFile(path.join(root, 'src', 'go', 'bin', 'blob')))
    );
  });

  it('succeeds when tar stops reading at its end-of-archive blocks, as it does under curl | tar xz', async () => {
    // 8 MiB of zeros after the end-of-archive blocks, inside the gzip stream: GNU tar exits 0
    // without reading them, so its stdin closes while there is still inflated data to feed.
    const tarball = (
      await run('tar', ['-cf', '-', '-C', path.join(root, 'src'), 'go'], {
        encoding: 'buffer',
        maxBuffer: 64 << 20
      })
    ).stdout;
    const padded = gzipSync(Buffer.concat([tarball, Buffer.alloc(8 << 20)]));
    const url = serve('padded.tar.gz', padded);
    const staging = path.join(root, 'staging-padded');
    await downloadExtractVerified(url, staging, { sha256: sha256(padded) }, opts);
    expect(await readFile(path.join(staging, 'go', 'VERSION'), 'utf8')).toBe('go1.99.0\n');
    expect(hits).toHaveLength(1);
  });

  it('a tampered gzip stream is a checksum mismatch over every served byte, and staging is gone', async () => {
    const tampered = Buffer.from(archive);
    tampered[20] ^= 0xff; // inside the deflate stream: gunzip fails at once, the hash must still see the rest
    const url = serve('tampered.tar.gz', tampered);
    const staging = path.join(root, 'staging-tampered');
    const attempt = downloadExtractVerified(
      url,
      staging,
      { sha256: sha256(archive), size: archive.length },
      opts
    );
    await expect(attempt).rejects.toBeInstanceOf(ChecksumError);
    await expect(attempt).rejects.toThrow(`got ${sha256(tampered)}`);
    expect(hits).toHaveLength(1); // a mismatch is not retried
    expect(existsSync(staging)).toBe(false);
  });

  it('retries a body cut off mid-way and then succeeds', async () => {
    const url = serve('reset.tar.gz', archive, 'reset');
    const staging = path.join(root, 'staging-reset');
    await downloadExtractVerified(url, staging, { sha256: sha256(archive) }, opts);
    expect(hits).toHaveLength(2);
    expect(await readFile(path.join(staging, 'go', 'VERSION'), 'utf8')).toBe('go1.99.0\n');
  });

  it('a verified file that is not gzip fails as an extraction error, without retrying', async () => {
    const notGzip = Buffer.from('this is not a gzip stream\n');
    const url = serve('plain.tar.gz', notGzip);
    const staging = path.join(root, 'staging-plain');
    const attempt = downloadExtractVerified(url, staging, { sha256: sha256(notGzip) }, opts);
    await expect(attempt).rejects.toBeInstanceOf(ExtractError);
    await expect(attempt).rejects.toThrow(/^unpacking plain\.tar\.gz failed: .*header/);
    expect(hits).toHaveLength(1);
    expect(existsSync(staging)).toBe(false);
  });

  it('verified gzip that is not a tar fails with tar’s own words', async () => {
    const notTar = gzipSync(randomBytes(4096));
    const url = serve('notar.tar.gz', notTar);
    const staging = path.join(root, 'staging-notar');
    const attempt = downloadExtractVerified(url, staging, { sha256: sha256(notTar) }, opts);
    await expect(attempt).rejects.toThrow(
      /^unpacking notar\.tar\.gz failed: tar exit code 2; tar: /
    );
    expect(existsSync(staging)).toBe(false);
  });

  it('a body that stops mid-way is reported as a stall every time, never as a broken-off transfer', async () => {
    // The socket's own idle timeout once raced the stall timer and, when it won, closed the
    // connection first: the same failure then read "broke off after N bytes (aborted)".
    const url = serve('stall.json', randomBytes(64 << 10), 'stall');
    const tries = 12;
    const messages = await Promise.all(
      Array.from({ length: tries }, () =>
        fetchBytes(url, 1 << 20, 'the cap', {
          limits: { attempts: 1, stallMs: 150, indexDeadlineMs: 10_000 }
        }).then(
          () => 'succeeded',
          (e: Error) => e.message
        )
      )
    );
    for (const m of messages)
      expect(m).toMatch(
        / failed 1 times; last: GET .* stalled: no data for 150 ms after \d+ bytes$/
      );
    expect(hits).toHaveLength(tries);
  });
});
