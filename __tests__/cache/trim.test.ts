import { describe, expect, it, beforeAll } from '@jest/globals';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ageEntries, cacheSize, trimUnused } from '../../src/cache/trim.js';
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
  const build = async (dir: string) => {
    const env = goEnv({ GOCACHE: gocache, GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0' });
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
    big = await writeModule(path.join(root, 'big'), {
      main: 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() { fmt.Println(http.StatusOK) }\n'
    });
  });

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
  });

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
