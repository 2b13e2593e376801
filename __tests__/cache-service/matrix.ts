/**
 * The matrix proof, shared by the test and bench/matrix.mjs: 4 targets as 4
 * sequential jobs, run twice, once with the action's per-target keys and once
 * with setup-go's shared key (emulated with the same @actions/cache).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { copySeed, stdSeed } from '../../scripts/fixtures/stdseed.mjs';
import { parseTarget } from '../../src/targets/parse.js';
import type { DepModule } from './dep-module.js';
import {
  BUILD_STEP,
  GO,
  helloMain,
  MATRIX,
  sharedKeyGocache,
  sharedKeySteps,
  type CacheHarness,
  type JobResult
} from './harness.js';
import { withDep } from './prune.js';

export interface MatrixRow {
  target: string;
  run: 1 | 2;
  scheme: 'per-target' | 'shared';
  cacheHit: string;
  gocacheExact: boolean;
  /** The module cache came from an entry of these exact dependencies. */
  gomodcacheExact: boolean;
  compiles: number;
  std: number;
  buildMs: number;
  success: boolean;
}

function row(j: JobResult, target: string, run: 1 | 2, scheme: MatrixRow['scheme']): MatrixRow {
  const gocacheExact =
    scheme === 'per-target'
      ? /GOCACHE: restored \S+ \(exact hit\)/.test(j.log)
      : /actions-cache: restore (\S+) -> \1$/m.test(j.log);
  return {
    target,
    run,
    scheme,
    cacheHit: j.outputs['cache-hit'] ?? '',
    gocacheExact,
    gomodcacheExact: /GOMODCACHE: restored \S+ \(exact hit\)/.test(j.log),
    compiles: j.build?.compiled.length ?? -1,
    std: j.build?.std ?? -1,
    buildMs: j.build?.ms ?? -1,
    success: j.success
  };
}

/**
 * With `dep`, the module requires one third-party module, so there is a
 * GOMODCACHE: saved once by the first job, restored by every other. With
 * `seedRun1`, run 1's jobs (both schemes) start from the prebuilt standard
 * library of their target (support/stdseed.ts): what the proof is about is
 * run 2, where each scheme restores what run 1 saved.
 */
export async function runMatrix(
  h: CacheHarness,
  log = false,
  dep?: DepModule,
  { seedRun1 = false }: { seedRun1?: boolean } = {}
): Promise<MatrixRow[]> {
  const module = dep
    ? {
        main: withDep(helloMain('v1')),
        files: dep.files,
        steps: [{ ...BUILD_STEP, env: dep.stepEnv }]
      }
    : {};
  const rows: MatrixRow[] = [];
  const note = (r: MatrixRow) => {
    rows.push(r);
    if (log) console.error(formatRow(r));
  };
  for (const run of [1, 2] as const) {
    for (const target of MATRIX) {
      // Each run is a new workflow run: run 2 restores run 1's entries by prefix.
      const j = await h.job({
        name: `pt-${run}-${target.replace(/\//g, '_')}`,
        target,
        ...module,
        env: { GITHUB_RUN_ID: String(3000 + run), GITHUB_RUN_ATTEMPT: '1' },
        seed: seedRun1 && run === 1
      });
      note(row(j, target, run, 'per-target'));
    }
  }
  // A fresh "VM" per job: the default Go cache paths start empty.
  const vm = path.join(h.root, 'vm');
  for (const run of [1, 2] as const) {
    for (const target of MATRIX) {
      await rm(vm, { recursive: true, force: true });
      if (seedRun1 && run === 1) {
        const t = parseTarget(target);
        const seed = await stdSeed({ go: GO, ...t });
        if (seed) await copySeed(seed, sharedKeyGocache(vm));
      }
      const j = await h.job({
        name: `sk-${run}-${target.replace(/\//g, '_')}`,
        target,
        main: module.main,
        files: module.files,
        inputs: { cache: 'false' },
        steps: sharedKeySteps(vm, dep ? 'deps1' : 'nodeps').map(s =>
          dep && s.name === 'build' ? { ...s, env: { ...s.env, ...dep.stepEnv } } : s
        )
      });
      note(row(j, target, run, 'shared'));
    }
  }
  return rows;
}

export function formatRow(r: MatrixRow): string {
  return `${r.scheme.padEnd(10)} run ${r.run} ${r.target.padEnd(14)} gocache-exact=${String(r.gocacheExact).padEnd(5)} cache-hit=${r.cacheHit.padEnd(7)} compiles=${String(r.compiles).padStart(3)} (std ${String(r.std).padStart(3)}) build ${(r.buildMs / 1000).toFixed(2)} s`;
}

/** Cold = compiled at least one standard-library package. */
export function summarize(rows: MatrixRow[]) {
  const r2 = (s: MatrixRow['scheme']) => rows.filter(r => r.run === 2 && r.scheme === s);
  const sum = (rs: MatrixRow[]) => rs.reduce((a, r) => a + r.buildMs, 0);
  return {
    perTargetWarm: r2('per-target').filter(r => r.compiles === 0).length,
    sharedCold: r2('shared').filter(r => r.std > 0).length,
    perTargetRun2Ms: sum(r2('per-target')),
    sharedRun2Ms: sum(r2('shared'))
  };
}
