/**
 * `verify --compare` on real reports of real binaries: one project built
 * twice with real Go toolchains (base: lib v1.0.0, Go 1.22; head: lib
 * v1.1.0 plus a big local module, Go 1.23, -tags extra), compared by the
 * bundled CLI (dist/cli/index.js) as a user runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { debianGo, goEnv } from '../support/go.js';
import { expectValidReport } from '../support/report-schema.js';
import { writeProject } from './project.js';

const run = promisify(execFile);
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;

let root: string;
let baseJson: string;
let head: string;

async function build(dir: string, go: string, out: string, extra: string[] = []): Promise<void> {
  await run(
    debianGo(go),
    ['build', '-trimpath', '-ldflags=-s -w', ...extra, '-o', out, './cmd/app'],
    {
      cwd: dir,
      env: goEnv({ GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0', GOFLAGS: '-mod=mod' })
    }
  );
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'verify', ...args]);
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout, err: err.stderr };
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'compare-cli-'));
  const baseDir = path.join(root, 'base');
  const headDir = path.join(root, 'head');
  await writeProject(baseDir, { lib: 'v1.0.0' });
  await writeProject(headDir, { lib: 'v1.1.0', big: true });
  await Promise.all([
    build(baseDir, '1.22', path.join(root, 'base-out', 'app')),
    build(headDir, '1.23', path.join(root, 'head-out', 'app'), ['-tags', 'extra'])
  ]);
  head = path.join(root, 'head-out', 'app');
  const base = await cli(['--json', path.join(root, 'base-out', 'app')]);
  expect(base.code).toBe(0);
  baseJson = path.join(root, 'base.json');
  await writeFile(baseJson, base.out);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('verify --compare (bundled CLI, real binaries)', () => {
  it('reports the size delta, sections, the added and upgraded modules, Go version and tags (JSON, schema-checked)', async () => {
    const r = await cli(['--json', '--compare', baseJson, head]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = expectValidReport(JSON.parse(r.out));
    expect(Object.keys(json)).toEqual(['files', 'compare']);
    const c = json.compare;
    expect(c.base).toBe(baseJson);
    expect(c.artifacts).toHaveLength(1);
    const a = c.artifacts[0];
    expect(a).toMatchObject({ name: 'app', target: 'linux/arm64', status: 'changed', path: head });
    // The big module: a 256 KiB table and 300 functions; the binary grows by well over that.
    expect(a.size.delta).toBeGreaterThan(256 * 1024);
    expect(a.size.percent).toBeCloseTo((a.size.delta / a.size.base) * 100, 1);
    const text = a.sections.find((s: { name: string }) => s.name === '.text');
    const rodata = a.sections.find((s: { name: string }) => s.name === '.rodata');
    expect(text.delta).toBeGreaterThan(0);
    expect(rodata.delta).toBeGreaterThan(0);
    expect(a.sections.reduce((n: number, s: { delta: number }) => n + s.delta, 0)).toBeGreaterThan(
      256 * 1024
    );
    expect(a.modules).toEqual([
      { change: 'added', path: 'example.com/big', base: null, head: 'v1.0.0 => ./big (devel)' },
      {
        change: 'upgraded',
        path: 'example.com/lib',
        base: 'v1.0.0 => ./lib (devel)',
        head: 'v1.1.0 => ./lib (devel)'
      }
    ]);
    expect(a.goVersion).toEqual({ base: 'go1.22.12', head: 'go1.23.5' });
    expect(a.settings).toContainEqual({ key: '-tags', base: null, head: 'extra' });
    expect(c.overBudget).toEqual([]);
    // The base's size is the base report's own number.
    const baseReport = JSON.parse(
      await (await import('node:fs/promises')).readFile(baseJson, 'utf8')
    );
    expect(a.size.base).toBe(baseReport.files[0].size);
  });

  it('prints the comparison after the table; --size-budget 5% makes it exit 1, a large budget 0', async () => {
    const over = await cli(['--compare', baseJson, '--size-budget', '5%', head]);
    expect(over.code).toBe(1);
    expect(over.out).toMatch(/^Compared with .*base\.json:$/m);
    expect(over.out).toMatch(/^ {2}changed app \(linux\/arm64\)/m);
    expect(over.out).toContain('    added example.com/big v1.0.0 => ./big (devel)');
    expect(over.out).toContain('    go: go1.22.12 -> go1.23.5');
    expect(over.out).toMatch(
      /over budget: app \(linux\/arm64\) grew by \+\d+\.\d KiB \(\+\d+\.\d%\), over the size budget of 5%/
    );
    const under = await cli(['--compare', baseJson, '--size-budget', '64MiB', head]);
    expect(under.code).toBe(0);
    expect(under.out).not.toContain('over budget');
  });

  it('a file the base lacks is new, a base file no FILE matches is gone', async () => {
    const r = await cli(['--json', '--compare', baseJson, CLI]);
    const c = expectValidReport(JSON.parse(r.out)).compare;
    expect(c.artifacts.map((a: { name: string; status: string }) => [a.name, a.status])).toEqual([
      ['index.js', 'new'],
      ['app', 'gone']
    ]);
  });

  it('an unusable --compare is one usage line, exit 2', async () => {
    const missing = await cli(['--compare', path.join(root, 'nope.json'), head]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^setup-go-cross: --compare ".*nope\.json": no such file; accepted: the --json report of another build\n$/
    );
    const notReport = path.join(root, 'bad.json');
    await writeFile(notReport, '{"files":[{"path":"a","size":"big"}]}');
    const bad = await cli(['--compare', notReport, head]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('files[0].size is not a byte count');
    const budgetAlone = await cli(['--size-budget', '5%', head]);
    expect(budgetAlone.code).toBe(2);
    expect(budgetAlone.err).toContain('--size-budget needs --compare');
    const badBudget = await cli(['--compare', baseJson, '--size-budget', 'lots', head]);
    expect(badBudget.err).toContain('--size-budget "lots" is not a budget');
  });
});
