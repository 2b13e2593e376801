import { describe, expect, it } from '@jest/globals';
import { formatReference, parseImageInputs, parseImageReference } from '../../src/inputs/image.js';
import { parseInputs } from '../../src/inputs/parse.js';
import { parseTarget } from '../../src/targets/parse.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['ghcr.io/owner/app:1.2.3', { registry: 'ghcr.io', repository: 'owner/app', tag: '1.2.3' }],
    ['ghcr.io/owner/app', { registry: 'ghcr.io', repository: 'owner/app', tag: 'latest' }],
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['owner/app:v1', { registry: 'docker.io', repository: 'owner/app', tag: 'v1' }],
    ['localhost/app:x', { registry: 'localhost', repository: 'app', tag: 'x' }],
    ['127.0.0.1:5000/a/b/c:t', { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: 't' }],
    [
      `gcr.io/distroless/static@${DIGEST}`,
      { registry: 'gcr.io', repository: 'distroless/static', digest: DIGEST }
    ],
    [
      `gcr.io/d/s:nonroot@${DIGEST}`,
      { registry: 'gcr.io', repository: 'd/s', tag: 'nonroot', digest: DIGEST }
    ]
  ])('%s', (raw, want) => {
    expect(parseImageReference(raw)).toEqual(want);
    expect(formatReference(parseImageReference(raw))).toBe(
      `${want.registry}/${want.repository}${'tag' in want ? `:${want.tag}` : ''}${'digest' in want ? `@${want.digest}` : ''}`
    );
  });

  it.each([
    'ghcr.io/Owner/app',
    'ghcr.io/owner/app:',
    'ghcr.io//app',
    'app@sha256:abc',
    ' ',
    'a b',
    'ghcr.io/owner/app:-x'
  ])('refuses %j in one line naming the input', raw => {
    expect(() => parseImageReference(raw, 'image')).toThrow(
      /^image ".*" is not an image reference \(.*\); accepted: \[registry\/\]repository\[:tag\]\[@sha256:<64 hex>\], e\.g\. ghcr\.io\/owner\/app:1\.2\.3$/
    );
  });
});

describe('parseImageInputs', () => {
  const linux = ['linux/amd64', 'linux/arm64'].map(t => parseTarget(t));
  it('nothing set: no image', () => {
    expect(parseImageInputs({}, linux, true)).toBeUndefined();
  });
  it('parses every image input', () => {
    const got = parseImageInputs(
      {
        image: 'ghcr.io/o/app:1\nghcr.io/o/app:latest',
        'image-base': `gcr.io/distroless/static@${DIGEST}`,
        'image-entrypoint': '/usr/local/bin/app',
        'image-user': 'nonroot:nonroot',
        'image-labels': 'org.opencontainers.image.licenses=MIT\na=b=c',
        'image-layout': 'oci',
        'registry-username': 'u',
        'registry-password': 'p'
      },
      linux,
      true
    );
    expect(got).toEqual({
      refs: [
        { registry: 'ghcr.io', repository: 'o/app', tag: '1' },
        { registry: 'ghcr.io', repository: 'o/app', tag: 'latest' }
      ],
      base: { registry: 'gcr.io', repository: 'distroless/static', digest: DIGEST },
      entrypoint: '/usr/local/bin/app',
      user: 'nonroot:nonroot',
      labels: { 'org.opencontainers.image.licenses': 'MIT', a: 'b=c' },
      layout: 'oci',
      username: 'u',
      password: 'p'
    });
  });
  it.each([
    [
      { image: 'ghcr.io/o/a:1' },
      ['windows/amd64'],
      true,
      /^image: target windows\/amd64 is not linux; /
    ],
    [
      { image: 'ghcr.io/o/a:1' },
      ['linux/amd64', 'darwin/arm64'],
      true,
      /^image: target darwin\/arm64 is not linux; /
    ],
    [{ image: 'ghcr.io/o/a:1' }, ['linux/amd64'], false, /^image is set but build is empty; /],
    [{ 'image-base': 'alpine' }, ['linux/amd64'], true, /^image-base is set but image is empty; /],
    [
      { image: 'x/y:1', 'image-base': 'alpine:3' },
      ['linux/amd64'],
      true,
      /^image-base "alpine:3" is not pinned by digest; accepted: scratch, or <ref>@sha256/
    ],
    [{ image: `x/y@${DIGEST}` }, ['linux/amd64'], true, /^image ".*" names a digest; give tags/],
    [
      { image: 'x/y:1', 'image-entrypoint': 'app' },
      ['linux/amd64'],
      true,
      /^image-entrypoint "app" is not an absolute file path; /
    ],
    [
      { image: 'x/y:1', 'image-entrypoint': '/a/../b' },
      ['linux/amd64'],
      true,
      /^image-entrypoint "\/a\/\.\.\/b" is not an absolute file path; /
    ],
    [
      { image: 'x/y:1', 'image-user': 'a b' },
      ['linux/amd64'],
      true,
      /^image-user "a b" is not a user; /
    ],
    [
      { image: 'x/y:1', 'image-labels': 'novalue' },
      ['linux/amd64'],
      true,
      /^image-labels "novalue" is not key=value; /
    ],
    [
      { image: 'x/y:1', 'registry-username': 'u' },
      ['linux/amd64'],
      true,
      /^registry-password is empty but registry-username is set; /
    ]
  ])('refuses %j (targets %j) in one line', (raw, targets, building, message) => {
    expect(() =>
      parseImageInputs(
        raw as Record<string, string>,
        targets.map(t => parseTarget(t)),
        building
      )
    ).toThrow(message);
  });
  it('scratch is the default base, spelled or not', () => {
    expect(
      parseImageInputs({ image: 'x/y:1', 'image-base': 'scratch' }, linux, true)?.base
    ).toBeUndefined();
  });
  it('never echoes registry-password, even in its own error', () => {
    const read = (n: string) =>
      ({
        'go-version': '1.22.12',
        build: './cmd/app',
        image: 'x/y:1',
        'registry-username': 'u',
        'registry-password': 's3cret\u0007'
      })[n] ?? '';
    expect(() => parseInputs(read)).toThrow(
      /^registry-password "\*\*\*" contains control character/
    );
    try {
      parseInputs(read);
    } catch (e) {
      expect((e as Error).message).not.toContain('s3cret');
    }
  });
});
