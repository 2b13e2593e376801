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
 *
 * The issue comments of the pr-comment, read from the same file (commit
 * 0000036e42b5e7121c2b1ac244cb7bba1d2f3914):
 *     /repos/{owner}/{repo}/issues/{issue_number}/comments
 *         get  issues/list-comments  ("ordered by ascending ID"; parameters
 *              owner, repo, issue-number, since, per-page (default 30, max
 *              100), page; 200 array of issue-comment + header Link; 404, 410)
 *         post issues/create-comment (body {body: string}, required body;
 *              201 issue-comment + header Location; 403, 410, 422, 404)
 *     /repos/{owner}/{repo}/issues/comments/{comment_id}   (comment_id int64)
 *         patch  issues/update-comment (body {body}, required; 200, 422)
 *         delete issues/delete-comment (204)
 *   components/schemas issue-comment (required id, node_id, html_url,
 *   issue_url, user, url, created_at, updated_at; user is
 *   nullable-simple-user; author_association is author-association, enum
 *   COLLABORATOR, CONTRIBUTOR, FIRST_TIMER, FIRST_TIME_CONTRIBUTOR, MANNEQUIN,
 *   MEMBER, NONE, OWNER), simple-user (18 required fields, `type` a string,
 *   e.g. User or Bot), validation-error (required message, documentation_url)
 *   and basic-error (403, 404). The description states no body length
 *   limit; 65,536 characters is the limit GitHub's 422 names.
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

const uri = { type: 'string', pattern: '^https?://' };

export const SIMPLE_USER = {
  type: 'object',
  required: [
    'avatar_url',
    'events_url',
    'followers_url',
    'following_url',
    'gists_url',
    'gravatar_id',
    'html_url',
    'id',
    'node_id',
    'login',
    'organizations_url',
    'received_events_url',
    'repos_url',
    'site_admin',
    'starred_url',
    'subscriptions_url',
    'type',
    'url'
  ],
  additionalProperties: false,
  properties: {
    name: { type: ['string', 'null'] },
    email: { type: ['string', 'null'] },
    login: { type: 'string' },
    id: { type: 'integer' },
    node_id: { type: 'string' },
    avatar_url: uri,
    gravatar_id: { type: ['string', 'null'] },
    url: uri,
    html_url: uri,
    followers_url: uri,
    following_url: { type: 'string' },
    gists_url: { type: 'string' },
    starred_url: { type: 'string' },
    subscriptions_url: uri,
    organizations_url: uri,
    repos_url: uri,
    events_url: { type: 'string' },
    received_events_url: uri,
    type: { type: 'string' },
    site_admin: { type: 'boolean' },
    starred_at: { type: 'string' },
    user_view_type: { type: 'string' }
  }
} as const;

export const AUTHOR_ASSOCIATION = [
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIMER',
  'FIRST_TIME_CONTRIBUTOR',
  'MANNEQUIN',
  'MEMBER',
  'NONE',
  'OWNER'
];

export const ISSUE_COMMENT = {
  type: 'object',
  required: ['id', 'node_id', 'html_url', 'issue_url', 'user', 'url', 'created_at', 'updated_at'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer' },
    node_id: { type: 'string' },
    url: uri,
    body: { type: 'string' },
    body_text: { type: 'string' },
    body_html: { type: 'string' },
    html_url: uri,
    user: { anyOf: [{ type: 'null' }, SIMPLE_USER] },
    created_at: dateTime,
    updated_at: dateTime,
    issue_url: uri,
    author_association: { enum: AUTHOR_ASSOCIATION },
    performed_via_github_app: { type: ['object', 'null'] },
    reactions: { type: 'object' },
    pin: { type: ['object', 'null'] },
    minimized: { type: ['object', 'null'] }
  }
} as const;

export const VALIDATION_ERROR = {
  type: 'object',
  required: ['message', 'documentation_url'],
  properties: {
    message: { type: 'string' },
    documentation_url: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code'],
        properties: {
          resource: { type: 'string' },
          field: { type: 'string' },
          message: { type: 'string' },
          code: { type: 'string' },
          index: { type: 'integer' },
          value: { type: ['string', 'integer', 'array', 'null'] }
        }
      }
    }
  }
} as const;

export const BASIC_ERROR = {
  type: 'object',
  additionalProperties: false,
  properties: {
    message: { type: 'string' },
    documentation_url: { type: 'string' },
    url: { type: 'string' },
    status: { type: 'string' }
  }
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = {
  list: ajv.compile(ACTIONS_CACHE_LIST),
  usage: ajv.compile(ACTIONS_CACHE_USAGE_BY_REPOSITORY),
  comment: ajv.compile(ISSUE_COMMENT),
  comments: ajv.compile({ type: 'array', items: ISSUE_COMMENT }),
  validationError: ajv.compile(VALIDATION_ERROR),
  basicError: ajv.compile(BASIC_ERROR)
};

/** Schema errors, one line each ([] when valid). */
export function schemaErrors(which: keyof typeof validators, json: unknown): string[] {
  const v = validators[which];
  if (v(json)) return [];
  return (v.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
