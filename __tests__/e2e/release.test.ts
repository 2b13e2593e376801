import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { actionHarness, readReport, type ActionHarness } from '../support/action.js';
import { debianGo, run } from '../support/go.js';
import { goVersionDeps, sbomDeps, validateCdx16 } from '../release/sbom-check.js';

/** main.go plus an arm64-only import of a module beside it (replace => ./armonly). */
const ARM64_ONLY_DEP = {
  files: {
    'go.mod':
      'module example.com/hello\n\ngo 1.19\n\nrequire example.com/armonly v0.0.0\n\nreplace example.com/armonly => ./armonly\n',
    'arm64.go': '//go:build arm64\n\npackage main\n\nimport _ "example.com/armonly"\n',
    'armonly/go.mod': 'module example.com/armonly\n\ngo 1.19\n',
    'armonly/armonly.go': 'package armonly\n\nvar Name = "arm64 only"\n'
  }
};

/** Release jobs through the real bundles: checksums, several targets, universal, SBOMs. */
describe('end to end: a release in one step', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-release');
  });
  afterAll(async () => h.close());

  it('one target: checksums.txt beside the artifact passes sha256sum -c, digests match', async () => {
    const r = await h.run('single', { 'go-version': '1.23.5', target: 'linux/amd64', build: '.' });
    expect(r.main.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('success');
    const checksums = r.outputs['checksums'];
    expect(checksums).toBe(path.join(r.workspace, 'dist', 'checksums.txt'));
    const text = await readFile(checksums, 'utf8');
    expect(text).toMatch(/^[0-9a-f]{64} {2}hello_linux_amd64\n$/);
    const check = await run('sha256sum', ['-c', 'checksums.txt'], { cwd: path.dirname(checksums) });
    expect(check.stdout).toBe('hello_linux_amd64: OK\n');
    expect(JSON.parse(r.outputs['digests'])).toEqual({
      'dist/hello_linux_amd64': `sha256:${text.slice(0, 64)}`
    });
    // checksums.txt is not an artifact: the report holds the binary only.
    expect((await readReport(r)).files.map(f => f.path)).toEqual(['dist/hello_linux_amd64']);
  });

  it('five targets in one step: built, verified, smoke-run under qemu, one checksums.txt', async () => {
    const r = await h.run(
      'five',
      {
        'go-version': '1.23.5',
        target: 'linux/amd64, linux/arm64\nlinux/arm/v7\nwindows/amd64, darwin/universal',
        build: '.',
        'smoke-run': '--version',
        sbom: 'true'
      },
      [],
      ARM64_ONLY_DEP
    );
    if (r.main.conclusion !== 'success')
      console.log(
        r.main.log
          .split('\n')
          .filter(l => /error|fail|::/i.test(l))
          .slice(-30)
          .join('\n')
      );
    expect(r.main.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('success');
    const files = [
      'dist/hello_linux_amd64',
      'dist/hello_linux_arm64',
      'dist/hello_linux_arm_v7',
      'dist/hello_windows_amd64.exe',
      'dist/hello_darwin_universal'
    ];
    expect(JSON.parse(r.outputs['artifacts'])).toEqual(files);
    expect(r.outputs['target']).toBe(
      'linux/amd64,linux/arm64,linux/arm/v7,windows/amd64,darwin/universal'
    );
    expect(r.outputs['verified']).toBe('true');
    // No one GOOS/GOARCH fits later steps: not exported, said once.
    expect(Object.keys(r.env)).toEqual(expect.arrayContaining(['GOROOT', 'GOFLAGS', 'GOCACHE']));
    for (const name of ['GOOS', 'GOARCH', 'GOARM']) expect(r.env[name]).toBeUndefined();
    expect(
      r.annotations.filter(a => a.level === 'notice' && /are not exported/.test(a.message))
    ).toHaveLength(1);
    expect(r.annotations.filter(a => a.level === 'error' || a.level === 'warning')).toEqual([]);

    const report = await readReport(r);
    expect(report.files.map(f => [f.path, f.ok, f.goos, f.goarch])).toEqual([
      [files[0], true, 'linux', 'amd64'],
      [files[1], true, 'linux', 'arm64'],
      [files[2], true, 'linux', 'arm'],
      [files[3], true, 'windows', 'amd64'],
      [files[4], true, 'darwin', 'amd64+arm64']
    ]);
    const smoke = (i: number) =>
      report.files[i].findings.find((f: { check: string }) => f.check === 'smoke-run')?.message;
    expect(smoke(0)).toMatch(/ran natively and exited 0; first line: hello 1\.0/);
    expect(smoke(1)).toMatch(/ran under qemu-aarch64-static and exited 0; first line: hello 1\.0/);
    expect(smoke(2)).toMatch(/ran under qemu-arm-static and exited 0; first line: hello 1\.0/);
    // Every slice of the universal binary is an executable of its own arch.
    expect(report.files[4].macho.arches.map((a: { cpuName: string }) => a.cpuName)).toEqual([
      'x86_64',
      'arm64'
    ]);
    // Each thin build had its own GOCACHE, under the directory a matrix job of that target uses.
    const gocacheRoot = path.dirname(r.outputs['gocache']);
    for (const key of [
      'linux_amd64',
      'linux_arm64',
      'linux_arm_v7',
      'windows_amd64',
      'darwin_amd64',
      'darwin_arm64'
    ])
      expect(existsSync(path.join(gocacheRoot, key, 'README'))).toBe(true);

    const dist = path.join(r.workspace, 'dist');
    expect(r.outputs['checksums']).toBe(path.join(dist, 'checksums.txt'));
    const check = await run('sha256sum', ['-c', 'checksums.txt'], { cwd: dist });
    expect(check.stdout).toBe(
      [...files]
        .map(f => `${path.basename(f)}: OK`)
        .sort()
        .join('\n') + '\n'
    );
    const digests = JSON.parse(r.outputs['digests']);
    expect(Object.keys(digests).sort()).toEqual([...files].sort());
    // One SBOM per artifact: valid CycloneDX 1.6, the deps `go version -m` lists.
    const deps = async (f: string) => goVersionDeps(debianGo('1.23'), path.join(r.workspace, f));
    const armOnly = (await deps('dist/hello_linux_arm64')).filter(
      d => !d.startsWith('example.com/armonly@')
    );
    expect(await deps('dist/hello_linux_arm64')).not.toEqual(armOnly); // it is linked on arm64
    expect(await deps('dist/hello_linux_amd64')).toEqual(armOnly); // and not on amd64
    for (const f of files) {
      const json = await readFile(path.join(r.workspace, `${f}.cdx.json`), 'utf8');
      expect(await validateCdx16(json)).toBeNull();
      const bom = JSON.parse(json);
      // The universal binary: both slices' deps (go version -m reads only the first slice).
      expect(sbomDeps(bom)).toEqual(
        f.endsWith('universal') ? await deps('dist/hello_linux_arm64') : await deps(f)
      );
      expect(bom.metadata.component.name).toBe('example.com/hello');
    }
    const universal = JSON.parse(
      await readFile(path.join(dist, 'hello_darwin_universal.cdx.json'), 'utf8')
    );
    const armonly = universal.components.find(
      (c: { name: string }) => c.name === 'example.com/armonly'
    );
    expect(armonly.properties).toContainEqual({ name: 'go:slices', value: 'arm64' });
    expect(universal.metadata.properties).toContainEqual({
      name: 'go:slices',
      value: 'amd64,arm64'
    });
    const props = universal.metadata.component.properties;
    expect(props).toContainEqual({ name: 'go:slice:amd64:build:GOARCH', value: 'amd64' });
    expect(props).toContainEqual({ name: 'go:slice:arm64:build:GOARCH', value: 'arm64' });
    expect(props).toContainEqual({ name: 'go:build:GOOS', value: 'darwin' });
    expect(r.main.log).toMatch(
      /sbom: dist\/hello_darwin_universal\.cdx\.json \(1 dependencies, slices amd64\+arm64\)/
    );
    // One summary: every artifact of every target, and the checksums.
    for (const f of files) expect(r.main.summary).toContain(`<td>${f}</td>`);
    expect(r.main.summary).toContain('darwin/universal → darwin/amd64+arm64');
    expect(r.main.summary).toContain(await readFile(path.join(dist, 'checksums.txt'), 'utf8'));
    // Six slices, and on a run's first use their std seeds (support/stdseed.ts) are built here.
  }, 300_000);

  it('reproducible: a clean module rebuilds to the same bytes', async () => {
    const r = await h.run('repro-clean', {
      'go-version': '1.23.5',
      target: 'linux/arm64',
      build: '.',
      reproducible: 'true'
    });
    expect(r.main.conclusion).toBe('success');
    // A single target still exports GOOS/GOARCH, as without reproducible.
    expect(r.env['GOARCH']).toBe('arm64');
    const [file] = (await readReport(r)).files;
    expect(file.findings.find((f: { check: string }) => f.check === 'reproducible')).toMatchObject({
      severity: 'info',
      message: expect.stringMatching(/^reproducible: .* same SHA-256/)
    });
    expect(r.main.summary).toContain('<th>Reproducible</th>');
    expect(r.main.summary).toContain('✅ yes');
  }, 240_000);

  it('checksums.txt never replaces a file git tracks; the checksums input names another path', async () => {
    const mine = 'these are my release notes, not checksums\n';
    const atTop = { files: { 'checksums.txt': mine } };
    const inputs = { 'go-version': '1.23.5', target: 'linux/amd64', build: '.', output: '{name}' };
    const refused = await h.run('sums-tracked', inputs, [], atTop);
    expect(refused.main.conclusion).toBe('failure');
    const errors = refused.main.annotations.filter(a => a.level === 'error').map(a => a.message);
    expect(errors).toEqual([
      'checksums.txt: checksums.txt is tracked by git; not overwriting it (set the checksums input to another path, e.g. dist/SHA256SUMS)'
    ]);
    expect(await readFile(path.join(refused.workspace, 'checksums.txt'), 'utf8')).toBe(mine);

    const moved = await h.run('sums-input', { ...inputs, checksums: 'SHA256SUMS' }, [], atTop);
    expect(moved.main.conclusion).toBe('success');
    expect(moved.outputs['checksums']).toBe(path.join(moved.workspace, 'SHA256SUMS'));
    expect(await readFile(path.join(moved.workspace, 'checksums.txt'), 'utf8')).toBe(mine);
    const check = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: moved.workspace });
    expect(check.stdout).toBe('hello: OK\n');
  });

  it('reproducible with a FIFO, a socket, node_modules and LFS objects in the workspace', async () => {
    const servers: Server[] = [];
    const r = await h
      .run(
        'repro-special',
        { 'go-version': '1.23.5', target: 'linux/arm64', build: '.', reproducible: 'true' },
        [],
        {
          files: { '.gitignore': 'node_modules/\nci.fifo\nci.sock\n' },
          afterCheckout: async ws => {
            await run('mkfifo', [path.join(ws, 'ci.fifo')]);
            const server = createServer();
            await new Promise<void>(ok => server.listen(path.join(ws, 'ci.sock'), ok));
            servers.push(server);
            await mkdir(path.join(ws, 'node_modules', 'big'), { recursive: true });
            await writeFile(path.join(ws, 'node_modules', 'big', 'blob'), Buffer.alloc(8 << 20));
            const lfs = path.join(ws, '.git', 'lfs', 'objects', 'ab', 'cd');
            await mkdir(lfs, { recursive: true });
            await writeFile(path.join(lfs, 'ab'.padEnd(64, 'c')), Buffer.alloc(8 << 20));
          }
        }
      )
      .finally(() => servers.forEach(s => s.close()));
    expect(r.main.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('success');
    const [file] = (await readReport(r)).files;
    expect(file.path).toBe('dist/hello_linux_arm64');
    expect(file.findings.find((f: { check: string }) => f.check === 'reproducible')).toMatchObject({
      severity: 'info',
      message: expect.stringMatching(/^reproducible: .* same SHA-256/)
    });
    // The copy: the module only (a few KiB), the special files and the big directories left out.
    const copied =
      /reproducible: copied (\d+) file\(s\), ([\d.]+) MiB in \d+ ms, left out 2 VCS\/node_modules dir\(s\) and 2 FIFO\/socket\/device file\(s\); git stamp from the workspace/.exec(
        r.main.log
      );
    expect(copied).not.toBeNull();
    expect(Number(copied![2])).toBeLessThan(0.1);
    // Every group closed, post state saved, the artifact moved in.
    const log = r.main.log.split('\n');
    expect(log.filter(l => l.startsWith('##[group]')).length).toBe(
      log.filter(l => l === '##[endgroup]').length
    );
    expect(Object.keys(r.state).length).toBeGreaterThan(0);
    expect(existsSync(path.join(r.workspace, 'dist', 'hello_linux_arm64'))).toBe(true);
  }, 240_000);

  it('reproducible: fails naming the section when the build embeds where it ran (trimpath: false)', async () => {
    const r = await h.run('repro-dirty', {
      'go-version': '1.23.5',
      target: 'linux/arm64',
      build: '.',
      trimpath: 'false',
      reproducible: 'true'
    });
    expect(r.main.conclusion).toBe('failure');
    const errors = r.annotations.filter(
      a => a.level === 'error' && a.title === 'setup-go-cross verify: reproducible'
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(
      /not reproducible: .* differs first at offset 0x[0-9a-f]+, in .*section \.[a-z.]+ \(\+0x[0-9a-f]+\)/
    );
    expect(r.main.summary).toContain('❌ no');
  }, 240_000);

  it('verify with several targets: each file is checked against the target it is meant for', async () => {
    // The user builds in their own step (as goreleaser would); one binary is none of the targets.
    const r = await h.run(
      'verify-many',
      {
        'go-version': '1.23.5',
        target: 'linux/amd64, linux/arm/v6, linux/arm/v7',
        verify: 'dist/*',
        'smoke-run': '--version'
      },
      [
        {
          run: [
            'mkdir -p dist',
            'GOOS=linux GOARCH=amd64 go build -o dist/app_amd64 .',
            'GOOS=linux GOARCH=arm GOARM=7 go build -o dist/app_armv7 .',
            'GOOS=linux GOARCH=arm GOARM=6 go build -o dist/app_armv6 .',
            'GOOS=linux GOARCH=386 go build -o dist/app_386 .'
          ].join('\n')
        }
      ]
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('failure');
    const report = await readReport(r);
    const byPath = Object.fromEntries(report.files.map(f => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual([
      'dist/app_386',
      'dist/app_amd64',
      'dist/app_armv6',
      'dist/app_armv7'
    ]);
    for (const ok of ['dist/app_amd64', 'dist/app_armv6', 'dist/app_armv7']) {
      expect(byPath[ok].ok).toBe(true);
      // Smoke-run as its own target (qemu-arm for both arm variants).
      expect(byPath[ok].findings).toContainEqual(
        expect.objectContaining({ check: 'smoke-run', severity: 'info' })
      );
    }
    expect(byPath['dist/app_armv6'].go.settings.GOARM).toBe('6');
    expect(byPath['dist/app_386']).toMatchObject({ ok: false, goos: 'linux', goarch: '386' });
    expect(byPath['dist/app_386'].findings).toContainEqual({
      check: 'goarch',
      severity: 'error',
      message: 'built for linux/386; not one of the targets linux/amd64, linux/arm/v6, linux/arm/v7'
    });
    const errors = r.annotations.filter(a => a.level === 'error');
    expect(errors.map(a => a.file)).toEqual(expect.arrayContaining(['dist/app_386']));
    expect(r.summary).toMatch(/one of linux\/amd64, linux\/arm\/v6, linux\/arm\/v7 → linux\/386/);
    expect(r.summary).toMatch(/linux\/arm\/v6 → linux\/arm \(GOARM=6\)/);
  }, 300_000);
});
