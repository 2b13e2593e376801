import { HttpClient } from '@actions/http-client';
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../inputs/parse.js';

/**
 * The three operations of GitHub's REST API that pruning needs, as
 * github/rest-api-description states them (operations
 * actions/get-actions-cache-list, actions/delete-actions-cache-by-id,
 * actions/get-actions-cache-usage; schemas actions-cache-list and
 * actions-cache-usage-by-repository). The server is untrusted: every
 * request has a deadline and a body cap, and every answer is checked
 * field by field before it is used.
 */

export interface ApiCache {
  id: number;
  ref: string;
  key: string;
  version: string;
  createdAt: string;
  lastAccessedAt: string;
  sizeInBytes: number;
}

export interface ApiUsage {
  fullName: string;
  bytes: number;
  count: number;
}

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
}

const USER_AGENT = 'setup-go-cross';
const API_VERSION = '2022-11-28';
const MAX_BODY = 4 * 1024 * 1024;
const PER_PAGE = 100;
/** At most this many pages per prefix: the oldest beyond it wait for a later run. */
const MAX_PAGES = 10;
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

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export class CacheApi {
  private readonly base: string;
  private readonly client: HttpClient;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

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
  }

  /** Every cache under `prefix` on `ref`, newest first (pages of 100, at most 10). */
  async list(prefix: string, ref: string): Promise<ApiCache[]> {
    const all: ApiCache[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const q = new URLSearchParams({
        key: prefix,
        ref,
        sort: 'created_at',
        direction: 'desc',
        per_page: String(PER_PAGE),
        page: String(page)
      });
      const a = await this.send('GET', `/actions/caches?${q.toString()}`, 'list the caches');
      const { total, caches } = parseList(a.body);
      all.push(...caches);
      if (caches.length < PER_PAGE || all.length >= total) break;
    }
    return all;
  }

  /** true when deleted; false when the entry was gone already (404). */
  async delete(id: number): Promise<boolean> {
    try {
      await this.send('DELETE', `/actions/caches/${id}`, `delete cache ${id}`);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return false;
      throw e;
    }
  }

  async usage(): Promise<ApiUsage> {
    const a = await this.send('GET', '/actions/cache/usage', 'read the cache usage');
    return parseUsage(a.body);
  }

  /**
   * One call, waiting out rate limits and retrying one server fault while
   * the deadline allows; every other answer but 2xx is an ApiError.
   */
  private async send(method: string, path: string, what: string): Promise<Answer> {
    let faults = 0;
    for (let attempt = 0; ; attempt++) {
      let a: Answer;
      try {
        a = await this.once(method, path, what);
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
          `${what}: rate-limited by the GitHub API (HTTP ${a.status}, asked to wait ${Math.ceil(wait / 1000)} s), past the cache-timeout`,
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
  private async once(method: string, path: string, what: string): Promise<Answer> {
    const budget = Math.min(this.o.requestMs ?? REQUEST_MS, this.left());
    if (budget <= 0) throw new ApiError(`${what}: no time left within the cache-timeout`, 'fault');
    let timer: NodeJS.Timeout | undefined;
    let message: IncomingMessage | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        message?.destroy();
        reject(new ApiError(`${what}: no answer within ${Math.round(budget / 1000)} s`, 'fault'));
      }, budget);
    });
    const work = (async () => {
      const res = await this.client.request(method, `${this.base}${path}`, null, {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.o.token}`,
        'x-github-api-version': API_VERSION
      });
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

function json(body: Buffer, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ApiError(`${what}: the answer is not JSON`, 'fault');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ApiError(`${what}: the answer is not an object`, 'fault');
  return v as Record<string, unknown>;
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** actions-cache-list: {total_count, actions_caches: [...]}, each cache checked. */
export function parseList(body: Buffer): { total: number; caches: ApiCache[] } {
  const o = json(body, 'cache list');
  if (!isCount(o.total_count) || !Array.isArray(o.actions_caches))
    throw new ApiError('cache list: no total_count and actions_caches', 'fault');
  const caches = o.actions_caches.map((c: unknown, i) => {
    const e = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    if (
      !isCount(e.id) ||
      typeof e.key !== 'string' ||
      typeof e.ref !== 'string' ||
      typeof e.created_at !== 'string' ||
      Number.isNaN(Date.parse(e.created_at)) ||
      !isCount(e.size_in_bytes)
    )
      throw new ApiError(
        `cache list: entry ${i} lacks id, key, ref, created_at or size_in_bytes`,
        'fault'
      );
    return {
      id: e.id,
      key: e.key,
      ref: e.ref,
      version: typeof e.version === 'string' ? e.version : '',
      createdAt: e.created_at,
      lastAccessedAt: typeof e.last_accessed_at === 'string' ? e.last_accessed_at : '',
      sizeInBytes: e.size_in_bytes
    };
  });
  return { total: o.total_count, caches };
}

/** actions-cache-usage-by-repository: {full_name, active_caches_size_in_bytes, active_caches_count}. */
export function parseUsage(body: Buffer): ApiUsage {
  const o = json(body, 'cache usage');
  if (
    typeof o.full_name !== 'string' ||
    !isCount(o.active_caches_size_in_bytes) ||
    !isCount(o.active_caches_count)
  )
    throw new ApiError(
      'cache usage: no full_name, active_caches_size_in_bytes and active_caches_count',
      'fault'
    );
  return {
    fullName: o.full_name,
    bytes: o.active_caches_size_in_bytes,
    count: o.active_caches_count
  };
}
