#!/usr/bin/env node
/**
 * Benchmark: wall time of the image stage (layers, configs, manifests, the
 * push and the read-back proof) for 2 platforms of a ~10 MB Go binary into a
 * loopback docker-registry, against `skopeo copy --all` of the same image as
 * an OCI layout into the same kind of registry (a fresh one each time, so
 * both upload every blob). Then the bytes uploaded by a second push where
 * nothing changed (goal: manifests only).
 *
 *   node bench/image.mjs [--runs N]
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startRegistry } from '../scripts/fixtures/registry.mjs';
import { REPO } from './load-verifier.mjs';

const run = promisify(execFile);
const GO = '/usr/lib/go-1.23/bin/go';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** @param {number[]} xs */
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The image stage bundled as dist/ is (ncc), so the bench runs the real TypeScript. */
function loadImageStage() {
  const out = path.join(REPO, '.tmp/bench/image');
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/image-entry.ts', '-o', out, '--quiet', '--transpile-only'],
    { cwd: REPO, stdio: 'inherit' }
  );
  return import(pathToFileURL(path.join(out, 'index.js')).href);
}

/**
 * A Go program embedding 8 MiB of pseudo-random bytes (incompressible, as
 * real code mostly is not, so the gzip cost is an upper bound), built for
 * linux/amd64 and linux/arm64.
 * @param {string} dir
 */
async function buildBinaries(dir) {
  const src = path.join(dir, 'src');
  await mkdir(src, { recursive: true });
  const blob = Buffer.alloc(8 << 20);
  let h = createHash('sha256').update('seed').digest();
  for (let o = 0; o < blob.length; o += 32) {
    h = createHash('sha256').update(h).digest();
    h.copy(blob, o);
  }
  await writeFile(path.join(src, 'blob.bin'), blob);
  await writeFile(path.join(src, 'go.mod'), 'module example.com/big\n\ngo 1.21\n');
  await writeFile(
    path.join(src, 'main.go'),
    'package main\n\nimport (\n\t_ "embed"\n\t"fmt"\n)\n\n//go:embed blob.bin\nvar blob []byte\n\nfunc main() { fmt.Println(len(blob)) }\n'
  );
  const files = [];
  for (const goarch of ['amd64', 'arm64']) {
    const file = path.join(dir, `big_linux_${goarch}`);
    await run(GO, ['build', '-trimpath', '-ldflags=-s -w', '-o', file, '.'], {
      cwd: src,
      env: { ...process.env, GOOS: 'linux', GOARCH: goarch, CGO_ENABLED: '0', GOCACHE: path.join(REPO, '.tmp/fixtures/gocache'), GOFLAGS: '', GOTOOLCHAIN: 'local' }
    });
    files.push({ file, goarch });
  }
  return files;
}

const root = await mkdtemp(path.join(os.tmpdir(), 'bench-image-'));
try {
  const stage = await loadImageStage();
  const bins = await buildBinaries(root);
  const artifacts = [];
  for (const b of bins) {
    const bytes = await readFile(b.file);
    const target = { goos: 'linux', goarch: b.goarch };
    const { report } = await stage.verifyFileResult(b.file, { target, stripped: true, trimpath: true });
    artifacts.push({ target, file: b.file, sha256: createHash('sha256').update(bytes).digest('hex'), report });
  }
  const size = (await readFile(bins[0].file)).length;
  /** @param {string} host @param {string[]} tags @param {string} [layout] */
  const plan = (host, tags, layout) => ({
    image: { refs: tags.map(tag => ({ registry: host, repository: 'bench/app', tag })), labels: {}, layout },
    verify: { stripped: true, trimpath: true },
    env: { SOURCE_DATE_EPOCH: '0', HOME: root },
    workspace: root,
    tempDir: path.join(root, 'proof')
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
          await run('skopeo', ['--insecure-policy', 'copy', '--all', '--quiet', '--dest-tls-verify=false', `oci:${layout}`, `docker://${reg.host}/bench/app:v1`], {
            env: { ...process.env, HOME: path.join(root, 'skopeo-home', String(i)) }
          });
          skopeo.push(performance.now() - t0);
        }
      } finally {
        await reg.close();
      }
    }
  }
  const m = median(ours);
  const r = median(skopeo);
  console.log(`image stage, 2 platforms of a ${(size / (1 << 20)).toFixed(1)} MiB binary, ${RUNS} runs, fresh loopback docker-registry each:`);
  console.log(`  ours (layers + push + read-back proof): median ${m.toFixed(0)} ms  [${ours.map(x => x.toFixed(0)).join(', ')}]`);
  console.log(`  skopeo copy --all oci:<layout>:        median ${r.toFixed(0)} ms  [${skopeo.map(x => x.toFixed(0)).join(', ')}]`);
  console.log(`  ratio ours/skopeo: ${(m / r).toFixed(2)}x (goal <= 1.0x)`);
  console.log(`  first push: ${firstUp} bytes uploaded; second push, nothing changed: ${secondUp} bytes in ${secondRequests} requests (manifests only)`);
} finally {
  await rm(root, { recursive: true, force: true });
}
