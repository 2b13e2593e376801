/**
 * The pure comparison: module changes as Go orders versions (pseudo-versions,
 * +incompatible, /v2 and gopkg.in major moves, replacements by path and by
 * directory), sizes and sections, settings, artifacts new and gone.
 */
import { describe, expect, it } from '@jest/globals';
import {
  compareBuilds,
  compareModules,
  compareSections,
  compareSettings,
  compareVersions,
  majorFamily,
  moduleVersion
} from '../../src/compare/diff.js';
import type { ArtifactFacts } from '../../src/compare/facts.js';
import type { Module } from '../../src/verify/modinfo.js';

const m = (
  path: string,
  version: string,
  sum = `h1:${path}@${version}=`,
  replace?: Module
): Module => ({
  path,
  version,
  sum,
  ...(replace ? { replace } : {})
});
const dir = (p: string): Module => ({ path: p, version: '', sum: '' });

const changes = (base: Module[], head: Module[]) =>
  compareModules(base, head).map(c => [c.change, c.path, c.base, c.head]);

describe('compareVersions (Go order)', () => {
  it.each([
    ['v1.2.3', 'v1.2.4', -1],
    ['v1.10.0', 'v1.9.0', 1],
    ['v0.0.0-20240101120000-aaaaaaaaaaaa', 'v0.0.0-20240202120000-bbbbbbbbbbbb', -1],
    // A pseudo-version after v1.2.3 sorts above it and below v1.2.4.
    ['v1.2.3', 'v1.2.4-0.20240101120000-aaaaaaaaaaaa', -1],
    ['v1.2.4-0.20240101120000-aaaaaaaaaaaa', 'v1.2.4', -1],
    ['v2.0.0+incompatible', 'v2.1.0+incompatible', -1],
    ['v2.0.0+incompatible', 'v2.0.0', 0],
    ['v1.0.0-rc.1', 'v1.0.0', -1]
  ])('%s vs %s -> %d', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
    expect(compareVersions(b, a)).toBe(want === 0 ? 0 : -want);
  });

  it('is null for what is not a module version', () => {
    expect(compareVersions('(devel)', 'v1.0.0')).toBeNull();
    expect(compareVersions('', 'v1.0.0')).toBeNull();
    expect(compareVersions('1.0.0', 'v1.0.0')).toBeNull();
  });
});

describe('majorFamily', () => {
  it.each([
    ['example.com/m/v2', 'example.com/m'],
    ['example.com/m/v10', 'example.com/m'],
    ['example.com/m', 'example.com/m'],
    ['example.com/m/v1', 'example.com/m/v1'],
    ['example.com/v2', 'example.com/v2'.replace('/v2', '')],
    ['gopkg.in/yaml.v3', 'gopkg.in/yaml']
  ])('%s -> %s', (p, want) => expect(majorFamily(p)).toBe(want));
});

