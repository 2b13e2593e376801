/**
 * Runs for the pruning tests and bench/cache-budget.mjs: the 12-package
 * series module (series.ts) plus one third-party module (dep-module.ts), so
 * there is a GOMODCACHE too, built for any target through the real bundles,
 * with a REST token of the stand-in and the run's ref.
 */
import type { CacheEntry } from '../../scripts/fixtures/cache-server.mjs';
import { DEP, type DepModule } from './dep-module.js';
import { BUILD_STEP, type CacheHarness, type JobResult } from './harness.js';
import { RUN_ID_BASE, seriesFiles } from './series.js';

export const GOCACHE_PREFIX = 'setup-go-cross-v1-gocache-';
export const GOMOD_PREFIX = 'setup-go-cross-v1-gomod-';

export interface RunOptions {
  target: string;
  run: number;
  token: 'write' | 'read' | 'none';
  protocol?: 'v1' | 'v2';
  /** A pull request run: its merge ref and base. */
  pr?: { number: number; base: string };
  inputs?: Record<string, string>;
  name?: string;
  /** Start from the prebuilt standard library (the first run: later ones restore it). */
  seed?: boolean;
}

/** The series' main package, also importing the third-party module. */
export function withDep(main: string): string {
  return main
    .replace('import (\n', `import (\n\t"${DEP}"\n`)
    .replace('func main() {\n', 'func main() {\n\tfmt.Println(dep.Name())\n');
}

/** The run's identity and the stand-in's REST API, with a write, read-only or no token. */
export function restEnv(
  h: CacheHarness,
  token: RunOptions['token'],
  run: number
): Record<string, string> {
  const s = h.server;
  return {
    GITHUB_RUN_ID: String(RUN_ID_BASE + run),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: s.apiUrl,
    GITHUB_REPOSITORY: s.repository,
    GITHUB_TOKEN: token === 'none' ? '' : s.apiTokens[token]
  };
}

export async function seriesJob(
  h: CacheHarness,
  dep: DepModule,
  o: RunOptions
): Promise<JobResult> {
  const { main, files } = seriesFiles(o.run);
  const s = h.server;
  const env = restEnv(h, o.token, o.run);
  if (o.pr) {
    const ref = `refs/pull/${o.pr.number}/merge`;
    Object.assign(env, {
      GITHUB_REF: ref,
      GITHUB_REF_NAME: `${o.pr.number}/merge`,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: o.pr.base,
      GITHUB_HEAD_REF: 'feature',
      // The run's cache scope: saves on its own ref, restores from it, the base, the default branch.
      ACTIONS_RUNTIME_TOKEN: s.runtimeToken({ ref, base: `refs/heads/${o.pr.base}` })
    });
  }
  return h.job({
    name: o.name ?? `${o.protocol ?? 'v2'}-${o.run}-${o.target.replace(/\//g, '_')}`,
    target: o.target,
    main: withDep(main),
    files: { ...files, ...dep.files },
    workspace: 'series',
    protocol: o.protocol,
    inputs: o.inputs,
    env,
    steps: [{ ...BUILD_STEP, env: dep.stepEnv }],
    seed: o.seed
  });
}

/** Live (committed) entries, by kind, optionally on one ref. */
export function live(h: CacheHarness, prefix: string, ref?: string): CacheEntry[] {
  return h.server
    .entries()
    .filter(e => e.committed && e.key.startsWith(prefix) && (!ref || e.ref === ref));
}

export const warningsOf = (j: JobResult) =>
  j.annotations.filter(a => a.level !== 'notice').map(a => `${a.level}: ${a.message}`);
