import * as core from '@actions/core';
import path from 'node:path';
import type { Artifact } from '../build/run.js';
import { DEFAULT_OUTPUT } from '../build/naming.js';
import { cachePaths } from '../cache/plan.js';
import { exportGoldenEnv } from '../env/export.js';
import { runnerHost, setupExecWrappers } from '../env/exec-setup.js';
import { execKind } from '../env/exec-wrapper.js';
import type { Inputs } from '../inputs/parse.js';
import { untrusted } from '../log/escape.js';
import { displayPath } from '../report/publish.js';
import { formatTarget, targetKey, type Target } from '../targets/parse.js';
import { isUniversal, UNIVERSAL_SLICES } from '../targets/universal.js';
import { goBinary, type InstalledGo } from '../toolchain/installed.js';
import {
  effectiveVariant,
  variantDefaults,
  variantVars,
  type VariantDefaults
} from '../toolchain/variant-defaults.js';
import { bareVersion } from '../toolchain/version.js';
import type { Finding } from '../verify/index.js';
import { restoreBuildCaches } from './cache-step.js';
import { registerProblemMatcher } from './matcher.js';
import { imageStep } from './image-step.js';
import { writeReleaseFiles } from './release-step.js';
import { savePostState } from './state.js';
import { verifyInMain } from './verify-main.js';
import { compareOptions, compareVerified } from './compare-step.js';
import { verifyPlanFor } from './verify-plan.js';

/** One entry of the `target` list and the thin builds it takes (two for darwin/universal). */
export interface TargetBuild {
  target: Target;
  slices: Target[];
}

type Paths = ReturnType<typeof cachePaths>;

/** What the pipeline knows about the step's targets once the toolchain is in place. */
interface StepTargets {
  builds: TargetBuild[];
  /** GOCACHE and GOMODCACHE per cache target key (each thin slice once). */
  paths: Map<string, Paths>;
  /** The pinned Go's default for each variant variable the targets' arches read. */
  defaults: VariantDefaults;
}

/**
 * The step after the toolchain, for one target or several (one target is a
 * list of one): env (+ exec wrappers) -> cache -> build -> test -> verify ->
 * compare -> image -> report, each stage written once. Every target gets its
 * own GOCACHE under the key a matrix job of that target uses, is built one
 * after another (go already uses every core) outside the work tree and moved
 * in after the last build, then one checksums.txt, one test run, one
 * verification and one summary cover them all.
 */
export async function runPipeline(
  inputs: Inputs,
  go: InstalledGo,
  workspace: string,
  tempRoot: string
): Promise<void> {
  const root = path.join(tempRoot, 'setup-go-cross');
  const step = await planTargets(inputs, go, root);
  const first = [...step.paths.values()][0];

  // Every target of the step, exported or not: later `go test` / `go run` of each use them.
  // Before the env export, whose GOROOT/bin must come first on PATH.
  await setupExecWrappers(inputs, root, {
    needed: inputs.smokeRun !== undefined || inputs.test.length > 0
  });
  await exportGoldenEnv(exportedInputs(inputs, step.defaults), go, first);
  const cache = await restoreBuildCaches(inputs, go.version, [...step.paths.values()], workspace);
  // Saved now and again at the end: a step that fails after this still saves what it compiled.
  savePostState({ caches: cache.states });
  await registerProblemMatcher(tempRoot);
  core.setOutput('go-version', bareVersion(go.version));
  core.setOutput('goroot', go.goroot);
  core.setOutput('target', inputs.targets.map(formatTarget).join(','));
  core.setOutput('gocache', first.gocache);
  core.setOutput('cache-hit', cache.cacheHit);

  const built: BuiltStep = inputs.build.length
    ? await buildStage(inputs, go, step, workspace, root)
    : { built: [], stepFiles: [] };
  const artifacts = built.built.flatMap(b => b.artifacts);
  core.setOutput('artifacts', JSON.stringify(artifacts.map(a => displayPath(a.file, workspace))));
  const release = artifacts.length
    ? await writeReleaseFiles(
        artifacts.map(a => a.file),
        workspace,
        { sbom: inputs.sbom, goBin: goBinary(go.goroot), checksumsFile: inputs.checksumsFile }
      )
    : undefined;

  const testsFailed = inputs.test.length ? await testStage(inputs, go, step, workspace) : undefined;

  // `verify` globs replace the default (what `build` produced); with several
  // targets each file is checked against the one it is meant for, and a file
  // this step built against the target it was built for.
  const plan = {
    ...verifyPlanFor(
      inputs,
      go.version,
      inputs.target,
      workspace,
      path.join(root, 'verify-report.json')
    ),
    targets: inputs.targets
  };
  plan.options.variantDefaults = step.defaults;
  const builtFor = new Map(
    built.built.flatMap(b => b.artifacts.map(a => [a.file, b.build.target] as const))
  );
  const verification = await verifyInMain(
    inputs.verify.length ? inputs.verify : artifacts.map(a => a.file),
    plan,
    [...(release?.written ?? []), ...built.stepFiles],
    { findings: built.reproducible, checksums: release?.checksums, builtFor }
  );
  // Compare stage: every verified artifact against its target's baseline (pull requests).
  const compare = await compareVerified(
    verification.verified,
    { options: compareOptions(inputs, workspace, tempRoot), saves: [] },
    true
  );
  savePostState({ caches: cache.states, verify: verification.state, compare: compare.state });
  // The image holds verified binaries only: none when verification failed.
  const imageFailed = verification.failed
    ? undefined
    : await imageStep(
        inputs,
        plan.options,
        built.built.flatMap(b => b.artifacts.map(a => ({ ...a, target: b.build.target }))),
        release?.checksums,
        workspace
      );
  const failed = [testsFailed, verification.failed, compare.failed, imageFailed]
    .filter(Boolean)
    .join('; ');
  if (failed) core.setFailed(failed);
}

