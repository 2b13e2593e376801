/**
 * `pr-comment: true`: the comparison as one comment on the pull request,
 * updated in place. Issue comments through GitHub's REST API (operations
 * issues/list-comments, issues/create-comment, issues/update-comment,
 * issues/delete-comment). Jobs of a matrix race for the one comment: each
 * writes its own section, then reads back until its section is there, and
 * a duplicate made by two first writers is folded into the oldest.
 *
 * Never fails the step: a token that may not write (a fork's pull request,
 * no `pull-requests: write`) is one info line; any other fault one warning.
 */
import * as core from '@actions/core';
import { ApiError, RepoApi, isCount, parseJson } from '../github/rest.js';
import { line } from '../log/escape.js';
import {
  mergeSections,
  parseSections,
  renderComment,
  trustedAuthor,
  type Section
} from './pr-comment-body.js';

export interface PrCommentOptions {
  apiUrl: string;
  repository: string;
  token: string;
  /** The pull request's number. */
  number: number;
  section: Section;
  /** The whole exchange, in ms. */
  timeoutMs?: number;
  /** Waits between tries (tests shorten them). */
  sleep?: (ms: number) => Promise<void>;
}

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl: string;
  userType: string | null;
  association: string | null;
}

export type PrCommentOutcome =
  | { kind: 'written'; id: number; url: string; created: boolean; unchanged: boolean }
  | { kind: 'refused'; why: string }
  | { kind: 'failed'; why: string };

const TIMEOUT_MS = 60_000;
const REQUEST_MS = 15_000;
const PER_PAGE = 100;
/** 1,000 comments: a pull request with more is not one the action can serve. */
const MAX_PAGES = 10;
const TRIES = 4;

export const PERMISSION_HINT =
  'give the job `permissions: pull-requests: write` (a pull request from a fork never gets it); the comparison is in the job summary';

/** Writes the section, says what happened in one line, never throws. */
export async function publishPrComment(o: PrCommentOptions): Promise<PrCommentOutcome> {
  const outcome = await upsertSection(o).catch((e: unknown): PrCommentOutcome => {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof ApiError && e.kind === 'permission') return { kind: 'refused', why: message };
    return { kind: 'failed', why: message };
  });
  if (outcome.kind === 'written')
    core.info(
      line`pr-comment: ${outcome.unchanged ? 'already up to date' : outcome.created ? 'wrote' : 'updated'} ${outcome.url || `comment ${outcome.id}`} on pull request #${o.number}`
    );
  else if (outcome.kind === 'refused')
    core.info(line`pr-comment: the token may not comment (${outcome.why}); ${PERMISSION_HINT}`);
  else
    core.warning(
      line`pr-comment: not written (${outcome.why}); the comparison is in the job summary`
    );
  return outcome;
}

async function upsertSection(o: PrCommentOptions): Promise<PrCommentOutcome> {
  if (!o.token) return { kind: 'refused', why: 'no token' };
  const api = new RepoApi({
    apiUrl: o.apiUrl,
    repository: o.repository,
    token: o.token,
    deadline: performance.now() + (o.timeoutMs ?? TIMEOUT_MS),
    requestMs: REQUEST_MS,
    deadlineName: 'the pr-comment deadline'
  });
  const sleep = o.sleep ?? (ms => new Promise<void>(r => setTimeout(r, ms)));
  const mine = o.section;
  let created = false;
  let wrote = false;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const ours = await listOurs(api, o.number);
    const canonical = ours[0];
    if (!canonical) {
      const c = await createComment(api, o.number, renderComment([mine], mine.id));
      created = wrote = true;
      // Another job may have created one at the same time: the next read folds them.
      if (attempt === TRIES - 1)
        return { kind: 'written', id: c.id, url: c.htmlUrl, created, unchanged: false };
      continue;
    }
    const present = parseSections(canonical.body) ?? [];
    const landed = present.some(s => s.id === mine.id && s.hash === mine.hash);
    const extras = ours.slice(1);
    if (landed && !extras.length)
      return {
        kind: 'written',
        id: canonical.id,
        url: canonical.htmlUrl,
        created,
        unchanged: !wrote
      };
    let sections = present;
    for (const extra of extras)
      for (const s of parseSections(extra.body) ?? [])
        if (!sections.some(x => x.id === s.id)) sections = [...sections, s];
    sections = mergeSections(sections, mine);
    const body = renderComment(sections, mine.id);
    if (body !== canonical.body) {
      await updateComment(api, canonical.id, body);
      wrote = true;
    }
    // Duplicates: only an app's (ours) are deleted; a person's comment is theirs.
    for (const extra of extras.filter(e => e.userType === 'Bot'))
      await deleteComment(api, extra.id);
    // Let a concurrent writer finish before reading back (jitter breaks lockstep).
    await sleep(300 + Math.floor(Math.random() * 700));
  }
  return { kind: 'failed', why: `its section did not stay in the comment after ${TRIES} tries` };
}

/** The comments this action wrote on the pull request, oldest first. */
async function listOurs(api: RepoApi, number: number): Promise<IssueComment[]> {
  const out: IssueComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const q = new URLSearchParams({ per_page: String(PER_PAGE), page: String(page) });
    const a = await api.send(
      'GET',
      `/issues/${number}/comments?${q.toString()}`,
      `list the comments of pull request #${number}`
    );
    const comments = parseCommentList(a.body);
    out.push(...comments.filter(c => parseSections(c.body) !== null && trustedAuthor(c)));
    if (comments.length < PER_PAGE) break;
  }
  return out.sort((x, y) => x.id - y.id);
}

async function createComment(api: RepoApi, number: number, body: string): Promise<IssueComment> {
  const a = await api.send(
    'POST',
    `/issues/${number}/comments`,
    `comment on pull request #${number}`,
    { body }
  );
  return parseComment(parseJson(a.body, 'the new comment'), 'the new comment');
}

async function updateComment(api: RepoApi, id: number, body: string): Promise<void> {
  await api.send('PATCH', `/issues/comments/${id}`, `update comment ${id}`, { body });
}

async function deleteComment(api: RepoApi, id: number): Promise<void> {
  try {
    await api.send('DELETE', `/issues/comments/${id}`, `delete the duplicate comment ${id}`);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
}

/** An issues/list-comments answer: an array of issue-comment. */
export function parseCommentList(body: Buffer): IssueComment[] {
  const v = parseJson(body, 'comment list');
  if (!Array.isArray(v)) throw new ApiError('comment list: the answer is not an array', 'fault');
  return v.map((c, i) => parseComment(c, `comment list entry ${i}`));
}

/** An issue-comment: id required, the rest read defensively (body may be absent). */
export function parseComment(v: unknown, what: string): IssueComment {
  const c = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<
    string,
    unknown
  >;
  if (!isCount(c.id) || c.id === 0) throw new ApiError(`${what}: no id`, 'fault');
  const user = (typeof c.user === 'object' && c.user !== null ? c.user : {}) as Record<
    string,
    unknown
  >;
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : '',
    htmlUrl: typeof c.html_url === 'string' ? c.html_url : '',
    userType: typeof user.type === 'string' ? user.type : null,
    association: typeof c.author_association === 'string' ? c.author_association : null
  };
}
