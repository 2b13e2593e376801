import { describe, expect, it } from '@jest/globals';
import {
  parseList,
  parseUsage,
  rateLimitWaitMs,
  refusedApiUrl,
  type ApiCache
} from '../../src/cache/github-api.js';
import { gocacheKeys, gomodcacheKeys, prunePrefix } from '../../src/cache/keys.js';
import { budgetLine, budgetMarkdown, prunedText } from '../../src/cache/report.js';
import { superseded } from '../../src/cache/supersede.js';
import { parseInputs } from '../../src/inputs/parse.js';
import { runnerInputs } from '../support/inputs.js';

const MAIN = 'refs/heads/main';
const ctx = { runnerOs: 'Linux', runnerArch: 'X64', depHash: 'abc', run: '1-1' };
const prefixOf = (goVersion: string, targetKey: string) =>
  prunePrefix(gocacheKeys({ ...ctx, goVersion, targetKey }));

let nextId = 1;
function cache(key: string, minute: number, ref = MAIN, size = 100): ApiCache {
  const at = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return {
    id: nextId++,
    key,
    ref,
    version: 'v',
    createdAt: at,
    lastAccessedAt: at,
    sizeInBytes: size
  };
}

describe('the prefix a save supersedes', () => {
  it('is the broadest restore key, ending at the target (GOCACHE) or the runner (GOMODCACHE)', () => {
    const k = gocacheKeys({ ...ctx, goVersion: 'go1.22.12', targetKey: 'linux_arm64' });
    expect(prunePrefix(k)).toBe('setup-go-cross-v1-gocache-Linux-X64-go1.22.12-linux_arm64-');
    expect(k.key.startsWith(prunePrefix(k))).toBe(true);
    expect(prunePrefix(gomodcacheKeys({ runnerOs: 'Linux', depHash: 'abc' }))).toBe(
      'setup-go-cross-v1-gomod-Linux-'
    );
  });

  it.each([
    ['go1.22.1', 'linux_arm64', 'go1.22.12', 'linux_arm64'],
    ['go1.22.12', 'linux_arm64', 'go1.22.1', 'linux_arm64'],
    ['go1.22.12', 'linux_arm', 'go1.22.12', 'linux_arm_v7'],
    ['go1.22.12', 'linux_amd64', 'go1.22.12', 'linux_amd64_v3'],
    ['go1.22.12', 'linux_amd64', 'go1.22.12', 'linux_amd64_cgo'],
    ['go1.26.11', 'linux_amd64', 'go1.26.11-X:arenas', 'linux_amd64']
  ])('%s %s never matches a key of %s %s', (goA, tA, goB, tB) => {
    const other = gocacheKeys({ ...ctx, goVersion: goB, targetKey: tB });
    expect(other.key.startsWith(prefixOf(goA, tA))).toBe(false);
  });
});

describe('superseded: what a save makes dead weight', () => {
  const p = prefixOf('go1.22.12', 'linux_arm64');
  it('keeps the newest cache-keep on the ref, counting the one just saved; never another ref, prefix or version', () => {
    const old1 = cache(`${p}abc-1-1`, 1);
    const old2 = cache(`${p}abc-2-1`, 2);
    const mine = cache(`${p}abc-3-1`, 3);
    const otherRef = cache(`${p}abc-0-1`, 0, 'refs/pull/7/merge');
    const otherGo = cache(`${prefixOf('go1.22.1', 'linux_arm64')}abc-0-1`, 0);
    const listed = [old1, otherRef, mine, otherGo, old2];
    const one = superseded(listed, { prefix: p, ref: MAIN, savedKey: mine.key, keep: 1 });
    expect(one.keep).toEqual([mine]);
    expect(one.remove).toEqual([old2, old1]);
    expect(one.saved).toBe(mine);
    const two = superseded(listed, { prefix: p, ref: MAIN, savedKey: mine.key, keep: 2 });
    expect(two.keep).toEqual([mine, old2]);
    expect(two.remove).toEqual([old1]);
  });

  it('a newer entry of a concurrent run: ours stays (that run deletes it), older ones go', () => {
    const old = cache(`${p}abc-1-1`, 1);
    const mine = cache(`${p}abc-2-1`, 2);
    const newer = cache(`${p}abc-3-1`, 3);
    const r = superseded([old, mine, newer], { prefix: p, ref: MAIN, savedKey: mine.key, keep: 1 });
    expect(r.keep).toEqual([newer, mine]);
    expect(r.remove).toEqual([old]);
  });

  it('the saved entry not listed (yet, or removed by another job): nothing is deleted', () => {
    const r = superseded([cache(`${p}abc-1-1`, 1)], {
      prefix: p,
      ref: MAIN,
      savedKey: `${p}abc-2-1`,
      keep: 1
    });
    expect(r.remove).toEqual([]);
    expect(r.saved).toBeUndefined();
  });

  it('same created_at: the higher id is newer', () => {
    const a = cache(`${p}abc-1-1`, 5);
    const b = cache(`${p}abc-2-1`, 5);
    const r = superseded([a, b], { prefix: p, ref: MAIN, savedKey: b.key, keep: 1 });
    expect(r.remove).toEqual([a]);
  });

  it('refuses a prefix without its terminator', () => {
    expect(() =>
      superseded([], { prefix: p.slice(0, -1), ref: MAIN, savedKey: 'x', keep: 1 })
    ).toThrow(/terminator/);
  });
});

