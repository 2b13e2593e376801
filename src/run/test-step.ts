import * as core from '@actions/core';
import type { Inputs } from '../inputs/parse.js';
import type { Target } from '../targets/parse.js';
import { checkTestFlags } from '../test/flags.js';
import { goBinary, type InstalledGo } from '../toolchain/installed.js';

/** Refuses test-flags that cannot work for the step's targets, before anything runs. */
export function checkTestInputs(inputs: Inputs): void {
  if (inputs.test.length)
    checkTestFlags(inputs.testFlags, inputs.testFlags.join(' '), inputs.targets, {
      platform: process.platform,
      arch: process.arch
    });
}

/**
 * The `test` stage for the step's targets: go test -json per target, the
 * Tests summary section, annotations and the `tests` output. Returns the
 * step's error when tests failed and fail-on lets them fail it.
 */
export async function runTestsStep(
  inputs: Inputs,
  go: InstalledGo,
  workspace: string,
  targets: { target: Target; gocache?: string }[],
  wrapperDir?: string
): Promise<string | undefined> {
  if (!inputs.test.length) return undefined;
  const { runTestStage, writeTestAnnotations } = await import('../test/run.js');
  const result = await runTestStage(targets, {
    goBin: goBinary(go.goroot),
    workspace,
    env: process.env,
    wrapperDir,
    patterns: inputs.test,
    flags: inputs.testFlags,
    failOn: inputs.failOn
  });
  writeTestAnnotations(result.targets);
  core.setOutput('tests', result.outputJson);
  try {
    await core.summary.addRaw(result.summaryMarkdown, true).write();
  } catch (e) {
    core.debug(`tests summary: not written (${(e as Error).message})`);
  }
  return result.failed;
}
