import { describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { parseChallenge, tokenUrl } from '../../src/image/auth.js';
import {
  githubLabels,
  imageConfig,
  imageIndex,
  imageManifest,
  isoTime
} from '../../src/image/config.js';
import { normaliseAuthKey } from '../../src/image/credentials.js';
import { layerEntry } from '../../src/image/extract.js';
import { binaryLayer, layerTar, sha256 } from '../../src/image/layer.js';
import { MT } from '../../src/image/media.js';
import { ociPlatform, platformClash, platformMatches } from '../../src/image/platform.js';
import { registryOrigin } from '../../src/image/client.js';
import { parseTarget } from '../../src/targets/parse.js';

describe('ociPlatform', () => {
  it.each([
    ['linux/amd64', undefined, { os: 'linux', architecture: 'amd64' }],
    ['linux/amd64/v3', undefined, { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64', undefined, { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm/v7', undefined, { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['linux/arm/6', undefined, { os: 'linux', architecture: 'arm', variant: 'v6' }],
    ['linux/arm', '5', { os: 'linux', architecture: 'arm', variant: 'v5' }],
    ['linux/arm', '6,softfloat', { os: 'linux', architecture: 'arm', variant: 'v6' }],
    ['linux/arm', undefined, { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['linux/386', undefined, { os: 'linux', architecture: '386' }],
    ['linux/ppc64le', undefined, { os: 'linux', architecture: 'ppc64le' }],
    ['linux/s390x', undefined, { os: 'linux', architecture: 's390x' }],
    ['linux/riscv64', undefined, { os: 'linux', architecture: 'riscv64' }]
  ])('%s (GOARM in build info %s)', (t, goarm, want) => {
    expect(ociPlatform(parseTarget(t), goarm)).toEqual(want);
  });
  it('arm64 without a variant is v8; arm without one is v7', () => {
    expect(
      platformMatches(
        { os: 'linux', architecture: 'arm64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' }
      )
    ).toBe(true);
    expect(
      platformMatches(
        { os: 'linux', architecture: 'arm', variant: 'v6' },
        { os: 'linux', architecture: 'arm', variant: 'v7' }
      )
    ).toBe(false);
  });
  it('two targets on one platform are refused', () => {
    expect(platformClash(['linux/amd64', 'linux/amd64/v3'].map(t => parseTarget(t)))).toMatch(
      /^targets linux\/amd64 and linux\/amd64\/v3 are one image platform \(linux\/amd64\)/
    );
  });
});

describe('the binary layer', () => {
  const bin = Buffer.from('\x7fELF fake binary bytes '.repeat(100));
  it('is deterministic, and the tar holds the file with uid/gid 0, mode 0755 and the given mtime', async () => {
    const a = await binaryLayer(bin, '/usr/local/bin/app', 1700000000);
    const b = await binaryLayer(bin, '/usr/local/bin/app', 1700000000);
    expect(a.digest).toBe(b.digest);
    expect(a.digest).toBe(sha256(a.blob));
    const tar = gunzipSync(a.blob);
    expect(a.diffId).toBe(sha256(tar));
    expect(tar).toEqual(await layerTar(bin, '/usr/local/bin/app', 1700000000));
    // gzip header: no name flag, mtime 0.
    expect(a.blob[3] & 0x08).toBe(0);
    expect(a.blob.readUInt32LE(4)).toBe(0);
    // ustar headers: the directories first, then the file.
    const names = [0, 512, 1024].map(o =>
      tar
        .subarray(o, o + 100)
        .toString('latin1')
        .replace(/\0.*$/s, '')
    );
    expect(names).toEqual(['usr/', 'usr/local/', 'usr/local/bin/']);
    const file = tar.subarray(1536, 2048);
    expect(file.subarray(0, 100).toString('latin1').replace(/\0.*$/s, '')).toBe(
      'usr/local/bin/app'
    );
    expect(parseInt(file.subarray(100, 108).toString('latin1'), 8)).toBe(0o755);
    expect(parseInt(file.subarray(108, 116).toString('latin1'), 8)).toBe(0);
    expect(parseInt(file.subarray(116, 124).toString('latin1'), 8)).toBe(0);
    expect(parseInt(file.subarray(136, 148).toString('latin1'), 8)).toBe(1700000000);
    const entry = await layerEntry(a.blob, '/usr/local/bin/app', 1 << 20);
    expect(entry?.bytes).toEqual(bin);
    expect(entry?.mode).toBe(0o755);
    expect(await layerEntry(a.blob, '/app', 1 << 20)).toBeUndefined();
  });
  it('changes with the mtime', async () => {
    expect((await binaryLayer(bin, '/app', 0)).digest).not.toBe(
      (await binaryLayer(bin, '/app', 1)).digest
    );
  });
});

describe('config, manifest, index', () => {
  const base = {
    platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
    entrypoint: '/app',
    created: 0,
    labels: { a: '1' },
    diffId: `sha256:${'d'.repeat(64)}`,
    file: 'app_linux_arm_7'
  };
  it('on scratch: Entrypoint, non-root 65532, variant, the layer', () => {
    expect(imageConfig(base)).toEqual({
      created: '1970-01-01T00:00:00Z',
      architecture: 'arm',
      os: 'linux',
      variant: 'v7',
      config: { User: '65532', Entrypoint: ['/app'], Labels: { a: '1' } },
      rootfs: { type: 'layers', diff_ids: [base.diffId] },
      history: [
        { created: '1970-01-01T00:00:00Z', created_by: 'setup-go-cross: app_linux_arm_7 as /app' }
      ]
    });
  });
  it('on a base: its Env/WorkingDir/User and layers kept, its Cmd dropped; image-user wins', () => {
    const withBase = {
      ...base,
      base: {
        config: {
          Env: ['PATH=/bin'],
          User: 'nonroot',
          WorkingDir: '/w',
          Cmd: ['sh'],
          Labels: { b: '2' }
        },
        rootfs: { type: 'layers', diff_ids: ['sha256:base'] },
        history: [{ created_by: 'base' }]
      }
    };
    const c = imageConfig(withBase) as {
      config: Record<string, unknown>;
      rootfs: { diff_ids: string[] };
    };
    expect(c.config).toEqual({
      Env: ['PATH=/bin'],
      User: 'nonroot',
      WorkingDir: '/w',
      Entrypoint: ['/app'],
      Labels: { a: '1', b: '2' }
    });
    expect(c.rootfs.diff_ids).toEqual(['sha256:base', base.diffId]);
    expect(
      (imageConfig({ ...withBase, user: '1000' }) as { config: { User: string } }).config.User
    ).toBe('1000');
  });
  it('manifest and index carry the OCI media types', () => {
    const m = imageManifest({ mediaType: MT.config, digest: 'sha256:c', size: 3 }, [
      { mediaType: MT.dockerLayerGzip, digest: 'sha256:b', size: 5 },
      { mediaType: MT.layerGzip, digest: 'sha256:l', size: 7 }
    ]);
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: 'sha256:c',
        size: 3
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:b', size: 5 },
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:l', size: 7 }
      ]
    });
    const i = imageIndex([
      {
        mediaType: MT.manifest,
        digest: 'sha256:m',
        size: 9,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
      }
    ]);
    expect(i).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: 'sha256:m',
          size: 9,
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
        }
      ]
    });
  });
});

