import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { startCacheServer, type CacheServer } from '../../scripts/fixtures/cache-server.mjs';
import { cacheHarness, type CacheHarness } from './harness.js';

/**
 * cache-timeout bounds every cache-service call: a service that holds each
 * lookup and each reservation for a minute costs the job a few seconds per
 * call (a warning each), not the minute, and the job stays green.
 */
const HANG_MS = 60000;
const LIB = { 'lib/lib.go': 'package lib\n\nfunc Answer() int { return 42 }\n' };

describe('cache-timeout', () => {
  let h: CacheHarness;
  let hung: CacheServer;
  beforeAll(async () => {
    h = await cacheHarness('cache-timeout');
    hung = await startCacheServer({ root: path.join(h.root, 'svc-hung') });
    await hung.fault('hang', { endpoint: 'GetCacheEntryDownloadURL', ms: HANG_MS });
    await hung.fault('hang', { endpoint: 'CreateCacheEntry', ms: HANG_MS });
  });
  afterAll(async () => {
    await hung.close();
    await h.close();
  });

  it('a hung service costs cache-timeout per call, with one warning each', async () => {
    const j = await h.job({
      name: 'hung',
      target: 'linux/arm64',
      files: LIB,
      steps: [{ name: 'build', run: 'go build -x ./lib 2> build.log' }],
      inputs: { 'cache-timeout': '3' },
      server: hung
    });
    const warnings = j.annotations.filter(a => a.level === 'warning').map(a => a.message);
    console.log(
      `hung service, cache-timeout 3: main ${(j.main.durationMs / 1000).toFixed(1)} s, post ${(j.post!.durationMs / 1000).toFixed(1)} s\n${warnings.join('\n')}`
    );
    expect(j.success).toBe(true);
    expect(warnings).toEqual([
      'GOCACHE: cache restore failed, building without it: cache restore did not finish within 3 s (cache-timeout)',
      'GOCACHE: cache save failed, the job is unaffected: cache save did not finish within 3 s (cache-timeout)'
    ]);
    // Bounded by the input, not by the service: each step well under one hung call.
    expect(j.main.durationMs).toBeLessThan(HANG_MS / 2);
    expect(j.post!.durationMs).toBeLessThan(HANG_MS / 2);
    expect(j.summary).toMatch(/miss \(cache restore did not finish within 3 s \(cache-timeout\)\)/);
  }, 180000);
});
