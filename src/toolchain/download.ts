import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { createGunzip } from 'node:zlib';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpClient } from '@actions/http-client';

export const USER_AGENT = 'setup-go-cross';

export class DownloadError extends Error {
  constructor(
    message: string,
    /** Worth another try: a 5xx, a 429 or a network error. */
    readonly retryable: boolean
  ) {
    super(message);
  }
}

export class ChecksumError extends Error {}

export interface RetryOptions {
  attempts?: number;
  /** First backoff; doubles each retry. */
  backoffMs?: number;
  log?: (line: string) => void;
  /** Per-request socket timeout, so a stalled mirror can't hang the job. */
  timeoutMs?: number;
}

function client(timeoutMs: number): HttpClient {
  return new HttpClient(USER_AGENT, [], { allowRetries: false, socketTimeout: timeoutMs });
}

/** Runs `attempt` until it succeeds or fails with a non-retryable error. */
export async function withRetries<T>(
  what: string,
  attempt: () => Promise<T>,
  opts: RetryOptions = {}
): Promise<T> {
  const attempts = opts.attempts ?? 4;
  let delay = opts.backoffMs ?? 1000;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      const retryable = e instanceof DownloadError ? e.retryable : false;
      if (!retryable || i >= attempts) throw e;
      opts.log?.(
        `${what}: ${(e as Error).message}; retrying in ${delay} ms (attempt ${i + 1} of ${attempts})`
      );
      await new Promise(r => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

/** GETs a small text document (the index). */
export async function fetchText(url: string, opts: RetryOptions = {}): Promise<string> {
  return withRetries(
    `GET ${url}`,
    async () => {
      const res = await request(url, opts.timeoutMs ?? 60_000);
      return res.readBody();
    },
    opts
  );
}

async function request(url: string, timeoutMs: number) {
  let res;
  try {
    res = await client(timeoutMs).get(url);
  } catch (e) {
    throw new DownloadError(`GET ${url} failed: ${(e as Error).message}`, true);
  }
  const status = res.message.statusCode ?? 0;
  if (status !== 200) {
    res.message.resume();
    const retryable = status >= 500 || status === 429 || status === 408;
    throw new DownloadError(
      `GET ${url} answered HTTP ${status} ${res.message.statusMessage ?? ''}`.trim(),
      retryable
    );
  }
  return res;
}

/**
 * Downloads url to dest, hashing the bytes as they stream past, and fails
 * unless the SHA-256 equals the expected one. On any failure dest is removed,
 * so an unverified archive never lingers where it could be extracted.
 */
export async function downloadVerified(
  url: string,
  dest: string,
  expected: { sha256: string; size?: number },
  opts: RetryOptions = {}
): Promise<void> {
  await withRetries(
    `download ${url}`,
    async () => {
      const res = await request(url, opts.timeoutMs ?? 120_000);
      const tap = new Digest();
      try {
        await pipeline(res.message, hashingTap(tap), createWriteStream(dest));
      } catch (e) {
        await rm(dest, { force: true });
        throw brokeOff(url, tap, e);
      }
      if (!tap.matches(expected.sha256)) {
        await rm(dest, { force: true });
        throw checksumError(url, tap, expected, 'the file was deleted');
      }
    },
    opts
  );
}

/**
 * Streams a .tar.gz into a staging directory while hashing it: the archive is
 * extracted as it arrives, as `curl | tar xz` would, into a directory that is
 * not part of the tool cache. Fails (and empties the staging directory) unless
 * the SHA-256 equals the expected one, so unverified files never get promoted.
 *
 * Gunzip runs in-process (zlib on Node's thread pool, 1 MiB chunks) and `tar`
 * only unpacks: Node's zlib inflates the Go archive about twice as fast as
 * gzip(1), which is what bounds `tar xz` (bench/setup.mjs).
 */
export async function downloadExtractVerified(
  url: string,
  stagingDir: string,
  expected: { sha256: string; size?: number },
  opts: RetryOptions = {}
): Promise<void> {
  await withRetries(
    `download ${url}`,
    async () => {
      await rm(stagingDir, { recursive: true, force: true });
      await mkdir(stagingDir, { recursive: true });
      const res = await request(url, opts.timeoutMs ?? 120_000);
      const tap = new Digest();
      const tar = spawn('tar', ['-xf', '-', '-C', stagingDir], {
        stdio: ['pipe', 'ignore', 'pipe']
      });
      let tarError = '';
      tar.stderr.on('data', (d: Buffer) => (tarError = (tarError + d.toString()).slice(-2000)));
      const tarDone = new Promise<number>((resolve, reject) => {
        tar.on('error', reject);
        tar.on('close', code => resolve(code ?? -1));
      });
      const gunzip = createGunzip({ chunkSize: 1 << 20 });
      // Settles, never rejects: a corrupt stream is judged after the hash. Like
      // `curl | tar xz`, tar may stop reading once it has seen the end-of-archive
      // blocks; its exit code speaks for it, so its stdin is fed only while it lives.
      const unpacked = new Promise<Error | undefined>(resolve => {
        gunzip.on('error', e => {
          tar.stdin.destroy();
          resolve(e);
        });
        gunzip.on('close', () => resolve(undefined));
      });
      gunzip.pipe(feedWhileAlive(tar.stdin));
      const cleanUp = () => rm(stagingDir, { recursive: true, force: true });
      try {
        // Keep hashing to the end even if extraction gives up on corrupt input,
        // so a tampered archive is reported as a checksum mismatch, not a network blip.
        await pipeline(res.message, feedWhileAlive(gunzip, tap));
      } catch (e) {
        gunzip.destroy();
        tar.kill();
        await Promise.all([unpacked, tarDone.catch(() => undefined)]);
        await cleanUp();
        throw brokeOff(url, tap, e);
      }
      const [unpackError, code] = await Promise.all([unpacked, tarDone]);
      if (!tap.matches(expected.sha256)) {
        await cleanUp();
        throw checksumError(url, tap, expected, 'nothing was installed');
      }
      if (unpackError || code !== 0) {
        await cleanUp();
        const why = [unpackError?.message, code !== 0 && `tar exit code ${code}`, tarError.trim()]
          .filter(Boolean)
          .join('; ');
        throw new DownloadError(`extracting ${url} failed: ${why}`, false);
      }
    },
    opts
  );
}

/**
 * A sink that feeds every chunk on to `target` until the target fails or
 * closes, and after that swallows them, so the stream upstream always runs to
 * its end; with a digest every chunk is hashed, so the digest covers every byte.
 */
function feedWhileAlive(target: Writable, digest?: Digest): Writable {
  let alive = true;
  let pending: (() => void) | undefined;
  const release = () => {
    const cb = pending;
    pending = undefined;
    cb?.();
  };
  const gone = () => {
    alive = false;
    release();
  };
  target.on('error', gone);
  target.on('close', gone);
  target.on('drain', release);
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, done) {
      digest?.update(chunk);
      if (!alive || target.destroyed || target.write(chunk)) done();
      else pending = done;
    },
    final(done) {
      if (alive) target.end();
      done();
    }
  });
}

