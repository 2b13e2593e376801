import { beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The cache module against a disk-backed stand-in of the GitHub cache
 * service, mocked at the one seam (src/cache/service.ts). Go's cache here is
 * a real one, filled by real builds.
 */
class ReserveCacheError extends Error {}
const store = {
  root: '',
  available: true,
  restoreError: undefined as Error | undefined,
  saveBehaviour: 'ok' as 'ok' | 'race' | 'throw' | 'hang',
  saved: [] as string[],
  async restoreCache(paths: string[], key: string, restoreKeys: string[] = []) {
    if (this.restoreError) throw this.restoreError;
    const keys = await readdir(this.root);
    const matched = keys.includes(key)
      ? key
      : restoreKeys
          .map(p =>
            keys
              .filter(k => k.startsWith(p))
              .sort()
              .pop()
          )
          .find(Boolean);
    if (!matched) return undefined;
    await cp(path.join(this.root, matched), paths[0], {
      recursive: true,
      preserveTimestamps: true
    });
    return matched;
  },
  async saveCache(paths: string[], key: string) {
    if (this.saveBehaviour === 'hang') return new Promise<number>(() => {});
    if (this.saveBehaviour === 'throw') throw new Error('cache service answered 500');
    if (this.saveBehaviour === 'race' || (await readdir(this.root)).includes(key)) {
      // What @actions/cache does on a reserve conflict: logs it and returns -1.
      return -1;
    }
    await cp(paths[0], path.join(this.root, key), { recursive: true, preserveTimestamps: true });
    this.saved.push(key);
    return 1;
  }
};

jest.unstable_mockModule('../../src/cache/service.js', () => ({
  restoreCache: (p: string[], k: string, r?: string[]) => store.restoreCache(p, k, r),
  saveCache: (p: string[], k: string) => store.saveCache(p, k),
  isFeatureAvailable: () => store.available,
  ReserveCacheError,
  ValidationError: class extends Error {}
}));

const logs: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  info: (m: string) => logs.push(`info: ${m}`),
  warning: (m: string) => logs.push(`warning: ${m}`),
  debug: () => undefined
}));

const { restoreCaches } = await import('../../src/cache/restore.js');
const { saveCaches } = await import('../../src/cache/save.js');
const { cacheSize } = await import('../../src/cache/trim.js');
const { cachePlan, cachePaths } = await import('../../src/cache/plan.js');
const { parseTarget } = await import('../../src/targets/parse.js');
const { debianGo, goEnv, run, writeModule } = await import('../support/go.js');

// Real Go builds on a shared machine: well over jest's 5 s default (testTimeout in a project is ignored).
jest.setTimeout(180_000);

