import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExtractError, startExtraction } from './extract.js';
import { DownloadError, openBody } from './http-get.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { redactUrls } from './url-policy.js';

export { DownloadError, USER_AGENT } from './http-get.js';
export { ExtractError } from './extract.js';

export class ChecksumError extends Error {}

export interface RetryOptions {
  /** Deadlines, caps, attempts and backoff (default DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
  log?: (line: string) => void;
}

function limitsOf(opts: RetryOptions): Limits {
  return { ...DEFAULT_LIMITS, ...opts.limits };
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, runs
 * out of attempts, or would retry past the deadline.
 */
export async function withRetries<T>(
  what: string,
  attempt: () => Promise<T>,
  limits: Pick<Limits, 'attempts' | 'backoffMs'> & { deadline: number },
  log?: (line: string) => void
): Promise<T> {
  let delay = limits.backoffMs;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      const retryable = e instanceof DownloadError ? e.retryable : false;
      const message = redactUrls((e as Error).message);
      if (!retryable) throw e;
      if (i >= limits.attempts)
        throw new DownloadError(`${what} failed ${i} times; last: ${message}`, false);
      if (performance.now() + delay >= limits.deadline)
        throw new DownloadError(
          `${what} ran out of time after ${i} attempts; last: ${message}`,
          false
        );
      log?.(
        redactUrls(
          `${what}: ${message}; retrying in ${delay} ms (attempt ${i + 1} of ${limits.attempts})`
        )
      );
      await new Promise(r => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

/** GETs the index: read linearly into chunks, capped, within its own deadline. */
export async function fetchText(url: string, opts: RetryOptions = {}): Promise<string> {
  const limits = limitsOf(opts);
  return (
    await fetchBytes(url, limits.indexMaxBytes, 'the cap for the download index', opts)
  ).toString('utf8');
}

/**
 * GETs a small document into memory, read linearly into chunks: at most
 * maxBytes (capName says which cap in the error), within the index deadline
 * over all attempts, retried on stalls, resets and 5xx.
 */
export async function fetchBytes(
  url: string,
  maxBytes: number,
  capName: string,
  opts: RetryOptions = {}
): Promise<Buffer> {
  const limits = limitsOf(opts);
  const deadline = performance.now() + limits.indexDeadlineMs;
  return withRetries(
    `GET ${url}`,
    async () => {
      const { body } = await openBody(url, {
        stallMs: limits.stallMs,
        deadline,
        maxBytes,
        capName
      });
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    { ...limits, deadline },
    opts.log
  );
}

/**
 * Downloads url to dest (capped at the index's size), hashing the bytes as
 * they stream past, and fails unless the SHA-256 matches. On any failure dest
 * is removed, so an unverified archive never lingers where it could be used.
 */
export async function downloadVerified(
  url: string,
  dest: string,
  expected: { sha256: string; size?: number },
  opts: RetryOptions = {}
): Promise<void> {
  const limits = limitsOf(opts);
  const deadline = performance.now() + limits.archiveDeadlineMs;
  await withRetries(
    `download ${url}`,
    async () => {
      const tap = new Digest();
      try {
        const { body } = await openBody(url, archiveBounds(limits, deadline, expected.size));
        await pipeline(body, hashingTap(tap), createWriteStream(dest));
      } catch (e) {
        await rm(dest, { force: true });
        throw e;
      }
      if (!tap.matches(expected.sha256)) {
        await rm(dest, { force: true });
        throw checksumError(url, tap, expected, 'the file was deleted');
      }
    },
    { ...limits, deadline },
    opts.log
  );
}

/**
 * Verify, then extract: downloads the .tar.gz to archive (see
 * downloadVerified) and only once its SHA-256 matched unpacks it into
 * stagingDir, with the safe tar options and the inflate cap (extract.ts).
 */
export async function downloadThenExtract(
  url: string,
  archive: string,
  stagingDir: string,
  expected: { sha256: string; size?: number },
  opts: RetryOptions = {}
): Promise<void> {
  await downloadVerified(url, archive, expected, opts);
  await extractFile(archive, stagingDir, limitsOf(opts).unpackMaxBytes);
}

/** Unpacks a verified .tar.gz file into a fresh dir; dir is removed on failure. */
export async function extractFile(archive: string, dir: string, maxBytes: number): Promise<void> {
  const label = path.basename(archive);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const ex = startExtraction(dir, maxBytes, label);
  try {
    await Promise.all([pipeline(createReadStream(archive), ex.input), ex.done]);
  } catch (e) {
    ex.abort();
    await ex.done.catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw e instanceof ExtractError
      ? e
      : new ExtractError(`unpacking ${label} failed: ${(e as Error).message}`);
  }
}

/**
 * Bounded streaming (the other design measured in bench/setup.mjs): the
 * archive is extracted as it arrives, as `curl | tar xz` would, into
 * stagingDir, with the same caps and tar options; it fails (and empties the
 * staging directory) unless the SHA-256 matches. Hashing continues to the
 * end even if extraction gives up, so tampering reads as a mismatch.
 */
export async function downloadExtractVerified(
  url: string,
  stagingDir: string,
  expected: { sha256: string; size?: number },
  opts: RetryOptions = {}
): Promise<void> {
  const limits = limitsOf(opts);
  const deadline = performance.now() + limits.archiveDeadlineMs;
  await withRetries(
    `download ${url}`,
    async () => {
      await rm(stagingDir, { recursive: true, force: true });
      await mkdir(stagingDir, { recursive: true });
      const cleanUp = () => rm(stagingDir, { recursive: true, force: true });
      const tap = new Digest();
      const ex = startExtraction(stagingDir, limits.unpackMaxBytes, fileName(url));
      const settled = ex.done.then(
        () => undefined,
        (e: Error) => e
      );
      try {
        const { body } = await openBody(url, archiveBounds(limits, deadline, expected.size));
        await pipeline(body, hashingTap(tap), ex.input);
      } catch (e) {
        ex.abort();
        await settled;
        await cleanUp();
        throw e;
      }
      if (!tap.matches(expected.sha256)) {
        ex.abort();
        await settled;
        await cleanUp();
        throw checksumError(url, tap, expected, 'nothing was installed');
      }
      const failed = await settled;
      if (failed) {
        await cleanUp();
        throw failed;
      }
    },
    { ...limits, deadline },
    opts.log
  );
}

/** The file a URL names, for messages. */
function fileName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
}

function archiveBounds(limits: Limits, deadline: number, size: number | undefined) {
  const known = typeof size === 'number' && Number.isSafeInteger(size) && size > 0;
  return {
    stallMs: limits.stallMs,
    deadline,
    maxBytes: known ? size : limits.archiveMaxBytes,
    capName: known ? 'the size the Go download index gives' : 'the archive size cap'
  };
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
    highWaterMark: 1 << 20,
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
    redactUrls(
      `SHA-256 mismatch for ${url}: got ${tap.actual()}, the Go download index says ${expected.sha256}${sizeNote}; ${outcome}`
    )
  );
}
