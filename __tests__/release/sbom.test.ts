import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSbom, serializeSbom } from '../../src/release/sbom.js';
import { writeReleaseFiles } from '../../src/run/release-step.js';
import { verifyFile } from '../../src/verify/index.js';
import { debianGo, goEnv, run } from '../support/go.js';
import { goVersionDeps, sbomDeps, validateCdx16 } from './sbom-check.js';

/**
 * A module with real h1: sums without a module proxy: example.com/greet is
 * served from a file:// GOPROXY written here; example.com/old is replaced
 * by it (a module replacement) and example.com/local by a directory.
 */
async function writeDepModule(dir: string): Promise<{ ws: string; env: NodeJS.ProcessEnv }> {
  const proxy = path.join(dir, 'proxy');
  const at = path.join(proxy, 'example.com', 'greet', '@v');
  await mkdir(at, { recursive: true });
  await writeFile(path.join(at, 'list'), 'v1.2.3\nv1.2.4\n');
  // greet v1.2.3 requires example.com/deep (a transitive dependency of the app); v1.2.4 does not.
  const modules: { mod: string; v: string; goMod: string; code: string }[] = [
    {
      mod: 'greet',
      v: 'v1.2.3',
      goMod: 'module example.com/greet\n\ngo 1.19\n\nrequire example.com/deep v1.0.0\n',
      code: 'package greet\n\nimport "example.com/deep"\n\nfunc Hello() string { return "hello from greet v1.2.3 " + deep.Name }\n'
    },
    {
      mod: 'greet',
      v: 'v1.2.4',
      goMod: 'module example.com/greet\n\ngo 1.19\n',
      code: 'package greet\n\nfunc Hello() string { return "hello from greet v1.2.4" }\n'
    },
    {
      mod: 'deep',
      v: 'v1.0.0',
      goMod: 'module example.com/deep\n\ngo 1.19\n',
      code: 'package deep\n\nconst Name = "deep"\n'
    }
  ];
  for (const { mod, v, goMod, code } of modules) {
    const at = path.join(proxy, 'example.com', mod, '@v');
    await mkdir(at, { recursive: true });
    const src = path.join(dir, `zipsrc-${mod}-${v}`);
    const modRoot = path.join(src, 'example.com', `${mod}@${v}`);
    await mkdir(modRoot, { recursive: true });
    await writeFile(path.join(modRoot, 'go.mod'), goMod);
    await writeFile(path.join(modRoot, `${mod}.go`), code);
    await writeFile(path.join(at, `${v}.mod`), goMod);
    await writeFile(
      path.join(at, `${v}.info`),
      `{"Version":"${v}","Time":"2024-01-02T03:04:05Z"}\n`
    );
    await run('zip', ['-q', '-X', '-D', '-r', path.join(at, `${v}.zip`), 'example.com'], {
      cwd: src
    });
  }
  await writeFile(path.join(proxy, 'example.com', 'deep', '@v', 'list'), 'v1.0.0\n');

  const ws = path.join(dir, 'ws');
  await mkdir(path.join(ws, 'local'), { recursive: true });
  await writeFile(
    path.join(ws, 'go.mod'),
    'module example.com/app\n\ngo 1.19\n\nrequire (\n\texample.com/greet v1.2.3\n\texample.com/local v0.1.0\n\texample.com/old v1.0.0\n)\n\nreplace example.com/local v0.1.0 => ./local\n\nreplace example.com/old v1.0.0 => example.com/greet v1.2.4\n'
  );
  await writeFile(path.join(ws, 'local', 'go.mod'), 'module example.com/local\n\ngo 1.19\n');
  await writeFile(
    path.join(ws, 'local', 'local.go'),
    'package local\n\nfunc Name() string { return "local" }\n'
  );
  await mkdir(path.join(ws, 'old'), { recursive: true });
  await writeFile(
    path.join(ws, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/greet"\n\t"example.com/local"\n\told "example.com/old"\n)\n\nfunc main() { fmt.Println(greet.Hello(), local.Name(), old.Hello()) }\n'
  );
  const env = goEnv({
    GOPROXY: `file://${proxy}`,
    GOSUMDB: 'off',
    GOFLAGS: '-mod=mod',
    GOMODCACHE: path.join(dir, 'modcache'),
    GOCACHE: path.join(dir, 'gocache'),
    CGO_ENABLED: '0'
  });
  return { ws, env };
}

describe('SBOM per artifact (CycloneDX 1.6)', () => {
  let dir: string;
  let bin: string;
  let ws: string;
  let env: NodeJS.ProcessEnv;
  const go = debianGo('1.23');
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sbom-'));
    ({ ws, env } = await writeDepModule(dir));
    await run(go, ['mod', 'tidy'], { cwd: ws, env });
    bin = path.join(dir, 'dist', 'app_linux_arm64');
    await run(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', bin, '.'], {
      cwd: ws,
      env: { ...env, GOOS: 'linux', GOARCH: 'arm64' }
    });
  });

  it('lists every dep of go version -m with version, replacement and h1: sum, and validates', async () => {
    const { go: info } = await verifyFile(bin);
    const json = serializeSbom(buildSbom({ name: 'app_linux_arm64', go: info! }));
    expect(await validateCdx16(json)).toBeNull();
    const bom = JSON.parse(json);
    const want = await goVersionDeps(go, bin);
    // The fixture really has the three kinds: a proxied module, a module replacement, a directory.
    expect(want).toEqual([
      expect.stringMatching(/^example\.com\/deep@v1\.0\.0 h1:[A-Za-z0-9+/]{43}=$/),
      expect.stringMatching(/^example\.com\/greet@v1\.2\.3 h1:[A-Za-z0-9+/]{43}=$/),
      'example.com/local@v0.1.0 => ./local@(devel)',
      expect.stringMatching(/^example\.com\/old@v1\.0\.0 => example\.com\/greet@v1\.2\.4 h1:/)
    ]);
    expect(sbomDeps(bom)).toEqual(want);
    expect(bom.specVersion).toBe('1.6');
    const greet = bom.components.find((c: { name: string }) => c.name === 'example.com/greet');
    expect(greet.purl).toBe('pkg:golang/example.com/greet@v1.2.3');
    const h1 = greet.properties.find((p: { name: string }) => p.name === 'go:module:sum').value;
    expect(greet.hashes).toEqual([
      { alg: 'SHA-256', content: Buffer.from(h1.slice(3), 'base64').toString('hex') }
    ]);
    expect(bom.components.find((c: { name: string }) => c.name === 'std')).toMatchObject({
      version: 'go1.23.5',
      purl: 'pkg:golang/std@go1.23.5'
    });
    const main = bom.metadata.component;
    expect(main).toMatchObject({ type: 'application', name: 'example.com/app' });
    const props = Object.fromEntries(
      main.properties.map((p: { name: string; value: string }) => [p.name, p.value])
    );
    expect(props).toMatchObject({
      'go:build:GOOS': 'linux',
      'go:build:GOARCH': 'arm64',
      'go:build:-trimpath': 'true',
      'go:build:CGO_ENABLED': '0'
    });
    // Reproducible: the same binary gives the same bytes.
    expect(serializeSbom(buildSbom({ name: 'app_linux_arm64', go: info! }))).toBe(json);
  });

  it('writes <artifact>.cdx.json beside each Go artifact; a binary without build info gets none', async () => {
    const other = path.join(dir, 'dist', 'true_not_go');
    await copyFile('/bin/true', other);
    const r = await writeReleaseFiles([bin, other], dir, { sbom: true });
    expect(r.sboms).toEqual([`${bin}.cdx.json`]);
    expect(await validateCdx16(await readFile(`${bin}.cdx.json`, 'utf8'))).toBeNull();
    expect(r.written).toEqual([path.join(dir, 'dist', 'checksums.txt'), `${bin}.cdx.json`]);
  });

  /** The SBOM's dependency graph as "name -> dependsOn names" lines. */
  function graphOf(bom: {
    metadata: { component: { 'bom-ref': string; name: string } };
    components: { 'bom-ref': string; name: string }[];
    dependencies: { ref: string; dependsOn?: string[] }[];
  }): Record<string, string[]> {
    const names = new Map(
      [bom.metadata.component, ...bom.components].map(c => [c['bom-ref'], c.name])
    );
    return Object.fromEntries(
      bom.dependencies.map(d => [names.get(d.ref), (d.dependsOn ?? []).map(r => names.get(r))])
    );
  }

  it('with the toolchain at hand, the SBOM says who requires whom (go mod graph, offline)', async () => {
    // The step's own environment: the module cache the build filled (the graph is read with GOPROXY=off).
    const saved = { ...process.env };
    Object.assign(process.env, { GOMODCACHE: env.GOMODCACHE, GOFLAGS: '-mod=vendor' });
    try {
      await writeReleaseFiles([bin], ws, { sbom: true, goBin: go });
    } finally {
      process.env = saved;
    }
    const bom = JSON.parse(await readFile(`${bin}.cdx.json`, 'utf8'));
    expect(await validateCdx16(JSON.stringify(bom))).toBeNull();
    // deep is only `// indirect` in the app's go.mod: it hangs off greet, its real requirer.
    expect(graphOf(bom)).toEqual({
      'example.com/app': ['example.com/greet', 'example.com/local', 'example.com/old', 'std'],
      'example.com/greet': ['example.com/deep'],
      'example.com/deep': [],
      'example.com/local': [],
      'example.com/old': [],
      std: []
    });
  });

  it('without the graph (no module cache), the dependencies are flat and the log says so', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { GOMODCACHE: path.join(dir, 'empty-modcache') });
    const log: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      log.push(String(chunk));
      return true;
    });
    try {
      await writeReleaseFiles([bin], ws, { sbom: true, goBin: go });
    } finally {
      write.mockRestore();
      process.env = saved;
    }
    expect(log.join('')).toMatch(
      /^sbom: go mod graph failed \(go: example\.com\/deep@v1\.0\.0: module lookup disabled by GOPROXY=off\); dependencies are listed flat under the main module$/m
    );
    const bom = JSON.parse(await readFile(`${bin}.cdx.json`, 'utf8'));
    expect(graphOf(bom)['example.com/app']).toEqual([
      'example.com/deep',
      'example.com/greet',
      'example.com/local',
      'example.com/old',
      'std'
    ]);
  });
});