describe('githubLabels', () => {
  const env = {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'abc',
    GITHUB_SERVER_URL: 'https://github.com'
  };
  it('version from a tag push only, never the run', () => {
    expect(
      githubLabels(
        {
          ...env,
          GITHUB_REF: 'refs/tags/v1.0.0',
          GITHUB_REF_NAME: 'v1.0.0',
          GITHUB_REF_TYPE: 'tag',
          GITHUB_RUN_ID: '9'
        },
        0
      )
    ).toEqual({
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.version': 'v1.0.0',
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z'
    });
    expect(
      githubLabels(
        {
          ...env,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_REF_TYPE: 'branch'
        },
        0
      )
    ).not.toHaveProperty('org.opencontainers.image.version');
    expect(
      githubLabels({ ...env, GITHUB_REF_NAME: 'main' }, 0, 'v2.0.0')[
        'org.opencontainers.image.version'
      ]
    ).toBe('v2.0.0');
  });
  it('isoTime has no milliseconds', () => {
    expect(isoTime(1700000000)).toBe('2023-11-14T22:13:20Z');
  });
});

describe('auth', () => {
  it('parses Bearer and Basic challenges', () => {
    const c = parseChallenge(
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/a:pull"'
    );
    expect(c).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:o/a:pull' }
    });
    expect(tokenUrl(c!, ['repository:o/a:pull,push', 'repository:b/c:pull'])).toBe(
      'https://ghcr.io/token?service=ghcr.io&scope=repository%3Ao%2Fa%3Apull%2Cpush&scope=repository%3Ab%2Fc%3Apull'
    );
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' }
    });
    expect(parseChallenge('')).toBeUndefined();
  });
  it('docker config keys match by host', () => {
    expect(normaliseAuthKey('https://index.docker.io/v1/')).toBe('index.docker.io');
    expect(normaliseAuthKey('GHCR.io')).toBe('ghcr.io');
  });
  it('https, except loopback registries', () => {
    expect(registryOrigin('ghcr.io')).toBe('https://ghcr.io');
    expect(registryOrigin('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryOrigin('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryOrigin('localhost:5000')).toBe('http://localhost:5000');
  });
});
