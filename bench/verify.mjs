#!/usr/bin/env node
/**
 * Benchmark: time per binary of our verifier vs `readelf -h -l -d -S -W` plus
 * `go version -m` on the same files, in one run, printed with the ratio.
 *
 *   node bench/verify.mjs [--runs N] [--cli-only] [--cli-ref OTHER_CLI_BUNDLE]
 *
 * "ours" is verifyFile() in-process (what the action does); "cli" is one
 * `node dist/cli/index.js verify --json FILE` process per file (node start-up
 * included), and one CLI process over all files (start-up paid once), for
 * honest process-to-process comparisons. readelf runs on ELF
 * files only (it cannot read Mach-O/PE); go version -m runs on every file.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { buildBinaryFixtures } from '../scripts/fixtures/binaries.mjs';
import { loadVerifier } from './load-verifier.mjs';

const run = promisify(execFile);
const GO = '/usr/lib/go-1.23/bin/go';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const CLI_ONLY = process.argv.includes('--cli-only');
const refArg = process.argv.indexOf('--cli-ref');
/** Another CLI bundle (e.g. one built from an older commit) measured the same way, for a before/after. */
const CLI_REF = refArg > 0 ? path.resolve(process.argv[refArg + 1]) : undefined;
/** Copies of the file list in the marginal-cost run (enough files that start-up and JIT warm-up amortise). */
const COPIES = 20;

/**
 * @typedef {{ name: string; path: string; elf: boolean }} BenchFile
 * @typedef {Awaited<ReturnType<typeof loadVerifier>>['verifier']} Verifier
 */

/** @param {number[]} xs */
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * @param {() => Promise<unknown>} fn
 * @param {number} runs
 */