describe('compareModules', () => {
  it('finds added, removed, upgraded and downgraded modules, with versions', () => {
    expect(
      changes(
        [m('a.example/x', 'v1.0.0'), m('b.example/y', 'v1.5.0'), m('c.example/z', 'v0.3.0')],
        [m('a.example/x', 'v1.1.0'), m('b.example/y', 'v1.4.9'), m('d.example/new', 'v0.1.0')]
      )
    ).toEqual([
      ['added', 'd.example/new', null, 'v0.1.0'],
      ['upgraded', 'a.example/x', 'v1.0.0', 'v1.1.0'],
      ['downgraded', 'b.example/y', 'v1.5.0', 'v1.4.9'],
      ['removed', 'c.example/z', 'v0.3.0', null]
    ]);
  });

  it('orders pseudo-versions by their time and tags above an older pseudo-version', () => {
    expect(
      changes(
        [
          m('x.example/p', 'v0.0.0-20240202120000-bbbbbbbbbbbb'),
          m('x.example/q', 'v1.2.4-0.20240101120000-aaaaaaaaaaaa')
        ],
        [m('x.example/p', 'v0.0.0-20240101120000-aaaaaaaaaaaa'), m('x.example/q', 'v1.2.4')]
      )
    ).toEqual([
      ['upgraded', 'x.example/q', 'v1.2.4-0.20240101120000-aaaaaaaaaaaa', 'v1.2.4'],
      [
        'downgraded',
        'x.example/p',
        'v0.0.0-20240202120000-bbbbbbbbbbbb',
        'v0.0.0-20240101120000-aaaaaaaaaaaa'
      ]
    ]);
  });

  it('compares +incompatible versions by their numbers', () => {
    expect(
      changes(
        [m('github.com/old/lib', 'v2.3.0+incompatible')],
        [m('github.com/old/lib', 'v3.0.1+incompatible')]
      )
    ).toEqual([['upgraded', 'github.com/old/lib', 'v2.3.0+incompatible', 'v3.0.1+incompatible']]);
  });

  it('a move to /v2 (or gopkg.in .vN) is one upgrade naming both paths, not an add and a remove', () => {
    const c = compareModules(
      [m('example.com/m', 'v1.9.0'), m('gopkg.in/yaml.v2', 'v2.4.0')],
      [m('example.com/m/v2', 'v2.0.1'), m('gopkg.in/yaml.v3', 'v3.0.1')]
    );
    expect(c).toEqual([
      expect.objectContaining({
        change: 'upgraded',
        path: 'example.com/m/v2',
        basePath: 'example.com/m',
        base: 'v1.9.0',
        head: 'v2.0.1'
      }),
      expect.objectContaining({
        change: 'upgraded',
        path: 'gopkg.in/yaml.v3',
        basePath: 'gopkg.in/yaml.v2',
        base: 'v2.4.0',
        head: 'v3.0.1'
      })
    ]);
    // Both majors linked at once (a transitive v1 beside a direct v2): the new one is added.
    expect(
      changes(
        [m('example.com/m', 'v1.9.0')],
        [m('example.com/m', 'v1.9.0'), m('example.com/m/v2', 'v2.0.1')]
      )
    ).toEqual([['added', 'example.com/m/v2', null, 'v2.0.1']]);
  });

  it('replacements by path: replaced, re-replaced, unreplaced, and the replacement version deciding', () => {
    const fork = (v: string) => m('example.com/fork', v);
    expect(
      changes(
        [
          m('a.example/r', 'v1.0.0'),
          m('b.example/r', 'v1.0.0', 'h1:b', fork('v1.0.1')),
          m('c.example/r', 'v1.0.0', '', dir('../c')),
          m('d.example/r', 'v1.0.0', 'h1:d', fork('v1.0.1'))
        ],
        [
          m('a.example/r', 'v1.0.0', '', dir('../a')),
          m('b.example/r', 'v1.0.0', 'h1:b', fork('v1.0.3')),
          m('c.example/r', 'v1.0.0'),
          m('d.example/r', 'v1.0.0', '', dir('./vendor/d'))
        ]
      )
    ).toEqual([
      [
        'upgraded',
        'b.example/r',
        'v1.0.0 => example.com/fork v1.0.1',
        'v1.0.0 => example.com/fork v1.0.3'
      ],
      ['replaced', 'a.example/r', 'v1.0.0', 'v1.0.0 => ../a'],
      ['re-replaced', 'd.example/r', 'v1.0.0 => example.com/fork v1.0.1', 'v1.0.0 => ./vendor/d'],
      ['unreplaced', 'c.example/r', 'v1.0.0 => ../c', 'v1.0.0']
    ]);
  });

  it('the same version with another sum is a change worth seeing; nothing changed is nothing', () => {
    const c = compareModules(
      [m('a.example/x', 'v1.0.0', 'h1:AAA=')],
      [m('a.example/x', 'v1.0.0', 'h1:BBB=')]
    );
    expect(c).toEqual([
      expect.objectContaining({ change: 'changed', note: 'same version, another sum' })
    ]);
    expect(compareModules([m('a.example/x', 'v1.0.0')], [m('a.example/x', 'v1.0.0')])).toEqual([]);
    // A directory replacement has no version of its own: the required version decides.
    expect(
      changes(
        [m('a.example/x', 'v1.0.0', '', dir('./x'))],
        [m('a.example/x', 'v1.1.0', '', dir('./x'))]
      )
    ).toEqual([['upgraded', 'a.example/x', 'v1.0.0 => ./x', 'v1.1.0 => ./x']]);
    // Same directory, same requirement: unchanged as far as build info shows.
    expect(
      compareModules(
        [m('a.example/x', 'v1.0.0', '', dir('../x'))],
        [m('a.example/x', 'v1.0.0', '', dir('../x'))]
      )
    ).toEqual([]);
  });

  it('prints versions as go version -m does', () => {
    expect(moduleVersion(m('a', 'v1.0.0', '', m('b', 'v1.1.0')))).toBe('v1.0.0 => b v1.1.0');
    expect(moduleVersion(m('a', 'v1.0.0', '', dir('../b')))).toBe('v1.0.0 => ../b');
  });
});

