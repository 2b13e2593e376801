/**
 * The pull-request comment against the REST stand-in (issue comments of
 * scripts/fixtures/issue-comments.mjs, proven here against the shapes
 * GitHub publishes: rest-schema.ts): one comment per pull request, updated
 * in place, a section per job, matrix jobs racing for real, tokens that may
 * not write, strangers' markers, faults. Loopback only, no Go: seconds.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCacheServer, type CacheServer } from '../../scripts/fixtures/cache-server.mjs';
import { compareBuilds } from '../../src/compare/diff.js';
import {
  COMMENT_MARKER,
  buildSection,
  parseSections,
  renderComment,
  type Section
} from '../../src/compare/pr-comment-body.js';
import { publishPrComment, type PrCommentOptions } from '../../src/compare/pr-comment.js';
import type { TargetComparison } from '../../src/compare/render.js';
import { schemaErrors } from '../cache-service/rest-schema.js';
import { captureStdout } from '../support/stdout.js';
import { artifactFacts } from './artifact.js';

const HEAD = 'd'.repeat(40);
const PR = 7;
let s: CacheServer;
let root: string;
let pr = PR;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pr-comment-'));
  s = await startCacheServer({ root: path.join(root, 'svc'), hangMs: 20000 });
});
afterAll(async () => {
  await s.close();
  await rm(root, { recursive: true, force: true });
});
// Every test comments on a pull request of its own.
beforeEach(async () => {
  pr++;
  await s.fault('none');
  s.clearRequests();
});

function section(target: string, added: string[], job = 'build'): Section {
  const c: TargetComparison = {
    target,
    base: { ref: 'refs/heads/main', sha: 'b'.repeat(40), how: 'exact' },
    comparison: compareBuilds(
      [artifactFacts('app', [], 1000)],
      [artifactFacts('app', added, 1000 + 100 * added.length)]
    ),
    overBudget: []
  };
  return buildSection(
    { job, runnerOs: 'Linux', phase: 'main', targets: [target], goVersions: ['go1.27.4'] },
    HEAD,
    [c]
  );
}

const options = (sec: Section, token: string = s.apiTokens.write): PrCommentOptions => ({
  apiUrl: s.apiUrl,
  repository: s.repository,
  token,
  number: pr,
  section: sec,
  sleep: () => Promise.resolve()
});

const output = captureStdout;

async function rest(method: string, p: string, token?: string, body?: unknown) {
  const res = await fetch(`${s.apiUrl}/repos/${s.repository}${p}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  return {
    status: res.status,
    json: text ? (JSON.parse(text) as unknown) : undefined,
    headers: res.headers
  };
}

const comments = () => s.comments.list(pr);
const writes = () =>
  s.requests.filter(r => ['CreateComment', 'UpdateComment', 'DeleteComment'].includes(r.endpoint));

describe('issue-comments stand-in: the shapes GitHub publishes', () => {
  it('create, list (pages, Link), update, delete; errors as described', async () => {
    const made = await rest('POST', `/issues/${pr}/comments`, s.apiTokens.write, { body: 'hi' });
    expect(made.status).toBe(201);
    expect(schemaErrors('comment', made.json)).toEqual([]);
    expect(made.headers.get('location')).toBe((made.json as { url: string }).url);
    for (let i = 0; i < 3; i++)
      await rest('POST', `/issues/${pr}/comments`, s.apiTokens.write, { body: `n${i}` });
    const page1 = await rest('GET', `/issues/${pr}/comments?per_page=3&page=1`, s.apiTokens.read);
    expect(page1.status).toBe(200);
    expect(schemaErrors('comments', page1.json)).toEqual([]);
    const ids = (page1.json as { id: number }[]).map(c => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(page1.headers.get('link')).toMatch(/page=2>; rel="next", <[^>]*page=2>; rel="last"/);
    const page2 = await rest('GET', `/issues/${pr}/comments?per_page=3&page=2`, s.apiTokens.read);
    expect((page2.json as unknown[]).length).toBe(1);
    expect(page2.headers.get('link')).toBeNull();

    const id = (made.json as { id: number }).id;
    const patched = await rest('PATCH', `/issues/comments/${id}`, s.apiTokens.write, { body: 'x' });
    expect(patched.status).toBe(200);
    expect(schemaErrors('comment', patched.json)).toEqual([]);
    expect((patched.json as { body: string }).body).toBe('x');
    expect((await rest('DELETE', `/issues/comments/${id}`, s.apiTokens.write)).status).toBe(204);
    expect((await rest('DELETE', `/issues/comments/${id}`, s.apiTokens.write)).status).toBe(404);

    const tooLong = await rest('POST', `/issues/${pr}/comments`, s.apiTokens.write, {
      body: 'x'.repeat(65537)
    });
    expect(tooLong.status).toBe(422);
    expect(schemaErrors('validationError', tooLong.json)).toEqual([]);
    const fork = await rest('POST', `/issues/${pr}/comments`, s.apiTokens.read, { body: 'x' });
    expect(fork.status).toBe(403);
    expect(schemaErrors('basicError', fork.json)).toEqual([]);
    expect((await rest('GET', `/issues/${pr}/comments`)).status).toBe(401);
  });
});

describe('publishPrComment', () => {
  it('writes one comment, leaves it alone when nothing changed, then updates it in place', async () => {
    const first = await output(() =>
      publishPrComment(options(section('linux/arm64', ['example.com/a'])))
    );
    expect(first.value).toMatchObject({ kind: 'written', created: true });
    expect(first.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^pr-comment: wrote https://github.com/.*#issuecomment-\\d+ on pull request #${pr}$`
        )
      )
    );
    const [c] = comments();
    expect(comments()).toHaveLength(1);
    expect(c.user.type).toBe('Bot');
    expect(c.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(c.body).toContain('example.com/a v1.0.0');

    s.clearRequests();
    const again = await output(() =>
      publishPrComment(options(section('linux/arm64', ['example.com/a'])))
    );
    expect(again.value).toMatchObject({ kind: 'written', id: c.id, unchanged: true });
    expect(again.lines).toContainEqual(expect.stringMatching(/^pr-comment: already up to date /));
    expect(writes()).toEqual([]);

    const next = await output(() =>
      publishPrComment(options(section('linux/arm64', ['example.com/b'])))
    );
    expect(next.value).toMatchObject({
      kind: 'written',
      id: c.id,
      created: false,
      unchanged: false
    });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('example.com/b v1.0.0');
    expect(comments()[0].body).not.toContain('example.com/a v1.0.0');
    expect(writes().map(r => r.endpoint)).toEqual(['UpdateComment']);
  });

  it('a matrix: two jobs racing to create fold into one comment with both sections', async () => {
    // Both read "no comment" before either writes: two comments are created for real.
    s.comments.gate('ListComments', 2);
    const arm = section('linux/arm64', ['example.com/arm']);
    const amd = section('linux/amd64', ['example.com/amd']);
    const [x, y] = await Promise.all([
      publishPrComment(options(arm)),
      publishPrComment(options(amd))
    ]);
    expect(x.kind).toBe('written');
    expect(y.kind).toBe('written');
    expect(s.requests.filter(r => r.endpoint === 'CreateComment')).toHaveLength(2);
    expect(s.requests.filter(r => r.endpoint === 'DeleteComment').length).toBeGreaterThanOrEqual(1);
    const left = comments();
    expect(left).toHaveLength(1);
    expect((parseSections(left[0].body) ?? []).map(sec => sec.id).sort()).toEqual(
      [arm.id, amd.id].sort()
    );
  });

  it("a stranger's comment carrying the marker is never edited; a collaborator's is", async () => {
    const planted = renderComment([section('linux/arm64', ['example.com/evil'])], 'x');
    const stranger = s.comments.seed({
      issue: pr,
      body: planted,
      author: { login: 'mallory', type: 'User', association: 'CONTRIBUTOR' }
    });
    await publishPrComment(options(section('linux/arm64', ['example.com/a'])));
    const all = comments();
    expect(all).toHaveLength(2);
    expect(all.find(c => c.id === stranger)?.body).toBe(planted);
    expect(all.find(c => c.id !== stranger)?.user.type).toBe('Bot');

    pr++;
    const own = s.comments.seed({
      issue: pr,
      body: renderComment([section('linux/amd64', ['example.com/old'])], 'x'),
      author: { login: 'maintainer', type: 'User', association: 'COLLABORATOR' }
    });
    await publishPrComment(options(section('linux/arm64', ['example.com/a'])));
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).toBe(own);
    expect(comments()[0].body).toContain('example.com/old');
    expect(comments()[0].body).toContain('example.com/a v1.0.0');
  });

  it.each([
    [
      "a read-only token (a fork's pull request)",
      () => s.apiTokens.read,
      /HTTP 403: Resource not accessible by integration/
    ],
    ['a token with actions: write alone', () => s.apiTokens.actionsOnly, /HTTP 403/],
    ['no token', () => '', /no token/]
  ])(
    '%s: one info line naming pull-requests: write, no warning, nothing written',
    async (_, token, why) => {
      const { value, lines } = await output(() =>
        publishPrComment(options(section('linux/arm64', ['example.com/a']), token()))
      );
      expect(value.kind).toBe('refused');
      const said = lines.filter(l => /pull-requests: write/.test(l));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(why);
      expect(said[0]).not.toMatch(/^::/);
      expect(lines.filter(l => /^::(warning|error)/.test(l))).toEqual([]);
      expect(comments()).toEqual([]);
      // The token is never printed.
      if (token()) expect(lines.join('\n')).not.toContain(token());
    }
  );

  it('a server fault: one warning, within the deadline, never a throw', async () => {
    await s.fault('status', { endpoint: 'ListComments', status: 502 });
    const failed = await output(() => publishPrComment(options(section('linux/arm64', []))));
    expect(failed.value.kind).toBe('failed');
    const warnings = failed.lines.filter(l => l.startsWith('::warning'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::pr-comment: not written \(list the comments of pull request #\d+: HTTP 502: injected 502\); the comparison is in the job summary$/
      )
    ]);
    // One retry of a 5xx, then the warning.
    expect(s.requests.filter(r => r.endpoint === 'ListComments')).toHaveLength(2);

    await s.fault('none');
    await s.fault('hang', { endpoint: 'CreateComment', ms: 20000 });
    const start = performance.now();
    const hung = await output(() =>
      publishPrComment({ ...options(section('linux/arm64', [])), timeoutMs: 3000 })
    );
    expect(hung.value.kind).toBe('failed');
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(hung.lines.filter(l => l.startsWith('::warning'))).toHaveLength(1);
  });

  it('refuses to send the token over plain http to a host that is not loopback', async () => {
    const { value, lines } = await output(() =>
      publishPrComment({ ...options(section('linux/arm64', [])), apiUrl: 'http://api.example.com' })
    );
    expect(value.kind).toBe('failed');
    expect(lines.filter(l => l.startsWith('::warning'))).toEqual([
      expect.stringContaining('GITHUB_API_URL http://api.example.com refused')
    ]);
  });
});
