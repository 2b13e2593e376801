import { describe, expect, it, beforeAll } from '@jest/globals';
import { mkdtemp, writeFile, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  addedBuildOutputs,
  ageEntries,
  cacheSize,
  readManifest,
  removeEntries,
  settleEntries,
  trimUnused
} from '../../src/cache/trim.js';
import { debianGo, goEnv, run, writeModule } from '../support/go.js';

/**
 * Proves the trimming trick against the real Go cache: after aging, only
 * entries a build touched survive, and the trimmed cache still makes that
 * build fully warm.
 */
describe('GOCACHE trimming with a real Go', () => {
  const go = debianGo('1.23');
  let root: string;
  let gocache: string;
  let small: string;
  let big: string;
  const build = async (dir: string, cache = gocache) => {
    const env = goEnv({ GOCACHE: cache, GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0' });
    const { stderr } = await run(go, ['build', '-x', '-o', path.join(root, 'out'), '.'], {
      cwd: dir,
      env,
      maxBuffer: 64 << 20
    });
    return stderr.split('\n').filter(l => /\/compile\b.* -p /.test(l)).length;
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'trim-'));
    gocache = path.join(root, 'gocache');
    small = await writeModule(path.join(root, 'small'));
    // "big": packages the small program does not use (encoding/json and its few deps; net/http
    // would prove the same at ~150 cold packages per build instead of ~10).
    big = await writeModule(path.join(root, 'big'), {
      main: 'package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n)\n\nfunc main() { b, _ := json.Marshal(1); fmt.Println(string(b)) }\n'
    });
  }, 60000);

  it('keeps what the job used and drops the rest', async () => {
    // "Restored" cache: holds objects of both programs.
    expect(await build(small)).toBeGreaterThan(0);
    expect(await build(big)).toBeGreaterThan(0);
    const before = await cacheSize(gocache);
    const restoredAt = Date.now();
    const aged = await ageEntries(gocache, restoredAt);
    expect(aged.files).toBe(before.files);

    // This job builds only the small program: warm, and its entries get touched.
    expect(await build(small)).toBe(0);
    const { kept, removed } = await trimUnused(gocache, restoredAt);
    expect(removed.files).toBeGreaterThan(0);
    expect(kept.bytes).toBeLessThan(before.bytes);
    expect(kept.files + removed.files).toBeGreaterThanOrEqual(before.files);

    // The trimmed cache is still complete for what the job built.
    expect(await build(small)).toBe(0);
    // ... and the dropped entries really were the other program's.
    expect(await build(big)).toBeGreaterThan(0);
  }, 300000);

  it('sorts entries into used, unused and added; a no-op rebuild adds no build output', async () => {
    const cache = path.join(root, 'settle');
    expect(await build(small, cache)).toBeGreaterThan(0);
    expect(await build(big, cache)).toBeGreaterThan(0);
    const restoredAt = Date.now();
    const manifest = path.join(root, 'settle.restored');
    const aged = await ageEntries(cache, restoredAt, manifest);
    const restored = await readManifest(manifest);
    expect(restored.size).toBe(aged.files);

    // A no-op rebuild of the small program: some entries used, the big one's unused, no output added.
    expect(await build(small, cache)).toBe(0);
    const noop = await settleEntries(cache, restoredAt, restored);
    expect(noop.used.files).toBeGreaterThan(0);
    expect(noop.unused.files).toBeGreaterThan(0);
    expect(noop.used.files + noop.unused.files).toBe(aged.files);
    expect(await addedBuildOutputs(noop.addedOutputs)).toBe(false);

    // An edit: a new compiled object, which is a build output worth saving.
    await writeFile(path.join(small, 'extra.go'), 'package main\n\nvar Extra = 1\n');
    try {
      expect(await build(small, cache)).toBe(1);
    } finally {
      await rm(path.join(small, 'extra.go'), { force: true });
    }
    const edited = await settleEntries(cache, restoredAt, restored);
    expect(edited.added.files).toBeGreaterThan(0);
    expect(await addedBuildOutputs(edited.addedOutputs)).toBe(true);
    await removeEntries(edited.unusedFiles);
    expect(await cacheSize(cache)).toEqual({
      files: edited.used.files + edited.added.files,
      bytes: edited.used.bytes + edited.added.bytes
    });
  }, 300000);

  it('ignores files outside the 00..ff entry folders and a missing cache', async () => {
    const dir = path.join(root, 'odd');
    await mkdir(path.join(dir, 'ab'), { recursive: true });
    await writeFile(path.join(dir, 'README'), 'x');
    await writeFile(path.join(dir, 'ab', 'e-a'), 'x');
    const t = Date.now();
    await ageEntries(dir, t);
    const r = await trimUnused(dir, t);
    expect(r.removed.files).toBe(1);
    expect(await cacheSize(dir)).toEqual({ files: 0, bytes: 0 });
    expect(await trimUnused(path.join(root, 'missing'), t)).toEqual({
      kept: { files: 0, bytes: 0 },
      removed: { files: 0, bytes: 0 }
    });
  });
});