describe('sections and settings', () => {
  it('lists sections that moved, appeared or went, largest first', () => {
    expect(
      compareSections(
        { '.text': 1000, '.rodata': 500, '.data': 10, '.go.fipsinfo': 4 },
        { '.text': 1600, '.rodata': 400, '.data': 10, '.go.module': 20 }
      )
    ).toEqual([
      { name: '.text', base: 1000, head: 1600, delta: 600 },
      { name: '.rodata', base: 500, head: 400, delta: -100 },
      { name: '.go.module', base: null, head: 20, delta: 20 },
      { name: '.go.fipsinfo', base: 4, head: null, delta: -4 }
    ]);
  });

  it('lists changed build settings, never vcs.revision or vcs.time', () => {
    expect(
      compareSettings(
        {
          '-tags': 'a',
          CGO_ENABLED: '0',
          GOARM: '6',
          'vcs.revision': 'aaa',
          'vcs.time': 't1',
          '-trimpath': 'true'
        },
        {
          '-tags': 'a,b',
          CGO_ENABLED: '1',
          GOARM: '7',
          'vcs.revision': 'bbb',
          'vcs.time': 't2',
          '-ldflags': '-s -w',
          '-trimpath': 'true'
        }
      )
    ).toEqual([
      { key: '-ldflags', base: null, head: '-s -w' },
      { key: '-tags', base: 'a', head: 'a,b' },
      { key: 'CGO_ENABLED', base: '0', head: '1' },
      { key: 'GOARM', base: '6', head: '7' }
    ]);
  });
});

describe('compareBuilds', () => {
  const art = (
    name: string,
    target: string,
    size: number,
    extra: Partial<ArtifactFacts> = {}
  ): ArtifactFacts => ({
    name,
    path: `dist/${name}`,
    target,
    size,
    sha256: null,
    sections: { '.text': size / 2 },
    go: {
      version: 'go1.22.12',
      path: 'example.com/app',
      main: null,
      deps: [],
      settings: { GOOS: target.split('/')[0] }
    },
    ...extra
  });

  it('matches by name and target; reports sizes, new and gone artifacts, Go version', () => {
    const c = compareBuilds(
      [
        art('app', 'linux/arm64', 1000),
        art('app', 'linux/amd64', 2000),
        art('old', 'linux/arm64', 500)
      ],
      [
        art('app', 'linux/arm64', 1500, {
          go: {
            version: 'go1.23.5',
            path: 'example.com/app',
            main: null,
            deps: [m('a.example/x', 'v1.0.0')],
            settings: { GOOS: 'linux' }
          }
        }),
        art('app', 'linux/amd64', 2000),
        art('tool', 'linux/arm64', 700)
      ]
    );
    expect(
      c.artifacts.map(a => [a.name, a.target, a.status, a.size?.delta, a.size?.percent])
    ).toEqual([
      ['app', 'linux/arm64', 'changed', 500, 50],
      ['app', 'linux/amd64', 'unchanged', 0, 0],
      ['tool', 'linux/arm64', 'new', 700, null],
      ['old', 'linux/arm64', 'gone', -500, -100]
    ]);
    expect(c.artifacts[0].goVersion).toEqual({ base: 'go1.22.12', head: 'go1.23.5' });
    expect(c.artifacts[0].modules).toEqual([
      { change: 'added', path: 'a.example/x', base: null, head: 'v1.0.0' }
    ]);
    expect(c.artifacts[0].sections).toEqual([{ name: '.text', base: 500, head: 750, delta: 250 }]);
    expect(c.total).toEqual({ base: 3000, head: 3500, delta: 500, percent: 16.67 });
  });

  it('the same name for another target is another artifact', () => {
    const c = compareBuilds([art('app', 'linux/arm64', 1000)], [art('app', 'linux/amd64', 1000)]);
    expect(c.artifacts.map(a => a.status)).toEqual(['new', 'gone']);
  });
});
