#!/usr/bin/env node
/**
 * Cache-series benchmark: packages compiled per run when a 12-package module
 * gets one package edited per run, with the action's per-run GOCACHE entry vs
 * a frozen key (one key per target and dependencies, saved on a miss only),
 * side by side. Real bundles, real Go, @actions/cache against the loopback
 * cache service. The jobs are the series test
 * (__tests__/cache-service/series.test.ts, a TypeScript harness), so this
 * script runs its first case through jest and prints the table.
 *
 *   node bench/cache-series.mjs [runs]      (default 6)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 6);
if (!Number.isInteger(runs) || runs < 2 || runs > 40) {
  console.error(`bench/cache-series: runs "${process.argv[2]}" is not accepted; accepted: 2-40`);
  process.exit(2);
}
const started = Date.now();
const child = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    path.join(repo, 'node_modules/jest/bin/jest.js'),
    '--selectProjects',
    'integration',
    '--testPathPatterns',
    '__tests__/cache-service/series.test.ts',
    '-t',
    String.raw`v2 protocol\) \d+ runs, one package edited per run`
  ],
  {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SERIES_RUNS: String(runs) }
  }
);
let out = '';
child.stdout.on('data', d => (out += d));
child.stderr.on('data', d => (out += d));
const code = await new Promise(resolve => child.on('close', resolve));
const lines = out
  .split('\n')
  .map(l => l.replace(/^\s{4}/, ''))
  .filter(l => /^(run {2}edited|\s*\d+ {2}\S+\s|series (ours|frozen))/.test(l));
if (code !== 0 || !lines.length) {
  process.stderr.write(out);
  console.error(`bench/cache-series: the series failed (exit ${code})`);
  process.exit(1);
}
/** @param {string} name */
const series = name =>
  (out.match(new RegExp(`series ${name}:\\s+([\\d,]+)`))?.[1] ?? '').split(',').map(Number);
const ours = series('ours');
const frozen = series('frozen');
/** @param {number[]} xs */
const after = xs => xs.slice(1).reduce((a, b) => a + b, 0);
console.log(
  `packages compiled per run, ${runs} runs, 12-package module, one package edited per run:\n` +
    lines.join('\n') +
    `\ncompiles after run 1: ours ${after(ours)}, frozen ${after(frozen)}, ratio frozen/ours ${(after(frozen) / after(ours)).toFixed(1)}x` +
    `\n(${((Date.now() - started) / 1000).toFixed(0)} s)`
);
