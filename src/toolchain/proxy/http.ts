import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { DownloadError, fetchBytes, withRetries, type RetryOptions } from '../download.js';
import { openBody } from '../http-get.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

/**
 * The proxy path's GETs, on the same bounded request as the go.dev path
 * (http-get.ts: stall timeout, deadline, byte cap, checked redirects) and
 * the same retries. A status other than 200 is a DownloadError with `status`.
 */
export type FetchOptions = RetryOptions;

function limitsOf(opts: FetchOptions): Limits {
  return { ...DEFAULT_LIMITS, ...opts.limits };
}

/** GETs a small document (list, lookup, tile) into memory: at most maxBytes. */
export async function getBytes(
  url: string,
  maxBytes: number,
  opts: FetchOptions = {}
): Promise<Buffer> {
  return fetchBytes(url, maxBytes, 'the cap for this document', opts);
}

/** Downloads url to dest (at most maxBytes); dest is removed on failure. Returns the byte count. */
export async function downloadFile(
  url: string,
  dest: string,
  maxBytes: number,
  opts: FetchOptions = {}
): Promise<number> {
  const limits = limitsOf(opts);
  const deadline = performance.now() + limits.archiveDeadlineMs;
  return withRetries(
    `download ${url}`,
    async () => {
      let bytes = 0;
      try {
        const { body } = await openBody(url, {
          stallMs: limits.stallMs,
          deadline,
          maxBytes,
          capName: 'the cap for a toolchain module zip'
        });
        body.on('data', (c: Buffer) => (bytes += c.length));
        await pipeline(body, createWriteStream(dest));
      } catch (e) {
        await rm(dest, { force: true });
        if (e instanceof DownloadError) throw e;
        throw new DownloadError(
          `download of ${url} broke off after ${bytes} bytes: ${(e as Error).message}`,
          true
        );
      }
      return bytes;
    },
    { ...limits, deadline },
    opts.log
  );
}