describe('rate limits and answers', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  it.each([
    [429, { 'retry-after': '7' }, 7000],
    [403, { 'retry-after': '2' }, 2000],
    [429, { 'retry-after': 'Sun, 06 Dec 2026 12:00:30 GMT' }, 30000],
    [403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }, 90000],
    [429, {}, 60000],
    [
      403,
      { 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(now / 1000 + 90) },
      undefined
    ],
    [403, {}, undefined],
    [500, { 'retry-after': '5' }, undefined]
  ])('HTTP %s %j waits %s ms', (status, headers, want) => {
    expect(rateLimitWaitMs(status, headers, now)).toBe(want);
  });

  it.each([
    ['https://api.github.com', undefined],
    ['https://ghes.example/api/v3', undefined],
    ['http://127.0.0.1:8080/api/v3', undefined],
    ['http://api.github.com', 'only https, or http to a loopback host, may carry the token'],
    ['https://user:pw@api.github.com', 'it carries credentials'],
    ['not a url', 'it is not a URL']
  ])('GITHUB_API_URL %s: %s', (url, why) => {
    expect(refusedApiUrl(url)).toBe(why);
  });

  it('checks every field it uses, and refuses answers of the wrong shape', () => {
    const good = {
      total_count: 1,
      actions_caches: [
        {
          id: 3,
          ref: MAIN,
          key: 'k-',
          version: 'v',
          created_at: '2026-01-01T00:00:00Z',
          last_accessed_at: '2026-01-01T00:00:00Z',
          size_in_bytes: 9
        }
      ]
    };
    expect(parseList(Buffer.from(JSON.stringify(good))).caches[0]).toMatchObject({
      id: 3,
      sizeInBytes: 9
    });
    for (const bad of [
      '[]',
      'nope',
      JSON.stringify({ total_count: 1 }),
      JSON.stringify({ ...good, actions_caches: [{ ...good.actions_caches[0], id: '3' }] }),
      JSON.stringify({
        ...good,
        actions_caches: [{ ...good.actions_caches[0], created_at: 'yesterday' }]
      }),
      JSON.stringify({
        ...good,
        actions_caches: [{ ...good.actions_caches[0], size_in_bytes: -1 }]
      })
    ])
      expect(() => parseList(Buffer.from(bad))).toThrow(/cache list/);
    expect(
      parseUsage(
        Buffer.from('{"full_name":"o/r","active_caches_size_in_bytes":5,"active_caches_count":1}')
      )
    ).toEqual({ fullName: 'o/r', bytes: 5, count: 1 });
    expect(() => parseUsage(Buffer.from('{"full_name":"o/r"}'))).toThrow(/cache usage/);
  });
});

describe('the budget in the log and the summary', () => {
  it('says what was saved, deleted and where the repository stands against 10 GB', () => {
    const b = {
      saved: 2,
      savedBytes: 3 * 1024 * 1024,
      deleted: 2,
      freedBytes: 2.5 * 1024 * 1024,
      repositoryBytes: 1.5 * 1024 ** 3,
      repositoryEntries: 12,
      limitBytes: 10 * 1024 ** 3
    };
    expect(budgetLine(b)).toBe(
      'Build cache budget: saved 2 entries (3.0 MiB), deleted 2 entries (2.5 MiB); the repository holds 1.50 GiB in 12 entries, 15% of 10.00 GiB'
    );
    expect(budgetMarkdown(b)).toContain(
      '| Repository cache | 1.50 GiB in 12 entries: 15% of 10.00 GiB |'
    );
    const unknown = budgetMarkdown({
      ...b,
      repositoryBytes: undefined,
      note: 'older entries kept: the token may not delete caches (no token)'
    });
    expect(unknown).toContain('| Repository cache | unknown |');
    expect(unknown).toContain('older entries kept');
    expect(prunedText({ ref: MAIN, deleted: 1, freedBytes: 2048 })).toBe(
      'deleted 1 entry it superseded on refs/heads/main (2.0 KiB)'
    );
    expect(prunedText({ ref: MAIN, deleted: 0, freedBytes: 0, skipped: 'no token' })).toBe(
      'older entries kept (no token)'
    );
    expect(prunedText({ ref: MAIN, deleted: 0, freedBytes: 0 })).toBe(
      'nothing superseded on refs/heads/main'
    );
  });
});

describe('cache-keep', () => {
  it.each([
    ['', 1],
    ['3', 3],
    ['100', 100],
    ['all', 0]
  ])('"%s" keeps %s', (value, want) => {
    const inputs = parseInputs(
      runnerInputs({ 'go-version': '1.22.12', ...(value ? { 'cache-keep': value } : {}) })
    );
    expect(inputs.cacheKeep).toBe(want);
  });

  it.each(['0', '101', '-1', '1.5', 'none'])(
    '"%s" is refused with one line naming the input',
    value => {
      expect(() =>
        parseInputs(runnerInputs({ 'go-version': '1.22.12', 'cache-keep': value }))
      ).toThrow(
        `cache-keep "${value}" is not accepted; accepted: a whole number from 1 to 100, or all (default 1)`
      );
    }
  );
});
