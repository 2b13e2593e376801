/**
 * The image stage against Debian's docker-registry with token auth (a
 * loopback token server issuing JWTs the registry verifies): a 3-platform
 * index pushed, read back and proven; checked by skopeo and umoci, the
 * binaries run under qemu-user; determinism; the OCI layout through skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
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
    tempDir: path.join(root, 'proof'),
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
        await skopeo(['inspect', '--config', '--raw', `docker://${reg.host}/owner/app@${m.digest}`], creds)
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
      await skopeo(['copy', `docker://${reg.host}/owner/app@${m.digest}`, `oci:${layout}:p`], creds);
      const bundle = path.join(root, 'bundle', String(i));
      await run('umoci', ['unpack', '--rootless', '--image', `${layout}:p`, bundle]);
      const binary = path.join(bundle, 'rootfs', 'app');
      expect(sha256Hex(await readFile(binary))).toBe(a.sha256);
      const runner =
        a.target.goarch === 'amd64' ? [] : a.target.goarch === 'arm64' ? ['qemu-aarch64-static'] : ['qemu-arm-static'];
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
    expect(second.filter(r => r.method === 'PUT').every(r => r.path.includes('/manifests/'))).toBe(true);
    expect(manifestBytes).toBeLessThan(8 * 1024);
  });

  it('writes an OCI image layout that skopeo copies into the registry with the same digest', async () => {
    const layout = path.join(root, 'layout');
    const res = await publishImage(plan({ refs: [], layout }), artifacts);
    expect(res.digest).toBe(digest);
    await skopeo(['copy', '--all', `oci:${layout}`, `docker://${reg.host}/owner/from-layout:v1`], creds);
    const raw = await skopeo(['inspect', '--raw', `docker://${reg.host}/owner/from-layout:v1`], creds);
    expect(`sha256:${sha256Hex(raw)}`).toBe(digest);
  });
});
