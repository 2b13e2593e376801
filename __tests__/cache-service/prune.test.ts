import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { depModule, type DepModule } from './dep-module.js';
import { cacheHarness, GO, type CacheHarness, type JobResult } from './harness.js';
import { GOCACHE_PREFIX, GOMOD_PREFIX, live, restEnv, seriesJob, warningsOf } from './prune.js';
import { editedOn, PACKAGES } from './series.js';

/**
 * Pruning through the real bundles: after every save the action deletes
 * the entries that save superseded, on its own ref only.
 *
 * v2 (github.com's protocol) runs the full series: ten pushes to the
 * default branch, two targets each, one package edited per push; then a
 * second Go version and a pull request. v1 (GHES's) runs a short series
 * with a read-only token and then a write token: pruning talks to the REST
 * API, which is the same whatever protocol moved the archives, so v1 only
 * has to show that entries saved over v1 are found and pruned alike.
 */
const TARGETS = ['linux/amd64', 'linux/arm64'];
const MAIN = 'refs/heads/main';
const SERIES_RUNS = Number(process.env['PRUNE_RUNS'] || 10);
const goPrefix = (goVersion: string, target: string) =>
  `${GOCACHE_PREFIX}Linux-X64-go${goVersion}-${target.replace(/\//g, '_')}-`;
const compiled = (j: JobResult) => [...(j.build?.compiled ?? [])].sort();
const PERMISSION = /older entries are kept \(.*\); add `permissions: actions: write`/;

