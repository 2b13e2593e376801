import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startCacheServer, type CacheServer } from '../../scripts/fixtures/cache-server.mjs';
import { cacheHarness, type CacheHarness, type JobResult } from './harness.js';

/**
 * A cache service that races, is down, answers 500, serves a corrupt archive
 * or hangs an upload: the job still succeeds, says what happened, and ends.
 * Builds here compile one small package (cheap), except where a cold build is
 * the point.
 */
const TARGET = 'linux/arm64';
const LIB = { 'lib/lib.go': 'package lib\n\nfunc Answer() int { return 42 }\n' };
const LIB_BUILD = { name: 'build', run: 'go build -x ./lib 2> build.log' };
const CONFLICT = /another job may be creating this cache/;

const warnings = (j: JobResult) =>
  j.annotations.filter(a => a.level === 'warning').map(a => a.message);
const errors = (j: JobResult) => j.annotations.filter(a => a.level === 'error').map(a => a.message);

describe('cache service faults never fail or hang the job', () => {
  let h: CacheHarness;
  const servers: CacheServer[] = [];
  const server = async (name: string) => {
    const s = await startCacheServer({ root: path.join(h.root, `svc-${name}`), hangMs: 1500 });
    servers.push(s);
    return s;
  };
  const libJob = (name: string, s: CacheServer, temp = path.join(h.root, `temp-${name}`)) =>
    h.job({
      name,
      target: TARGET,
      files: LIB,
      steps: [LIB_BUILD],
      server: s,
      temp,
      workspace: name
    });

  beforeAll(async () => {
    h = await cacheHarness('cache-faults');
    // Install Go into the shared tool cache once, before jobs run concurrently.
    const warm = await h.job({ name: 'warm-up', target: TARGET, files: LIB, steps: [LIB_BUILD] });
    expect(warm.success).toBe(true);
    // A Go install and a build: jest's 5 s hook default (a project's testTimeout is ignored).
  }, 180000);
  afterAll(async () => {
    for (const s of servers) await s.close();
    await h.close();
  });

  it('two jobs saving the same key at once: one saves, the other logs one info line; both succeed', async () => {
    const s = await server('race');
    // Same RUNNER_TEMP path in both jobs, as on two runners, so the cache version matches.
    const shared = path.join(h.root, 'race-runner-temp');
    await rm(shared, { recursive: true, force: true });
    const started = Date.now();
    const [a, b] = await Promise.all(
      ['race-a', 'race-b'].map(n =>
        h.job({
          name: n,
          target: TARGET,
          files: LIB,
          steps: [LIB_BUILD],
          server: s,
          temp: path.join(h.root, `temp-${n}`),
          workspace: n,
          env: { RUNNER_TEMP: shared }
        })
      )
    );
    const ms = Date.now() - started;
    const lines = [a, b].map(j => j.post!.log.split('\n').filter(l => CONFLICT.test(l)));
    console.log(
      `race: ${ms} ms; conflict lines: a=${lines[0].length} b=${lines[1].length}; ` +
        `CreateCacheEntry statuses ${s.requests
          .filter(r => r.endpoint === 'CreateCacheEntry')
          .map(r => r.status)
          .join(',')}\n${lines.flat().join('\n')}`
    );
    expect(a.success && b.success).toBe(true);
    expect(lines.map(l => l.length).sort()).toEqual([0, 1]);
    expect([...warnings(a), ...warnings(b), ...errors(a), ...errors(b)]).toEqual([]);
    expect(s.entries().filter(e => e.committed)).toHaveLength(1);
    expect(ms).toBeLessThan(60000);
  }, 120000);

  it('down, 500 everywhere, 500 on finalize, hanging upload, corrupt archive: warnings, success', async () => {
    const down = await server('down');
    await down.fault('down');
    const all500 = await server('all500');
    await all500.fault('status', { status: 500 });
    const fin500 = await server('fin500');
    await fin500.fault('status', { status: 500, endpoint: 'FinalizeCacheEntryUpload' });
    const hang = await server('hang');
    await hang.fault('hang', { endpoint: 'upload', ms: 1500 });
    const corrupt = await server('corrupt');

    const corruptRun = async () => {
      const temp = path.join(h.root, 'temp-corrupt');
      const seed = await libJob('corrupt-seed', corrupt, temp);
      expect(seed.success).toBe(true);
      await corrupt.fault('corrupt');
      return libJob('corrupt', corrupt, temp);
    };
    const started = Date.now();
    const timed = async (p: Promise<JobResult>) => {
      const j = await p;
      return { j, ms: Date.now() - started };
    };
    const [d, s5, f5, hg, c] = await Promise.all([
      timed(libJob('down', down)),
      timed(libJob('all500', all500)),
      timed(libJob('fin500', fin500)),
      timed(libJob('hang', hang)),
      timed(corruptRun())
    ]);
    const report = (name: string, r: { j: JobResult; ms: number }) =>
      `${name}: success=${r.j.success} ${(r.ms / 1000).toFixed(1)} s compiles=${r.j.build?.compiled.length}\n` +
      [...warnings(r.j).map(w => `  warning: ${w}`), ...errors(r.j).map(e => `  error: ${e}`)]
        .concat(
          r.j.log
            .split('\n')
            .filter(l => CONFLICT.test(l) || /not saved|saved under/.test(l))
            .map(l => `  info: ${l.trim()}`)
        )
        .join('\n');
    console.log(
      [
        report('down', d),
        report('500 all', s5),
        report('500 finalize', f5),
        report('hang upload', hg),
        report('corrupt', c)
      ].join('\n')
    );
    for (const r of [d, s5, f5, hg, c]) {
      expect(r.j.success).toBe(true);
      expect(r.j.main.conclusion).toBe('success');
      expect(r.j.post?.conclusion).toBe('success');
      expect(r.ms).toBeLessThan(150000);
    }
    // Down and 500 on lookups: restore warns and the job builds without a cache.
    expect(warnings(d.j).join('\n')).toMatch(/Failed to restore/);
    expect(warnings(s5.j).join('\n')).toMatch(/Failed to restore/);
    // 500 on finalize / an upload that hangs: the save warns; nothing is committed.
    expect(warnings(f5.j).join('\n')).toMatch(/Failed to save|FinalizeCacheEntryUpload/);
    expect(fin500.entries().filter(e => e.committed)).toEqual([]);
    expect(warnings(hg.j).join('\n')).toMatch(/Failed to save|uploading cache archive/);
    expect(hang.entries().filter(e => e.committed)).toEqual([]);
    // A corrupt archive: a warning, and the package is compiled again (cold).
    expect(warnings(c.j).join('\n')).toMatch(/Failed to restore/);
    expect(c.j.build?.compiled).toEqual(['example.com/hello/lib']);
  }, 240000);
});
