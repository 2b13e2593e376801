import * as core from '@actions/core';
import os from 'node:os';
import { parseInputs } from '../inputs/parse.js';
import { debugStack } from '../log/debug.js';
import { writeToolchainSummary } from '../report/publish.js';
import { readVersionSpec, setupToolchain } from '../toolchain/setup.js';
import { runPipeline } from './pipeline.js';

/** The main step: inputs -> toolchain -> the pipeline (env -> cache -> build -> verify -> report). */
export async function runMain(): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name), process.env);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const tempRoot = process.env['RUNNER_TEMP'] || os.tmpdir();
    const requested = await readVersionSpec(inputs, workspace);

    // Every target of the step is checked against the pinned Go here, before anything is exported.
    const go = await setupToolchain(inputs, requested);
    await writeToolchainSummary(go);
    await runPipeline(inputs, go, workspace, tempRoot);
  } catch (e) {
    core.setFailed((e as Error).message);
    debugStack(e);
  }
}
