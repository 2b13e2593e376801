import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { cacheHarness, type CacheHarness } from './harness.js';

/** A program no other test builds, so these caches start empty. */
const helloWith = (word: string) =>
  `package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("${word}") }\n`;

const TARGETS = 'linux/amd64, linux/arm64, linux/arm/v7, windows/amd64, darwin/universal';
const KEYS = [
  'linux_amd64',
  'linux_arm64',
  'linux_arm_v7',
  'windows_amd64',
  'darwin_amd64',
  'darwin_arm64'
];

/** The 5-target release step twice against the loopback cache service: the second restores every target's GOCACHE. */
describe('release step with the cache service', () => {
  let h: CacheHarness;
  beforeAll(async () => {
    h = await cacheHarness('cache-release');
  });
  afterAll(async () => h.close());

  // Two jobs of five targets (six slices to build in the first): more than the default on a busy machine.
  it('saves one GOCACHE per target; a second run restores each under its exact key', async () => {
    const inputs = { build: '.', sbom: 'true', 'smoke-run': '--version' };
    // The first job's std comes prebuilt (support/stdseed.ts): what is asserted is the save
    // and the restore, and the second job's GOCACHE comes from the restore alone.
    const first = await h.job({ name: 'first', target: TARGETS, inputs, steps: [], seed: true });
    expect(first.success).toBe(true);
    for (const key of KEYS)
      expect(first.log).toMatch(new RegExp(`GOCACHE: saved under \\S+-${key}-`));
    const warm = await h.job({ name: 'warm', target: TARGETS, inputs, steps: [] });
    expect(warm.success).toBe(true);
    expect(warm.outputs['cache-hit']).toBe('true');
    for (const key of KEYS)
      expect(warm.log).toMatch(new RegExp(`GOCACHE: restored \\S+-${key}-\\S+ \\(exact hit\\)`));
    const sizes: string[] = [];
    for (const f of JSON.parse(warm.outputs['artifacts']) as string[])
      sizes.push(
        `${path.basename(f)}.cdx.json ${(await stat(path.join(warm.workspace, `${f}.cdx.json`))).size} B`
      );
    console.log(
      `5-target step (main): first (std prebuilt) ${(first.main.durationMs / 1000).toFixed(1)} s, warm ${(warm.main.durationMs / 1000).toFixed(1)} s; SBOMs: ${sizes.join(', ')}`
    );
  }, 300_000);

  it('restores the caches that single-target matrix jobs saved, and builds nothing new', async () => {
    const inputs = { build: '.' };
    const main = helloWith('matrix-to-release');
    for (const target of ['linux/riscv64', 'linux/s390x']) {
      const job = await h.job({
        name: `matrix-${target}`,
        target,
        inputs,
        main,
        steps: [],
        seed: true
      });
      expect(job.success).toBe(true);
      expect(job.log).toMatch(/GOCACHE: saved under \S+/);
    }
    const release = await h.job({
      name: 'release-after-matrix',
      target: 'linux/riscv64, linux/s390x',
      inputs,
      main,
      steps: []
    });
    expect(release.success).toBe(true);
    expect(release.outputs['cache-hit']).toBe('true');
    for (const key of ['linux_riscv64', 'linux_s390x'])
      expect(release.log).toMatch(new RegExp(`GOCACHE: restored \\S+-${key}-\\S+ \\(exact hit\\)`));
    // Nothing compiled: neither target added a build output to what its matrix job saved.
    const noOps = release.log.match(
      /GOCACHE: this job added no (entries|build outputs) to the restored cache[^\n]*; not saving/g
    );
    expect(noOps).toHaveLength(2);
    expect(release.log).not.toMatch(/GOCACHE: saved under/);
  });
});
