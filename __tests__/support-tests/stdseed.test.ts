/**
 * The prebuilt standard library the bundle tests start their GOCACHE from
 * (scripts/fixtures/stdseed.mjs): built with the Debian Go, it must be what
 * the action's own tool-cache Go looks up, with the environment the action
 * exports, or every seeded test silently builds cold again. A later plain
 * `go build -x` with that environment compiles main and nothing of std.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stdSeed } from '../../scripts/fixtures/stdseed.mjs';
import { parseBuildLog } from '../cache-service/harness.js';
import { actionHarness, type ActionHarness } from '../support/action.js';

describe('standard library seed', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('stdseed');
  });
  afterAll(async () => h.close());

  it.each([
    { go: '1.19.8', target: 'linux/arm64' },
    { go: '1.23.5', target: 'linux/arm/v7' },
    { go: '1.27.4', target: 'windows/amd64' }
  ])(
    'go $go, $target: a build in the seeded GOCACHE compiles main only',
    async ({ go, target }) => {
      const r = await h.run(`seeded-${go}`, { 'go-version': go, target }, [
        { name: 'build', run: 'go build -x -o app . 2> build.log' }
      ]);
      expect(r.success).toBe(true);
      const stats = parseBuildLog(await readFile(path.join(r.workspace, 'build.log'), 'utf8'), 0);
      expect(stats.compiled).toEqual(['main']);
      expect(stats.std).toBe(0);
      // Go opened that directory itself: the seed brings entries only, no README.
      const gocache = r.env['GOCACHE'];
      expect(path.basename(gocache)).toBe(target.replace(/\//g, '_'));
      expect(existsSync(path.join(gocache, 'README'))).toBe(true);
    }
  );

  it('a seed holds cache entries only, and none for a Go that is not installed or a refused target', async () => {
    const seed = await stdSeed({ go: '1.23.5', goos: 'linux', goarch: 'arm64' });
    expect(seed).toBeDefined();
    const names = await readdir(seed!);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter(n => !/^[0-9a-f]{2}$/.test(n))).toEqual([]);
    expect(await stdSeed({ go: '1.23.99', goos: 'linux', goarch: 'arm64' })).toBeUndefined();
    // A target that Go refuses: no seed (the action itself reports the refusal).
    expect(await stdSeed({ go: '1.27.4', goos: 'windows', goarch: 'arm' })).toBeUndefined();
  });
});
