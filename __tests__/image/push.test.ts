/**
 * The image stage against Debian's docker-registry with token auth (a
 * loopback token server issuing JWTs the registry verifies): a 3-platform
 * index pushed, read back and proven; checked by skopeo and umoci, the
 * binaries run under qemu-user; determinism; the OCI layout through skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { publishImage, type ImageArtifact, type ImagePlan } from '../../src/image/publish.js';
import { startRegistry, type Registry } from '../../scripts/fixtures/registry.mjs';
import { buildApp, run, sha256Hex, skopeo } from './support.js';

let root: string;
let reg: Registry;
let artifacts: ImageArtifact[];
let creds: string;

const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'owner/app',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_REF_TYPE: 'tag',
  GITHUB_REF_NAME: 'v1.2.3',
  SOURCE_DATE_EPOCH: '1700000000',
  HOME: '/nonexistent-home'
};

function plan(over: Partial<ImagePlan['image']> = {}, env: NodeJS.ProcessEnv = ENV): ImagePlan {
  return {
    image: {
      refs: [{ registry: reg.host, repository: 'owner/app', tag: '1.2.3' }],
      labels: { 'org.opencontainers.image.licenses': 'MIT' },
      username: reg.username,
      password: reg.password,
      ...over
    },
    verify: { cgo: false, stripped: true, trimpath: true },
    env,
    workspace: root,
    backoffMs: 20
  };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'image-push-'));
  [reg, artifacts] = await Promise.all([
    startRegistry({ auth: 'token', root: path.join(root, 'registry') }),
    buildApp(path.join(root, 'app'))
  ]);
  creds = `${reg.username}:${reg.password}`;
});

afterAll(async () => {
  await reg?.close();
  await rm(root, { recursive: true, force: true });
});

describe('image: push to a registry with token auth', () => {
  let digest: string;

  it('pushes a verified 3-platform index that skopeo and umoci read back, binaries byte-identical and running', async () => {
    const res = await publishImage(plan(), artifacts);
    expect(res.failed).toBeUndefined();
    digest = res.digest;
    expect(res.image).toBe(`${reg.host}/owner/app@${digest}`);
    expect(res.proofs.map(p => [p.platform, p.ok])).toEqual([
      [{ os: 'linux', architecture: 'amd64' }, true],
      [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
      [{ os: 'linux', architecture: 'arm', variant: 'v7' }, true]
    ]);
    expect(reg.tokensIssued).toBeGreaterThan(0);
    expect(res.markdown).toContain(digest);

    const raw = await skopeo(['inspect', '--raw', `docker://${reg.host}/owner/app:1.2.3`], creds);
    expect(`sha256:${sha256Hex(raw)}`).toBe(digest);
    const index = JSON.parse(raw);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m: { platform: unknown }) => m.platform)).toEqual(
      res.proofs.map(p => p.platform)
    );

    for (const [i, m] of index.manifests.entries()) {
      const a = artifacts[i];
      const manifest = JSON.parse(
        await skopeo(['inspect', '--raw', `docker://${reg.host}/owner/app@${m.digest}`], creds)
      );
      expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
      expect(manifest.layers).toHaveLength(1);
      const config = JSON.parse(
        await skopeo(
          ['inspect', '--config', '--raw', `docker://${reg.host}/owner/app@${m.digest}`],
          creds
        )
      );
      expect(config.architecture).toBe(m.platform.architecture);
      expect(config.config.Entrypoint).toEqual(['/app']);
      expect(config.config.User).toBe('65532');
      expect(config.created).toBe('2023-11-14T22:13:20Z');
      expect(config.config.Labels).toEqual({
        'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.revision': ENV.GITHUB_SHA,
        'org.opencontainers.image.source': 'https://github.com/owner/app',
        'org.opencontainers.image.version': 'v1.2.3'
      });

      // skopeo copies the platform's image into a layout; umoci unpacks its rootfs.
      const layout = path.join(root, 'oci', String(i));
      await mkdir(layout, { recursive: true });
      await skopeo(
        ['copy', `docker://${reg.host}/owner/app@${m.digest}`, `oci:${layout}:p`],
        creds
      );
      const bundle = path.join(root, 'bundle', String(i));
      await run('umoci', ['unpack', '--rootless', '--image', `${layout}:p`, bundle]);
      const binary = path.join(bundle, 'rootfs', 'app');
      expect(sha256Hex(await readFile(binary))).toBe(a.sha256);
      const runner =
        a.target.goarch === 'amd64'
          ? []
          : a.target.goarch === 'arm64'
            ? ['qemu-aarch64-static']
            : ['qemu-arm-static'];
      const cmd = [...runner, binary, 'hi'];
      const { stdout } = await run(cmd[0], cmd.slice(1));
      expect(stdout.trim()).toBe(`app ${a.target.goarch} hi`);
    }
  });

  it('gives the same index digest for the same inputs, whatever the tag, and uploads only manifests the second time', async () => {
    const before = reg.requests.length;
    const res = await publishImage(
      plan({ refs: [{ registry: reg.host, repository: 'owner/app', tag: 'latest' }] }),
      artifacts
    );
    expect(res.digest).toBe(digest);
    const second = reg.requests.slice(before);
    // Every blob answered present: no upload session, no blob bytes.
    expect(second.filter(r => r.path.includes('/blobs/uploads/'))).toEqual([]);
    const manifestBytes = second.filter(r => r.method === 'PUT').reduce((n, r) => n + r.bytesUp, 0);
    expect(second.filter(r => r.method === 'PUT').every(r => r.path.includes('/manifests/'))).toBe(
      true
    );
    expect(manifestBytes).toBeLessThan(8 * 1024);
  });

  it('writes an OCI image layout that skopeo copies into the registry with the same digest', async () => {
    const layout = path.join(root, 'layout');
    const res = await publishImage(plan({ refs: [], layout }), artifacts);
    expect(res.digest).toBe(digest);
    await skopeo(
      ['copy', '--all', `oci:${layout}`, `docker://${reg.host}/owner/from-layout:v1`],
      creds
    );
    const raw = await skopeo(
      ['inspect', '--raw', `docker://${reg.host}/owner/from-layout:v1`],
      creds
    );
    expect(`sha256:${sha256Hex(raw)}`).toBe(digest);
  });
});

/**
 * A 3-platform base built with umoci (a marker file, Env, User, WorkingDir),
 * joined into an index and pushed with skopeo; used by digest.
 */
