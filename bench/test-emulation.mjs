#!/usr/bin/env node
/**
 * What running tests on the target costs: a sizeable real test suite (Go's
 * own strconv, encoding/json and bytes tests, from GOROOT, no network) run
 * natively and under qemu-user for linux/arm64 and linux/arm/v7, printed as
 * the ratio emulated / native; and the exec wrapper's own overhead per
 * process start against calling qemu directly (a trivial static program
 * exec'ed N times each way).
 *
 * Test binaries are built first (go test -c, not timed), then each runs in
 * its package directory as go test would run it, through the wrapper.
 * Until the action's own exec wrapper lands, a stand-in sh wrapper
 * (`exec qemu-<arch>-static "$@"`) is used; pass --wrapper-dir <dir> to
 * measure a real one (go_linux_arm64_exec, go_linux_arm_exec in <dir>).
 *
 *   node bench/test-emulation.mjs [--go /usr/lib/go-1.27/bin/go] [--runs 3] [--execs 50] [--short] [--exec-only]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const goBin = arg('go', '/usr/lib/go-1.27/bin/go');
const runs = Number(arg('runs', '3'));
const execs = Number(arg('execs', '50'));
const short = process.argv.includes('--short');
/** Only the per-exec overhead (no test suites): quick. */
const execOnly = process.argv.includes('--exec-only');
const PACKAGES = ['strconv', 'encoding/json', 'bytes'];
const TARGETS = [
  { name: 'linux/arm64', env: { GOARCH: 'arm64' }, goarch: 'arm64', qemu: 'qemu-aarch64-static' },
  {
    name: 'linux/arm/v7',
    env: { GOARCH: 'arm', GOARM: '7' },
    goarch: 'arm',
    qemu: 'qemu-arm-static'
  }
];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-test-emulation-'));
const goroot = execFileSync(goBin, ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
const goVersion = execFileSync(goBin, ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
const baseEnv = {
  ...process.env,
  GOFLAGS: '',
  GOTOOLCHAIN: 'local',
  GOPROXY: 'off',
  CGO_ENABLED: '0'
};

let wrapperDir = arg('wrapper-dir');
const standIn = !wrapperDir;
if (standIn) {
  wrapperDir = path.join(tmp, 'wrappers');
  mkdirSync(wrapperDir);
  for (const t of TARGETS) {
    const file = path.join(wrapperDir, `go_linux_${t.goarch}_exec`);
    writeFileSync(file, `#!/bin/sh\nexec ${t.qemu} "$@"\n`);
    chmodSync(file, 0o755);
  }
}

/** Builds each package's test binary for a target (untimed). */
function buildTests(dir, env) {
  mkdirSync(dir, { recursive: true });
  return PACKAGES.map(pkg => {
    const out = path.join(dir, `${pkg.replace(/\//g, '_')}.test`);
    execFileSync(goBin, ['test', '-c', '-o', out, pkg], {
      env: { ...baseEnv, ...env },
      stdio: 'inherit'
    });
    return { pkg, bin: out };
  });
}

/** Wall seconds of running every test binary once in its package dir (best of `runs`). */
function runTests(tests, wrapper) {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = process.hrtime.bigint();
    for (const { pkg, bin } of tests) {
      const argv = ['-test.count=1', ...(short ? ['-test.short'] : [])];
      const [cmd, args] = wrapper ? [wrapper, [bin, ...argv]] : [bin, argv];
      const res = spawnSync(cmd, args, {
        cwd: path.join(goroot, 'src', pkg),
        encoding: 'utf8',
        env: baseEnv
      });
      if (res.status !== 0)
        throw new Error(
          `${pkg} tests failed (${wrapper ?? 'native'}): ${res.stdout.slice(-400)}${res.stderr.slice(-400)}`
        );
    }
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}

/**
 * Median milliseconds per start of each command, the two interleaved run by
 * run so a change in machine load hits both alike.
 */
function perExec(a, b) {
  const once = ([cmd, args]) => {
    const started = process.hrtime.bigint();
    const res = spawnSync(cmd, args);
    if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  once(a); // warm the page cache
  once(b);
  const ta = [];
  const tb = [];
  for (let i = 0; i < execs; i++) {
    ta.push(once(a));
    tb.push(once(b));
  }
  const median = xs => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(ta), median(tb)];
}

try {
  console.log(
    `${goVersion}; packages ${PACKAGES.join(', ')}${short ? ' (-test.short)' : ''}; best of ${runs}`
  );
  console.log(
    standIn
      ? `exec wrapper: stand-in sh script (exec qemu-<arch>-static "$@") in ${wrapperDir}`
      : `exec wrapper: ${wrapperDir}`
  );
  const native = execOnly ? 0 : runTests(buildTests(path.join(tmp, 'native'), {}), undefined);
  if (!execOnly) console.log(`native linux/amd64: ${native.toFixed(2)} s`);
  const hello = path.join(tmp, 'hello');
  mkdirSync(hello);
  writeFileSync(path.join(hello, 'go.mod'), 'module hello\n\ngo 1.19\n');
  writeFileSync(path.join(hello, 'main.go'), 'package main\n\nfunc main() {}\n');
  for (const t of TARGETS) {
    const wrapper = path.join(wrapperDir, `go_linux_${t.goarch}_exec`);
    const emulated = execOnly ? 0 : runTests(buildTests(path.join(tmp, t.goarch), t.env), wrapper);
    if (!execOnly)
      console.log(
        `${t.name} under ${t.qemu}: ${emulated.toFixed(2)} s, ratio emulated/native ${(emulated / native).toFixed(1)}x`
      );
    const bin = path.join(tmp, `hello_${t.goarch}`);
    execFileSync(goBin, ['build', '-o', bin, '.'], { cwd: hello, env: { ...baseEnv, ...t.env } });
    const [direct, viaWrapper] = perExec([t.qemu, [bin]], [wrapper, [bin]]);
    console.log(
      `${t.name} process start (median of ${execs}, interleaved): qemu directly ${direct.toFixed(2)} ms, via the wrapper ${viaWrapper.toFixed(2)} ms, wrapper overhead ${(viaWrapper - direct).toFixed(2)} ms per exec (goal < 5 ms)`
    );
  }
  console.log(
    `load average: ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')} (${os.cpus().length} cores)`
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
