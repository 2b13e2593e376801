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

/**
 * Downloads url into memory (at most maxBytes) within the archive deadline,
 * into a SharedArrayBuffer that extraction workers read without a copy.
 */
export async function downloadShared(
  url: string,
  maxBytes: number,
  opts: FetchOptions = {}
): Promise<Buffer> {
  const limits = limitsOf(opts);
  const deadline = performance.now() + limits.archiveDeadlineMs;
  return withRetries(
    `download ${url}`,
    async () => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      let announced: number | undefined;
      try {
        const { body, length } = await openBody(url, {
          stallMs: limits.stallMs,
          deadline,
          maxBytes,
          capName: 'the cap for a toolchain module zip'
        });
        announced = length;
        for await (const chunk of body) {
          chunks.push(chunk as Buffer);
          bytes += (chunk as Buffer).length;
        }
      } catch (e) {
        if (e instanceof DownloadError) throw e;
        throw new DownloadError(
          `download of ${url} broke off after ${bytes} bytes: ${(e as Error).message}`,
          true
        );
      }
      if (announced !== undefined && bytes !== announced)
        throw new DownloadError(
          `download of ${url} broke off after ${bytes} of ${announced} bytes`,
          true
        );
      const shared = Buffer.from(new SharedArrayBuffer(bytes));
      let offset = 0;
      for (const c of chunks) {
        shared.set(c, offset);
        offset += c.length;
      }
      return shared;
    },
    { ...limits, deadline },
    opts.log
  );
}
