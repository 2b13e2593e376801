/**
 * The exec wrappers as Go runs them: the real script text from
 * src/env/exec-wrapper.ts, spawned with an argument array (the way cmd/go
 * runs go_$GOOS_$GOARCH_exec), running real static programs built by Go
 * 1.19 and 1.27 under Debian's qemu-user-static, on a machine with no
 * binfmt_misc registration (a foreign binary run directly is ENOEXEC here).
 * Each program is built once for the suite, into a directory whose name has
 * a space; GOCACHE is the fixtures' one, so std is compiled once per run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { qemuWrapperText, wrappersFor } from '../../src/env/exec-wrapper.js';
import { runsNatively } from '../../src/env/exec-setup.js';
import { probeElf, PROBE_EXIT } from '../../src/env/native-probe.js';
import { parseTarget } from '../../src/targets/parse.js';
import { debianGo, goEnv, run } from '../support/go.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOCACHE = path.join(REPO, '.tmp/fixtures/gocache');

/** Prints what it was given, or exits / dies as told: only os, io, strconv, syscall (cheap to compile). */
const PROGRAM = `package main

import (
	"io"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"time"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 {
		switch args[0] {
		case "exit":
			n, _ := strconv.Atoi(args[1])
			os.Exit(n)
		case "raise":
			syscall.Kill(os.Getpid(), syscall.SIGTERM)
			time.Sleep(10 * time.Second)
			os.Exit(3)
		case "procs":
			os.Stdout.WriteString(strconv.Itoa(runtime.GOMAXPROCS(0)) + "\\n")
			os.Exit(0)
		case "wait":
			os.Stdout.WriteString("ready\\n")
			time.Sleep(60 * time.Second)
			os.Exit(4)
		}
	}
	wd, _ := os.Getwd()
	in, _ := io.ReadAll(os.Stdin)
	out := "goarch=" + runtime.GOARCH + "\\ncwd=" + wd + "\\nenv=" + strconv.Quote(os.Getenv("EXEC_TEST")) + "\\nstdin=" + strconv.Quote(string(in)) + "\\n"
	for _, a := range args {
		out += "arg=" + strconv.Quote(a) + "\\n"
	}
	os.Stdout.WriteString(out)
}
`;

interface Case {
  target: string;
  goarch: string;
  variant?: [string, string];
}

const CASES: Case[] = [
  { target: 'linux/arm64', goarch: 'arm64' },
  { target: 'linux/arm/v7', goarch: 'arm', variant: ['GOARM', '7'] },
  { target: 'linux/arm/v5', goarch: 'arm', variant: ['GOARM', '5'] },
  { target: 'linux/386', goarch: '386' },
  { target: 'linux/riscv64', goarch: 'riscv64' },
  { target: 'linux/ppc64le', goarch: 'ppc64le' },
  { target: 'linux/s390x', goarch: 's390x' }
];
const VERSIONS = ['1.19', '1.27'];

let root: string;
let bin: string; // the wrappers' directory
let work: string; // a cwd with a space and a quote in its name
const programs = new Map<string, string>();

const key = (c: Case, v: string) => `${v} ${c.target}`;

async function build(c: Case, version: string): Promise<void> {
  const out = path.join(root, 'programs dir', `${c.target.replace(/\//g, '_')}_${version}`);
  const env: Record<string, string> = {
    GOOS: 'linux',
    GOARCH: c.goarch,
    CGO_ENABLED: '0',
    GOCACHE
  };
  if (c.variant) env[c.variant[0]] = c.variant[1];
  await run(debianGo(version), ['build', '-trimpath', '-ldflags=-s -w', '-o', out, '.'], {
    cwd: path.join(root, 'src'),
    env: goEnv(env)
  });
  programs.set(key(c, version), out);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'exec-wrapper-'));
  bin = path.join(root, 'bin');
  work = path.join(root, "work dir 'q'");
  await Promise.all(
    [bin, work, path.join(root, 'src'), path.join(root, 'programs dir')].map(d =>
      mkdir(d, { recursive: true })
    )
  );
  await writeFile(path.join(root, 'src/go.mod'), 'module example.com/probe\n\ngo 1.19\n');
  await writeFile(path.join(root, 'src/main.go'), PROGRAM);
  // The wrappers exactly as the step writes them (386 as on a runner where the probe failed).
  const { wrappers } = wrappersFor(
    [...CASES.map(c => parseTarget(c.target)), parseTarget('windows/amd64')],
    { goos: 'linux', goarch: 'amd64' },
    new Map([['386', false]])
  );
  for (const w of wrappers) await writeFile(path.join(bin, w.file), w.text, { mode: 0o755 });
  await writeFile(path.join(bin, 'go_linux_amd64_exec'), qemuWrapperText('amd64'), { mode: 0o755 });
  // Two builds at a time: go uses both cores for each anyway.
  const jobs = VERSIONS.flatMap(v => CASES.map(c => () => build(c, v)));
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
}, 1_500_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the wrapper as cmd/go does: exec of the file with [program, ...args], no shell. */
function viaWrapper(
  goarch: string,
  argv: string[],
  opts: { env?: Record<string, string>; stdin?: string; cwd?: string; goos?: string } = {}
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(bin, `go_${opts.goos ?? 'linux'}_${goarch}_exec`), argv, {
      cwd: opts.cwd ?? work,
      env: { PATH: process.env['PATH'] ?? '', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    // A wrapper that exits at once (126/127: nothing to run the program with) closes stdin
    // before it is written: EPIPE is that, not a failure; what a program read it prints.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.stdin ?? '');
  });
}

