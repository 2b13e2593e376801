#!/usr/bin/env node
/**
 * Benchmark: wall time of the image stage (layers, configs, manifests, the
 * push and the read-back proof) for 2 platforms of a ~10 MB Go binary (esbuild) into a
 * loopback docker-registry, against `skopeo copy --all` of the same image as
 * an OCI layout into the same kind of registry (a fresh one each time, so
 * both upload every blob). Then the bytes uploaded by a second push where
 * nothing changed (goal: manifests only).
 *
 *   node bench/image.mjs [--runs N]
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { fetchEsbuildFixtures } from '../scripts/fixtures/esbuild.mjs';
import { startRegistry } from '../scripts/fixtures/registry.mjs';
import { loadVerifier, REPO } from './load-verifier.mjs';

const run = promisify(execFile);
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** @param {number[]} xs */
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The image stage bundled as dist/ is (ncc), so the bench runs the real TypeScript.
 * @returns {Promise<typeof import('../src/image/publish.js')>}
 */
async function loadImageStage() {
  const out = path.join(REPO, '.tmp/bench/image');
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'src/image/publish.ts',
      '-o',
      out,
      '--quiet'
    ],
    { cwd: REPO, stdio: 'inherit' }
  );
  return import(pathToFileURL(path.join(out, 'index.js')).href);
}

/**
 * Two real ~10 MB Go binaries: esbuild 0.28.2 for linux/arm64 and linux/arm
 * (from npm, as the verifier tests fetch them; built by Go 1.26 without build
 * info, so the verifier warns and passes).
 */
async function realBinaries() {
  const manifest = await fetchEsbuildFixtures();
  const pick = /** @param {string} spec */ spec => {
    const f = manifest.binaries.find(x => x.spec === spec);
    if (!f) throw new Error(`esbuild fixture ${spec} missing`);
    return f.path;
  };
  return [
    { file: pick('@esbuild/linux-arm64@0.28.2'), goarch: 'arm64' },
    { file: pick('@esbuild/linux-arm@0.28.2'), goarch: 'arm' }
  ];
}

const root = await mkdtemp(path.join(os.tmpdir(), 'bench-image-'));
try {
  const stage = await loadImageStage();
  const { verifier } = await loadVerifier();
  const bins = await realBinaries();
  const artifacts = [];
  for (const b of bins) {
    const bytes = await readFile(b.file);
    const target = { goos: 'linux', goarch: b.goarch };
    const { report } = await verifier.verifyFileResult(b.file, {
      target,
      stripped: true,
      trimpath: true
    });
    artifacts.push({
      target,
      file: b.file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      report
    });
  }
  const size = (await readFile(bins[0].file)).length;
  /** @param {string} host @param {string[]} tags @param {string} [layout] */
  const plan = (host, tags, layout) => ({
    image: {
      refs: tags.map(tag => ({ registry: host, repository: 'bench/app', tag })),
      labels: {},
      layout
    },
    verify: { stripped: true, trimpath: true },
    env: { SOURCE_DATE_EPOCH: '0', HOME: root },
    workspace: root
  });
  // The reference's input: the very same image as an OCI layout.
  const layout = path.join(root, 'layout');
  await stage.publishImage(plan('127.0.0.1:1', [], layout), artifacts);

  const ours = [];
  const skopeo = [];
  let secondUp = 0;
  let secondRequests = 0;
  let firstUp = 0;
  for (let i = 0; i < RUNS; i++) {
    for (const who of ['ours', 'skopeo']) {
      const reg = await startRegistry({ auth: 'none', root: path.join(root, `reg-${i}-${who}`) });
      try {
        const t0 = performance.now();
        if (who === 'ours') {
          const res = await stage.publishImage(plan(reg.host, ['v1']), artifacts);
          ours.push(performance.now() - t0);
          firstUp = reg.requests.reduce((n, r) => n + r.bytesUp, 0);
          const before = reg.requests.length;
          await stage.publishImage(plan(reg.host, ['v1']), artifacts);
          const second = reg.requests.slice(before);
          secondUp = second.reduce((n, r) => n + r.bytesUp, 0);
          secondRequests = second.length;
          if (res.failed) throw new Error(res.failed);
        } else {
          await run(
            'skopeo',
            [
              '--insecure-policy',
              'copy',
              '--all',
              '--quiet',
              '--dest-tls-verify=false',
              `oci:${layout}`,
              `docker://${reg.host}/bench/app:v1`
            ],
            {
              env: { ...process.env, HOME: path.join(root, 'skopeo-home', String(i)) }
            }
          );
          skopeo.push(performance.now() - t0);
        }
      } finally {
        await reg.close();
      }
    }
  }
  const m = median(ours);
  const r = median(skopeo);
  console.log(
    `image stage, 2 platforms of a ${(size / (1 << 20)).toFixed(1)} MiB binary, ${RUNS} runs, fresh loopback docker-registry each:`
  );
  console.log(
    `  ours (layers + push + read-back proof): median ${m.toFixed(0)} ms  [${ours.map(x => x.toFixed(0)).join(', ')}]`
  );
  console.log(
    `  skopeo copy --all oci:<layout>:        median ${r.toFixed(0)} ms  [${skopeo.map(x => x.toFixed(0)).join(', ')}]`
  );
  console.log(`  ratio ours/skopeo: ${(m / r).toFixed(2)}x (goal <= 1.0x)`);
  console.log(
    `  first push: ${firstUp} bytes uploaded; second push, nothing changed: ${secondUp} bytes in ${secondRequests} requests (manifests only)`
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
