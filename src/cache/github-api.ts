import { ApiError, RepoApi, isCount, jsonObject, type ApiOptions } from '../github/rest.js';

/**
 * The three operations of GitHub's REST API that pruning needs, as
 * github/rest-api-description states them (operations
 * actions/get-actions-cache-list, actions/delete-actions-cache-by-id,
 * actions/get-actions-cache-usage; schemas actions-cache-list and
 * actions-cache-usage-by-repository). Every answer is checked field by
 * field before it is used.
 */
export { ApiError, rateLimitWaitMs, refusedApiUrl, type ApiOptions } from '../github/rest.js';

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

const PER_PAGE = 100;
/** At most this many pages per prefix: the oldest beyond it wait for a later run. */
const MAX_PAGES = 10;

export class CacheApi {
  private readonly api: RepoApi;

  constructor(o: ApiOptions) {
    this.api = new RepoApi(o);
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
      const a = await this.api.send('GET', `/actions/caches?${q.toString()}`, 'list the caches');
      const { total, caches } = parseList(a.body);
      all.push(...caches);
      if (caches.length < PER_PAGE || all.length >= total) break;
    }
    return all;
  }

  /** true when deleted; false when the entry was gone already (404). */
  async delete(id: number): Promise<boolean> {
    try {
      await this.api.send('DELETE', `/actions/caches/${id}`, `delete cache ${id}`);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return false;
      throw e;
    }
  }

  async usage(): Promise<ApiUsage> {
    const a = await this.api.send('GET', '/actions/cache/usage', 'read the cache usage');
    return parseUsage(a.body);
  }
}

/** actions-cache-list: {total_count, actions_caches: [...]}, each cache checked. */
export function parseList(body: Buffer): { total: number; caches: ApiCache[] } {
  const o = jsonObject(body, 'cache list');
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
  const o = jsonObject(body, 'cache usage');
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