async function pushBase(): Promise<{ digest: string; layers: string[] }> {
  const layout = path.join(root, 'base-layout');
  await run('umoci', ['init', '--layout', layout]);
  const platforms = [
    { tag: 'amd64', architecture: 'amd64' },
    { tag: 'arm64', architecture: 'arm64', variant: 'v8' },
    { tag: 'arm', architecture: 'arm', variant: 'v7' }
  ];
  for (const p of platforms) {
    const image = `${layout}:${p.tag}`;
    const bundle = path.join(root, 'base-bundle', p.tag);
    await run('umoci', ['new', '--image', image]);
    await run('umoci', ['unpack', '--rootless', '--image', image, bundle]);
    await mkdir(path.join(bundle, 'rootfs', 'etc'), { recursive: true });
    await writeFile(path.join(bundle, 'rootfs', 'etc', 'base-marker'), `base ${p.tag}\n`);
    await run('umoci', ['repack', '--image', image, bundle]);
    await run('umoci', [
      'config',
      '--image',
      image,
      '--os',
      'linux',
      '--architecture',
      p.architecture,
      '--config.env',
      'FOO=bar',
      '--config.user',
      '1234',
      '--config.workingdir',
      '/work'
    ]);
  }
  const indexJson = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8'));
  const manifests = platforms.map(p => {
    const d = indexJson.manifests.find(
      (m: { annotations?: Record<string, string> }) =>
        m.annotations?.['org.opencontainers.image.ref.name'] === p.tag
    );
    return {
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
      platform: {
        os: 'linux',
        architecture: p.architecture,
        ...(p.variant ? { variant: p.variant } : {})
      }
    };
  });
  const multi = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests
    })
  );
  const hex = sha256Hex(multi);
  await writeFile(path.join(layout, 'blobs', 'sha256', hex), multi);
  indexJson.manifests.push({
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: `sha256:${hex}`,
    size: multi.length,
    annotations: { 'org.opencontainers.image.ref.name': 'multi' }
  });
  await writeFile(path.join(layout, 'index.json'), JSON.stringify(indexJson));
  await skopeo(
    ['copy', '--all', `oci:${layout}:multi`, `docker://${reg.host}/base/static:1`],
    creds
  );
  const raw = await skopeo(['inspect', '--raw', `docker://${reg.host}/base/static:1`], creds);
  const layers: string[] = [];
  for (const m of manifests) {
    const man = JSON.parse(
      await readFile(path.join(layout, 'blobs', 'sha256', m.digest.slice(7)), 'utf8')
    );
    layers.push(...man.layers.map((l: { digest: string }) => l.digest));
  }
  return { digest: `sha256:${sha256Hex(raw)}`, layers };
}

