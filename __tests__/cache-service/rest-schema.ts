/**
 * The REST shapes pruning relies on, hand-written from GitHub's published
 * OpenAPI description and checked against it by reading:
 *
 *   github/rest-api-description, descriptions/api.github.com/api.github.com.2022-11-28.yaml
 *   (the version the search index holds, read 2026-12-06), paths
 *     /repos/{owner}/{repo}/actions/caches            get    actions/get-actions-cache-list
 *         parameters per-page, page, actions-cache-git-ref-full (ref),
 *         actions-cache-key (key), actions-cache-list-sort (sort), direction;
 *         200 actions-cache-list, header Link
 *     /repos/{owner}/{repo}/actions/caches/{cache_id} delete actions/delete-actions-cache-by-id
 *         204 (no body)
 *     /repos/{owner}/{repo}/actions/cache/usage       get    actions/get-actions-cache-usage
 *         200 actions-cache-usage-by-repository
 *   components/schemas actions-cache-list (required total_count, actions_caches;
 *   items: id, ref, key, version, last_accessed_at, created_at, size_in_bytes,
 *   none required) and actions-cache-usage-by-repository (required full_name,
 *   active_caches_size_in_bytes, active_caches_count).
 *
 * Stricter than the description in one way: no field beyond the documented
 * ones (additionalProperties: false), so the stand-in cannot grow a field the
 * action might come to rely on. The action's own parser (github-api.ts)
 * requires id, key, ref, created_at and size_in_bytes on each cache, which
 * the description lists but does not mark required.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

/** RFC 3339 date-time, as the description's `format: date-time`. */
const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';
const dateTime = { type: 'string', pattern: DATE_TIME };

export const ACTIONS_CACHE_LIST = {
  type: 'object',
  required: ['total_count', 'actions_caches'],
  additionalProperties: false,
  properties: {
    total_count: { type: 'integer' },
    actions_caches: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'integer' },
          ref: { type: 'string' },
          key: { type: 'string' },
          version: { type: 'string' },
          last_accessed_at: dateTime,
          created_at: dateTime,
          size_in_bytes: { type: 'integer' }
        }
      }
    }
  }
} as const;

export const ACTIONS_CACHE_USAGE_BY_REPOSITORY = {
  type: 'object',
  required: ['full_name', 'active_caches_size_in_bytes', 'active_caches_count'],
  additionalProperties: false,
  properties: {
    full_name: { type: 'string' },
    active_caches_size_in_bytes: { type: 'integer' },
    active_caches_count: { type: 'integer' }
  }
} as const;

/** The query parameters of actions/get-actions-cache-list, by name. */
export const LIST_PARAMETERS = ['per_page', 'page', 'ref', 'key', 'sort', 'direction'];
/** The actions-cache-list-sort and direction enums. */
export const LIST_SORT = ['created_at', 'last_accessed_at', 'size_in_bytes'];
export const DIRECTION = ['asc', 'desc'];

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = {
  list: ajv.compile(ACTIONS_CACHE_LIST),
  usage: ajv.compile(ACTIONS_CACHE_USAGE_BY_REPOSITORY)
};

/** Schema errors, one line each ([] when valid). */
export function schemaErrors(which: keyof typeof validators, json: unknown): string[] {
  const v = validators[which];
  if (v(json)) return [];
  return (v.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
