import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCacheServer, type CacheServer } from '../../scripts/fixtures/cache-server.mjs';
import { CacheApi } from '../../src/cache/github-api.js';
import { gocacheKeys, gomodcacheKeys } from '../../src/cache/keys.js';
import { PruneSession } from '../../src/cache/prune.js';
import type { SaveInput, SaveReport } from '../../src/cache/save.js';
import { captureStdout } from '../support/stdout.js';
import { DIRECTION, LIST_PARAMETERS, LIST_SORT, schemaErrors } from './rest-schema.js';

/**
 * The REST half of the cache service stand-in, proven against the shapes
 * GitHub publishes (rest-schema.ts), and the action's pruning client and
 * session against it: paging, ref and prefix rules, tokens, and faults that
 * must end in one line and a bounded wait. Loopback only, no Go: seconds.
 */
const MAIN = 'refs/heads/main';
const PR = 'refs/pull/7/merge';
const ctx = { runnerOs: 'Linux', runnerArch: 'X64', depHash: 'abc', targetKey: 'linux_arm64' };
const go = (v: string, run: string) => gocacheKeys({ ...ctx, goVersion: v, run });

let s: CacheServer;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rest-api-'));
  s = await startCacheServer({ root: path.join(root, 'svc'), hangMs: 20000 });
});
afterAll(async () => {
  await s.close();
  await rm(root, { recursive: true, force: true });
});

async function rest(
  method: string,
  p: string,
  token?: string
): Promise<{ status: number; json: unknown; text: string; headers: Headers }> {
  const res = await fetch(`${s.apiUrl}/repos/${s.repository}${p}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `Bearer ${token}` } : {})
    }
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** Fresh entries: every test starts from an empty service. */
async function clean(): Promise<void> {
  await s.fault('none');
  for (const e of s.entries()) await rest('DELETE', `/actions/caches/${e.id}`, s.apiTokens.write);
  expect(s.entries()).toEqual([]);
}

describe('REST stand-in: the shapes GitHub publishes', () => {
  beforeAll(clean);

  it('lists by key prefix and ref, sorted and paged, in the actions-cache-list shape', async () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++)
      await s.seed({
        key: go('go1.22.12', `${100 + i}-1`).key,
        size: 1000 + i,
        createdAt: new Date(t0 + i * 60000).toISOString()
      });
    await s.seed({ key: go('go1.22.1', '99-1').key });
    await s.seed({ key: go('go1.22.12', '200-1').key, ref: PR });
    const prefix = go('go1.22.12', 'x').restoreKeys[1];
    const q = (extra: string) =>
      rest(
        'GET',
        `/actions/caches?key=${encodeURIComponent(prefix)}&ref=${encodeURIComponent(MAIN)}${extra}`,
        s.apiTokens.read
      );
    const all = await q('&sort=created_at&direction=desc&per_page=100');
    expect(all.status).toBe(200);
    expect(schemaErrors('list', all.json)).toEqual([]);
    const list = all.json as {
      total_count: number;
      actions_caches: { key: string; ref: string; size_in_bytes: number }[];
    };
    // go1.22.1- is not a prefix of go1.22.12-; the pull request's entry is another ref.
    expect(list.total_count).toBe(5);
    expect(list.actions_caches.map(c => c.size_in_bytes)).toEqual([1004, 1003, 1002, 1001, 1000]);
    expect(new Set(list.actions_caches.map(c => c.ref))).toEqual(new Set([MAIN]));
    const asc = (await q('&sort=created_at&direction=asc&per_page=2&page=2')).json as typeof list;
    expect(asc.total_count).toBe(5);
    expect(asc.actions_caches.map(c => c.size_in_bytes)).toEqual([1002, 1003]);
    const bySize = (await q('&sort=size_in_bytes&direction=desc&per_page=1')).json as typeof list;
    expect(bySize.actions_caches.map(c => c.size_in_bytes)).toEqual([1004]);
    // What the client sends is exactly the described parameters and enum values.
    const sent = new URL(
      `http://x/?${new URLSearchParams({ key: prefix, ref: MAIN, sort: 'created_at', direction: 'desc', per_page: '100', page: '1' })}`
    );
    for (const name of sent.searchParams.keys()) expect(LIST_PARAMETERS).toContain(name);
    expect(LIST_SORT).toContain(sent.searchParams.get('sort'));
    expect(DIRECTION).toContain(sent.searchParams.get('direction'));
  });

  it('usage in the actions-cache-usage-by-repository shape; tokens: none 401, read-only 403 on delete, write 204', async () => {
    const usage = await rest('GET', '/actions/cache/usage', s.apiTokens.read);
    expect(usage.status).toBe(200);
    expect(schemaErrors('usage', usage.json)).toEqual([]);
    const live = s.entries().filter(e => e.committed);
    expect(usage.json).toEqual({
      full_name: s.repository,
      active_caches_size_in_bytes: live.reduce((a, e) => a + e.size, 0),
      active_caches_count: live.length
    });
    const id = live[0].id;
    expect((await rest('GET', '/actions/caches', undefined)).status).toBe(401);
    expect((await rest('DELETE', `/actions/caches/${id}`, undefined)).status).toBe(401);
    const ro = await rest('DELETE', `/actions/caches/${id}`, s.apiTokens.read);
    expect([ro.status, (ro.json as { message: string }).message]).toEqual([
      403,
      'Resource not accessible by integration'
    ]);
    const ok = await rest('DELETE', `/actions/caches/${id}`, s.apiTokens.write);
    expect([ok.status, ok.text]).toEqual([204, '']);
    expect(s.entries().some(e => e.id === id)).toBe(false);
    expect((await rest('DELETE', `/actions/caches/${id}`, s.apiTokens.write)).status).toBe(404);
    // Another repository is not there.
    const other = await fetch(`${s.apiUrl}/repos/someone/else/actions/caches`, {
      headers: { authorization: `Bearer ${s.apiTokens.write}` }
    });
    expect(other.status).toBe(404);
  });

  it('the client pages through more than 100 entries and sends the API version', async () => {
    await clean();
    const prefix = go('go1.22.12', 'x').restoreKeys[1];
    for (let i = 0; i < 150; i++) await s.seed({ key: go('go1.22.12', `${1000 + i}-1`).key });
    s.clearRequests();
    const api = new CacheApi({
      apiUrl: s.apiUrl,
      repository: s.repository,
      token: s.apiTokens.read,
      deadline: performance.now() + 20000
    });
    const listed = await api.list(prefix, MAIN);
    expect(listed).toHaveLength(150);
    expect(new Set(listed.map(c => c.id)).size).toBe(150);
    const calls = s.requests.filter(r => r.endpoint === 'ListCaches');
    expect(calls).toHaveLength(2);
    expect(new Set(calls.map(r => r.apiVersion))).toEqual(new Set(['2022-11-28']));
  });
});

