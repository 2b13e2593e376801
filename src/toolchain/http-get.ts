import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { HttpClient } from '@actions/http-client';
import { redactUrls, refusedTarget } from './url-policy.js';

export const USER_AGENT = 'setup-go-cross';

export class DownloadError extends Error {
  constructor(
    message: string,
    /** Worth another try: a 5xx, a 429, a reset or a stall. */
    readonly retryable: boolean,
    /** The HTTP status, when the server answered with one other than 200. */
    readonly status?: number
  ) {
    super(redactUrls(message));
  }
}

/** What bounds one request: a stall timeout, an absolute deadline and a body cap. */
export interface RequestBounds {
  stallMs: number;
  /** performance.now() value after which the transfer is abandoned. */
  deadline: number;
  maxBytes: number;
  /** Describes maxBytes in the error, e.g. "the index's size". */
  capName: string;
}

const MAX_REDIRECTS = 5;

/**
 * GETs url and returns its body as a stream that fails on a stall, at the
 * deadline, or past the byte cap. Redirects are followed here, not by the
 * client, so each target is checked against the same rule as the input.
 */
export async function openBody(
  url: string,
  bounds: RequestBounds
): Promise<{ body: Readable; length?: number }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const res = await responseHeaders(current, bounds);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      const next = new URL(res.headers.location, current).toString();
      const why = refusedTarget(next);
      if (why) throw new DownloadError(`GET ${url} redirects to ${next}, refused: ${why}`, false);
      if (hop >= MAX_REDIRECTS)
        throw new DownloadError(`GET ${url} redirects more than ${MAX_REDIRECTS} times`, false);
      current = next;
      continue;
    }
    if (status !== 200) {
      res.resume();
      const retryable = status >= 500 || status === 429 || status === 408;
      throw new DownloadError(
        `GET ${current} answered HTTP ${status} ${res.statusMessage ?? ''}`.trim(),
        retryable,
        status
      );
    }
    const declared = Number(res.headers['content-length']);
    const length = Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
    if (length !== undefined && length > bounds.maxBytes) {
      res.destroy();
      throw new DownloadError(
        `GET ${current} announces ${length} bytes, more than ${bounds.capName} (${bounds.maxBytes}); refused`,
        false
      );
    }
    return { body: guard(res, current, bounds), length };
  }
}

/** Waits for the headers, no longer than the stall timeout or the deadline. */
async function responseHeaders(url: string, bounds: RequestBounds): Promise<IncomingMessage> {
  const client = new HttpClient(USER_AGENT, [], {
    allowRetries: false,
    allowRedirects: false,
    // A backstop only: our own timers name the failure. At stallMs exactly it raced
    // the body's stall timer and, when it won, a stall read as "broke off (aborted)".
    socketTimeout: 2 * bounds.stallMs,
    keepAlive: false
  });
  const wait = Math.min(bounds.stallMs, bounds.deadline - performance.now());
  if (wait <= 0) throw deadlineError(url);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          wait < bounds.stallMs
            ? deadlineError(url)
            : new DownloadError(`GET ${url}: no response within ${bounds.stallMs} ms`, true)
        ),
      wait
    );
  });
  const pending = client.get(url);
  try {
    return (await Promise.race([pending, late])).message;
  } catch (e) {
    // A response that arrives after we gave up must not hold the socket open.
    pending.then(r => r.message.destroy()).catch(() => undefined);
    if (e instanceof DownloadError) throw e;
    throw new DownloadError(`GET ${url} failed: ${(e as Error).message}`, true);
  } finally {
    clearTimeout(timer);
  }
}

function deadlineError(url: string): DownloadError {
  return new DownloadError(`GET ${url} did not finish before its deadline`, false);
}

/**
 * The response body, counted and watched: a stall (no bytes for stallMs) is
 * a retryable failure; the deadline and the cap are not.
 */
function guard(res: IncomingMessage, url: string, bounds: RequestBounds): Readable {
  let bytes = 0;
  let stall: NodeJS.Timeout | undefined;
  let failed = false;
  const fail = (e: Error) => {
    if (failed) return;
    failed = true;
    out.destroy(e);
    res.destroy();
  };
  const arm = () => {
    clearTimeout(stall);
    stall = setTimeout(
      () =>
        // Paused by backpressure (tar busy writing) is not a stalled mirror.
        res.isPaused() || out.writableLength > 0 || out.readableLength > 0
          ? arm()
          : fail(
              new DownloadError(
                `GET ${url} stalled: no data for ${bounds.stallMs} ms after ${bytes} bytes`,
                true
              )
            ),
      bounds.stallMs
    );
  };
  const deadline = setTimeout(
    () => fail(deadlineError(url)),
    Math.max(0, bounds.deadline - performance.now())
  );
  const out = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > bounds.maxBytes)
        return done(
          new DownloadError(
            `GET ${url} sent more than ${bounds.capName} (${bounds.maxBytes} bytes); stopped`,
            false
          )
        );
      arm();
      done(null, chunk);
    }
  });
  const stop = () => {
    clearTimeout(stall);
    clearTimeout(deadline);
  };
  out.on('close', stop);
  res.on('error', e =>
    fail(new DownloadError(`GET ${url} broke off after ${bytes} bytes: ${e.message}`, true))
  );
  // Node reports a body cut short of its Content-Length as 'aborted' without an error on some versions.
  res.on('aborted', () =>
    fail(new DownloadError(`GET ${url} broke off after ${bytes} bytes (aborted)`, true))
  );
  out.on('error', () => res.destroy());
  arm();
  res.pipe(out);
  return out;
}
