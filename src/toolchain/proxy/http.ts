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
      // With a Content-Length (capped by openBody) the bytes go straight into
      // the shared buffer: no second copy of the zip in memory. Without one,
      // chunks are collected and copied once at the end.
      let shared: Buffer | undefined;
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
        if (length !== undefined) shared = Buffer.from(new SharedArrayBuffer(length));
        for await (const data of body) {
          const chunk = data as Buffer;
          if (shared) {
            if (bytes + chunk.length > shared.length)
              throw new DownloadError(
                `GET ${url} sent more than the ${shared.length} bytes it announced; stopped`,
                false
              );
            shared.set(chunk, bytes);
          } else chunks.push(chunk);
          bytes += chunk.length;
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
      if (shared) return shared;
      shared = Buffer.from(new SharedArrayBuffer(bytes));
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
