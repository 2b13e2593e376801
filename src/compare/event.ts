/**
 * Which run this is, as far as baselines care: a pull request (compare with
 * the base) or a push (save a baseline). The base commit comes from the
 * event payload (GITHUB_EVENT_PATH), read with a byte cap and checked.
 */
import { readFile, stat } from 'node:fs/promises';

export interface PullRequest {
  number: number | null;
  baseSha: string | null;
  baseRef: string | null;
  /** The pull request's head commit (GITHUB_SHA is the merge commit). */
  headSha: string | null;
}

export type RunKind =
  { kind: 'pull_request'; pr: PullRequest } | { kind: 'push' } | { kind: 'other'; event: string };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Event payloads are a few KiB to a few hundred; bigger is not one. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REF = /^[\x21-\x7e]{1,255}$/;

export async function runKind(env: NodeJS.ProcessEnv): Promise<RunKind> {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (event === 'push') return { kind: 'push' };
  if (!PR_EVENTS.has(event)) return { kind: 'other', event };
  return { kind: 'pull_request', pr: await readPullRequest(env['GITHUB_EVENT_PATH'], env) };
}

/** The base of the PR; fields that are missing or odd are null (the prefix lookup still works). */
export async function readPullRequest(
  file: string | undefined,
  env: NodeJS.ProcessEnv
): Promise<PullRequest> {
  const out: PullRequest = { number: null, baseSha: null, baseRef: null, headSha: null };
  const baseRef = env['GITHUB_BASE_REF'];
  if (baseRef && REF.test(baseRef)) out.baseRef = baseRef;
  if (!file) return out;
  try {
    if ((await stat(file)).size > MAX_EVENT_BYTES) return out;
    const payload = JSON.parse(await readFile(file, 'utf8')) as {
      number?: unknown;
      pull_request?: {
        number?: unknown;
        base?: { sha?: unknown; ref?: unknown };
        head?: { sha?: unknown };
      };
    };
    const pr = payload.pull_request;
    const n = pr?.number ?? payload.number;
    if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0) out.number = n;
    const sha = pr?.base?.sha;
    if (typeof sha === 'string' && SHA.test(sha)) out.baseSha = sha;
    const head = pr?.head?.sha;
    if (typeof head === 'string' && SHA.test(head)) out.headSha = head;
    const ref = pr?.base?.ref;
    if (typeof ref === 'string' && REF.test(ref)) out.baseRef = ref;
  } catch {
    // An unreadable payload: compare with the newest baseline by prefix.
  }
  return out;
}
