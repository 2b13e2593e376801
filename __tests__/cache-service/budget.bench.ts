/**
 * The cache-budget benchmark (run by bench/cache-budget.mjs, not by the test
 * suite: its file name does not match *.test.ts). N pushes to the default
 * branch, T targets, one package edited per push, through the real bundles
 * against the loopback cache service, four ways of keeping the cache:
 *
 * 1. this action with pruning (write token);
 * 2. per-run entries without pruning: the same jobs as 1, every entry 1
 *    saved counted as if none had been deleted (restores pick the newest
 *    entry either way, so the builds are 1's by construction);
 * 3. setup-go's frozen key: one key for every target, GOCACHE + GOMODCACHE,
 *    saved on a miss only;
 * 4. a per-target frozen key, saved on a miss only.
 *
 * Prints bytes stored after N runs, the newest set (the live entries of 1:
 * one GOCACHE per target and the GOMODCACHE), their ratio, and packages
 * compiled per run (summed over the targets). No timing assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { depModule, type DepModule } from './dep-module.js';
import { cacheHarness, GO, MATRIX, sharedKeySteps, type CacheHarness } from './harness.js';
import { seriesJob, withDep } from './prune.js';
import { RUN_ID_BASE, seriesFiles } from './series.js';

const RUNS = Number(process.env['BUDGET_RUNS'] || 10);
const TARGETS = MATRIX.slice(0, Number(process.env['BUDGET_TARGETS'] || 4));
const DEP_HASH = 'deps1';

interface Scheme {
  name: string;
  stored: number;
  compiles: number[];
}

const MiB = 1024 * 1024;
const mib = (n: number) => `${(n / MiB).toFixed(1)} MiB`;

describe('cache budget benchmark', () => {
  const schemes: Scheme[] = [];
  let newest = 0;
  const harnesses: CacheHarness[] = [];
  let dep: DepModule;
  const harness = async (name: string) => {
    const h = await cacheHarness(`budget-${name}`);
    harnesses.push(h);
    return h;
  };
  beforeAll(async () => {
    const h = await harness('dep');
    dep = await depModule(h.root);
  });
  // Closing four harnesses (mirrors, services, temp trees) takes a while on a busy machine.
  afterAll(async () => {
    for (const h of harnesses) await h.close();
  }, 120000);

  it('1 and 2: per-run entries with and without pruning', async () => {
    const h = await harness('prune');
    const everSaved = new Map<number, number>();
    const compiles: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      let n = 0;
      for (const target of TARGETS) {
        const j = await seriesJob(h, dep, { target, run, token: 'write' });
        expect(j.success).toBe(true);
        n += j.build?.compiled.length ?? 0;
        for (const e of h.server.entries()) if (e.committed) everSaved.set(e.id, e.size);
      }
      compiles.push(n);
      console.log(`pruning run ${run}: compiled ${n}, live ${h.server.entries().length}`);
    }
    newest = h.server.entries().reduce((a, e) => a + e.size, 0);
    schemes.push({ name: '1. this action, pruning', stored: newest, compiles });
    schemes.push({
      name: '2. per-run entries, no pruning',
      stored: [...everSaved.values()].reduce((a, b) => a + b, 0),
      compiles
    });
  }, 7200000);

  it.each([
    ['3. setup-go frozen key (shared by all targets)', false],
    ['4. per-target frozen key', true]
  ] as const)(
    '%s',
    async (name, perTarget) => {
      const h = await harness(perTarget ? 'per-target' : 'setup-go');
      const compiles: number[] = [];
      const vm = path.join(h.root, 'vm');
      for (let run = 1; run <= RUNS; run++) {
        let n = 0;
        for (const target of TARGETS) {
          await rm(vm, { recursive: true, force: true });
          const { main, files } = seriesFiles(run);
          const steps = sharedKeySteps(vm, DEP_HASH).map(s =>
            s.name === 'build' ? { ...s, env: { ...s.env, ...dep.stepEnv } } : s
          );
          const key = perTarget ? `frozen-${target.replace(/\//g, '_')}-go${GO}-${DEP_HASH}` : '';
          const j = await h.job({
            name: `${perTarget ? 'pt' : 'sg'}-${run}-${target.replace(/\//g, '_')}`,
            target,
            main: withDep(main),
            files: { ...files, ...dep.files },
            workspace: 'series',
            inputs: { cache: 'false' },
            env: { GITHUB_RUN_ID: String(RUN_ID_BASE + run), GITHUB_RUN_ATTEMPT: '1' },
            steps: key
              ? steps.map(s => ({ ...s, run: s.run.replace(/"setup-go-[^"]+"/g, `"${key}"`) }))
              : steps
          });
          expect(j.success).toBe(true);
          n += j.build?.compiled.length ?? 0;
        }
        compiles.push(n);
        console.log(`${name} run ${run}: compiled ${n}`);
      }
      schemes.push({
        name,
        stored: h.server.entries().reduce((a, e) => a + e.size, 0),
        compiles
      });
    },
    7200000
  );

  it('prints the table', () => {
    expect(schemes).toHaveLength(4);
    const rows = schemes.map(
      s =>
        `| ${s.name} | ${mib(s.stored)} | ${(s.stored / newest).toFixed(2)}× | ${s.compiles.join(', ')} |`
    );
    console.log(
      [
        `cache budget after ${RUNS} runs, ${TARGETS.length} targets (${TARGETS.join(', ')}), one package edited per run; newest set ${mib(newest)}`,
        '| scheme | stored after N runs | × newest set | packages compiled per run (all targets) |',
        '|---|---|---|---|',
        ...rows
      ].join('\n')
    );
  });
});
