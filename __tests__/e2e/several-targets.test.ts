/**
 * One pipeline for one target or several, through the real bundles: every
 * target is checked before anything is exported, darwin/universal works
 * alone and first, the step's own files are never verified, a several-target
 * dist/ is ignored by git, and a variant in the job env never leaks into a
 * target that names none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { actionHarness, readReport, type ActionHarness } from '../support/action.js';
import { debianGo, goVersionM } from '../support/go.js';

const failures = (log: string) =>
  log
    .split('\n')
    .filter(l => /error|fail/i.test(l))
    .slice(-20)
    .join('\n');

describe('end to end: several targets through the one pipeline', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-several');
  });
  afterAll(async () => h.close());

  it('darwin/universal alone builds, verifies and checksums the fat binary', async () => {
    const r = await h.run('universal-alone', {
      'go-version': '1.23.5',
      target: 'darwin/universal',
      build: '.'
    });
    if (r.main.conclusion !== 'success') console.log(failures(r.main.log));
    expect(r.main.conclusion).toBe('success');
    expect(JSON.parse(r.outputs['artifacts'])).toEqual(['dist/hello_darwin_universal']);
    expect(r.outputs['verified']).toBe('true');
    expect(r.main.log).toContain(
      'target darwin/universal (darwin/amd64 + darwin/arm64) is a port of go1.23.5'
    );
  });

  it('universal first, a job-env GOAMD64=v3, verify: dist/*: each variant is what its target says', async () => {
    const r = await h.run(
      'universal-first',
      {
        'go-version': '1.23.5',
        target: 'darwin/universal, linux/amd64, linux/amd64/v3',
        build: '.',
        verify: 'dist/*'
      },
      [
        // After a several-target step GOOS/GOARCH are not exported: a host build, stamped from the tree.
        {
          name: 'later build',
          run: 'go build -o "$RUNNER_TEMP/later" . && go version -m "$RUNNER_TEMP/later"'
        }
      ],
      {},
      // What an earlier single-target step with linux/amd64/v3 exports.
      { GOAMD64: 'v3' }
    );
    if (r.main.conclusion !== 'success') console.log(failures(r.main.log));
    expect(r.main.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('success');
    const files = [
      'dist/hello_darwin_universal',
      'dist/hello_linux_amd64',
      'dist/hello_linux_amd64_v3'
    ];
    expect(JSON.parse(r.outputs['artifacts'])).toEqual(files);
    expect(r.outputs['verified']).toBe('true');
    // The step's own files (.gitignore, checksums.txt) are not verified as binaries.
    const report = await readReport(r);
    expect(report.files.map(f => f.path).sort()).toEqual(files);
    expect(r.annotations.filter(a => a.level === 'error')).toEqual([]);

    const go = debianGo('1.23');
    const settings = async (f: string) =>
      (await goVersionM(go, path.join(r.workspace, f))).settings;
    expect((await settings(files[1]))['GOAMD64']).toBe('v1');
    expect((await settings(files[2]))['GOAMD64']).toBe('v3');
    // The darwin/amd64 slice, too, is checked against the default (verified above, no error).

    // dist/ ignores itself: the later build in this checkout is stamped clean.
    expect(await readFile(path.join(r.workspace, 'dist', '.gitignore'), 'utf8')).toBe('*\n');
    const later = r.steps.find(s => s.name === 'later build');
    expect(later?.conclusion).toBe('success');
    expect(later?.stdout).toMatch(/build\tvcs\.modified=false/);
  });

  it('a single target exports the default variant, and a binary built with another one fails verify', async () => {
    const r = await h.run(
      'variant-leak',
      { 'go-version': '1.23.5', target: 'linux/amd64', verify: 'out/*' },
      [{ name: 'user build', run: 'mkdir -p out && GOAMD64=v3 go build -o out/app .' }],
      {},
      { GOAMD64: 'v3' }
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.env['GOAMD64']).toBe('v1');
    expect(r.post?.conclusion).toBe('failure');
    expect(r.annotations.map(a => a.message)).toContainEqual(
      expect.stringContaining(
        'built with GOAMD64=v3, expected GOAMD64=v1 (the default of the pinned Go: the target names no variant)'
      )
    );
  });

  it.each([
    ['linux/amd64, windows/arm', 'target "windows/arm" is marked broken in Go 1.24.4'],
    [
      'linux/amd64, linux/riscv64/rva23u64',
      'target "linux/riscv64/rva23u64": Go 1.24.4 accepts GORISCV64 rva20u64, rva22u64; GORISCV64=rva23u64 needs Go 1.25+'
    ]
  ])(
    'Go 1.24.4, target %s: refused before anything is exported or built',
    async (target, message) => {
      const name = target.replace(/[^a-z0-9]+/g, '-');
      const r = await h.run(name, { 'go-version': '1.24.4', target, build: '.' });
      expect(r.main.conclusion).toBe('failure');
      expect(r.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([message]);
      expect(r.env['GOFLAGS']).toBeUndefined();
      expect(r.outputs['artifacts']).toBeUndefined();
      expect(existsSync(path.join(r.workspace, 'dist'))).toBe(false);
    }
  );
});
