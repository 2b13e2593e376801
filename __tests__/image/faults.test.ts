/**
 * The image stage against Debian's docker-registry with htpasswd Basic auth,
 * behind a loopback proxy that injects the faults: a 500 once, a reset in
 * the middle of an upload, wrong credentials, a registry that rewrites a
 * manifest, an unreachable registry, a binary that is not the platform's.
 * Each gives one line, and no tag is written on a half-pushed image.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { publishImage, type ImageArtifact, type ImagePlan } from '../../src/image/publish.js';
import {
  startRegistry,
  writeDockerConfig,
  type Registry
} from '../../scripts/fixtures/registry.mjs';
import { buildApp, sha256Hex, skopeo, TARGETS } from './support.js';

let root: string;
let reg: Registry;
let artifacts: ImageArtifact[];

function plan(
  tag: string,
  over: Partial<ImagePlan['image']> = {},
  env: NodeJS.ProcessEnv = {}
): ImagePlan {
  return {
    image: {
      refs: [{ registry: reg.host, repository: 'owner/app', tag }],
      labels: {},
      username: reg.username,
      password: reg.password,
      ...over
    },
    verify: { cgo: false, stripped: true, trimpath: true },
    env: { SOURCE_DATE_EPOCH: '0', HOME: path.join(root, 'no-home'), ...env },
    workspace: root,
    backoffMs: 20
  };
}

/** The tag's manifest as the registry has it now; undefined when the tag does not exist. */
async function tagged(tag: string): Promise<string | undefined> {
  const res = await fetch(`http://${reg.host}/v2/owner/app/manifests/${tag}`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${reg.username}:${reg.password}`).toString('base64')}`,
      accept: 'application/vnd.oci.image.index.v1+json'
    }
  });
  return res.status === 200
    ? `sha256:${sha256Hex(Buffer.from(await res.arrayBuffer()))}`
    : undefined;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'image-faults-'));
  [reg, artifacts] = await Promise.all([
    startRegistry({ auth: 'basic', root: path.join(root, 'registry') }),
    buildApp(path.join(root, 'app'), TARGETS.slice(0, 2))
  ]);
});

afterAll(async () => {
  await reg?.close();
  await rm(root, { recursive: true, force: true });
});

