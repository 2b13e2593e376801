import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cacheHarness, type CacheHarness } from './harness.js';

/**
 * A module whose go.sum is empty (or blank) downloads no module, so its
 * GOMODCACHE is empty and never saved. That must count as "nothing to cache",
 * not as a GOMODCACHE miss: otherwise cache-hit is `partial` on every run.
 */
const LIB = { 'lib/lib.go': 'package lib\n\nfunc Answer() int { return 42 }\n' };
const BUILD = { name: 'build', run: 'go build -x ./lib 2> build.log' };

describe('an empty go.sum is nothing to cache', () => {
  let h: CacheHarness;
  beforeAll(async () => {
    h = await cacheHarness('cache-empty-gosum');
  });
  afterAll(async () => h.close());

  // A target each, so the second case does not restore the first one's entry.
  it.each([
    ['empty', '', 'linux/arm64'],
    ['blank', '\n  \n', 'linux/amd64']
  ])(
    '%s go.sum: run 2 is cache-hit true, GOMODCACHE neither restored nor saved',
    async (name, sum, target) => {
      const files = { ...LIB, 'go.sum': sum };
      const job = (run: number) =>
        h.job({
          name: `${name}-${run}`,
          target,
          files,
          steps: [BUILD],
          env: { GITHUB_RUN_ID: String(run), GITHUB_RUN_ATTEMPT: '1' }
        });
      const first = await job(name === 'empty' ? 1 : 11);
      const second = await job(name === 'empty' ? 2 : 12);
      expect(first.success && second.success).toBe(true);
      expect(first.outputs['cache-hit']).toBe('false');
      expect(second.outputs['cache-hit']).toBe('true');
      expect(second.log).toMatch(
        /GOMODCACHE: not cached \(the dependency files list no module, so there is nothing to cache\)/
      );
      expect(h.server.entries().filter(e => e.key.includes('-gomod-'))).toEqual([]);
    },
    180000
  );
});
