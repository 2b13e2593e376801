/**
 * Runs the committed dist bundles through the runner emulation against the
 * loopback go.dev mirror: one mirror and one tool cache per test file, a
 * fresh git workspace per run.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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

export interface ActionHarness {
  mirror: Mirror;
  root: string;
  run(
    name: string,
    inputs: Record<string, string>,
    steps?: UserStep[],
    module?: { main?: string },
    /** Job-level env (wins over what the emulation sets). */
    env?: Record<string, string>
  ): Promise<RunResult & { workspace: string }>;
  close(): Promise<void>;
}

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
      const sha = await initGitWorkspace(workspace);
      const result = await runAction({
        node,
        root: path.join(root, name),
        workspace,
        sha,
        toolCache,
        inputs: { 'go-download-base-url': mirror.baseUrl, ...inputs },
        steps,
        env
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
