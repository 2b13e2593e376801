import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  ACTIONS_CACHE,
  BUILD_STEP,
  cacheHarness,
  helloMain,
  type CacheHarness
} from './harness.js';

/**
 * Ten successive runs of one target, each with a changed source file and a
 * changed dependency file (so the key misses and the restore key restores the
 * previous run's cache). The action trims GOCACHE to what the job used before
 * saving; a plain save of the same directory keeps every old object.
 */
const RUNS = 10;
const TARGET = 'linux/amd64';
const MiB = 1024 * 1024;

/** A package whose compiled object is a few hundred KB and changes every run, like a project's own code. */
function genPackage(run: number): string {
  const lines = ['package gen', '', 'var Table = [...]string{'];
  // Pseudo-random text, so the objects don't compress away (real code doesn't either).
  let x = run * 2654435761;
  for (let i = 0; i < 3000; i++) {
    let s = '';
    for (let k = 0; k < 6; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      s += x.toString(16).padStart(8, '0');
    }
    lines.push(`\t"${s}",`);
  }
  lines.push('}', '', `func Run() int { return ${run} + len(Table) }`, '');
  return lines.join('\n');
}

function mainFor(run: number): string {
  return helloMain(`run ${run}`)
    .replace('import (\n', 'import (\n\t"example.com/hello/gen"\n')
    .replace('len(os.Args))', 'len(os.Args), gen.Run())');
}

describe('trimming keeps the saved GOCACHE flat across runs', () => {
  let h: CacheHarness;
  beforeAll(async () => {
    h = await cacheHarness('cache-trim');
  });
  afterAll(async () => h.close());

  it(`${RUNS} runs: trimmed (the action) vs untrimmed (plain save)`, async () => {
    const sizeOf = (prefix: string) =>
      h.server
        .entries()
        .filter(e => e.committed && e.key.startsWith(prefix))
        .map(e => e.size);
    const trimmed: number[] = [];
    const untrimmed: number[] = [];
    const vm = path.join(h.root, 'vm');
    for (let run = 1; run <= RUNS; run++) {
      const files = { 'gen/gen.go': genPackage(run), 'deps.txt': `run ${run}\n` };
      const a = await h.job({
        name: `trim-${run}`,
        target: TARGET,
        main: mainFor(run),
        files,
        inputs: { 'cache-dependency-path': 'deps.txt' }
      });
      expect(a.success).toBe(true);
      if (run > 1) expect(a.log).toMatch(/GOCACHE: restored \S+ \(restore-key\)/);
      if (run > 1) expect(a.log).toMatch(/GOCACHE: trimmed \d+ unused entries/);
      trimmed.push(sizeOf('setup-go-cross-v1-gocache-').at(-1) ?? 0);

      // The same job without trimming: the action with cache: false, and @actions/cache
      // restoring/saving the whole directory under a per-run key with a restore key.
      await rm(vm, { recursive: true, force: true });
      const gocache = path.join(vm, 'go-build');
      const env = { GOCACHE: gocache, CACHE_PATHS: gocache };
      const state = path.join(vm, 'matched');
      const u = await h.job({
        name: `untrim-${run}`,
        target: TARGET,
        main: mainFor(run),
        files,
        inputs: { cache: 'false' },
        steps: [
          {
            name: 'restore',
            run: `mkdir -p "${gocache}"\nnode "${ACTIONS_CACHE}" restore "${state}" untrimmed-${run} untrimmed-`,
            env
          },
          { ...BUILD_STEP, env },
          { name: 'save', run: `node "${ACTIONS_CACHE}" save "${state}" untrimmed-${run}`, env }
        ]
      });
      expect(u.success).toBe(true);
      untrimmed.push(sizeOf('untrimmed-').at(-1) ?? 0);
    }
    const mb = (xs: number[]) => xs.map(x => (x / MiB).toFixed(2)).join(' ');
    console.log(
      `saved GOCACHE archive per run (MiB), ${TARGET}, ${RUNS} runs:\n` +
        `  trimmed (action):   ${mb(trimmed)}\n` +
        `  untrimmed (plain):  ${mb(untrimmed)}`
    );
    expect(trimmed).toHaveLength(RUNS);
    expect(trimmed.every(x => x > 0)).toBe(true);
    expect(trimmed[RUNS - 1]).toBeLessThanOrEqual(1.2 * trimmed[1]);
    // Untrimmed keeps every run's objects: it grows each run, by over 1 MiB in total here,
    // while the trimmed series moves by well under a tenth of that.
    expect(untrimmed[RUNS - 1] - untrimmed[1]).toBeGreaterThan(MiB);
    expect(Math.abs(trimmed[RUNS - 1] - trimmed[1])).toBeLessThan(
      (untrimmed[RUNS - 1] - untrimmed[1]) / 10
    );
    for (let i = 1; i < RUNS; i++) expect(untrimmed[i]).toBeGreaterThan(untrimmed[i - 1]);
  }, 300000);
});
