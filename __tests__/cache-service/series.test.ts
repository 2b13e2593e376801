import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { cacheHarness, type CacheHarness, type JobResult } from './harness.js';
import {
  editedOn,
  PACKAGES,
  frozenRun,
  oursRun,
  RUN_ID_BASE,
  seriesTable,
  type SeriesRow
} from './series.js';

/**
 * A build cache that follows the code: 12 packages, one edited per run. With
 * the action's per-run entry, every run after the first compiles exactly the
 * edited package and main; a frozen key (saved on a miss only) recompiles
 * everything edited since its one save. Then, on the same cache service: two
 * jobs of one run attempt race to save one key, and a `cache-write: false`
 * run restores but adds no entry.
 */
const SERIES_RUNS = Number(process.env['SERIES_RUNS'] || 6);
const gocacheEntries = (h: CacheHarness) =>
  h.server.entries().filter(e => e.committed && e.key.startsWith('setup-go-cross-v1-gocache-'));
const problems = (j: JobResult) =>
  j.annotations.filter(a => a.level !== 'notice').map(a => `${a.level}: ${a.message}`);

// Both protocols the service fixture speaks; the frozen comparison once (v2, what github.com uses).
describe.each(['v2', 'v1'] as const)(
  'the GOCACHE entry follows the code (%s protocol)',
  protocol => {
    let h: CacheHarness;
    const ours: SeriesRow[] = [];
    const frozen: SeriesRow[] = [];
    const RUNS = protocol === 'v2' ? SERIES_RUNS : 4;
    beforeAll(async () => {
      h = await cacheHarness(`cache-series-${protocol}`);
    });
    afterAll(async () => h.close());

    it(`${protocol === 'v2' ? SERIES_RUNS : 4} runs, one package edited per run: ours compiles edited + main${protocol === 'v2' ? ', frozen grows' : ''}`, async () => {
      for (let run = 1; run <= RUNS; run++) {
        ours.push(await oursRun(h, run, { protocol }));
        if (protocol === 'v2') frozen.push(await frozenRun(h, run));
      }
      // Every service call spoke the protocol under test (archives move over the blob URLs).
      const calls = h.server.requests.filter(q => /CacheEntry/.test(q.endpoint));
      expect(calls.length).toBeGreaterThan(0);
      expect(new Set(calls.map(q => q.protocol))).toEqual(new Set([protocol]));
      console.log(seriesTable(ours, frozen));
      for (const r of [...ours, ...frozen]) expect(r.success).toBe(true);
      // Run 1 is cold: the standard library, all 12 packages and main.
      expect(ours[0].compiled.length).toBeGreaterThan(PACKAGES + 1 + 20);
      expect(ours[0].compiled.filter(p => p.startsWith('example.com/hello/'))).toHaveLength(
        PACKAGES
      );
      expect(ours[0].cacheHit).toBe('false');
      for (const r of ours.slice(1)) {
        expect(r.compiled).toEqual([editedOn(r.run), 'main'].sort());
        expect(r.cacheHit).toBe('true');
        expect(problems(r.job)).toEqual([]);
      }
      // Frozen: run k recompiles the k - 1 packages edited since run 1, plus main.
      for (const r of frozen.slice(1)) expect(r.compiled.length).toBe(Math.min(r.run, 13));
      // One new entry per run, under that run's id.
      const keys = gocacheEntries(h).map(e => e.key);
      expect(keys).toHaveLength(RUNS);
      for (let run = 1; run <= RUNS; run++) {
        expect(keys[run - 1]).toMatch(new RegExp(`-nodeps-${RUN_ID_BASE + run}-1$`));
      }
      // The report: a "Build cache" summary section and a grouped log block, with the numbers.
      const last = ours.at(-1)!.job;
      console.log(
        `last run's cache report:\n${/##\[group\]Build cache\n([\s\S]*?)##\[endgroup\]/.exec(last.post!.log)?.[1] ?? ''}\n${last.summary.slice(last.summary.indexOf('### Build cache'))}`
      );
      expect(last.summary).toContain('### Build cache');
      expect(last.summary).toMatch(
        /\| GOCACHE \| setup-go-cross-v1-gocache-\S+ \(exact\) \| [\d.]+ MiB \| [\d.]+ s \| used \d+% /
      );
      expect(last.post!.log).toMatch(/##\[group\]Build cache/);
      expect(last.post!.log).toMatch(
        /GOCACHE restored [\d.]+ MiB in [\d.]+ s from \S+ \(exact\); this job used \d+% of it .*; saved \S+-\d+-1 \([\d.]+ (KiB|MiB)\) in [\d.]+ s/
      );
    }, 900000);

    it('cache-write: false restores, builds warm, and leaves the service without a new entry', async () => {
      const run = RUNS + 1;
      const before = h.server.entries().length;
      h.server.clearRequests();
      const r = await oursRun(h, run, { inputs: { 'cache-write': 'false' }, protocol });
      expect(r.success).toBe(true);
      expect(r.cacheHit).toBe('true');
      expect(r.compiled).toEqual([editedOn(run), 'main'].sort());
      expect(h.server.entries()).toHaveLength(before);
      expect(h.server.requests.filter(q => q.endpoint === 'CreateCacheEntry')).toEqual([]);
      expect(r.job.post!.log).toMatch(/cache-write: false; the caches were restored only/);
      expect(r.job.summary).toMatch(/not saved: cache-write: false/);
    }, 300000);
    it('two jobs of one run attempt race to save the same key: one saves, the other says so', async () => {
      const run = RUNS + 2;
      const before = gocacheEntries(h).length;
      // Same RUNNER_TEMP path in both, as on two runners, so @actions/cache's version matches.
      const shared = path.join(h.root, 'race-runner-temp');
      const [a, b] = await Promise.all(
        ['a', 'b'].map(n =>
          oursRun(h, run, {
            name: `race-${n}`,
            workspace: `race-${n}`,
            temp: path.join(h.root, `race-temp-${n}`),
            protocol,
            env: { RUNNER_TEMP: shared },
            // The race is about the save: no need for two more cold builds.
            seed: true
          })
        )
      );
      const said = (re: RegExp) => [a, b].filter(r => re.test(r.job.post!.log)).length;
      console.log(
        `race: ${[a, b]
          .map(r =>
            r.job
              .post!.log.split('\n')
              .filter(l => /GOCACHE: (not )?saved under/.test(l))
              .join(' | ')
          )
          .join('\n      ')}`
      );
      expect(a.success && b.success).toBe(true);
      expect([...problems(a.job), ...problems(b.job)]).toEqual([]);
      const added = gocacheEntries(h).slice(before);
      expect(added.map(e => e.key)).toHaveLength(1);
      expect(added[0].key).toMatch(new RegExp(`-${RUN_ID_BASE + run}-1$`));
      // One job saved; the other logged the refusal as info (no warning, checked above).
      expect(said(/GOCACHE: saved under \S+-\d+-1$/m)).toBe(1);
      expect(said(/GOCACHE: not saved under \S+-\d+-1 \(see the line above\)/)).toBe(1);
    }, 300000);
  }
);