/**
 * `test`: go test -json for every target this runner can run (natively, or
 * through its exec wrapper under qemu-user), after the build and before
 * verification. A target no emulator runs here (windows, darwin from Linux)
 * is skipped with a notice naming where its tests can run.
 */
async function testStage(
  inputs: Inputs,
  go: InstalledGo,
  step: StepTargets,
  workspace: string
): Promise<string | undefined> {
  const { runTestsStep } = await import('./test-step.js');
  const host = runnerHost();
  const runnable: { target: Target; gocache?: string }[] = [];
  for (const b of step.builds) {
    for (const t of b.slices) {
      if (host && execKind(t, host) === 'unrunnable') {
        core.notice(
          `test: ${formatTarget(t)} skipped: its test binaries cannot run on this runner; run them on a ${t.goos} runner`
        );
        continue;
      }
      // The effective variant: a variant left in the job env must not leak into the tests either.
      const variant = effectiveVariant(t, step.defaults);
      runnable.push({
        target: variant ? { ...t, variant } : t,
        gocache: step.paths.get(targetKey(t, inputs.cgo))?.gocache
      });
    }
  }
  return runnable.length ? runTestsStep(inputs, go, workspace, runnable) : undefined;
}

/** The builds, cache paths and variant defaults of every target, before anything is exported. */
async function planTargets(inputs: Inputs, go: InstalledGo, root: string): Promise<StepTargets> {
  const builds: TargetBuild[] = inputs.targets.map(target => ({
    target,
    slices: isUniversal(target) ? UNIVERSAL_SLICES : [target]
  }));
  const slices = uniqueByKey(
    builds.flatMap(b => b.slices),
    inputs.cgo
  );
  const paths = new Map(
    slices.map(t => [targetKey(t, inputs.cgo), cachePaths({ target: t, cgo: inputs.cgo }, root)])
  );
  const defaults = await variantDefaults(
    goBinary(go.goroot),
    variantVars(slices),
    `${go.goroot}.variants.json`
  );
  return { builds, paths, defaults };
}

/**
 * One target's variant is exported with the pinned Go's default when the
 * target names none: a GOAMD64=v3 an earlier step exported must not leak in.
 */
function exportedInputs(inputs: Inputs, defaults: VariantDefaults): Inputs {
  const variant = effectiveVariant(inputs.target, defaults);
  return variant ? { ...inputs, target: { ...inputs.target, variant } } : inputs;
}

type Built = { build: TargetBuild; artifacts: Artifact[] };

/** What the build stage leaves in the workspace. */
interface BuiltStep {
  built: Built[];
  /** Files the step wrote beside the artifacts (.gitignore): never verified as artifacts. */
  stepFiles: string[];
  /** reproducible: each artifact's rebuild finding. */
  reproducible?: Map<string, Finding>;
}
type Builder = (
  builds: TargetBuild[],
  workspace: string,
  staged: string,
  thinDir: string,
  gocache?: (t: Target) => string
) => Promise<Built[]>;

/**
 * Builds every target into a staging directory, rebuilds them for
 * `reproducible`, then moves the files into the workspace (output
 * directories the step creates get a .gitignore first). An earlier target's
 * file in the work tree would stamp later ones vcs.modified=true.
 */
async function buildStage(
  inputs: Inputs,
  go: InstalledGo,
  step: StepTargets,
  workspace: string,
  root: string
): Promise<BuiltStep> {
  const staged = path.join(root, 'staged');
  const { rm } = await import('node:fs/promises');
  await rm(staged, { recursive: true, force: true });
  const builder = await targetBuilder(inputs, go, step);
  const built = await builder(step.builds, workspace, staged, path.join(root, 'universal'));
  let reproducible: Map<string, Finding> | undefined;
  if (inputs.reproducible) {
    const { rebuildFailed } = await import('./reproduce-step.js');
    // A rebuild that cannot run is a finding: the artifacts are still placed and checked.
    reproducible = await rebuildAndCompare(step.builds, built, builder, workspace, root).catch(
      (e: Error) =>
        rebuildFailed(
          built.flatMap(b => b.artifacts),
          e
        )
    );
  }
  const { prepareOutputDirs } = await import('../build/gitignore.js');
  const finalPath = (f: string) => path.resolve(workspace, path.relative(staged, f));
  const gitignores = await prepareOutputDirs(
    built.flatMap(b => b.artifacts.map(a => finalPath(a.file))),
    workspace
  );
  const placed: Built[] = [];
  for (const b of built)
    placed.push({ ...b, artifacts: await placeArtifacts(b.artifacts, staged, workspace) });
  return {
    built: placed,
    stepFiles: gitignores,
    reproducible:
      reproducible && new Map([...reproducible].map(([f, finding]) => [finalPath(f), finding]))
  };
}

