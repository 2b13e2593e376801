import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { depModule, type DepModule } from './dep-module.js';
import { cacheHarness, MATRIX, type CacheHarness } from './harness.js';
import { formatRow, runMatrix, summarize } from './matrix.js';

/**
 * The action's central claim, through the real bundles and the real
 * @actions/cache against the loopback cache service: with per-target keys
 * every job of a 4-target matrix builds warm on the second run; with
 * setup-go's shared key the first saver wins and the others build cold.
 * The module needs one third-party module: its GOMODCACHE is saved once
 * (one entry for the dependency hash) and restored by every target.
 */
describe('matrix proof: per-target keys vs a shared key', () => {
  let h: CacheHarness;
  let dep: DepModule;
  beforeAll(async () => {
    h = await cacheHarness('cache-matrix');
    dep = await depModule(h.root);
  });
  afterAll(async () => h.close());

  it('run 2 is warm for 4/4 targets per-target, and cold for 3 of 4 with the shared key', async () => {
    // Run 1's standard library comes prebuilt (both schemes): run 2 is the proof.
    const rows = await runMatrix(h, false, dep, { seedRun1: true });
    const s = summarize(rows);
    console.log(
      [
        ...rows.map(formatRow),
        `per-target: ${s.perTargetWarm}/${MATRIX.length} warm on run 2, total build ${(s.perTargetRun2Ms / 1000).toFixed(2)} s`,
        `shared key: ${s.sharedCold}/${MATRIX.length} cold on run 2, total build ${(s.sharedRun2Ms / 1000).toFixed(2)} s`,
        `ratio shared/per-target run 2 build time: ${(s.sharedRun2Ms / s.perTargetRun2Ms).toFixed(1)}x`
      ].join('\n')
    );
    expect(rows.every(r => r.success)).toBe(true);
    const pt = (run: number) => rows.filter(r => r.scheme === 'per-target' && r.run === run);
    // Run 1: the workspace compiled on top of the prebuilt standard library.
    for (const r of pt(1)) {
      expect(r.compiles).toBeGreaterThan(0);
      expect(r.std).toBe(0);
    }
    // Run 2: an exact GOCACHE hit and not one compile, for every target.
    for (const r of pt(2)) {
      expect(r.gocacheExact).toBe(true);
      // GOMODCACHE hit exactly too, so the output is a clean true.
      expect(r.cacheHit).toBe('true');
      expect(r.compiles).toBe(0);
    }
    expect(s.perTargetWarm).toBe(4);
    expect(s.sharedCold).toBeGreaterThanOrEqual(3);
    // Shared key run 2: every job restored the one shared entry exactly, and still compiled.
    for (const r of rows.filter(r => r.scheme === 'shared' && r.run === 2)) {
      expect(r.gocacheExact).toBe(true);
    }
    expect(s.sharedRun2Ms).toBeGreaterThan(s.perTargetRun2Ms);
    // The module cache once: one GOMODCACHE entry for the dependency hash, four GOCACHE
    // entries; every job after the first restored the module cache exactly.
    const ours = h.server
      .entries()
      .filter(e => e.committed && e.key.startsWith('setup-go-cross-v1-'));
    expect(ours.filter(e => e.key.includes('-gomod-'))).toHaveLength(1);
    expect(ours.filter(e => e.key.includes('-gocache-'))).toHaveLength(MATRIX.length);
    expect(
      pt(1)
        .slice(1)
        .every(r => r.gomodcacheExact)
    ).toBe(true);
    expect(pt(2).every(r => r.gomodcacheExact)).toBe(true);
  }, 600000);
});
