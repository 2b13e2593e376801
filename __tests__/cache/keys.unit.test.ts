import { describe, expect, it } from '@jest/globals';
import { gocacheKeys, gocacheMatch, gomodcacheKeys, runIdentity } from '../../src/cache/keys.js';
import { cachePaths, cachePlan } from '../../src/cache/plan.js';
import { parseTarget, targetKey } from '../../src/targets/parse.js';

const ctx = {
  runnerOs: 'Linux',
  runnerArch: 'X64',
  goVersion: 'go1.22.12',
  depHash: 'abc123',
  run: '777-2'
};

describe('cache keys', () => {
  it('gives 4 targets 4 GOCACHE keys and one GOMODCACHE key', () => {
    const targets = ['linux/arm64', 'linux/amd64', 'linux/arm/v7', 'windows/amd64'];
    const plans = targets.map(t =>
      cachePlan(cachePaths({ target: parseTarget(t), cgo: false }, '/tmp/r'), ctx)
    );
    expect(new Set(plans.map(p => p.gocache.key)).size).toBe(4);
    expect(new Set(plans.map(p => p.gocache.path)).size).toBe(4);
    expect(new Set(plans.map(p => p.gomodcache.key)).size).toBe(1);
    expect(new Set(plans.map(p => p.gomodcache.path)).size).toBe(1);
    expect(plans[2].gocache).toEqual({
      path: '/tmp/r/gocache/linux_arm_v7',
      key: 'setup-go-cross-v1-gocache-Linux-X64-go1.22.12-linux_arm_v7-abc123-777-2',
      restoreKeys: [
        'setup-go-cross-v1-gocache-Linux-X64-go1.22.12-linux_arm_v7-abc123-',
        'setup-go-cross-v1-gocache-Linux-X64-go1.22.12-linux_arm_v7-'
      ]
    });
  });

  it('gives every run its own GOCACHE key; restore keys find older runs', () => {
    const run1 = gocacheKeys({ ...ctx, targetKey: 'linux_arm64', run: '100-1' });
    const run2 = gocacheKeys({ ...ctx, targetKey: 'linux_arm64', run: '101-1' });
    const newDeps = gocacheKeys({ ...ctx, targetKey: 'linux_arm64', run: '102-1', depHash: 'f00' });
    expect(run2.key).not.toBe(run1.key);
    expect(run1.key.startsWith(run2.restoreKeys[0])).toBe(true);
    expect(run1.key.startsWith(newDeps.restoreKeys[0])).toBe(false);
    expect(run1.key.startsWith(newDeps.restoreKeys[1])).toBe(true);
    // Same target, Go and dependencies from any run: exact; older dependencies: partial.
    expect(gocacheMatch(run2, run1.key)).toBe('exact');
    expect(gocacheMatch(run2, run2.key)).toBe('exact');
    expect(gocacheMatch(newDeps, run1.key)).toBe('partial');
  });

  it.each([
    [{ GITHUB_RUN_ID: '123456', GITHUB_RUN_ATTEMPT: '3' }, '123456-3'],
    [{ GITHUB_RUN_ID: '123456' }, '123456-1'],
    [{}, 't1700000000000-1'],
    [{ GITHUB_RUN_ID: '12-3', GITHUB_RUN_ATTEMPT: '1' }, 't1700000000000-1'],
    [{ GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: 'x' }, 't1700000000000-1']
  ])('run identity of %j is %s', (env, expected) => {
    expect(runIdentity(env, 1700000000000)).toBe(expected);
  });

  it('restore keys stop at the target: never another target or Go version', () => {
    const arm = gocacheKeys({ ...ctx, targetKey: 'linux_arm64' });
    const amd = gocacheKeys({ ...ctx, targetKey: 'linux_amd64' });
    expect(amd.key.startsWith(arm.restoreKeys[0])).toBe(false);
    const otherGo = gocacheKeys({ ...ctx, goVersion: 'go1.23.5', targetKey: 'linux_arm64' });
    expect(otherGo.key.startsWith(arm.restoreKeys[0])).toBe(false);
    // A longer target key that shares the prefix must not match either (linux_arm vs linux_arm64).
    const armv6 = gocacheKeys({ ...ctx, targetKey: 'linux_arm' });
    expect(arm.key.startsWith(armv6.restoreKeys[0])).toBe(false);
  });

  it('keys the module cache by OS and dependencies only', () => {
    expect(gomodcacheKeys({ runnerOs: 'Linux', depHash: 'abc123' })).toEqual({
      key: 'setup-go-cross-v1-gomod-Linux-abc123',
      restoreKeys: ['setup-go-cross-v1-gomod-Linux-']
    });
  });

  it.each([
    ['linux/arm64', false, 'linux_arm64'],
    ['linux/arm/v7', false, 'linux_arm_v7'],
    ['linux/arm/7', false, 'linux_arm_v7'],
    ['linux/amd64/v3', false, 'linux_amd64_v3'],
    ['linux/amd64', true, 'linux_amd64_cgo'],
    ['linux/arm/v6,softfloat', false, 'linux_arm_v6_softfloat'],
    ['linux/arm64/v8.2,lse', false, 'linux_arm64_v8.2_lse']
  ])('target key of %s (cgo %s) is %s', (t, cgo, key) => {
    expect(targetKey(parseTarget(t), cgo)).toBe(key);
  });
});

describe('cache-hit over the caches in play', () => {
  it('skips GOMODCACHE for a module without dependencies', async () => {
    const { NO_DEPS } = await import('../../src/cache/keys.js');
    const plan = cachePlan(cachePaths({ target: parseTarget('linux/arm64'), cgo: false }, '/r'), {
      ...ctx,
      depHash: NO_DEPS
    });
    expect(plan.gomodcache.skip).toMatch(/no dependency files/);
    // An empty go.sum hashes to something, but lists no module: nothing to cache either.
    const blank = cachePlan(cachePaths({ target: parseTarget('linux/arm64'), cgo: false }, '/r'), {
      ...ctx,
      listsNothing: true
    });
    expect(blank.gomodcache.skip).toMatch(/list no module/);
    expect(
      cachePlan(cachePaths({ target: parseTarget('linux/arm64'), cgo: false }, '/r'), ctx)
        .gomodcache.skip
    ).toBeUndefined();
  });

  it.each([
    [['exact', 'exact'], 'true'],
    [['exact', 'skipped'], 'true'],
    [['partial', 'exact'], 'partial'],
    [['miss', 'exact'], 'partial'],
    [['miss', 'miss'], 'false'],
    [['miss', 'skipped'], 'false']
  ] as const)('%j -> %s', async (hits, expected) => {
    const { combinedHit } = await import('../../src/cache/restore.js');
    expect(combinedHit([...hits])).toBe(expected);
  });
});