/** Builds every target one after another into `staged`, joining universal binaries. */
async function targetBuilder(inputs: Inputs, go: InstalledGo, step: StepTargets): Promise<Builder> {
  const { buildPackages } = await import('../build/run.js');
  const goBin = goBinary(go.goroot);
  return async (builds, workspace, staged, thinDir, gocache) => {
    const built: Built[] = [];
    for (const b of builds) {
      if (builds.length > 1) core.info(`target ${formatTarget(b.target)}`);
      const buildFor = (t: Target, output: string, outRoot: string): Promise<Artifact[]> =>
        buildPackages({ ...inputs, target: t, output }, goBin, workspace, {
          env: {
            ...targetEnv(t, step, inputs.cgo),
            ...(gocache ? { GOCACHE: gocache(t) } : {})
          },
          outRoot
        });
      const output = inputs.output ?? DEFAULT_OUTPUT;
      if (!isUniversal(b.target)) {
        built.push({ build: b, artifacts: await buildFor(b.target, output, staged) });
        continue;
      }
      const { joinUniversal } = await import('./universal-step.js');
      built.push({
        build: b,
        artifacts: await joinUniversal(b.slices, thinDir, path.join(staged, output), (t, out) =>
          buildFor(t, out, thinDir)
        )
      });
    }
    return built;
  };
}

/**
 * What one build sets over the step's environment: the target, its variant
 * (the pinned Go's default when the target names none, so a variant in the
 * job env cannot leak in) and its own GOCACHE.
 */
function targetEnv(t: Target, step: StepTargets, cgo: boolean): Record<string, string> {
  const env: Record<string, string> = { GOOS: t.goos, GOARCH: t.goarch };
  const variant = effectiveVariant(t, step.defaults);
  if (variant) env[variant.name] = variant.value;
  const p = step.paths.get(targetKey(t, cgo));
  if (p) env['GOCACHE'] = p.gocache;
  return env;
}

/**
 * reproducible: rebuilds every target from a copy of the workspace (another
 * path) in fresh, empty GOCACHEs, and compares each artifact's SHA-256.
 */
async function rebuildAndCompare(
  builds: TargetBuild[],
  built: Built[],
  builder: Builder,
  workspace: string,
  root: string
): Promise<Map<string, Finding>> {
  const { mkdir, rm } = await import('node:fs/promises');
  const { compareRebuilds, describeCopy } = await import('./reproduce-step.js');
  const { copyWorkspace } = await import('../release/workspace-copy.js');
  const dir = path.join(root, 'reproduce');
  const copy = path.join(dir, 'workspace-copy');
  // A killed earlier run may have left its GOCACHE: the rebuild must be cold.
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  core.startGroup(`reproducible: rebuilding in ${copy} with fresh GOCACHEs (a cold build)`);
  try {
    const c = await copyWorkspace(workspace, copy, m => core.info(untrusted(m)));
    core.info(describeCopy(c));
    const gocache = (t: Target) => path.join(dir, 'gocache', targetKey(t, false));
    await mkdir(path.join(dir, 'gocache'), { recursive: true });
    const rebuilt = await builder(
      builds,
      copy,
      path.join(dir, 'staged'),
      path.join(dir, 'universal'),
      gocache
    );
    const findings = new Map<string, Finding>();
    for (const [i, b] of built.entries())
      for (const [file, f] of await compareRebuilds(b.artifacts, rebuilt[i].artifacts))
        findings.set(file, f);
    return findings;
  } finally {
    core.endGroup();
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Moves staged files to the same relative place in the workspace. */
async function placeArtifacts(
  artifacts: Artifact[],
  staged: string,
  workspace: string
): Promise<Artifact[]> {
  const { copyFile, mkdir, rename, rm } = await import('node:fs/promises');
  const placed: Artifact[] = [];
  for (const a of artifacts) {
    const file = path.resolve(workspace, path.relative(staged, a.file));
    await mkdir(path.dirname(file), { recursive: true });
    await rename(a.file, file).catch(async () => {
      // RUNNER_TEMP may be another file system; copyFile keeps the mode.
      await copyFile(a.file, file);
      await rm(a.file);
    });
    placed.push({ ...a, file });
  }
  return placed;
}

function uniqueByKey(targets: Target[], cgo: boolean): Target[] {
  const seen = new Map<string, Target>();
  for (const t of targets) if (!seen.has(targetKey(t, cgo))) seen.set(targetKey(t, cgo), t);
  return [...seen.values()];
}
