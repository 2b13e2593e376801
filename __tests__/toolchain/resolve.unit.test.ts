import { describe, expect, it } from '@jest/globals';
import type { GoRelease } from '../../src/toolchain/index-json.js';
import { parseIndex } from '../../src/toolchain/index-json.js';
import {
  goHost,
  resolveLocal,
  resolveRelease,
  ResolveError,
  supportedMinors,
  unsupportedNotice
} from '../../src/toolchain/resolve.js';
import { parseVersionSpec } from '../../src/toolchain/version.js';

const sha = (c: string) => c.repeat(64);
function release(version: string, stable = true): GoRelease {
  return {
    version,
    stable,
    files: [
      {
        filename: `${version}.src.tar.gz`,
        os: '',
        arch: '',
        version,
        sha256: sha('1'),
        size: 1,
        kind: 'source'
      },
      {
        filename: `${version}.linux-amd64.tar.gz`,
        os: 'linux',
        arch: 'amd64',
        version,
        sha256: sha('a'),
        size: 2,
        kind: 'archive'
      },
      {
        filename: `${version}.windows-amd64.msi`,
        os: 'windows',
        arch: 'amd64',
        version,
        sha256: sha('b'),
        size: 3,
        kind: 'installer'
      },
      {
        filename: `${version}.windows-amd64.zip`,
        os: 'windows',
        arch: 'amd64',
        version,
        sha256: sha('c'),
        size: 4,
        kind: 'archive'
      }
    ]
  };
}
const INDEX = [
  release('go1.24rc1', false),
  release('go1.23.5'),
  release('go1.23.4'),
  release('go1.22.12'),
  release('go1.22.11'),
  release('go1.21.13'),
  release('go1.20'),
  release('go1.19.8')
];
const linux = { os: 'linux', arch: 'amd64' };
const resolve = (text: string, host = linux) =>
  resolveRelease(parseVersionSpec(text), INDEX, host, text);

describe('resolveRelease', () => {
  it.each([
    ['1.22.12', 'go1.22.12'],
    ['1.22', 'go1.22.12'],
    ['1.22.x', 'go1.22.12'],
    ['^1.21', 'go1.23.5'],
    ['<1.22', 'go1.21.13'],
    ['1.20', 'go1.20'],
    ['stable', 'go1.23.5'],
    ['oldstable', 'go1.22.12'],
    ['1.24rc1', 'go1.24rc1']
  ])('%s -> %s', (spec, version) => {
    expect(resolve(spec).version).toBe(version);
  });

  it('picks the archive for the host, never an installer or source', () => {
    expect(resolve('1.23.5').file.filename).toBe('go1.23.5.linux-amd64.tar.gz');
    expect(resolve('1.23.5', { os: 'windows', arch: 'amd64' }).file.filename).toBe(
      'go1.23.5.windows-amd64.zip'
    );
  });

  it('fails clearly when nothing matches', () => {
    expect(() => resolve('1.18.1')).toThrow(
      'go-version "1.18.1": go1.18.1 is not in the Go download index'
    );
    expect(() => resolve('1.25')).toThrow(ResolveError);
    expect(() => resolve('1.23.5', { os: 'linux', arch: 'arm64' })).toThrow(
      /no archive for linux-arm64/
    );
  });

  it('refuses an entry without a SHA-256', () => {
    const bad = [
      { ...release('go1.23.5'), files: release('go1.23.5').files.map(f => ({ ...f, sha256: '' })) }
    ];
    expect(() => resolveRelease(parseVersionSpec('1.23.5'), bad, linux, '1.23.5')).toThrow(
      /no valid SHA-256/
    );
  });
});

describe('resolveLocal (tool cache first)', () => {
  const cached = ['1.21.13', '1.22.5', '1.22.12', '1.23.0-rc.1'];
  it.each([
    ['1.22.12', '1.22.12'],
    ['1.22', '1.22.12'],
    ['^1.21', '1.22.12'],
    ['1.23.5', undefined],
    ['stable', undefined]
  ])('%s -> %s', (spec, hit) => {
    expect(resolveLocal(parseVersionSpec(spec), cached)).toBe(hit);
  });
});

describe('index and host', () => {
  it('parses the index and drops malformed entries', () => {
    const body = JSON.stringify([
      {
        version: 'go1.23.5',
        stable: true,
        files: [{ filename: 'x' }, release('go1.23.5').files[1]]
      },
      42
    ]);
    expect(parseIndex(body, 'u')).toEqual([
      { version: 'go1.23.5', stable: true, files: [release('go1.23.5').files[1]] }
    ]);
    expect(() => parseIndex('<html>', 'u')).toThrow('the Go download index at u is not JSON');
  });
  it('maps Node platform names to go.dev archive names', () => {
    expect(goHost('linux', 'x64')).toEqual({ os: 'linux', arch: 'amd64' });
    expect(goHost('win32', 'arm64')).toEqual({ os: 'windows', arch: 'arm64' });
    expect(goHost('linux', 'arm')).toEqual({ os: 'linux', arch: 'armv6l' });
  });
});

describe('supported release lines', () => {
  const index = [
    release('go1.28rc1', false),
    release('go1.27.4'),
    release('go1.27.3'),
    release('go1.26.11'),
    release('go1.25.12'),
    release('go1.22.12')
  ];

  it('are the minors of stable and oldstable', () => {
    expect(supportedMinors(index)).toEqual(['1.27', '1.26']);
  });

  it('a notice names them when the resolved minor is older', () => {
    expect(unsupportedNotice('go1.25.12', index)).toBe(
      'Go 1.25 is no longer supported by the Go team (security fixes go to Go 1.27 and 1.26 only); consider go-version: 1.27'
    );
    expect(unsupportedNotice('go1.26.11', index)).toBeUndefined();
    expect(unsupportedNotice('go1.27.3', index)).toBeUndefined();
    expect(unsupportedNotice('go1.28rc1', index)).toBeUndefined();
  });
});