describe('pruning superseded entries (v2 protocol)', () => {
  let h: CacheHarness;
  let dep: DepModule;
  beforeAll(async () => {
    h = await cacheHarness('prune-v2');
    dep = await depModule(h.root);
  }, 60000);
  afterAll(async () => h.close());

  it(`${SERIES_RUNS} pushes x ${TARGETS.length} targets: one live GOCACHE entry per target and one GOMODCACHE entry after every run, 2 packages compiled, cache-hit true`, async () => {
    const table: string[] = [];
    for (let run = 1; run <= SERIES_RUNS; run++) {
      for (const target of TARGETS) {
        // Run 1's std comes prebuilt: later runs restore it from what run 1 saved.
        const j = await seriesJob(h, dep, { target, run, token: 'write', seed: run === 1 });
        expect(j.success).toBe(true);
        expect(warningsOf(j)).toEqual([]);
        const c = compiled(j);
        table.push(
          `run ${String(run).padStart(2)} ${target.padEnd(12)} compiled ${String(c.length).padStart(3)} cache-hit ${j.outputs['cache-hit']} live gocache ${live(h, GOCACHE_PREFIX).length} gomod ${live(h, GOMOD_PREFIX).length}`
        );
        if (run === 1) {
          // The 12 packages and the third-party one (the standard library came prebuilt).
          expect(c.filter(p => p.startsWith('example.com/'))).toHaveLength(PACKAGES + 1);
        } else {
          expect(c).toEqual([editedOn(run), 'main'].sort());
          expect(j.outputs['cache-hit']).toBe('true');
          expect(j.post!.log).toMatch(
            /GOCACHE .*; saved \S+ \(.*\) in [\d.]+ s; deleted 1 entry it superseded on refs\/heads\/main \([\d.]+ (KiB|MiB)\)/
          );
        }
        // The token is masked: the log never shows it.
        expect(j.log).not.toContain(h.server.apiTokens.write);
        // The budget: a summary table and the cache-usage output of the post step.
        expect(j.summary).toMatch(/#### Cache budget/);
        const usage = JSON.parse(j.post!.outputs['cache-usage']) as Record<string, number>;
        // The module cache is saved once, by the first job; every other job hits it exactly.
        const first = run === 1 && target === TARGETS[0];
        expect(usage).toMatchObject({ saved: first ? 2 : 1, deleted: run === 1 ? 0 : 1 });
        expect(usage.repositoryBytes).toBe(h.server.entries().reduce((a, e) => a + e.size, 0));
      }
      // After every run: exactly one entry per target, one module cache.
      for (const target of TARGETS) expect(live(h, goPrefix(GO, target))).toHaveLength(1);
      expect(live(h, GOCACHE_PREFIX)).toHaveLength(TARGETS.length);
      expect(live(h, GOMOD_PREFIX)).toHaveLength(1);
      expect(live(h, GOCACHE_PREFIX)[0].key).toMatch(new RegExp(`-${5000 + run}-1$`));
    }
    console.log(table.join('\n'));
  }, 900000);

  it('a second Go version keeps its own entry; each version keeps one', async () => {
    const other = '1.23.5';
    const target = TARGETS[0];
    // A package without imports: the second Go's cold build is that one package.
    for (const run of [1, 2]) {
      const j = await h.job({
        name: `go${other}-${run}`,
        target,
        files: { ...dep.files, 'lib/lib.go': `package lib\n\nconst Run = ${run}\n` },
        inputs: { 'go-version': other },
        env: restEnv(h, 'write', SERIES_RUNS + run),
        steps: [{ name: 'build', run: 'go build -x ./lib 2> build.log', env: dep.stepEnv }]
      });
      expect(j.success).toBe(true);
      expect(warningsOf(j)).toEqual([]);
      if (run === 2) expect(j.post!.log).toMatch(/GOCACHE .*; deleted 1 entry it superseded/);
    }
    expect(live(h, goPrefix(GO, target))).toHaveLength(1);
    expect(live(h, goPrefix(other, target))).toHaveLength(1);
    expect(live(h, GOMOD_PREFIX)).toHaveLength(1);
  }, 300000);

  it('a pull request with cache-write: true restores from main and prunes only on its own ref', async () => {
    const target = TARGETS[0];
    const mainBefore = live(h, GOCACHE_PREFIX, MAIN).map(e => e.key);
    const pr = { number: 7, base: 'main' };
    const prRef = 'refs/pull/7/merge';
    const runs = [SERIES_RUNS + 1, SERIES_RUNS + 2];
    for (const run of runs) {
      const j = await seriesJob(h, dep, { target, run, token: 'write', pr });
      expect(j.success).toBe(true);
      expect(warningsOf(j)).toEqual([]);
      // Restored from main's entry on the first run, from its own ref's after that.
      expect(j.outputs['cache-hit']).toBe('true');
      expect(j.log).toMatch(
        run === runs[0]
          ? new RegExp(`GOCACHE: restored \\S+-${5000 + SERIES_RUNS}-1 \\(exact hit\\)`)
          : new RegExp(`GOCACHE: restored \\S+-${5000 + runs[0]}-1 \\(exact hit\\)`)
      );
      expect(compiled(j)).toEqual([editedOn(run), 'main'].sort());
    }
    expect(live(h, GOCACHE_PREFIX, MAIN).map(e => e.key)).toEqual(mainBefore);
    const onPr = live(h, GOCACHE_PREFIX, prRef);
    expect(onPr.map(e => e.key)).toEqual([
      expect.stringMatching(new RegExp(`-${5000 + runs[1]}-1$`))
    ]);
    // The module cache hit main's entry exactly: nothing saved on the pull request.
    expect(live(h, GOMOD_PREFIX, prRef)).toEqual([]);
  }, 300000);
});

describe('pruning with the v1 protocol, a read-only token, then a write token and faults', () => {
  let h: CacheHarness;
  let dep: DepModule;
  const target = TARGETS[0];
  beforeAll(async () => {
    h = await cacheHarness('prune-v1');
    dep = await depModule(h.root);
  }, 60000);
  afterAll(async () => h.close());

  it('read-only: one info line per job, entries grow as without pruning, builds unchanged; write: back to one', async () => {
    for (let run = 1; run <= 3; run++) {
      const j = await seriesJob(h, dep, {
        target,
        run,
        token: 'read',
        protocol: 'v1',
        seed: run === 1
      });
      expect(j.success).toBe(true);
      expect(warningsOf(j)).toEqual([]);
      // The first run supersedes nothing, so it never asks to delete and has nothing to say.
      const said = j.post!.log.split('\n').filter(l => PERMISSION.test(l));
      expect(said).toHaveLength(run === 1 ? 0 : 1);
      if (run > 1) expect(said[0]).toMatch(/HTTP 403: Resource not accessible by integration/);
      else expect(j.post!.log).toMatch(/GOCACHE .*; nothing superseded on refs\/heads\/main/);
      if (run > 1) {
        expect(compiled(j)).toEqual([editedOn(run), 'main'].sort());
        expect(j.outputs['cache-hit']).toBe('true');
      }
      expect(live(h, GOCACHE_PREFIX)).toHaveLength(run);
    }
    // Every cache call spoke v1.
    const calls = h.server.requests.filter(q => /CacheEntry/.test(q.endpoint));
    expect(new Set(calls.map(q => q.protocol))).toEqual(new Set(['v1']));
    const j = await seriesJob(h, dep, { target, run: 4, token: 'write', protocol: 'v1' });
    expect(j.success).toBe(true);
    expect(j.post!.log).toMatch(/deleted 3 entries it superseded on refs\/heads\/main/);
    expect(live(h, GOCACHE_PREFIX)).toHaveLength(1);
    expect(live(h, GOMOD_PREFIX)).toHaveLength(1);
  }, 600000);

  it.each([
    [
      'a delete that hangs',
      'hang',
      { endpoint: 'DeleteCache', ms: 120000 } as const,
      /delete cache \d+: no answer within \d+ s/
    ],
    [
      'a 429 asking for a minute',
      'status',
      { endpoint: 'ListCaches', status: 429, headers: { 'retry-after': '60' } } as const,
      /rate-limited by the GitHub API \(HTTP 429, asked to wait 60 s\)/
    ]
  ] as const)(
    '%s: a warning within cache-timeout, the job green, the new entry intact',
    async (_, kind, fault, message) => {
      const run = 5 + (kind === 'hang' ? 0 : 1);
      await h.server.fault(kind, fault);
      try {
        const j = await seriesJob(h, dep, {
          target,
          run,
          token: 'write',
          protocol: 'v1',
          inputs: { 'cache-timeout': '5' }
        });
        expect(j.success).toBe(true);
        const warnings = warningsOf(j);
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(message);
        // Bounded by cache-timeout (5 s for all of the job's pruning), not by the hung call.
        expect(j.post!.durationMs).toBeLessThan(60000);
        expect(live(h, GOCACHE_PREFIX).some(e => e.key.endsWith(`-${5000 + run}-1`))).toBe(true);
      } finally {
        await h.server.fault('none');
      }
    },
    300000
  );
});
