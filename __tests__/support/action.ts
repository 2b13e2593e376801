/**
 * Runs the committed dist bundles through the runner emulation against the
 * loopback go.dev mirror: one mirror and one tool cache per test file, a
 * fresh git workspace per run.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import {
  initGitWorkspace,
  runAction,
  type RunResult,
  type UserStep
} from '../../scripts/runner/index.mjs';
import { writeModule } from './go.js';
import { expectValidReport } from './report-schema.js';
import { seedStdlib } from './stdseed.js';

export interface ActionHarness {
  mirror: Mirror;
  root: string;
  run(
    name: string,
    inputs: Record<string, string>,
    steps?: UserStep[],
    module?: ModuleSetup,
    /** Job-level env (wins over what the emulation sets). */
    env?: Record<string, string>
  ): Promise<RunResult & { workspace: string }>;
  close(): Promise<void>;
}

/** The workspace: main.go, more files (committed), and what a job adds after checkout. */
export interface ModuleSetup {
  main?: string;
  /** Workspace-relative path -> content, written before the commit (so tracked). */
  files?: Record<string, string>;
  /** Runs after the commit: untracked things a job leaves in the workspace. */
  afterCheckout?: (workspace: string) => Promise<void>;
}

/**
 * Every run's per-target GOCACHE starts from the prebuilt standard library of
 * its Go and targets (support/stdseed.ts): these tests are about what the
 * action builds and verifies, not about a cold build, which the cache-service
 * tests measure.
 */
export async function actionHarness(prefix: string): Promise<ActionHarness> {
  const mirror = await startMirror({ prefix: '/dl' });
  const node = await ensureNode24({ quiet: true });
  const root = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  const toolCache = path.join(root, 'tool-cache');
  return {
    mirror,
    root,
    async run(name, inputs, steps = [], module = {}, env) {
      const workspace = await writeModule(path.join(root, name, 'ws'), module);
      for (const [rel, text] of Object.entries(module.files ?? {})) {
        await mkdir(path.dirname(path.join(workspace, rel)), { recursive: true });
        await writeFile(path.join(workspace, rel), text);
      }
      const sha = await initGitWorkspace(workspace);
      await module.afterCheckout?.(workspace);
      const result = await runAction({
        node,
        root: path.join(root, name),
        workspace,
        sha,
        toolCache,
        inputs: { 'go-download-base-url': mirror.baseUrl, ...inputs },
        steps,
        env,
        prepare: dirs => seedStdlib(env?.['RUNNER_TEMP'] ?? dirs.temp, inputs)
      });
      return { ...result, workspace };
    },
    async close() {
      await mirror.close();
      await rm(root, { recursive: true, force: true });
    }
  };
}

/**
 * The JSON report the action wrote (its `report` output). Loosely typed: the
 * tests assert it field by field, as any consumer of the JSON would read it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
/** The action's JSON report, checked against docs/verify-report.schema.json. */
export async function readReport(result: RunResult): Promise<{ files: Json[] }> {
  return expectValidReport(JSON.parse(await readFile(result.outputs['report'], 'utf8')));
}
