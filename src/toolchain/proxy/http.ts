import { HttpClient } from '@actions/http-client';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DownloadError, USER_AGENT, withRetries, type RetryOptions } from '../download.js';

/** An HTTP answer other than 200, with its status for callers that branch on it (404/410). */
export class HttpStatusError extends DownloadError {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message, status >= 500 || status === 429 || status === 408);
  }
}

export interface FetchOptions extends RetryOptions {
  /** Whole-request deadline; the socket's idle timeout is `timeoutMs`. */
  deadlineMs?: number;
}

async function open(url: string, opts: FetchOptions) {
  const client = new HttpClient(USER_AGENT, [], {
    allowRetries: false,
    socketTimeout: opts.timeoutMs ?? 60_000
  });
  let res;
  try {
    res = await client.get(url);
  } catch (e) {
    throw new DownloadError(`GET ${url} failed: ${(e as Error).message}`, true);
  }
  const status = res.message.statusCode ?? 0;
  if (status !== 200) {
    res.message.resume();
    throw new HttpStatusError(
      `GET ${url} answered HTTP ${status} ${res.message.statusMessage ?? ''}`.trim(),
      status
    );
  }
  return res.message;
}

/** A pass-through that fails once more than `max` bytes went by, and fails on a deadline. */
function capped(url: string, max: number, deadlineMs: number, counter: { bytes: number }) {
  const started = Date.now();
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.bytes += chunk.length;
      if (counter.bytes > max)
        return done(new DownloadError(`GET ${url}: more than ${max} bytes`, false));
      if (Date.now() - started > deadlineMs)
        return done(
          new DownloadError(`GET ${url}: no complete answer within ${deadlineMs} ms`, true)
        );
      done(null, chunk);
    }
  });
}

/** GETs a small document into memory: at most maxBytes, retried on 5xx and network errors. */
export async function getBytes(
  url: string,
  maxBytes: number,
  opts: FetchOptions = {}
): Promise<Buffer> {
  return withRetries(
    `GET ${url}`,
    async () => {
      const body = await open(url, opts);
      const chunks: Buffer[] = [];
      const counter = { bytes: 0 };
      const timer = setTimeout(
        () => body.destroy(new Error('deadline passed')),
        opts.deadlineMs ?? 120_000
      );
      try {
        await pipeline(
          body,
          capped(url, maxBytes, opts.deadlineMs ?? 120_000, counter),
          async src => {
            for await (const c of src) chunks.push(c as Buffer);
          }
        );
      } catch (e) {
        if (e instanceof DownloadError) throw e;
        throw new DownloadError(
          `GET ${url} broke off after ${counter.bytes} bytes: ${(e as Error).message}`,
          true
        );
      } finally {
        clearTimeout(timer);
      }
      return Buffer.concat(chunks);
    },
    opts
  );
}

/** Downloads url to dest (at most maxBytes); dest is removed on failure. Returns the byte count. */
export async function downloadFile(
  url: string,
  dest: string,
  maxBytes: number,
  opts: FetchOptions = {}
): Promise<number> {
  return withRetries(
    `download ${url}`,
    async () => {
      const body = await open(url, opts);
      const counter = { bytes: 0 };
      const deadline = opts.deadlineMs ?? 30 * 60_000;
      const timer = setTimeout(() => body.destroy(new Error('deadline passed')), deadline);
      try {
        await pipeline(body, capped(url, maxBytes, deadline, counter), createWriteStream(dest));
      } catch (e) {
        await rm(dest, { force: true });
        if (e instanceof DownloadError) throw e;
        throw new DownloadError(
          `download of ${url} broke off after ${counter.bytes} bytes: ${(e as Error).message}`,
          true
        );
      } finally {
        clearTimeout(timer);
      }
      return counter.bytes;
    },
    opts
  );
}