async function timeIt(fn, runs) {
  await fn(); // warm-up (page cache, JIT)
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** @param {Promise<unknown>} p */
const quiet = p => p.catch(() => undefined); // readelf/go exit non-zero on some files; time them anyway

async function main() {
  const manifest = await buildBinaryFixtures({ log: () => {} });
  const files = [
    ...manifest.binaries.map(b => ({
      name: b.id,
      path: b.path,
      elf: !['darwin', 'windows'].includes(b.goos)
    })),
    ...manifest.esbuild.binaries.map(b => ({
      name: b.spec,
      path: b.path,
      elf: !['darwin', 'windows'].includes(b.goos)
    }))
  ];
  const { verifier, cli } = await loadVerifier();
  if (CLI_ONLY) return marginal(files, verifier, cli);
  const rows = [];
  for (const f of files) {
    const ours = await timeIt(() => verifier.verifyFile(f.path, {}), RUNS * 4);
    const viaCli = await timeIt(
      () => quiet(run(process.execPath, [cli, 'verify', '--json', f.path])),
      RUNS
    );
    const ref = await timeIt(
      () =>
        Promise.all([
          f.elf
            ? quiet(run('readelf', ['-h', '-l', '-d', '-S', '-W', f.path], { maxBuffer: 1 << 26 }))
            : undefined,
          quiet(run(GO, ['version', '-m', f.path]))
        ]).then(() => undefined),
      RUNS
    );
    // Sequential reference (readelf then go), as a user's script would run them.
    const refSeq = await timeIt(async () => {
      if (f.elf)
        await quiet(run('readelf', ['-h', '-l', '-d', '-S', '-W', f.path], { maxBuffer: 1 << 26 }));
      await quiet(run(GO, ['version', '-m', f.path]));
    }, RUNS);
    const bytes = (await verifier.verifyFileResult(f.path, {})).stats.bytesRead;
    rows.push({ name: f.name, ours, viaCli, ref: Math.min(ref, refSeq), refSeq, bytes });
    process.stdout.write(
      `${f.name.padEnd(40)} ours ${ours.toFixed(2).padStart(6)} ms  cli ${viaCli.toFixed(1).padStart(6)} ms  ` +
        `readelf+go ${refSeq.toFixed(1).padStart(6)} ms  ratio ${(refSeq / ours).toFixed(0).padStart(4)}x  ` +
        `(cli ${(refSeq / viaCli).toFixed(1)}x)  read ${(bytes / 1024).toFixed(1)} KiB\n`
    );
  }
  // One CLI process over every file: Node's start-up is paid once, as in CI.
  const batch = await timeIt(
    () =>
      quiet(
        run(process.execPath, [cli, 'verify', '--json', ...files.map(f => f.path)], {
          maxBuffer: 1 << 26
        })
      ),
    RUNS
  );
  const ratios = rows.map(r => r.refSeq / r.ours);
  const cliRatios = rows.map(r => r.refSeq / r.viaCli);
  console.log('');
  console.log(
    `files: ${rows.length}, runs per measurement: ${RUNS} (ours: ${RUNS * 4}), median of runs`
  );
  console.log(
    `median per file: ours ${median(rows.map(r => r.ours)).toFixed(2)} ms, cli process ${median(rows.map(r => r.viaCli)).toFixed(1)} ms, readelf+go version -m ${median(rows.map(r => r.refSeq)).toFixed(1)} ms`
  );
  console.log(
    `ratio (readelf+go / ours): median ${median(ratios).toFixed(0)}x, min ${Math.min(...ratios).toFixed(0)}x`
  );
  console.log(
    `ratio (readelf+go / one cli process per file): median ${median(cliRatios).toFixed(1)}x, min ${Math.min(...cliRatios).toFixed(1)}x`
  );
  const refTotal = rows.reduce((a, r) => a + r.refSeq, 0);
  console.log(
    `one cli process for all ${rows.length} files: ${batch.toFixed(0)} ms = ${(batch / rows.length).toFixed(2)} ms per file; ` +
      `readelf+go for all: ${refTotal.toFixed(0)} ms; ratio ${(refTotal / batch).toFixed(1)}x`
  );
  console.log(
    `largest read: ${(Math.max(...rows.map(r => r.bytes)) / 1024).toFixed(1)} KiB; files in ${path.relative(process.cwd(), path.dirname(files[0].path))}`
  );
  await marginal(files, verifier, cli);
}

/**
 * The CLI's marginal cost per binary (one process over N files minus one
 * process over 1 file, over N-1) against in-process verifyFile() over the
 * same N files after one warm-up pass: the same work, so the ratio shows
 * what the CLI adds per file (output, GC, cold code).
 * @param {BenchFile[]} files
 * @param {Verifier} verifier
 * @param {string} cli
 */
async function marginal(files, verifier, cli) {
  const many = Array.from({ length: COPIES }, () => files.map(f => f.path)).flat();
  /**
   * @param {string} bundle
   * @param {string[]} paths
   */
  const cliRun = (bundle, paths) => () =>
    quiet(run(process.execPath, [bundle, 'verify', '--json', ...paths], { maxBuffer: 1 << 28 }));
  const clis = CLI_REF ? { cli, ref: CLI_REF } : { cli };
  /** @type {Record<string, { one: number[]; all: number[] }>} */
  const times = Object.fromEntries(Object.keys(clis).map(k => [k, { one: [], all: [] }]));
  /** @type {number[]} */
  const inProc = [];
  for (const f of files) await verifier.verifyFile(f.path, {});
  // Interleaved, so load on a shared machine hits every variant alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [name, bundle] of Object.entries(clis)) {
      times[name].one.push(await timeIt(cliRun(bundle, [files[0].path]), 1));
      times[name].all.push(await timeIt(cliRun(bundle, many), 1));
    }
    const t = performance.now();
    for (const p of many) await verifier.verifyFile(p, {});
    inProc.push((performance.now() - t) / many.length);
  }
  const inPerFile = median(inProc);
  console.log('');
  for (const [name, bundle] of Object.entries(clis)) {
    const { one, all } = times[name];
    const cliPerFile = (median(all) - median(one)) / (many.length - 1);
    console.log(
      `marginal cost per binary over ${many.length} files (${COPIES} x ${files.length}), median of ${RUNS}: ` +
        `${name === 'cli' ? 'cli' : `reference cli ${path.relative(process.cwd(), bundle)}`} ${cliPerFile.toFixed(3)} ms ` +
        `(1 file: ${median(one).toFixed(0)} ms, ${many.length} files: ${median(all).toFixed(0)} ms), ` +
        `in-process ${inPerFile.toFixed(3)} ms; ratio cli / in-process ${(cliPerFile / inPerFile).toFixed(2)}x`
    );
  }
}

main().catch(err => {
  console.error(err.message);
  process.exit(1);
});