/**
 * viaWrapper, once more when a 386 program died of the qemu-i386 bug (one GDT
 * for all threads: a thread that runs on another's TLS dies in the Go
 * runtime; about 1 start in 2,000 even with the wrapper's settings on a
 * loaded machine, src/targets/qemu.ts). Only that crash is retried, once, and
 * said; a second one, or any other difference, fails the test.
 */
async function viaWrapperRetrying386(
  goarch: string,
  argv: string[],
  opts: Parameters<typeof viaWrapper>[2] = {}
): Promise<Ran> {
  const r = await viaWrapper(goarch, argv, opts);
  const qemuI386Crash =
    /^(fatal error: |fatal: |SIGSEGV: |SIGTRAP: |unexpected signal)|qemu: uncaught target signal/m;
  if (goarch !== '386' || !qemuI386Crash.test(r.stderr)) return r;
  console.log(
    `qemu-i386 crashed the program (its shared-GDT bug), retried once:\n${r.stderr.slice(0, 300)}`
  );
  return viaWrapper(goarch, argv, opts);
}

const HOSTILE_ARGS = [
  'two words',
  `it's "quoted"`,
  '$(touch pwned)',
  '`touch pwned2`',
  'line1\nline2',
  '',
  '*',
  '-cpu',
  '--',
  '-L'
];