describe('image: a base image by digest', () => {
  it('mounts the base layers (never re-uploads them), keeps its Env/User/WorkingDir, and the rootfs holds both', async () => {
    const base = await pushBase();
    const before = reg.requests.length;
    const res = await publishImage(
      plan({
        refs: [{ registry: reg.host, repository: 'owner/app', tag: 'with-base' }],
        base: { registry: reg.host, repository: 'base/static', digest: base.digest }
      }),
      artifacts
    );
    expect(res.failed).toBeUndefined();
    const during = reg.requests.slice(before);
    for (const layer of base.layers) {
      expect(
        during
          .filter(r => r.method === 'POST' && r.path.includes(`mount=${encodeURIComponent(layer)}`))
          .map(r => r.status)
      ).toContain(201);
      expect(
        during.filter(r => r.method === 'PUT' && r.path.includes(encodeURIComponent(layer)))
      ).toEqual([]);
    }
    const arm64 = res.proofs[1].manifestDigest;
    const config = JSON.parse(
      await skopeo(
        ['inspect', '--config', '--raw', `docker://${reg.host}/owner/app@${arm64}`],
        creds
      )
    );
    expect(config.config.Env).toContain('FOO=bar');
    expect(config.config.User).toBe('1234');
    expect(config.config.WorkingDir).toBe('/work');
    expect(config.config.Entrypoint).toEqual(['/app']);
    expect(config.variant).toBe('v8');
    const layout = path.join(root, 'oci-base');
    await mkdir(layout, { recursive: true });
    await skopeo(['copy', `docker://${reg.host}/owner/app@${arm64}`, `oci:${layout}:p`], creds);
    const bundle = path.join(root, 'bundle-base');
    await run('umoci', ['unpack', '--rootless', '--image', `${layout}:p`, bundle]);
    expect(await readFile(path.join(bundle, 'rootfs', 'etc', 'base-marker'), 'utf8')).toBe(
      'base arm64\n'
    );
    expect(sha256Hex(await readFile(path.join(bundle, 'rootfs', 'app')))).toBe(artifacts[1].sha256);
  });

  it('refuses a base without a wanted platform, in one line naming both', async () => {
    const raw = await skopeo(['inspect', '--raw', `docker://${reg.host}/base/static:1`], creds);
    const riscv = { ...artifacts[0], target: { goos: 'linux', goarch: 'riscv64' } };
    await expect(
      publishImage(
        plan({
          refs: [{ registry: reg.host, repository: 'owner/app', tag: 'riscv' }],
          base: {
            registry: reg.host,
            repository: 'base/static',
            digest: `sha256:${sha256Hex(raw)}`
          }
        }),
        [riscv]
      )
    ).rejects.toThrow(
      new RegExp(
        `^image-base ${reg.host}/base/static@sha256:[0-9a-f]{64} has no linux/riscv64 image \\(it has linux/amd64, linux/arm64/v8, linux/arm/v7\\)$`
      )
    );
  });
});