describe('image: Basic auth and faults', () => {
  it('pushes with the auths entry of a docker config (as docker/login-action writes it)', async () => {
    const dockerConfig = await writeDockerConfig(
      path.join(root, 'docker'),
      reg.host,
      reg.username,
      reg.password
    );
    const res = await publishImage(
      plan(
        'from-config',
        { username: undefined, password: undefined },
        { DOCKER_CONFIG: dockerConfig }
      ),
      artifacts
    );
    expect(res.failed).toBeUndefined();
    expect(await tagged('from-config')).toBe(res.digest);
    const raw = await skopeo(
      ['inspect', '--raw', `docker://${reg.host}/owner/app:from-config`],
      `${reg.username}:${reg.password}`
    );
    expect(`sha256:${sha256Hex(raw)}`).toBe(res.digest);
  });

  it('a 500 once, then ok: the request is tried again', async () => {
    let once = true;
    reg.faults.push(r => {
      if (once && r.method === 'PUT' && r.path.includes('/blobs/uploads/')) {
        once = false;
        return { status: 500 };
      }
      return undefined;
    });
    const before = reg.requests.length;
    const res = await publishImage(plan('after-500', {}, { SOURCE_DATE_EPOCH: '1' }), artifacts);
    reg.faults.length = 0;
    expect(res.failed).toBeUndefined();
    expect(reg.requests.slice(before).map(r => r.status)).toContain(500);
    expect(await tagged('after-500')).toBe(res.digest);
  });

  it('a reset in the middle of an upload: the upload starts again', async () => {
    let once = true;
    reg.faults.push(r => {
      if (
        once &&
        r.method === 'PUT' &&
        r.path.includes('/blobs/uploads/') &&
        r.length > 256 * 1024
      ) {
        once = false;
        return { reset: true, after: 64 * 1024 };
      }
      return undefined;
    });
    const before = reg.requests.length;
    const res = await publishImage(plan('after-reset', {}, { SOURCE_DATE_EPOCH: '2' }), artifacts);
    reg.faults.length = 0;
    expect(res.failed).toBeUndefined();
    expect(reg.requests.slice(before).map(r => r.status)).toContain(-1);
    expect(await tagged('after-reset')).toBe(res.digest);
  });

  it('401 with wrong credentials: one line naming the registry and the source, never the secret', async () => {
    const err = await publishImage(
      plan('wrong', { password: 'not-the-password' }, { SOURCE_DATE_EPOCH: '3' }),
      artifacts
    ).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^${reg.host.replace(/\./g, '\\.')} refused .* \\(HTTP 401\\) with credentials from the registry-username/registry-password inputs$`
      )
    );
    expect(message).not.toContain('not-the-password');
    expect(await tagged('wrong')).toBeUndefined();

    const dockerConfig = await writeDockerConfig(
      path.join(root, 'docker-bad'),
      reg.host,
      reg.username,
      'bad'
    );
    await expect(
      publishImage(
        plan(
          'wrong',
          { username: undefined, password: undefined },
          { DOCKER_CONFIG: dockerConfig }
        ),
        artifacts
      )
    ).rejects.toThrow(
      /refused .* \(HTTP 401\) with credentials from auths in .*docker-bad\/config\.json$/
    );
  });

  it('a registry that rewrites a manifest is caught by the read-back, and nothing is tagged', async () => {
    // The proxy serves the arm64 manifest with the amd64 layer in place of its own.
    reg.faults.push(r =>
      r.method === 'GET' && r.path.includes('/manifests/sha256:')
        ? {
            rewrite: body => {
              const doc = JSON.parse(body.toString('utf8'));
              if (doc.manifests) doc.manifests.reverse();
              return Buffer.from(JSON.stringify(doc));
            }
          }
        : undefined
    );
    const err = await publishImage(
      plan('rewritten', {}, { SOURCE_DATE_EPOCH: '4' }),
      artifacts
    ).catch((e: Error) => e);
    reg.faults.length = 0;
    expect((err as Error).message).toMatch(
      new RegExp(
        `^${reg.host.replace(/\./g, '\\.')} answered a manifest with digest sha256:[0-9a-f]{64} for owner/app@sha256:[0-9a-f]{64}$`
      )
    );
    expect(await tagged('rewritten')).toBeUndefined();
  });

  it('an image whose binary is not its platform fails the proof (the verifier on the read-back) and is not tagged', async () => {
    // The amd64 binary offered as linux/arm64 (its report passed, as a lying verify step would say).
    const swapped = [{ ...artifacts[0], target: artifacts[1].target }];
    const res = await publishImage(plan('swapped', {}, { SOURCE_DATE_EPOCH: '5' }), swapped);
    expect(res.failed).toMatch(
      /^image: the read-back proof failed for linux\/arm64\/v8 in .*; nothing was tagged$/
    );
    const errors = res.reports[0].findings.filter(f => f.severity === 'error').map(f => f.check);
    expect(errors).toEqual(expect.arrayContaining(['machine']));
    expect(res.markdown).toContain('❌');
    expect(await tagged('swapped')).toBeUndefined();
  });

  it('an unreachable registry: one line', async () => {
    // A port that was just free: nothing listens there.
    const server = createServer();
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise(r => server.close(r));
    await expect(
      publishImage(
        plan('x', { refs: [{ registry: `127.0.0.1:${port}`, repository: 'owner/app', tag: 'x' }] }),
        artifacts
      )
    ).rejects.toThrow(
      new RegExp(`^127\\.0\\.0\\.1:${port} unreachable: HEAD failed \\(ECONNREFUSED\\)$`)
    );
  });

  it('a dynamic binary on scratch is refused before anything is pushed', async () => {
    const [dynamic] = await buildApp(path.join(root, 'cgo'), TARGETS.slice(0, 1), { cgo: true });
    expect(dynamic.report.elf?.interpreter).toBeTruthy();
    const before = reg.requests.length;
    await expect(publishImage(plan('dynamic'), [dynamic])).rejects.toThrow(
      /^image: .*app_linux_amd64 \(linux\/amd64\) is dynamically linked \(interpreter \/lib.*\) and cannot start on scratch; build with cgo: false, or set image-base to an image with its libc$/
    );
    expect(reg.requests.length).toBe(before);
  });
});
