import { HttpClient } from '@actions/http-client';
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../inputs/parse.js';

/**
 * GitHub's REST API for the operations the action needs (cache pruning,
 * the pull-request comment). The server is untrusted: every request has a
 * deadline and a body cap, and every answer is checked by its caller
 * before it is used. The token goes only to https, or to http on loopback.
 */

/**
 * permission: 401/403/404, the token may not do this (the one info line);
 * rate-limit: still limited when the wait would pass the deadline;
 * fault: 5xx, a network error, a timeout or an answer of the wrong shape.
 */
export type ApiErrorKind = 'permission' | 'rate-limit' | 'fault';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status?: number
  ) {
    super(message);
  }
}

export interface ApiOptions {
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GHES. */
  apiUrl: string;
  /** GITHUB_REPOSITORY, owner/name. */
  repository: string;
  token: string;
  /** performance.now() value after which no request runs and no wait starts. */
  deadline: number;
  /** A cap on each request on top of the deadline. */
  requestMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Date.now(), for x-ratelimit-reset (epoch seconds). */
  now?: () => number;
  /** Words for "past the deadline" in messages: the input that set it. */
  deadlineName?: string;
}

export interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const USER_AGENT = 'setup-go-cross';
const API_VERSION = '2022-11-28';
const MAX_BODY = 4 * 1024 * 1024;
const REQUEST_MS = 30_000;
/** GitHub: a 429 without a wait header means "wait at least a minute". */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Why this API base URL may not carry the token, or undefined when it may. */
export function refusedApiUrl(apiUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return 'it is not a URL';
  }
  if (url.username || url.password) return 'it carries credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  return 'only https, or http to a loopback host, may carry the token';
}

/**
 * How long a 403/429 asks to wait, or undefined when it is not a rate limit
 * (a 403 without these headers is a permission answer). Retry-After is
 * seconds or an HTTP date; x-ratelimit-reset is epoch seconds and counts
 * only with x-ratelimit-remaining: 0.
 */
export function rateLimitWaitMs(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  now: number
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const header = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined && retryAfter.trim() !== '') {
    const s = retryAfter.trim();
    if (/^\d{1,7}$/.test(s)) return Number(s) * 1000;
    const at = Date.parse(s);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = header('x-ratelimit-reset');
  if (header('x-ratelimit-remaining') === '0' && reset && /^\d{1,12}$/.test(reset.trim()))
    return Math.max(0, Number(reset.trim()) * 1000 - now);
  return status === 429 ? DEFAULT_RATE_LIMIT_WAIT_MS : undefined;
}

/** One repository's REST API: `send` with deadline, body cap, rate-limit waits, one retry. */
export class RepoApi {
  private readonly base: string;
  private readonly client: HttpClient;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly deadlineName: string;

  constructor(private readonly o: ApiOptions) {
    const refused = refusedApiUrl(o.apiUrl);
    if (refused) throw new ApiError(`GITHUB_API_URL ${o.apiUrl} refused: ${refused}`, 'fault');
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(o.repository))
      throw new ApiError(`GITHUB_REPOSITORY "${o.repository}" is not owner/name`, 'fault');
    this.base = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.repository}`;
    this.client = new HttpClient(USER_AGENT, [], {
      allowRetries: false,
      allowRedirects: false,
      keepAlive: false,
      socketTimeout: o.requestMs ?? REQUEST_MS
    });
    this.sleep = o.sleep ?? (ms => new Promise(r => setTimeout(r, ms)));
    this.now = o.now ?? Date.now;
    this.deadlineName = o.deadlineName ?? 'the cache-timeout';
  }

  /**
   * One call (path under /repos/{owner}/{repo}), waiting out rate limits and
   * retrying one server fault while the deadline allows; every other answer
   * but 2xx is an ApiError. `json` is sent as the request body.
   */
  async send(method: string, path: string, what: string, json?: unknown): Promise<Answer> {
    let faults = 0;
    for (let attempt = 0; ; attempt++) {
      let a: Answer;
      try {
        a = await this.once(method, path, what, json);
      } catch (e) {
        if (e instanceof ApiError && e.kind !== 'fault') throw e;
        if (faults++ === 0 && this.left() > 2000) {
          await this.sleep(1000);
          continue;
        }
        throw e;
      }
      if (a.status >= 200 && a.status < 300) return a;
      const wait = rateLimitWaitMs(a.status, a.headers, this.now());
      if (wait !== undefined) {
        if (attempt < 3 && wait < this.left()) {
          await this.sleep(wait);
          continue;
        }
        throw new ApiError(
          `${what}: rate-limited by the GitHub API (HTTP ${a.status}, asked to wait ${Math.ceil(wait / 1000)} s), past ${this.deadlineName}`,
          'rate-limit',
          a.status
        );
      }
      const message = `${what}: HTTP ${a.status}${apiMessage(a.body)}`;
      if (a.status === 401 || a.status === 403 || a.status === 404)
        throw new ApiError(message, 'permission', a.status);
      if (a.status >= 500 && faults++ === 0 && this.left() > 2000) {
        await this.sleep(1000);
        continue;
      }
      throw new ApiError(message, 'fault', a.status);
    }
  }

  private left(): number {
    return this.o.deadline - performance.now();
  }

  /** One request: headers and body within min(requestMs, deadline), body capped. */
  private async once(method: string, path: string, what: string, json?: unknown): Promise<Answer> {
    const budget = Math.min(this.o.requestMs ?? REQUEST_MS, this.left());
    if (budget <= 0)
      throw new ApiError(`${what}: no time left within ${this.deadlineName}`, 'fault');
    let timer: NodeJS.Timeout | undefined;
    let message: IncomingMessage | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        message?.destroy();
        reject(new ApiError(`${what}: no answer within ${Math.round(budget / 1000)} s`, 'fault'));
      }, budget);
    });
    const work = (async () => {
      const headers: Record<string, string> = {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.o.token}`,
        'x-github-api-version': API_VERSION
      };
      if (json !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
      const res = await this.client.request(
        method,
        `${this.base}${path}`,
        json === undefined ? null : JSON.stringify(json),
        headers
      );
      message = res.message;
      return {
        status: res.message.statusCode ?? 0,
        headers: res.message.headers,
        body: await capped(res.message)
      };
    })();
    try {
      return await Promise.race([work, late]);
    } catch (e) {
      work.then(() => undefined).catch(() => undefined);
      if (e instanceof ApiError) throw e;
      throw new ApiError(`${what}: ${(e as Error).message}`, 'fault');
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The body, refused past MAX_BODY. */
function capped(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    res.on('data', (c: Buffer) => {
      n += c.length;
      if (n > MAX_BODY) {
        res.destroy();
        reject(new ApiError(`answer larger than ${MAX_BODY} bytes; refused`, 'fault'));
      } else chunks.push(c);
    });
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('the answer broke off')));
  });
}

/** ": <message>" from a GitHub error body, short and one line; '' otherwise. */
function apiMessage(body: Buffer): string {
  try {
    const m = (JSON.parse(body.toString('utf8')) as { message?: unknown }).message;
    return typeof m === 'string' && m ? `: ${m.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/** A JSON answer parsed, or an ApiError naming `what`. */
export function parseJson(body: Buffer, what: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new ApiError(`${what}: the answer is not JSON`, 'fault');
  }
}

/** A JSON object answer, or an ApiError naming `what`. */
export function jsonObject(body: Buffer, what: string): Record<string, unknown> {
  const v = parseJson(body, what);
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ApiError(`${what}: the answer is not an object`, 'fault');
  return v as Record<string, unknown>;
}

export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