/** SHA-256 and byte count of a stream, fed chunk by chunk. */
class Digest {
  bytes = 0;
  private readonly hash = createHash('sha256');
  private digest?: string;
  update(chunk: Buffer): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
  }
  actual(): string {
    return (this.digest ??= this.hash.digest('hex'));
  }
  matches(sha256: string): boolean {
    return this.actual() === sha256.toLowerCase();
  }
}

/** A pass-through stream that hashes and counts what flows through it. */
function hashingTap(digest: Digest): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      digest.update(chunk);
      done(null, chunk);
    }
  });
}

/** A transfer that failed part-way: worth another try. */
function brokeOff(url: string, tap: Digest, e: unknown): DownloadError {
  return new DownloadError(
    `download of ${url} broke off after ${tap.bytes} bytes: ${(e as Error).message}`,
    true
  );
}

function checksumError(
  url: string,
  tap: Digest,
  expected: { sha256: string; size?: number },
  outcome: string
): ChecksumError {
  const sizeNote =
    expected.size && expected.size !== tap.bytes
      ? ` (${tap.bytes} bytes, expected ${expected.size})`
      : '';
  return new ChecksumError(
    `SHA-256 mismatch for ${url}: got ${tap.actual()}, the Go download index says ${expected.sha256}${sizeNote}; ${outcome}`
  );
}