describe.each(VERSIONS)('Go %s programs through go_linux_<arch>_exec under qemu', version => {
  it.each(CASES.map(c => [c.target, c] as const))(
    '%s: argv, stdin, env, cwd, exit codes',
    async (_, c) => {
      const prog = programs.get(key(c, version))!;
      const env: Record<string, string> = { EXEC_TEST: 'a b $HOME ;' };
      if (c.variant) env[c.variant[0]] = c.variant[1];
      const r = await viaWrapperRetrying386(c.goarch, [prog, ...HOSTILE_ARGS], {
        env,
        stdin: 'in put\nsecond line\n'
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const quote = (s: string) => JSON.stringify(s); // Go's strconv.Quote agrees for this text
      expect(r.stdout).toBe(
        [
          `goarch=${c.goarch}`,
          `cwd=${work}`,
          `env=${quote('a b $HOME ;')}`,
          `stdin=${quote('in put\nsecond line\n')}`,
          ...HOSTILE_ARGS.map(a => `arg=${quote(a)}`),
          ''
        ].join('\n')
      );
      expect(existsSync(path.join(work, 'pwned'))).toBe(false);
      expect(existsSync(path.join(work, 'pwned2'))).toBe(false);
      for (const code of [0, 3, 255]) {
        const e = await viaWrapperRetrying386(c.goarch, [prog, 'exit', String(code)], { env });
        expect({ code: e.code, signal: e.signal }).toEqual({ code, signal: null });
      }
    }
  );

  it.each(
    CASES.filter(c => ['arm64', 's390x', '386'].includes(c.goarch)).map(c => [c.target, c] as const)
  )(
    '%s: a program that dies of a signal, inside or sent from outside, dies of it here too',
    async (_, c) => {
      const prog = programs.get(key(c, version))!;
      const raised = await viaWrapperRetrying386(c.goarch, [prog, 'raise']);
      expect({ code: raised.code, signal: raised.signal }).toEqual({
        code: null,
        signal: 'SIGTERM'
      });

      // The wrapper's pid is qemu's (exec, no fork): a signal to it reaches the program.
      const child = spawn(path.join(bin, `go_linux_${c.goarch}_exec`), [prog, 'wait'], {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe']
      });
      await new Promise<void>(resolve => child.stdout.once('data', () => resolve()));
      const closed = new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
        child.once('close', (code, signal) => resolve([code, signal]))
      );
      child.kill('SIGTERM');
      expect(await closed).toEqual([null, 'SIGTERM']);
    }
  );
});

describe('what the wrapper sets for Go under qemu', () => {
  it.each(VERSIONS)(
    'Go %s: a 386 program runs with GOMAXPROCS=1 unless the user set one; arm64 keeps the default',
    async version => {
      const i386 = programs.get(key(CASES[3], version))!;
      expect((await viaWrapperRetrying386('386', [i386, 'procs'])).stdout).toBe('1\n');
      const set = await viaWrapperRetrying386('386', [i386, 'procs'], { env: { GOMAXPROCS: '3' } });
      expect(set.stdout).toBe('3\n');
      const arm64 = await viaWrapper('arm64', [programs.get(key(CASES[0], version))!, 'procs']);
      expect(arm64.stdout).toBe(`${os.availableParallelism()}\n`);
    }
  );
});

describe('the variant picks the emulated CPU at run time', () => {
  it('a GOARM=7 program runs on the v7 CPU and dies of SIGILL on the v6 one', async () => {
    const prog = programs.get(key(CASES[1], '1.27'))!;
    const v7 = await viaWrapper('arm', [prog], { env: { GOARM: '7' } });
    expect(v7.stdout).toMatch(/^goarch=arm\n/);
    const v6 = await viaWrapper('arm', [prog], { env: { GOARM: '6' } });
    expect(v6.signal).toBe('SIGILL');
  });
  it('a variant qemu cannot emulate: one line, exit 126', async () => {
    const r = await viaWrapper('amd64', ['/bin/true'], { env: { GOAMD64: 'v4' } });
    expect(r.code).toBe(126);
    expect(r.stderr).toMatch(
      /^setup-go-cross: cannot run this program under qemu: GOAMD64=v4 needs AVX-512[^\n]*\n$/
    );
  });
});

describe('when the program cannot run here', () => {
  it('qemu missing from PATH (and no binfmt_misc entry): one line saying what to do, exit 127', async () => {
    const prog = programs.get(key(CASES[0], '1.27'))!;
    const r = await viaWrapper('arm64', [prog], { env: { PATH: '/nonexistent' } });
    expect(r.code).toBe(127);
    expect(r.stderr).toBe(
      'setup-go-cross: cannot run this linux/arm64 program: neither qemu-aarch64-static nor qemu-aarch64 is on PATH and binfmt_misc has no qemu-aarch64 entry; set emulator: install on setup-go-cross, or install qemu-user-static (sudo apt-get install -y qemu-user-static) before this step\n'
    );
  });
  it('a windows target: one line naming where it can run, exit 126', async () => {
    const r = await viaWrapper('amd64', ['/x/app.exe', 'a'], { goos: 'windows' });
    expect(r.code).toBe(126);
    expect(r.stderr).toMatch(
      /^setup-go-cross: this linux\/amd64 runner cannot run windows\/amd64 programs [^\n]*runs-on: windows-latest[^\n]*\n$/
    );
  });
});

describe('the native probe', () => {
  it('answers what a real Go 386 program does when run directly here', async () => {
    const prog = programs.get(key(CASES[3], '1.19'))!;
    const direct = spawnSync(prog, [], { input: '' });
    const runsDirectly = direct.error === undefined && direct.status === 0;
    expect(await runsNatively('386', root)).toBe(runsDirectly);
    // Either way the wrapper decision follows the probe.
    if (process.arch === 'x64') expect(await runsNatively('arm', root)).toBe(false); // no AArch32 on x86-64
  });
  it('its bytes are real programs: qemu runs each and gets 42', async () => {
    for (const [goarch, qemu] of [
      ['386', 'qemu-i386-static'],
      ['arm', 'qemu-arm-static']
    ]) {
      const file = path.join(root, `probe-${goarch}`);
      await writeFile(file, probeElf(goarch), { mode: 0o755 });
      expect(spawnSync(qemu, [file]).status).toBe(PROBE_EXIT);
    }
  });
});
