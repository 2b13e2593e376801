import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { spawn, type ChildProcess } from 'node:child_process';
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
        throw new DownloadError(
          `download of ${url} broke off after ${tap.bytes} bytes: ${(e as Error).message}`,
          true
        );
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
 * Streams a .tar.gz into `tar` while hashing it: the archive is extracted as
 * it arrives, as `curl | tar xz` would, into a staging directory that is not
 * part of the tool cache. Fails (and empties the staging directory) unless
 * the SHA-256 equals the expected one, so unverified files never get promoted.
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
      const tar = spawn('tar', ['-xzf', '-', '-C', stagingDir], {
        stdio: ['pipe', 'ignore', 'pipe']
      });
      let tarError = '';
      tar.stderr.on('data', (d: Buffer) => (tarError = (tarError + d.toString()).slice(-2000)));
      const tarDone = new Promise<number>((resolve, reject) => {
        tar.on('error', reject);
        tar.on('close', code => resolve(code ?? -1));
      });
      try {
        // Keep hashing to the end even if tar gives up on corrupt input, so a
        // tampered archive is reported as a checksum mismatch, not a network blip.
        await pipeline(res.message, feedWhileAlive(tar, tap));
      } catch (e) {
        tar.kill();
        await tarDone.catch(() => undefined);
        await rm(stagingDir, { recursive: true, force: true });
        throw new DownloadError(
          `download of ${url} broke off after ${tap.bytes} bytes: ${(e as Error).message}`,
          true
        );
      }
      const code = await tarDone;
      if (!tap.matches(expected.sha256)) {
        await rm(stagingDir, { recursive: true, force: true });
        throw checksumError(url, tap, expected, 'nothing was installed');
      }
      if (code !== 0) {
        await rm(stagingDir, { recursive: true, force: true });
        throw new DownloadError(
          `extracting ${url} failed (tar exit code ${code}): ${tarError.trim()}`,
          false
        );
      }
    },
    opts
  );
}

/**
 * A sink that hashes every chunk and feeds it to a child's stdin until the
 * child exits; after that it only hashes, so the digest covers every byte.
 */
function feedWhileAlive(child: ChildProcess, digest: Digest): Writable {
  const stdin = child.stdin!;
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
  stdin.on('error', gone);
  child.on('close', gone);
  stdin.on('drain', release);
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, done) {
      digest.update(chunk);
      if (!alive || stdin.write(chunk)) done();
      else pending = done;
    },
    final(done) {
      if (alive) stdin.end();
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
