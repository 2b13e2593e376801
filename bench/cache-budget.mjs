#!/usr/bin/env node
/**
 * Cache-budget benchmark: bytes stored in the cache service after N pushes
 * (T targets, one package edited per push) for four ways of keeping the
 * cache — this action with pruning, per-run entries without pruning,
 * setup-go's frozen key, a per-target frozen key — and packages compiled per
 * run for each. Real bundles, real Go, the loopback cache service and its
 * REST API. The jobs are TypeScript (__tests__/cache-service/budget.bench.ts,
 * outside the test suite's *.test.ts), so this runs that file through jest
 * and prints its table.
 *
 *   node bench/cache-budget.mjs [runs] [targets]     (default 10 runs, 4 targets)
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMirrorFixtures } from '../scripts/fixtures/mirror.mjs';
import { ensureNode24 } from '../scripts/node24.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10);
const targets = Number(process.argv[3] ?? 4);
if (!Number.isInteger(runs) || runs < 2 || runs > 40) {
  console.error(`bench/cache-budget: runs "${process.argv[2]}" is not accepted; accepted: 2-40`);
  process.exit(2);
}
if (!Number.isInteger(targets) || targets < 1 || targets > 4) {
  console.error(`bench/cache-budget: targets "${process.argv[3]}" is not accepted; accepted: 1-4`);
  process.exit(2);
}
const config = {
  rootDir: repo,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testMatch: ['<rootDir>/__tests__/cache-service/budget.bench.ts']
};
const started = Date.now();
// What the jobs need of the test suite's fixtures: the go.dev mirror and node24.
await buildMirrorFixtures();
await ensureNode24({ quiet: true });
const child = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    path.join(repo, 'node_modules/jest/bin/jest.js'),
    '--config',
    JSON.stringify(config),
    '--runInBand'
  ],
  {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BUDGET_RUNS: String(runs), BUDGET_TARGETS: String(targets) }
  }
);
let out = '';
/** @param {Buffer} d */
const take = d => {
  out += d;
  // Progress, one line per run and scheme.
  for (const l of String(d).split('\n')) if (/ run \d+: compiled/.test(l)) console.error(l.trim());
};
child.stdout.on('data', take);
child.stderr.on('data', take);
const code = await new Promise(resolve => child.on('close', resolve));
const lines = out
  .split('\n')
  .map(l => l.replace(/^\s{4}/, ''))
  .filter(l => /^(cache budget after|\|)/.test(l));
if (code !== 0 || !lines.length) {
  process.stderr.write(out);
  console.error(`bench/cache-budget: the benchmark failed (exit ${code})`);
  process.exit(1);
}
console.log(
  `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0].toFixed(1)}, node ${process.version}`
);
for (const l of lines) console.log(l);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
