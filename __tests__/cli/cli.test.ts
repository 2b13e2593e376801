/**
 * The verify CLI: argument handling and exit codes in-process, then the real
 * bundled bin (ncc, as dist/cli/index.js is built) run as a child process on
 * real and mutated binaries: exit 0/1/2, JSON shape, never a stack trace.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main.js';
import { expectValidReport } from '../support/report-schema.js';
import { fixture, rngSeeded } from './support.js';

const run = promisify(execFile);

async function cli(argv: string[], env: Record<string, string | undefined> = {}) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: t => (out += `${t}\n`), err: t => (err += `${t}\n`), env });
  return { code, out, err };
}

const arm64 = () => fixture('go1.23_linux_arm64').path;
const amd64 = () => fixture('go1.23_linux_amd64').path;

describe('verify CLI (in-process)', () => {
  it('exit 0 when every file passes; human table by default', async () => {
    const r = await cli(['verify', '--target', 'linux/arm64', '--go-version', '1.23.5', arm64()]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^ok\s+\S+go1\.23_linux_arm64\s+elf\s+linux\/arm64\s+go1\.23\.5\s+64-bit little, AArch64, exec, static, stripped, no-dwarf$/m
    );
    expect(r.out).toMatch(/1 file\(s\), 0 failed/);
  });
  it('exit 1 on an error finding, with the finding in the table', async () => {
    const r = await cli(['verify', '--target=linux/arm64', amd64()]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'error machine: built for x86-64 (linux/amd64), expected AArch64 (linux/arm64)'
    );
  });
  it('--json prints {"files":[REPORT...]} with the contract names', async () => {
    const r = await cli(['verify', '--json', '--target', 'linux/arm64', arm64(), amd64()]);
    expect(r.code).toBe(1);
    const json = expectValidReport(JSON.parse(r.out));
    expect(Object.keys(json)).toEqual(['files']);
    expect(json.files.map((f: { ok: boolean }) => f.ok)).toEqual([true, false]);
    const rep = json.files[0];
    expect(rep).toMatchObject({
      path: arm64(),
      ok: true,
      format: 'elf',
      goos: 'linux',
      goarch: 'arm64',
      elf: {
        class: 64,
        endian: 'little',
        machine: 183,
        machineName: 'AArch64',
        osabi: 0,
        type: 'exec',
        flags: 0,
        interpreter: null,
        needed: [],
        stripped: true,
        dwarf: false
      },
      macho: null,
      pe: null,
      go: {
        version: 'go1.23.5',
        path: 'example.com/hello',
        settings: { CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'arm64', '-trimpath': 'true' },
        deps: []
      },
      findings: []
    });
  });
  it('--cgo, --no-stripped and GITHUB_SHA from the environment', async () => {
    const cgo = fixture('go1.23_linux_amd64_cgo').path;
    expect((await cli(['verify', cgo])).code).toBe(1);
    expect((await cli(['verify', '--cgo', cgo])).code).toBe(0);
    const plain = fixture('go1.23_linux_amd64_plain').path;
    expect((await cli(['verify', '--no-stripped', plain])).code).toBe(1); // still no -trimpath
    expect((await cli(['verify', '--no-stripped', '--no-trimpath', plain])).code).toBe(0);
    const sha = fixture('go1.23_linux_arm64').revision;
    expect((await cli(['verify', arm64()], { GITHUB_SHA: sha })).code).toBe(0);
    const wrong = await cli(['verify', arm64()], { GITHUB_SHA: 'a'.repeat(40) });
    expect([wrong.code, wrong.out.includes('vcs-revision')]).toEqual([1, true]);
  });
  it.each([
    [
      ['verify', '--target', 'linux/arm65', 'x'],
      'setup-go-cross: --target "linux/arm65" is not a Go target; did you mean linux/arm64?'
    ],
    [['verify', '--target'], 'setup-go-cross: option --target needs a value'],
    [
      ['verify', '--go-version', 'latest', 'x'],
      'setup-go-cross: --go-version "latest" is not an exact Go version; use e.g. 1.22.12 or go1.22.12'
    ],
    [['verify', '--frobnicate', 'x'], 'setup-go-cross: unknown option "--frobnicate"; see --help'],
    [['verify', '--json=yes', 'x'], 'setup-go-cross: option --json takes no value (got "yes")'],
    [['verify'], 'setup-go-cross: verify needs at least one FILE'],
    [['check', 'x'], 'setup-go-cross: unknown command "check"; the only command is "verify"']
  ])('usage error %j: one line, exit 2', async (argv, line) => {
    const r = await cli(argv as string[]);
    expect(r).toEqual({ code: 2, out: '', err: `${line}\n` });
  });
  it('--target given several times: each file against the one it is built for', async () => {
    const files = [
      'go1.23_linux_amd64',
      'go1.23_linux_arm_GOARM-5',
      'go1.23_linux_arm_GOARM-7',
      'go1.23_windows_amd64',
      'go1.23_linux_386'
    ].map(n => fixture(n).path);
    const targets = ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'windows/amd64'];
    const r = await cli(['verify', '--json', ...targets.flatMap(t => ['--target', t]), ...files]);
    expect(r.code).toBe(1);
    const reports = expectValidReport(JSON.parse(r.out)).files;
    expect(reports.map((f: { ok: boolean }) => f.ok)).toEqual([true, true, true, true, false]);
    // GOARM=5 was checked as linux/arm/v5, not as v7 (that would be a variant error).
    expect(reports[1].findings.filter((f: { check: string }) => f.check === 'variant')).toEqual([]);
    expect(reports[4].findings).toContainEqual({
      check: 'goarch',
      severity: 'error',
      message:
        'built for linux/386; not one of the targets linux/amd64, linux/arm/v5, linux/arm/v7, windows/amd64'
    });
    // One target is the one-target check: a 386 binary for linux/amd64 is a machine error.
    const one = await cli(['verify', '--json', '--target', 'linux/amd64', files[4]]);
    expect(JSON.parse(one.out).files[0].findings.map((f: { check: string }) => f.check)).toContain(
      'machine'
    );
  });
  it('--target darwin/universal expects a fat Mach-O; the same target twice is a usage error', async () => {
    const thin = await cli([
      'verify',
      '--target',
      'darwin/universal',
      fixture('go1.23_darwin_arm64').path
    ]);
    expect(thin.code).toBe(1);
    expect(thin.out).toMatch(/is a thin Mach-O file, expected a universal binary/);
    const twice = await cli(['verify', '--target', 'linux/arm64', '--target', 'linux/arm64', 'x']);
    expect(twice).toEqual({
      code: 2,
      out: '',
      err: 'setup-go-cross: --target linux/arm64 is given twice\n'
    });
  });
  it('a bad variant is a one-line usage error naming --target and the value', async () => {
    const r = await cli(['verify', '--target', 'linux/arm/v9', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^setup-go-cross: --target "linux\/arm\/v9": .*GOARM.*\n$/);
  });
  it('exit 2 when a file cannot be read, even next to failing files', async () => {
    const r = await cli(['verify', '--target', 'linux/arm64', amd64(), '/nonexistent/file']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('error read: /nonexistent/file: no such file (or a dangling symlink)');
  });
  it('hostile file names and finding text cannot inject a workflow command or a terminal escape', async () => {
    const dir = path.join(process.cwd(), '.tmp/cli-test-hostile');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const evil = path.join(dir, 'evil\n::error::pwned\x1b[31m');
    writeFileSync(evil, readFileSync(arm64()));
    const missing = path.join(dir, 'gone\r##[error]x\u2028::warning::y');
    const r = await cli(['verify', '--target', 'linux/amd64', evil, missing]);
    expect(r.code).toBe(2);
    const lines = r.out.trimEnd().split('\n');
    // header, two rows, their error findings, the count: every line is one of those.
    expect(lines[0]).toMatch(/^\s+file\s+format/);
    expect(lines.at(-1)).toBe('2 file(s), 2 failed');
    for (const l of lines) {
      expect(l.trimStart().startsWith('::')).toBe(false);
      expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(l).not.toContain('##[');
    }
    expect(r.out).toContain('evil\\n:\u200b:error:\u200b:pwned\\x1b[31m');
    expect(r.out).toContain('gone\\r#\u200b#[error]x\\u2028:\u200b:warning:\u200b:y');
    // The finding text is escaped as well: the read error names the path.
    expect(lines.filter(l => /^ {4}error read: .*gone\\r/.test(l))).toHaveLength(1);
    expect(lines.filter(l => /^FAIL +\S*evil\\n/.test(l))).toHaveLength(1);
  });
  it('--help prints usage, exit 0', async () => {
    const r = await cli(['--help']);
    expect([r.code, r.out.startsWith('Usage: setup-go-cross verify')]).toEqual([0, true]);
  });
});

describe('the bundled bin as a child process', () => {
  const root = process.cwd();
  const outDir = path.join(root, '.tmp/cli-test');
  const bin = path.join(outDir, 'index.js');
  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await run(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        'src/cli/index.ts',
        '-o',
        outDir,
        '--quiet',
        // Types are tsc's job; this keeps other modules' in-progress type errors out of this test.
        '--transpile-only'
      ],
      {
        cwd: root
      }
    );
  }, 120000);

  const spawn = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
        maxBuffer: 64 * 1024 * 1024
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('keeps the node shebang (package.json bin)', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(JSON.parse(readFileSync('package.json', 'utf8')).bin).toEqual({
      'setup-go-cross': 'dist/cli/index.js'
    });
  });
  it('verify --json on real binaries; exit codes 0 / 1 / 2', async () => {
    const ok = await spawn(['verify', '--json', '--target', 'linux/arm64', arm64()]);
    expect(ok.code).toBe(0);
    expect(expectValidReport(JSON.parse(ok.stdout)).files[0].goarch).toBe('arm64');
    expect((await spawn(['verify', '--target', 'linux/arm64', amd64()])).code).toBe(1);
    const usage = await spawn(['verify', '--target', 'nope']);
    expect([usage.code, usage.stderr.trim().split('\n').length]).toEqual([2, 1]);
  });
  it('mutated binaries: exit 0, 1 or 2 with a message, never a stack trace', async () => {
    const dir = path.join(root, '.tmp/cli-test/mutants');
    mkdirSync(dir, { recursive: true });
    const rand = rngSeeded(7);
    const files: string[] = [];
    const bases = [
      'go1.23_linux_s390x',
      'go1.23_darwin_arm64',
      'go1.23_windows_amd64',
      'go1.19_linux_arm_GOARM-7'
    ];
    for (let i = 0; i < 24; i++) {
      const data = Buffer.from(readFileSync(fixture(bases[i % bases.length]).path));
      for (let e = 0; e < 6; e++)
        data[Math.floor(rand() * Math.min(data.length, 8192))] = Math.floor(rand() * 256);
      const file = path.join(dir, `m${i}`);
      writeFileSync(file, i % 5 === 0 ? data.subarray(0, Math.floor(rand() * data.length)) : data);
      files.push(file);
    }
    const r = await spawn(['verify', '--json', ...files]);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at \S+ \(/);
    expect(expectValidReport(JSON.parse(r.stdout)).files).toHaveLength(files.length);
    const table = await spawn(['verify', ...files]);
    expect([0, 1, 2]).toContain(table.code);
    expect(table.stdout).toMatch(/24 file\(s\), \d+ failed/);
  });
});
