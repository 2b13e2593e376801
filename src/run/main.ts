import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import type { Artifact } from '../build/run.js';
import { cachePaths } from '../cache/plan.js';
import { exportGoldenEnv } from '../env/export.js';
import { parseInputs } from '../inputs/parse.js';
import { debugStack } from '../log/debug.js';
import { isMultiTarget } from '../inputs/targets.js';
import { displayPath, writeToolchainSummary } from '../report/publish.js';
import { formatTarget } from '../targets/parse.js';
import { goBinary } from '../toolchain/installed.js';
import { readVersionSpec, setupToolchain } from '../toolchain/setup.js';
import { bareVersion } from '../toolchain/version.js';
import { restoreBuildCaches } from './cache-step.js';
import { imageStep } from './image-step.js';
import { registerProblemMatcher } from './matcher.js';
import { writeReleaseFiles } from './release-step.js';
import { savePostState } from './state.js';
import { verifyPlanFor } from './verify-plan.js';
import { verifyInMain } from './verify-main.js';

/** The main step: inputs -> toolchain -> env -> cache -> build -> verify -> report. */
export async function runMain(): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name), process.env);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const tempRoot = process.env['RUNNER_TEMP'] || os.tmpdir();
    const requested = await readVersionSpec(inputs, workspace);

    const go = await setupToolchain(inputs, requested);
    await writeToolchainSummary(go);
    if (isMultiTarget(inputs.targets) || inputs.reproducible) {
      // Several targets (or darwin/universal, or a rebuild): each with its own cache, build and checks.
      const { runTargetsStep } = await import('./targets-step.js');
      return await runTargetsStep(inputs, go, workspace, tempRoot);
    }
    const paths = cachePaths(inputs, path.join(tempRoot, 'setup-go-cross'));
    await exportGoldenEnv(inputs, go, paths);
    const cache = await restoreBuildCaches(inputs, go.version, [paths], workspace);
    await registerProblemMatcher(tempRoot);
    core.setOutput('go-version', bareVersion(go.version));
    core.setOutput('goroot', go.goroot);
    core.setOutput('target', formatTarget(inputs.target));
    core.setOutput('gocache', paths.gocache);
    core.setOutput('cache-hit', cache.cacheHit);

    const artifacts: Artifact[] = inputs.build.length
      ? await (
          await import('../build/run.js')
        ).buildPackages(inputs, goBinary(go.goroot), workspace)
      : [];
    core.setOutput('artifacts', JSON.stringify(artifacts.map(a => displayPath(a.file, workspace))));
    const release = artifacts.length
      ? await writeReleaseFiles(
          artifacts.map(a => a.file),
          workspace,
          { sbom: inputs.sbom, goBin: goBinary(go.goroot) }
        )
      : { written: [] };

    const plan = verifyPlanFor(
      inputs,
      go.version,
      inputs.target,
      workspace,
      path.join(tempRoot, 'setup-go-cross', 'verify-report.json')
    );
    const verification = await verifyInMain(
      inputs.verify.length ? inputs.verify : artifacts.map(a => a.file),
      plan,
      release.written
    );
    savePostState({ cache: cache.states?.[0], verify: verification.state });
    // The image holds verified binaries only: none when verification failed.
    const failed =
      verification.failed ??
      (await imageStep(
        inputs,
        plan.options,
        artifacts.map(a => ({ ...a, target: inputs.target })),
        'checksums' in release ? release.checksums : undefined,
        workspace
      ));
    if (failed) core.setFailed(failed);
  } catch (e) {
    core.setFailed((e as Error).message);
    debugStack(e);
  }
}