describe('restore and save with a stand-in cache service', () => {
  let root: string;
  let mod: string;
  let jobN = 0;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'cache-'));
    store.root = path.join(root, 'service');
    await mkdir(store.root);
    mod = await writeModule(path.join(root, 'mod'));
  });
  beforeEach(() => {
    logs.length = 0;
    store.available = true;
    store.restoreError = undefined;
    store.saveBehaviour = 'ok';
  });

  /** One job: fresh RUNNER_TEMP, restore, build, then the post step's save. */
  async function job(
    target: string,
    depHash: string,
    build: (gocache: string) => Promise<void> = async () => {},
    timeoutMs = 120_000
  ) {
    const temp = path.join(root, `job-${++jobN}`);
    const paths = cachePaths({ target: parseTarget(target), cgo: false }, temp);
    const plan = cachePlan(paths, {
      runnerOs: 'Linux',
      runnerArch: 'X64',
      goVersion: 'go1.23.5',
      depHash,
      // A new run each job; zero-padded so the stand-in's newest-by-name is the newest run.
      run: `${String(jobN).padStart(4, '0')}-1`
    });
    const restored = await restoreCaches(plan, { timeoutMs });
    await build(paths.gocache);
    await writeFile(path.join(plan.gomodcache.path, 'marker'), 'modules');
    const saved = await saveCaches({
      restoredAt: restored.restoredAt,
      manifest: restored.manifest,
      timeoutMs,
      gocache: { ...plan.gocache, ...restored.gocache },
      gomodcache: { ...plan.gomodcache, ...restored.gomodcache }
    });
    return { restored, plan, saved };
  }

  const goBuild =
    (goarch: string, extra = '') =>
    async (gocache: string) => {
      if (extra) await writeFile(path.join(mod, 'extra.go'), extra);
      else await rm(path.join(mod, 'extra.go'), { force: true });
      await run(debianGo('1.23'), ['build', '-o', path.join(root, 'out'), '.'], {
        cwd: mod,
        env: goEnv({ GOCACHE: gocache, GOOS: 'linux', GOARCH: goarch, CGO_ENABLED: '0' })
      });
    };

  it('miss: builds cold and saves under the per-target key', async () => {
    const { restored, plan } = await job('linux/arm64', 'h1', goBuild('arm64'));
    expect(restored.cacheHit).toBe('false');
    expect(store.saved).toEqual([plan.gocache.key, plan.gomodcache.key]);
  });

  it('same dependencies, nothing new built: cache-hit true and nothing saved', async () => {
    store.saved = [];
    const { restored, saved } = await job('linux/arm64', 'h1', goBuild('arm64'));
    expect(restored.cacheHit).toBe('true');
    expect(store.saved).toEqual([]);
    // Go may add an index of the module's directory (its mtimes changed): not a build output.
    expect(
      logs.some(l =>
        /^info: GOCACHE: this job added no (entries|build outputs) to the restored cache/.test(l)
      )
    ).toBe(true);
    expect(saved.gocache.settled?.added.files).toBeLessThanOrEqual(2);
    expect(saved.gocache.settled?.used.files).toBeGreaterThan(0);
  });

  it('another target never restores the arm64 cache', async () => {
    store.saved = [];
    const { restored, plan } = await job('linux/amd64', 'h1');
    expect(restored.gocache.hit).toBe('miss');
    expect(restored.gomodcache.hit).toBe('exact');
    expect(restored.cacheHit).toBe('partial');
    expect(plan.gocache.key).toContain('linux_amd64');
    // Nothing was built, so there is nothing worth saving for that target.
    expect(store.saved).toEqual([]);
  });

  it('partial: restores by restore-key and saves only the entries this job used', async () => {
    store.saved = [];
    // Job A (deps h2): the restored h1 cache plus a build that needs an extra package.
    const big = 'package main\n\nimport _ "net/http"\n';
    await job('linux/arm64', 'h2', goBuild('arm64', big));
    const withHttp = await cacheSize(path.join(store.root, store.saved[0]));
    // Job B (deps h3): restores h2 (which has net/http) but builds without it: trimmed back.
    store.saved = [];
    const b = await job('linux/arm64', 'h3', goBuild('arm64'));
    expect(b.restored.gocache.hit).toBe('partial');
    const trimmed = await cacheSize(path.join(store.root, b.plan.gocache.key));
    expect(trimmed.bytes).toBeLessThan(withHttp.bytes);
    expect(logs.some(l => /^info: GOCACHE: trimmed [1-9]\d* unused entries/.test(l))).toBe(true);
  });

  it('a save race is one info line, not a failure', async () => {
    store.saveBehaviour = 'race';
    await expect(job('linux/arm/v7', 'h1', goBuild('arm'))).resolves.toBeDefined();
    expect(logs.filter(l => l.startsWith('warning'))).toEqual([]);
    expect(logs.some(l => /^info: GOCACHE: not saved under .*linux_arm_v7/.test(l))).toBe(true);
  });

  it('a failing or hanging service is a warning and the job goes on', async () => {
    store.restoreError = new Error('connect ECONNREFUSED 127.0.0.1:1');
    store.saveBehaviour = 'throw';
    const { restored } = await job('linux/riscv64', 'h1', async gocache => {
      await mkdir(path.join(gocache, 'ab'), { recursive: true });
      await writeFile(path.join(gocache, 'ab', 'x-d'), 'x');
    });
    expect(restored.cacheHit).toBe('false');
    expect(logs.filter(l => l.startsWith('warning'))).toEqual([
      'warning: GOMODCACHE: cache restore failed, building without it: connect ECONNREFUSED 127.0.0.1:1',
      'warning: GOCACHE: cache restore failed, building without it: connect ECONNREFUSED 127.0.0.1:1',
      'warning: GOCACHE: cache save failed, the job is unaffected: cache service answered 500',
      'warning: GOMODCACHE: cache save failed, the job is unaffected: cache service answered 500'
    ]);
    logs.length = 0;
    store.restoreError = undefined;
    store.saveBehaviour = 'hang';
    await job(
      'linux/s390x',
      'h1',
      async gocache => {
        await mkdir(path.join(gocache, 'ab'), { recursive: true });
        await writeFile(path.join(gocache, 'ab', 'x-d'), 'x');
      },
      2000
    );
    expect(logs.filter(l => l.startsWith('warning'))).toEqual([
      'warning: GOCACHE: cache save failed, the job is unaffected: cache save did not finish within 2 s (cache-timeout)'
    ]);
    // GOMODCACHE hit its key exactly, so it was not saved at all.
    expect(logs).toContain(
      `info: GOMODCACHE: exact hit on setup-go-cross-v1-gomod-Linux-h1; not saving`
    );
  });

  it('no cache service configured: an info line, no calls', async () => {
    store.available = false;
    const { restored } = await job('linux/arm64', 'h1');
    expect(restored.cacheHit).toBe('false');
    expect(logs[0]).toMatch(/^info: The GitHub cache service is not configured/);
  });

  it('ages restored entries so Go will mark the ones it uses', async () => {
    const { plan, restored } = await job('linux/arm64', 'h1');
    const sub = (await readdir(plan.gocache.path)).find(d => /^[0-9a-f]{2}$/.test(d))!;
    const file = (await readdir(path.join(plan.gocache.path, sub)))[0];
    const st = await stat(path.join(plan.gocache.path, sub, file));
    expect(restored.restoredAt - st.mtimeMs).toBeGreaterThanOrEqual(2 * 3600 * 1000 - 1000);
  });
});
