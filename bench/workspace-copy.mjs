#!/usr/bin/env node
/**
 * Benchmark: what `reproducible: true` copies before its rebuild, on a real
 * module in a runner-like workspace, old way vs new, in one run.
 *
 *   node bench/workspace-copy.mjs [--go 1.23] [--runs 3]
 *
 * The workspace: Go's own `cmd` module (a real, vendored module: thousands of
 * files) committed to git, plus what a job typically has beside it: this
 * repo's node_modules (hard-linked in, so the fixture costs nothing) and a
 * 256 MiB Git LFS object under .git/lfs. "old" is what the step did before
 * (fs.cp of the whole workspace, .git and node_modules included); "new" is
 * copyWorkspace (src/release/workspace-copy.ts, compiled by tsc).
 * Each is timed after a warm-up copy (page cache warm for both), and the
 * ratio printed. The bytes written are counted from the copy itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, open, readdir, lstat, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { REPO } from './load-verifier.mjs';

/** @type {(name: string, fallback: string) => string} */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const GO_MINOR = arg('--go', '1.23');
const RUNS = Number(arg('--runs', '3'));
const WORK = path.join(REPO, '.tmp/bench/workspace-copy');
const WS = path.join(WORK, 'ws');

/** src/release/workspace-copy.ts compiled by tsc (it imports only node: modules). */
async function load() {
  const out = path.join(REPO, '.tmp/bench/workspace-copy-js');
  execFileSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      'src/release/workspace-copy.ts',
      '--outDir',
      out,
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck'
    ],
    { cwd: REPO, stdio: 'inherit' }
  );
  await writeFileText(path.join(out, 'package.json'), '{"type":"module"}\n');
  return import(pathToFileURL(path.join(out, 'workspace-copy.js')).href);
}

/**
 * @param {string[]} args
 * @param {string} [cwd]
 */
function git(args, cwd = WS) {
  return execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com'
    },
    encoding: 'utf8'
  });
}

async function workspace() {
  if (existsSync(path.join(WS, '.git', 'bench-ready'))) return;
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WS, { recursive: true });
  // -L: Debian's src/ is symlinks into /usr/share; a checkout holds the files.
  execFileSync('cp', ['-rL', `/usr/lib/go-${GO_MINOR}/src/cmd/.`, WS]);
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'cmd module']);
  await writeFileText(path.join(WS, '.gitignore'), 'node_modules/\n');
  execFileSync('cp', ['-al', path.join(REPO, 'node_modules'), path.join(WS, 'node_modules')]);
  const lfs = path.join(WS, '.git', 'lfs', 'objects', 'ab', 'cd');
  await mkdir(lfs, { recursive: true });
  const fh = await open(path.join(lfs, 'abcd'.padEnd(64, '0')), 'w');
  const chunk = Buffer.alloc(1 << 20, 7);
  for (let i = 0; i < 256; i++) await fh.write(chunk);
  await fh.close();
  await writeFileText(path.join(WS, '.git', 'bench-ready'), '');
}

/**
 * @param {string} file
 * @param {string} text
 */
async function writeFileText(file, text) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, text);
}

/** @param {string} dir */
async function count(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await lstat(path.join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

/** @param {(dest: string) => Promise<unknown>} fn */
async function time(fn) {
  const dest = path.join(WORK, 'copy');
  await rm(dest, { recursive: true, force: true });
  await fn(dest); // warm-up
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    await rm(dest, { recursive: true, force: true });
    const t = performance.now();
    await fn(dest);
    ms.push(performance.now() - t);
  }
  const size = await count(dest);
  await rm(dest, { recursive: true, force: true });
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)], ...size };
}

const { copyWorkspace } = await load();
await workspace();
const module = await count(WS).then(async all => {
  const git = await count(path.join(WS, '.git'));
  const nm = await count(path.join(WS, 'node_modules'));
  return {
    files: all.files - git.files - nm.files,
    bytes: all.bytes - git.bytes - nm.bytes,
    git,
    nm
  };
});
/** @param {number} b */
const mib = b => `${(b / 1048576).toFixed(1)} MiB`;
console.log(
  `workspace: Go ${GO_MINOR} cmd module ${module.files} files ${mib(module.bytes)}; .git ${module.git.files} files ${mib(module.git.bytes)} (256 MiB LFS object); node_modules ${module.nm.files} files ${mib(module.nm.bytes)}`
);
const old = await time((/** @type {string} */ dest) =>
  cp(WS, dest, { recursive: true, verbatimSymlinks: true })
);
const now = await time((/** @type {string} */ dest) => copyWorkspace(WS, dest));
console.log(
  `old fs.cp (everything): ${old.ms.toFixed(0)} ms, ${old.files} files, ${mib(old.bytes)}`
);
console.log(
  `new copyWorkspace:      ${now.ms.toFixed(0)} ms, ${now.files} files, ${mib(now.bytes)} (git stamp set up included)`
);
console.log(
  `ratio new/old: time ${(now.ms / old.ms).toFixed(3)}, bytes ${(now.bytes / old.bytes).toFixed(3)} (median of ${RUNS})`
);
