#!/usr/bin/env node
/**
 * Seeded random-mutation fuzzing of the verifier on real binaries (a script,
 * not a test): thousands of mutants in-process, asserting no exception
 * escapes and reporting the slowest file; then a sample written to disk and
 * run through the bundled CLI, asserting exit 0/1/2 and no stack trace.
 *
 *   node bench/fuzz-verify.mjs [--count 5000] [--seed 1] [--cli 300]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { buildBinaryFixtures } from '../scripts/fixtures/binaries.mjs';
import { loadVerifier, REPO } from './load-verifier.mjs';

/** @typedef {Awaited<ReturnType<typeof loadVerifier>>['verifier']} Verifier */

const run = promisify(execFile);
/**
 * @param {string} name
 * @param {number} dflt
 */
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const COUNT = arg('count', 5000);
const SEED = arg('seed', 1);
const CLI_FILES = arg('cli', 300);

/**
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Offsets worth hitting: headers, tables, notes and the build info blob of each base.
 * @param {Verifier} verifier
 * @param {Buffer} data
 */
async function hotSpots(verifier, data) {
  const r = await verifier.verifyBytes('x', data, {});
  /** @type {number[]} */
  const hot = [];
  for (let i = 0; i < 4096 && i < data.length; i += 4) hot.push(i);
  const tail = Math.max(0, data.length - 4096); // ELF section headers sit at the end
  for (let i = tail; i < data.length; i += 4) hot.push(i);
  const bi = data.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'));
  if (bi >= 0) for (let i = bi; i < bi + 256 && i < data.length; i++) hot.push(i);
  return { hot, format: r.format };
}

/**
 * @param {() => number} rand
 * @param {Buffer} data
 * @param {number[]} hot
 */
function mutate(rand, data, hot) {
  const m = Buffer.from(data);
  const edits = 1 + Math.floor(rand() * 10);
  for (let e = 0; e < edits; e++) {
    const at = rand() < 0.85 ? hot[Math.floor(rand() * hot.length)] : Math.floor(rand() * m.length);
    const k = rand();
    if (k < 0.4) m[at] = Math.floor(rand() * 256);
    else if (k < 0.6) m.fill(0xff, at, Math.min(m.length, at + 1 + Math.floor(rand() * 8)));
    else if (k < 0.75) m.fill(0, at, Math.min(m.length, at + 1 + Math.floor(rand() * 8)));
    else if (k < 0.9) m[at] ^= 1 << Math.floor(rand() * 8);
    else m.writeUInt32LE(Math.floor(rand() * 2 ** 32), Math.min(at, m.length - 4));
  }
  return rand() < 0.15 ? m.subarray(0, Math.floor(rand() * m.length)) : m;
}

async function main() {
  const manifest = await buildBinaryFixtures({ log: () => {} });
  const pick = [
    'go1.23_linux_amd64',
    'go1.23_linux_s390x',
    'go1.23_linux_mips',
    'go1.23_linux_amd64_cgo',
    'go1.19_linux_arm_GOARM-7',
    'go1.23_darwin_arm64',
    'go1.23_windows_386',
    'go1.23_windows_amd64_plain'
  ];
  const { verifier, cli } = await loadVerifier();
  const bases = [];
  for (const id of pick) {
    const b = manifest.binaries.find(x => x.id === id);
    if (!b) throw new Error(`fuzz base ${id} was not built (its toolchain is missing?)`);
    const data = readFileSync(b.path);
    bases.push({ id, data, ...(await hotSpots(verifier, data)) });
  }
  const old = manifest.esbuild.binaries.find(b => b.spec.includes('0.13.15') && b.goos === 'linux');
  if (old) {
    const data = readFileSync(old.path);
    bases.push({ id: old.spec, data, ...(await hotSpots(verifier, data)) });
  }

  const rand = rng(SEED);
  const outcomes = { ok: 0, failed: 0 };
  /** @type {Record<string, number>} */
  const checks = {};
  let max = 0;
  let maxId = '';
  let total = 0;
  const exceptions = [];
  for (let i = 0; i < COUNT; i++) {
    const base = bases[i % bases.length];
    const m = mutate(rand, base.data, base.hot);
    const t = performance.now();
    try {
      const r = await verifier.verifyBytes(`${base.id}#${i}`, m, {});
      if (!Array.isArray(r.findings)) throw new Error('report without findings');
      if (r.ok) outcomes.ok++;
      else outcomes.failed++;
      for (const f of r.findings)
        if (f.severity === 'error') checks[f.check] = (checks[f.check] ?? 0) + 1;
    } catch (err) {
      exceptions.push(`${base.id}#${i}: ${/** @type {Error} */ (err).stack}`);
    }
    const ms = performance.now() - t;
    total += ms;
    if (ms > max) {
      [max, maxId] = [ms, `${base.id}#${i}`];
      writeFileSync(path.join(REPO, '.tmp/bench/slowest-mutant'), m); // to reproduce
    }
  }
  console.log(`in-process: ${COUNT} mutants of ${bases.length} real binaries (seed ${SEED})`);
  console.log(`  exceptions escaped: ${exceptions.length}`);
  console.log(
    `  reports: ${outcomes.ok} ok, ${outcomes.failed} with errors; error checks: ${JSON.stringify(checks)}`
  );
  console.log(
    `  time per file: mean ${(total / COUNT).toFixed(3)} ms, max ${max.toFixed(2)} ms (${maxId})`
  );
  for (const e of exceptions.slice(0, 5)) console.log(e);

  // Through the real CLI process: files on disk, exit codes, no stack traces.
  const dir = path.join(REPO, '.tmp/bench/fuzz');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < CLI_FILES; i++) {
    const base = bases[i % bases.length];
    const file = path.join(dir, `m${i}`);
    writeFileSync(file, mutate(rand, base.data, base.hot));
    files.push(file);
  }
  /** @type {Record<string, number>} */
  const codes = {};
  let traces = 0;
  let cliMax = 0;
  for (let i = 0; i < files.length; i += 50) {
    const batch = files.slice(i, i + 50);
    const t = performance.now();
    /** @type {number | string} */
    let code = 0;
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await run(process.execPath, [cli, 'verify', '--json', ...batch], {
        maxBuffer: 1 << 26
      }));
    } catch (err) {
      // execFile's rejection carries the exit code (or an error code) and the output.
      ({ code, stdout, stderr } =
        /** @type {{ code: number | string; stdout: string; stderr: string }} */ (err));
    }
    cliMax = Math.max(cliMax, performance.now() - t);
    codes[code] = (codes[code] ?? 0) + 1;
    if (/\n\s+at \S+ \(/.test(stdout + stderr) || stderr !== '') traces++;
    JSON.parse(stdout);
  }
  console.log(
    `cli: ${files.length} mutant files in batches of 50: exit codes ${JSON.stringify(codes)}, batches with a stack trace or stderr: ${traces}, slowest batch ${cliMax.toFixed(0)} ms`
  );
  rmSync(dir, { recursive: true, force: true });
  const bad =
    exceptions.length > 0 ||
    traces > 0 ||
    Object.keys(codes).some(c => !['0', '1', '2'].includes(c)) ||
    max > 1000;
  process.exit(bad ? 1 : 0);
}

main().catch(err => {
  console.error(err.stack);
  process.exit(1);
});
