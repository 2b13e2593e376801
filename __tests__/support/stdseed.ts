/**
 * Starts an action run's per-target GOCACHEs from a prebuilt standard library
 * (scripts/fixtures/stdseed.mjs), for tests whose point is not the cold
 * build. The runs' Go version and targets are read from the inputs with the
 * action's own target parser; anything the seeds do not fit (no exact
 * go-version, trimpath: false, cgo) is left cold, as is any input the parser
 * refuses (the action then fails before building).
 */
import path from 'node:path';
import { copySeed, stdSeed } from '../../scripts/fixtures/stdseed.mjs';
import { parseTargetList } from '../../src/inputs/targets.js';
import { targetKey } from '../../src/targets/parse.js';
import { isUniversal, UNIVERSAL_SLICES } from '../../src/targets/universal.js';

/** The action's GOCACHE root under RUNNER_TEMP (src/run/pipeline.ts, src/cache/plan.ts). */
export function gocacheRoot(runnerTemp: string): string {
  return path.join(runnerTemp, 'setup-go-cross', 'gocache');
}

/** Seeds `<RUNNER_TEMP>/setup-go-cross/gocache/<key>` for every target slice of these inputs. */
export async function seedStdlib(
  runnerTemp: string,
  inputs: Record<string, string>
): Promise<void> {
  const go = inputs['go-version'] ?? '';
  if (!/^1\.\d+\.\d+$/.test(go)) return;
  if (inputs['trimpath'] === 'false' || inputs['cgo'] === 'true') return;
  let targets;
  try {
    targets = parseTargetList(inputs['target'] ?? '');
  } catch {
    return;
  }
  const slices = targets.flatMap(t => (isUniversal(t) ? UNIVERSAL_SLICES : [t]));
  for (const t of slices) {
    const seed = await stdSeed({ go, ...t });
    if (seed) await copySeed(seed, path.join(gocacheRoot(runnerTemp), targetKey(t, false)));
  }
}
