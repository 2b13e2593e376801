/** The post state is checked before post acts on it: what main writes passes, anything else names its fault. */
import { describe, expect, it } from '@jest/globals';
import { postStateProblem, type PostState } from '../../src/run/state.js';

const entry = (name: string) => ({
  path: `/home/runner/.cache/${name}`,
  key: `setup-go-cross-${name}-Linux-X64-1.22.12-linux_arm64-abc`,
  restoreKeys: [`setup-go-cross-${name}-Linux-X64-1.22.12-linux_arm64-`],
  hit: 'miss' as const
});

const cache = () => ({
  gocache: entry('gocache'),
  gomodcache: entry('gomodcache'),
  restoredAt: 1700000000000
});

const state = (): PostState => ({
  caches: [cache()],
  verify: {
    plan: {
      options: { target: { goos: 'linux', goarch: 'arm64' }, goVersion: '1.22.12', cgo: false },
      smokeArgs: ['--version'],
      failOn: 'error',
      workspace: '/home/runner/work/app',
      reportPath: '/home/runner/work/_temp/report.json'
    },
    patterns: ['dist/*'],
    done: [],
    matchedInMain: []
  }
});

describe('postStateProblem', () => {
  it('accepts what main saves (all of it, or parts of it)', () => {
    expect(postStateProblem(JSON.stringify(state()))).toBeNull();
    expect(postStateProblem(JSON.stringify({ caches: state().caches }))).toBeNull();
    expect(postStateProblem('{}')).toBeNull();
    // Several targets in one step: one cache entry per target.
    expect(postStateProblem(JSON.stringify({ caches: [cache(), cache()] }))).toBeNull();
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['an array', '[]', /not an object/],
    [
      'cache without gomodcache',
      { caches: [{ gocache: entry('g'), restoredAt: 1 }] },
      /gocache, gomodcache/
    ],
    [
      'a cache entry without key',
      { caches: [{ ...cache(), gocache: { path: '/x', hit: 'miss' } }] },
      /caches\[0\].gocache lacks/
    ],
    ['caches not a list', { caches: cache() }, /caches is not a list/],
    [
      "a second target's cache entry without key",
      { caches: [cache(), { ...cache(), gomodcache: { path: '/x', hit: 'miss' } }] },
      /caches\[1\].gomodcache lacks/
    ],
    [
      'done not a list',
      { verify: { ...state().verify, done: 'a' } },
      /verify.done is not a list of strings/
    ],
    [
      'no target',
      { verify: { ...state().verify, plan: { ...state().verify!.plan, options: {} } } },
      /target is not/
    ],
    [
      'a bad failOn',
      { verify: { ...state().verify, plan: { ...state().verify!.plan, failOn: 'sometimes' } } },
      /failOn "sometimes"/
    ]
  ])('names the fault: %s', (_what, value, fault) => {
    expect(postStateProblem(typeof value === 'string' ? value : JSON.stringify(value))).toMatch(
      fault
    );
  });
});