/** A SaveInput + SaveReport as the post step has them after saving run `run`. */
function saved(run: string, goVersion = 'go1.22.12', gomod = false) {
  const gocache = gocacheKeys({ ...ctx, goVersion, run });
  const gomodcache = gomodcacheKeys({ runnerOs: 'Linux', depHash: `deps${run}` });
  const input: SaveInput = {
    gocache: { path: '/nowhere', ...gocache, hit: 'partial' },
    gomodcache: { path: '/nowhere', ...gomodcache, hit: 'miss' },
    restoredAt: 0,
    timeoutMs: 5000
  };
  const save: SaveReport = {
    gocache: { savedKey: gocache.key, trimmed: false },
    gomodcache: gomod ? { savedKey: gomodcache.key } : { notSaved: 'exact hit' }
  };
  return { input, save, gocache, gomodcache };
}

/** Lines @actions/core wrote while `work` ran. */
const output = captureStdout;

const env = (token: string, ref = MAIN) => ({
  token,
  apiUrl: s.apiUrl,
  repository: s.repository,
  ref
});

describe('PruneSession against the stand-in', () => {
  beforeAll(clean);
  afterEach(clean);

  it('deletes what the save superseded on its own ref only, keeps other Go versions and the module cache of another ref', async () => {
    const older = saved('10-1');
    const now = saved('11-1', 'go1.22.12', true);
    await s.seed({ key: older.gocache.key, size: 500, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({ key: saved('9-1', 'go1.22.1').gocache.key, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({ key: older.gocache.key, ref: PR, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({
      key: saved('8-1', 'go1.22.12', true).gomodcache.key,
      size: 700,
      createdAt: '2026-01-01T00:00:00Z'
    });
    await s.seed({
      key: saved('8-1', 'go1.22.12', true).gomodcache.key,
      ref: PR,
      createdAt: '2026-01-01T00:00:00Z'
    });
    await s.seed({ key: now.gocache.key, size: 600 });
    await s.seed({ key: now.gomodcache.key, size: 800 });
    const session = new PruneSession(env(s.apiTokens.write));
    const { value, lines } = await output(async () => {
      const report = await session.afterSave(now.input, now.save);
      return { report, budget: await session.finish() };
    });
    expect(value.report.gocache).toMatchObject({
      ref: MAIN,
      deleted: 1,
      freedBytes: 500,
      savedBytes: 600,
      live: 1
    });
    expect(value.report.gomodcache).toMatchObject({
      ref: MAIN,
      deleted: 1,
      freedBytes: 700,
      savedBytes: 800,
      live: 1
    });
    const left = s
      .entries()
      .map(e => `${e.ref} ${e.key}`)
      .sort();
    expect(left).toEqual(
      [
        `${MAIN} ${now.gocache.key}`,
        `${MAIN} ${now.gomodcache.key}`,
        `${MAIN} ${saved('9-1', 'go1.22.1').gocache.key}`,
        `${PR} ${older.gocache.key}`,
        `${PR} ${saved('8-1', 'go1.22.12', true).gomodcache.key}`
      ].sort()
    );
    expect(value.budget).toMatchObject({
      saved: 2,
      savedBytes: 1400,
      deleted: 2,
      freedBytes: 1200,
      repositoryEntries: 5
    });
    expect(lines.filter(l => /^::(warning|error)/.test(l))).toEqual([]);
    // The token is masked, and appears nowhere else.
    expect(lines.filter(l => l.includes(s.apiTokens.write))).toEqual([
      `::add-mask::${s.apiTokens.write}`
    ]);
  });

  it('a report baseline supersedes the older baselines of its target on its own ref only', async () => {
    const prefix = 'setup-go-cross-v1-report-Linux-linux_arm64-';
    const old = `${prefix}${'a'.repeat(40)}`;
    const other = `setup-go-cross-v1-report-Linux-linux_arm64_v8.2-${'a'.repeat(40)}`;
    const fresh = `${prefix}${'b'.repeat(40)}`;
    await s.seed({ key: old, size: 3000, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({ key: old, ref: PR, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({ key: other, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({ key: fresh, size: 3100 });
    const session = new PruneSession(env(s.apiTokens.write));
    const { value, lines } = await output(async () => {
      const pruned = await session.afterKeyedSave('baseline', prefix, fresh, 10_000);
      return { pruned, budget: await session.finish() };
    });
    expect(value.pruned).toMatchObject({ ref: MAIN, deleted: 1, freedBytes: 3000, live: 1 });
    expect(value.budget).toMatchObject({ saved: 1, deleted: 1, freedBytes: 3000 });
    expect(lines).toContainEqual(
      expect.stringContaining(`baseline: ${fresh} supersedes 1 older entry on ${MAIN} (deleted)`)
    );
    expect(
      s
        .entries()
        .map(e => `${e.ref} ${e.key}`)
        .sort()
    ).toEqual([`${MAIN} ${fresh}`, `${MAIN} ${other}`, `${PR} ${old}`].sort());
  });

  it('a read-only token: one info line for the job naming the permission, nothing deleted, usage still read', async () => {
    const a = saved('20-1', 'go1.22.12', true);
    const b = saved('21-1', 'go1.23.5', true);
    for (const k of [saved('19-1').gocache.key, saved('19-1', 'go1.23.5').gocache.key])
      await s.seed({ key: k, createdAt: '2026-01-01T00:00:00Z' });
    for (const x of [a, b]) {
      await s.seed({ key: x.gocache.key });
      await s.seed({ key: x.gomodcache.key });
    }
    const before = s.entries().length;
    const session = new PruneSession(env(s.apiTokens.read));
    const { value, lines } = await output(async () => {
      await session.afterSave(a.input, a.save);
      await session.afterSave(b.input, b.save);
      return session.finish();
    });
    const said = lines.filter(l => /permissions: actions: write/.test(l));
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/^::/);
    expect(said[0]).toMatch(/HTTP 403: Resource not accessible by integration/);
    expect(lines.filter(l => /^::(warning|error)/.test(l))).toEqual([]);
    expect(s.entries()).toHaveLength(before);
    expect(value).toMatchObject({ saved: 4, deleted: 0, repositoryEntries: before });
  });

  it('no token: the same one line, and not one request', async () => {
    const a = saved('30-1', 'go1.22.12', true);
    s.clearRequests();
    const session = new PruneSession(env(''));
    const { value, lines } = await output(async () => {
      await session.afterSave(a.input, a.save);
      await session.afterSave(saved('30-1', 'go1.23.5').input, saved('30-1', 'go1.23.5').save);
      return session.finish();
    });
    expect(lines.filter(l => /permissions: actions: write/.test(l))).toHaveLength(1);
    expect(s.requests.filter(r => r.protocol === 'rest')).toEqual([]);
    expect(value).toMatchObject({ saved: 3, deleted: 0 });
    expect(value.repositoryBytes).toBeUndefined();
  });

  it.each([
    [
      'list 500',
      { kind: 'status', endpoint: 'ListCaches', status: 500 },
      /list the caches: HTTP 500/
    ],
    [
      'delete 500',
      { kind: 'status', endpoint: 'DeleteCache', status: 500 },
      /delete cache \d+: HTTP 500/
    ],
    [
      'delete hangs',
      { kind: 'hang', endpoint: 'DeleteCache', ms: 20000 },
      /delete cache \d+: no answer within 3 s/
    ],
    [
      '429 asking for a minute',
      { kind: 'status', endpoint: 'ListCaches', status: 429, headers: { 'retry-after': '60' } },
      /rate-limited by the GitHub API \(HTTP 429, asked to wait 60 s\), past the cache-timeout/
    ],
    [
      '403 secondary rate limit past its reset',
      {
        kind: 'status',
        endpoint: 'DeleteCache',
        status: 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600)
        }
      },
      /rate-limited by the GitHub API \(HTTP 403/
    ]
  ] as const)(
    '%s: one warning within cache-timeout, no throw, the new entry intact',
    async (_, f, message) => {
      const a = saved('40-1');
      await s.seed({ key: saved('39-1').gocache.key, createdAt: '2026-01-01T00:00:00Z' });
      await s.seed({ key: a.gocache.key });
      await s.fault(f.kind, { ...f });
      const session = new PruneSession(env(s.apiTokens.write));
      const started = performance.now();
      const { value, lines } = await output(async () => {
        await session.afterSave({ ...a.input, timeoutMs: 3000 }, a.save);
        await session.afterSave({ ...a.input, timeoutMs: 3000 }, a.save);
        return session.finish();
      });
      const ms = performance.now() - started;
      const warnings = lines.filter(l => l.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(message);
      expect(warnings[0]).toMatch(/the job is unaffected and the new entry is saved/);
      expect(ms).toBeLessThan(3000 + 1500);
      expect(s.entries().some(e => e.key === a.gocache.key)).toBe(true);
      expect(value.deleted).toBe(0);
    }
  );

  it('a 429 that asks for one second is waited out, then the prune goes on', async () => {
    const a = saved('50-1');
    await s.seed({ key: saved('49-1').gocache.key, createdAt: '2026-01-01T00:00:00Z' });
    await s.seed({ key: a.gocache.key });
    await s.fault('status', {
      endpoint: 'DeleteCache',
      status: 429,
      headers: { 'retry-after': '1' },
      times: 1
    });
    const session = new PruneSession(env(s.apiTokens.write));
    const started = performance.now();
    const { value, lines } = await output(async () => {
      await session.afterSave(a.input, a.save);
      return session.finish();
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(lines.filter(l => l.startsWith('::warning::'))).toEqual([]);
    expect(value.deleted).toBe(1);
    expect(s.entries().map(e => e.key)).toEqual([a.gocache.key]);
  });
});
