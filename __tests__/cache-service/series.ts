/**
 * The "cache follows the code" series, shared by series.test.ts and
 * bench/cache-series.mjs: a module with 12 packages, one package edited per
 * run, every run in the same workspace path, through the real bundles and the
 * loopback cache service. Two schemes side by side:
 *
 * - ours: the action's per-run GOCACHE entry (restore the newest, trim, save);
 * - frozen: one key per target and dependencies, saved on a miss only (the
 *   action's old rule, and setup-go's), emulated with the same @actions/cache.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ACTIONS_CACHE, BUILD_STEP, type CacheHarness, type JobResult } from './harness.js';

export const PACKAGES = 12;
export const SERIES_TARGET = 'linux/amd64';
export const RUN_ID_BASE = 5000;

const pkg = (i: number) => `p${String(i).padStart(2, '0')}`;

/** The package edited on run `run` (run 1 edits none): p01 on run 2, p02 on run 3 ... */
export function editedOn(run: number): string | undefined {
  return run >= 2 ? `example.com/hello/${pkg(((run - 2) % PACKAGES) + 1)}` : undefined;
}

/** The workspace of run `run`: every edit of the earlier runs is still there. */
export function seriesFiles(run: number): { main: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  for (let i = 1; i <= PACKAGES; i++) {
    // Edits are cumulative: package i was edited on run i + 1 (and again every 12 runs).
    const edits = run >= i + 1 ? Math.floor((run - (i + 1)) / PACKAGES) + 1 : 0;
    files[`${pkg(i)}/${pkg(i)}.go`] =
      `package ${pkg(i)}\n\nimport "strings"\n\nconst Version = "v${edits}"\n\n` +
      `func Name() string { return strings.Repeat("${pkg(i)}-", ${i}) + Version }\n`;
  }
  const imports = Array.from({ length: PACKAGES }, (_, k) => `\t"example.com/hello/${pkg(k + 1)}"`);
  const calls = Array.from({ length: PACKAGES }, (_, k) => `\tfmt.Println(${pkg(k + 1)}.Name())`);
  const main = `package main\n\nimport (\n\t"fmt"\n${imports.join('\n')}\n)\n\nfunc main() {\n${calls.join('\n')}\n}\n`;
  return { main, files };
}

export interface SeriesRow {
  scheme: 'ours' | 'frozen';
  run: number;
  compiled: string[];
  cacheHit: string;
  success: boolean;
  job: JobResult;
}

const runEnv = (run: number) => ({
  GITHUB_RUN_ID: String(RUN_ID_BASE + run),
  GITHUB_RUN_ATTEMPT: '1'
});

/** One run with the action's own cache. */
export async function oursRun(
  h: CacheHarness,
  run: number,
  extra: {
    inputs?: Record<string, string>;
    name?: string;
    env?: Record<string, string>;
    workspace?: string;
    temp?: string;
    protocol?: 'v1' | 'v2';
    seed?: boolean;
  } = {}
): Promise<SeriesRow> {
  const { main, files } = seriesFiles(run);
  const j = await h.job({
    name: extra.name ?? `ours-${run}`,
    target: SERIES_TARGET,
    main,
    files,
    workspace: extra.workspace ?? 'series',
    temp: extra.temp,
    protocol: extra.protocol,
    inputs: extra.inputs,
    env: { ...runEnv(run), ...extra.env },
    seed: extra.seed
  });
  return row('ours', run, j);
}

/** One run with a frozen key: `frozen-<target>-nodeps`, restored exactly, saved on a miss. */
export async function frozenRun(h: CacheHarness, run: number): Promise<SeriesRow> {
  const { main, files } = seriesFiles(run);
  const vm = path.join(h.root, 'frozen-vm');
  await rm(vm, { recursive: true, force: true });
  const gocache = path.join(vm, 'go-build');
  const env = { GOCACHE: gocache, CACHE_PATHS: gocache };
  const state = path.join(vm, 'matched');
  const key = `frozen-${SERIES_TARGET.replace('/', '_')}-nodeps`;
  const j = await h.job({
    name: `frozen-${run}`,
    target: SERIES_TARGET,
    main,
    files,
    workspace: 'series',
    inputs: { cache: 'false' },
    env: runEnv(run),
    steps: [
      {
        name: 'restore',
        run: `mkdir -p "${gocache}"\nnode "${ACTIONS_CACHE}" restore "${state}" ${key}`,
        env
      },
      { ...BUILD_STEP, env },
      { name: 'save', run: `node "${ACTIONS_CACHE}" save "${state}" ${key}`, env }
    ]
  });
  return row('frozen', run, j);
}

function row(scheme: SeriesRow['scheme'], run: number, j: JobResult): SeriesRow {
  return {
    scheme,
    run,
    compiled: [...(j.build?.compiled ?? [])].sort(),
    cacheHit: j.outputs['cache-hit'] ?? '',
    success: j.success,
    job: j
  };
}

/** Packages compiled per run, ours vs frozen, one line per run. */
export function seriesTable(ours: SeriesRow[], frozen: SeriesRow[]): string {
  const lines = ['run  edited  ours(compiled, cache-hit)  frozen(compiled)'];
  for (let i = 0; i < Math.max(ours.length, frozen.length); i++) {
    const o = ours[i];
    const f = frozen[i];
    const run = o?.run ?? f?.run;
    lines.push(
      `${String(run).padStart(3)}  ${(editedOn(run)?.split('/').pop() ?? '-').padEnd(6)}  ` +
        `${String(o?.compiled.length ?? '').padStart(8)} ${(o?.cacheHit ?? '').padEnd(16)}  ` +
        `${String(f?.compiled.length ?? '').padStart(8)}`
    );
  }
  lines.push(
    `series ours:   ${ours.map(r => r.compiled.length).join(',')}`,
    `series frozen: ${frozen.map(r => r.compiled.length).join(',')}`
  );
  return lines.join('\n');
}
