/**
 * Runs the action's committed bundles (dist/main, dist/post) locally the way
 * the GitHub runner does, against the loopback go.dev mirror:
 *
 *   npm run local
 *   npm run local -- --input target=linux/arm/v7 --input build=. --step 'file dist/*'
 *   npm run local -- --no-mirror --input go-version=stable   # real go.dev (needs internet)
 *
 * Without arguments: go-version 1.27.4 (the newest Go the tests pin) from
 * the mirror, the default target (linux/arm64), a workspace with a stdlib
 * hello module and a test, the `test` input running that test for the target
 * under qemu-user, and user steps that build it with the exported
 * environment, then `go test` and `go run` it for the target (through the
 * go_linux_arm64_exec wrapper the action put on PATH). Everything lives in
 * .tmp/local-run, fresh each time except the tool cache, so a second run
 * shows the tool-cache hit. Exits non-zero if any step failed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMirrorFixtures } from './fixtures/mirror.mjs';
import { startMirror } from './fixtures/mirror-server.mjs';
import { ensureNode24 } from './node24.mjs';
import { initGitWorkspace, runAction } from './runner/index.mjs';

/** @typedef {import('./runner/index.d.mts').StepResult} StepResult */
/** @typedef {import('./runner/index.d.mts').UserStep} UserStep */

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(REPO, '.tmp/local-run');
const MIRROR_PORT = 47123;

const DEFAULT_STEPS = [
  {
    name: 'Build with the exported env',
    run: [
      'go build -o app .',
      'go version -m app',
      'if command -v file >/dev/null; then file app; fi'
    ].join('\n')
  },
  // Both run the program they build; for another arch, through go_<goos>_<goarch>_exec.
  { name: 'go test for the target', run: 'go test -v ./...' },
  { name: 'go run for the target', run: 'go run .' }
];

/**
 * @param {string} [msg]
 * @returns {never}
 */
function usage(msg) {
  if (msg) console.error(msg);
  console.error(
    'usage: npm run local -- [--input name=value ...] [--step BASH ...] [--no-mirror] [--quiet]'
  );
  process.exit(2);
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const opts = {
    /** @type {Record<string, string>} */
    inputs: {},
    /** @type {UserStep[]} */
    steps: [],
    mirror: true,
    echo: true
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--input' || a === '-i') {
      const kv = value();
      const eq = kv.indexOf('=');
      if (eq <= 0) usage(`--input wants name=value, got ${kv}`);
      opts.inputs[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a === '--step' || a === '-s') opts.steps.push({ run: value() });
    else if (a === '--mirror') opts.mirror = true;
    else if (a === '--no-mirror') opts.mirror = false;
    else if (a === '--quiet') opts.echo = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

/** @param {string} dir */
async function makeWorkspace(dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'go.mod'), 'module example.com/hello\n\ngo 1.19\n');
  await writeFile(join(dir, 'go.sum'), '');
  await writeFile(
    join(dir, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\n' +
      'func main() { fmt.Printf("hello from %s/%s\\n", runtime.GOOS, runtime.GOARCH) }\n'
  );
  await writeFile(
    join(dir, 'main_test.go'),
    'package main\n\nimport (\n\t"runtime"\n\t"testing"\n)\n\n' +
      'func TestArch(t *testing.T) { t.Logf("running on %s/%s", runtime.GOOS, runtime.GOARCH) }\n'
  );
}

/** @param {StepResult} step */
function printStep(step) {
  const bar = '-'.repeat(72);
  console.log(
    `\n${bar}\n${step.name}: ${step.conclusion}` +
      (step.exitCode !== null ? ` (exit ${step.exitCode}, ${step.durationMs} ms)` : '')
  );
  for (const a of step.annotations) {
    const where = a.file
      ? ` ${a.file}${a.line ? `:${a.line}` : ''}${a.col ? `:${a.col}` : ''}`
      : '';
    console.log(`  ${a.level}${where}${a.title ? ` [${a.title}]` : ''}: ${a.message}`);
  }
  for (const e of step.errors) console.log(`  runner: ${e}`);
  if (Object.keys(step.outputs).length) console.log(`  outputs: ${JSON.stringify(step.outputs)}`);
  if (Object.keys(step.envAdded).length) console.log(`  env: ${JSON.stringify(step.envAdded)}`);
  if (step.pathAdded.length) console.log(`  path: ${step.pathAdded.join(', ')}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const node = await ensureNode24();
  let mirror;
  // By default, show the whole story: the user step builds `app`, and the
  // post step verifies it and smoke-runs it (under qemu when installed).
  /** @type {Record<string, string>} */
  const defaults = opts.steps.length
    ? {}
    : { verify: 'app', 'smoke-run': '--version', test: './...' };
  /** @type {Record<string, string>} */
  const inputs = { 'go-version': '1.27.4', ...defaults, ...opts.inputs };
  if (opts.mirror) {
    await buildMirrorFixtures();
    // A fixed port keeps the base URL (part of the action's tool-cache name
    // for mirrors) stable between runs, so the second run hits the tool cache.
    mirror = await startMirror({ port: MIRROR_PORT }).catch(err => {
      if (err.code !== 'EADDRINUSE') throw err;
      console.log(`port ${MIRROR_PORT} busy; using a random one (no tool-cache hit this run)`);
      return startMirror();
    });
    inputs['go-download-base-url'] ??= mirror.baseUrl;
    console.log(`go.dev mirror: ${mirror.baseUrl}`);
  }
  const workspace = join(ROOT, 'workspace');
  await makeWorkspace(workspace);
  const sha = await initGitWorkspace(workspace);
  const steps = opts.steps.length ? opts.steps : DEFAULT_STEPS;
  try {
    console.log(`inputs: ${JSON.stringify(inputs)}\n`);
    const run = await runAction({
      actionDir: REPO,
      node,
      inputs,
      steps,
      workspace,
      sha,
      root: ROOT,
      temp: join(ROOT, 'temp'),
      toolCache: join(ROOT, 'tool-cache'),
      home: join(ROOT, 'home'),
      echo: opts.echo
    });
    console.log('\n================ result');
    for (const step of run.steps) printStep(step);
    console.log(`\nmain outputs: ${JSON.stringify(run.outputs, null, 2)}`);
    if (run.summary) console.log(`\n---------------- job summary\n${run.summary}`);
    if (mirror) {
      const downloads = mirror.downloads().map(r => `${r.path} ${r.status}`);
      console.log(
        `mirror downloads: ${downloads.length ? downloads.join(', ') : 'none (tool-cache hit)'}`
      );
    }
    for (const w of run.warnings) console.log(`warning: ${w}`);
    console.log(
      `\n${run.success ? 'all steps succeeded' : 'a step FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s ` +
        `(workspace ${run.dirs.workspace})`
    );
    process.exitCode = run.success ? 0 : 1;
  } finally {
    await mirror?.close();
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
