#!/usr/bin/env node
/**
 * Setup benchmarks, measured against references in the same run:
 *  - cold setup: the action's main step (download + SHA-256 + extract + tool
 *    cache, `cache: false`) vs the floor `curl -s URL | tar xz` of the same
 *    loopback archive, for both designs: verify-then-extract (the default:
 *    download to RUNNER_TEMP, check SHA-256, then unpack into RUNNER_TEMP
 *    staging and promote by rename) and bounded streaming (unpack while
 *    downloading, promote once the SHA-256 matched; SETUP_GO_CROSS_DESIGN=stream);
 *  - warm setup: the main step with a tool-cache hit (`cache: false`), wall time;
 *  - cold setup through a GOPROXY (go-proxy + go-sumdb on the loopback
 *    fixtures: checksum-database lookup, tiles, module zip, h1 hash) vs the
 *    cold go.dev/dl-style path above, same toolchain, same machine load;
 *  - why cold beats the floor: inflating the archive with gzip(1) (what
 *    `tar xz` runs) vs Node's zlib (what the action runs), same file.
 * Prints medians and ratios. Usage: node bench/setup.mjs [rounds=3] [go-version=1.23.5]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildMirrorFixtures, MIRROR_DIR } from '../scripts/fixtures/mirror.mjs';
import { startMirror } from '../scripts/fixtures/mirror-server.mjs';
import { buildGoProxyFixtures } from '../scripts/fixtures/goproxy.mjs';
import { startGoProxy } from '../scripts/fixtures/goproxy-server.mjs';
import { ensureNode24 } from '../scripts/node24.mjs';
import { runAction } from '../scripts/runner/index.mjs';

const rounds = Number(process.argv[2] ?? 3);
const version = process.argv[3] ?? '1.23.5';
// On tmpfs when there is one: extraction writes ~250 MB of small files, and
// disk writeback noise (seconds, either way) would swamp the difference measured.
const root =
  existsSync('/dev/shm') && !process.env.BENCH_ON_DISK
    ? '/dev/shm/setup-go-cross-bench'
    : join(process.cwd(), '.tmp', 'bench-setup');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

await buildMirrorFixtures({ quiet: true });
const node = await ensureNode24({ quiet: true });
const mirror = await startMirror();
await buildGoProxyFixtures({ quiet: true });
const px = await startGoProxy();
const archiveUrl = `${mirror.baseUrl}/go${version}.linux-amd64.tar.gz`;
/** @param {number[]} xs */
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Flush the previous run's dirty pages so no measurement pays for another's writeback. */
const settle = () => execFileSync('sync');

// Async: the mirror serves from this very process, so a sync spawn would deadlock.
/**
 * @param {string} cmd
 * @param {string[]} args
 * @returns {Promise<number>} wall ms
 */
async function timed(cmd, args) {
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const status = await new Promise(resolve => child.on('close', resolve));
  if (status !== 0) throw new Error(`${cmd} failed`);
  return performance.now() - t0;
}

/** @param {number} i */
async function floor(i) {
  const dir = join(root, `floor-${i}`);
  mkdirSync(dir, { recursive: true });
  settle();
  const ms = await timed('bash', ['-c', 'curl -s "$1" | tar xz -C "$2"', 'floor', archiveUrl, dir]);
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

/**
 * @param {string} i names the run's directory
 * @param {string} toolCache
 * @param {{ design?: 'verify-first' | 'stream'; viaProxy?: boolean }} [options]
 */
async function action(i, toolCache, { design = 'verify-first', viaProxy = false } = {}) {
  settle();
  /** @type {Record<string, string>} */
  const source = viaProxy
    ? { 'go-proxy': px.proxyUrl, 'go-sumdb': `${px.fixtures.vkey} ${px.dbUrl}` }
    : { 'go-download-base-url': mirror.baseUrl };
  const r = await runAction({
    node,
    root: join(root, `run-${i}`),
    toolCache,
    env: design === 'stream' ? { SETUP_GO_CROSS_DESIGN: 'stream' } : {},
    inputs: { 'go-version': version, ...source, cache: 'false' }
  });
  if (r.main.conclusion !== 'success') throw new Error(r.main.log);
  return r.main.durationMs;
}

/** @type {number[]} */
const cold = [];
/** @type {number[]} */
const coldStream = [];
/** @type {number[]} */
const floors = [];
/** @type {number[]} */
const warm = [];
/** @type {number[]} */
const proxyCold = [];
for (let i = 0; i < rounds; i++) {
  // Interleave so all see the same machine load; rotate the order against the page cache's advantage.
  const toolCache = join(root, `tool-cache-${i}`);
  const streamCache = join(root, `tool-cache-stream-${i}`);
  const runs = [
    async () => floors.push(await floor(i)),
    async () => cold.push(await action(`${i}-cold`, toolCache)),
    async () => coldStream.push(await action(`${i}-stream`, streamCache, { design: 'stream' }))
  ];
  for (let k = 0; k < runs.length; k++) await runs[(i + k) % runs.length]();
  warm.push(await action(`${i}-warm`, toolCache));
  rmSync(toolCache, { recursive: true, force: true });
  rmSync(streamCache, { recursive: true, force: true });
  proxyCold.push(await action(`${i}-proxy`, toolCache, { viaProxy: true }));
  rmSync(toolCache, { recursive: true, force: true });
}
// Inflate only, no extraction: the part of the pipeline that bounds both.
const archivePath = join(MIRROR_DIR, `go${version}.linux-amd64.tar.gz`);
const inflateNode = `const z=require('node:zlib'),f=require('node:fs');z.gunzipSync(f.readFileSync(process.argv[1]),{chunkSize:1<<20});`;
const gzipMs = [];
const zlibMs = [];
for (let i = 0; i < Math.min(rounds, 5); i++) {
  gzipMs.push(await timed('gzip', ['-dc', archivePath]));
  zlibMs.push(await timed(node, ['-e', inflateNode, archivePath]));
}
await mirror.close();
await px.close();
rmSync(root, { recursive: true, force: true });

/** @param {number} ms */
const fmt = ms => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `machine: ${execFileSync('nproc').toString().trim()} cores, node ${process.version} (runner node ${execFileSync(node, ['--version']).toString().trim()}), go${version} archive`
);
console.log(
  `cold setup, verify-then-extract:     ${cold.map(fmt).join(', ')}  median ${fmt(median(cold))}`
);
console.log(
  `cold setup, bounded streaming:       ${coldStream.map(fmt).join(', ')}  median ${fmt(median(coldStream))}`
);
console.log(
  `floor curl -s | tar xz:               ${floors.map(fmt).join(', ')}  median ${fmt(median(floors))}`
);
console.log(
  `cold / floor ratio: verify-then-extract ${(median(cold) / median(floors)).toFixed(2)}x, bounded streaming ${(median(coldStream) / median(floors)).toFixed(2)}x`
);
console.log(
  `cold setup through GOPROXY + sumdb:   ${proxyCold.map(fmt).join(', ')}  median ${fmt(median(proxyCold))}`
);
console.log(
  `proxy (module zip) / go.dev path (tar.gz) cold ratio: ${(median(proxyCold) / median(cold)).toFixed(2)}x (limit 1.25x)`
);
console.log(
  `warm setup (tool-cache hit, cache: false), main step wall: ${warm.map(fmt).join(', ')}  median ${fmt(median(warm))}`
);
console.log(
  `inflate only: gzip -dc ${fmt(median(gzipMs))}, Node zlib (incl. node start) ${fmt(median(zlibMs))}  -> ${(median(gzipMs) / median(zlibMs)).toFixed(2)}x`
);
