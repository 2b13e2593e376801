#!/usr/bin/env node
/**
 * Matrix benchmark: run 2 total build time of a 4-target matrix with the
 * action's per-target cache keys vs setup-go's shared key, through the real
 * bundles and @actions/cache against the loopback cache service.
 *
 * The jobs are the matrix proof (__tests__/cache-service/matrix.test.ts, a
 * TypeScript harness), so this script runs that proof once through jest and
 * prints its numbers and the ratio. One run, no timing assertions.
 *
 *   node bench/matrix.mjs
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const child = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    path.join(repo, 'node_modules/jest/bin/jest.js'),
    '__tests__/cache-service/matrix.test.ts'
  ],
  { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] }
);
let out = '';
child.stdout.on('data', d => (out += d));
child.stderr.on('data', d => (out += d));
const code = await new Promise(resolve => child.on('close', resolve));
const lines = out
  .split('\n')
  .map(l => l.trim())
  .filter(l => /^(per-target|shared|ratio)/.test(l));
if (code !== 0 || !lines.length) {
  process.stderr.write(out);
  console.error(`bench/matrix: the matrix proof failed (exit ${code})`);
  process.exit(1);
}
/** @param {RegExp} re */
const total = re => Number(out.match(re)?.[1] ?? NaN);
const perTarget = total(/per-target: \d+\/\d+ warm on run 2, total build ([\d.]+) s/);
const shared = total(/shared key: \d+\/\d+ cold on run 2, total build ([\d.]+) s/);
console.log(
  `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, ${os.platform()} ${os.release()}, node ${process.version}`
);
for (const l of lines) console.log(l);
console.log(
  `\nrun 2 total build time: per-target keys ${perTarget.toFixed(2)} s, shared key ${shared.toFixed(2)} s, ratio ${(shared / perTarget).toFixed(1)}x`
);
console.log(`(whole matrix proof: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
