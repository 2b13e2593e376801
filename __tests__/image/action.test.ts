/**
 * The image through the real dist bundles as the runner runs them: one step
 * with targets linux/amd64, linux/arm64 and linux/arm/v7, build and image
 * pushes a verified 3-platform index to Debian's docker-registry (token
 * auth), with outputs fit for attestation; one target writes a layout.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startRegistry, type Registry } from '../../scripts/fixtures/registry.mjs';
import { actionHarness, type ActionHarness } from '../support/action.js';
import { sha256Hex, skopeo } from './support.js';

let h: ActionHarness;
let reg: Registry;

beforeAll(async () => {
  h = await actionHarness('image-action');
  reg = await startRegistry({ auth: 'token', root: path.join(h.root, 'registry') });
});
afterAll(async () => {
  await reg?.close();
  await h?.close();
});

describe('image through the dist bundles', () => {
  it('three linux targets, build and image: a proven 3-platform index, image-digest and image outputs', async () => {
    const r = await h.run('three', {
      'go-version': '1.23.5',
      target: 'linux/amd64, linux/arm64, linux/arm/v7',
      build: '.',
      image: `${reg.host}/owner/hello:v1\n${reg.host}/owner/hello:latest`,
      'registry-username': reg.username,
      'registry-password': reg.password
    });
    if (r.main.conclusion !== 'success') console.log(r.main.log.split('\n').slice(-40).join('\n'));
    expect(r.main.conclusion).toBe('success');
    const digest = r.outputs['image-digest'];
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['image']).toBe(`${reg.host}/owner/hello@${digest}`);
    const creds = `${reg.username}:${reg.password}`;
    for (const tag of ['v1', 'latest']) {
      const raw = await skopeo(
        ['inspect', '--raw', `docker://${reg.host}/owner/hello:${tag}`],
        creds
      );
      expect(`sha256:${sha256Hex(raw)}`).toBe(digest);
    }
    const index = JSON.parse(
      await skopeo(['inspect', '--raw', `docker://${reg.host}/owner/hello@${digest}`], creds)
    );
    expect(index.manifests.map((m: { platform: Record<string, string> }) => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      { os: 'linux', architecture: 'arm', variant: 'v7' }
    ]);
    // The summary's Image section: reference, digest, a ✅ per platform; the secret never in the log.
    expect(r.summary).toContain('setup-go-cross: image');
    expect(r.summary).toContain(digest);
    expect(r.summary.match(/\| ✅ \|/g)).toHaveLength(3);
    expect(r.main.log).not.toContain(reg.password);
    // The binary in the image is the one in checksums.txt.
    const sums = await readFile(r.outputs['checksums'], 'utf8');
    const arm64 = JSON.parse(
      await skopeo(
        ['inspect', '--raw', `docker://${reg.host}/owner/hello@${index.manifests[1].digest}`],
        creds
      )
    );
    expect(arm64.layers).toHaveLength(1);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}hello_linux_arm64$/m);
  });

  it('one target with image-layout: an OCI layout skopeo reads, and image-digest', async () => {
    const r = await h.run('one', {
      'go-version': '1.23.5',
      target: 'linux/arm64',
      build: '.',
      'image-layout': 'oci'
    });
    if (r.main.conclusion !== 'success') console.log(r.main.log.split('\n').slice(-40).join('\n'));
    expect(r.main.conclusion).toBe('success');
    const digest = r.outputs['image-digest'];
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['image']).toBeUndefined();
    const raw = await skopeo(['inspect', '--raw', `oci:${path.join(r.workspace, 'oci')}`]);
    expect(`sha256:${sha256Hex(raw)}`).toBe(digest);
  });

  it('a non-linux target with image: one line naming it, before anything is built', async () => {
    const r = await h.run('windows', {
      'go-version': '1.23.5',
      target: 'linux/amd64, windows/amd64',
      build: '.',
      image: `${reg.host}/owner/hello:win`
    });
    expect(r.main.conclusion).toBe('failure');
    expect(r.annotations.map(a => a.message)).toContainEqual(
      expect.stringMatching(/^image: target windows\/amd64 is not linux; /)
    );
  });
});
