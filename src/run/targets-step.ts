import * as core from '@actions/core';
import path from 'node:path';
import { DEFAULT_OUTPUT } from '../build/naming.js';
import type { Artifact } from '../build/run.js';
import { cachePaths } from '../cache/plan.js';
import { exportGoldenEnv } from '../env/export.js';
import type { Inputs } from '../inputs/parse.js';
import { isUniversal, UNIVERSAL_SLICES } from '../targets/universal.js';
import { displayPath } from '../report/publish.js';
import { formatTarget, targetKey, type Target } from '../targets/parse.js';
import { goBinary, type InstalledGo } from '../toolchain/installed.js';
import { bareVersion } from '../toolchain/version.js';
import type { FileReport, Finding } from '../verify/index.js';
import { restoreBuildCaches } from './cache-step.js';
import { imageStep } from './image-step.js';
import { registerProblemMatcher } from './matcher.js';
import { writeReleaseFiles } from './release-step.js';
import { savePostState, type PostState } from './state.js';
import { verifyInMain } from './verify-main.js';
import { verifyPlanFor } from './verify-plan.js';

/** One entry of the `target` list and the thin builds it takes (two for darwin/universal). */
interface TargetBuild {
  target: Target;
  slices: Target[];
}

type Paths = ReturnType<typeof cachePaths>;

/**
 * The release step for several targets (or darwin/universal): every target
 * gets its own GOCACHE under the key a matrix job uses, is built one after
 * another (go already uses every core), verified and smoke-run; then one
 * checksums.txt and one summary cover them all.
 */
export async function runTargetsStep(
  inputs: Inputs,
  go: InstalledGo,
  workspace: string,
  tempRoot: string
): Promise<void> {
  const root = path.join(tempRoot, 'setup-go-cross');
  const builds: TargetBuild[] = inputs.targets.map(target => ({
    target,
    slices: isUniversal(target) ? UNIVERSAL_SLICES : [target]
  }));
  const cacheTargets = uniqueByKey(
    builds.flatMap(b => b.slices),
    inputs.cgo
  );
  const paths = new Map(
    cacheTargets.map(t => [
      targetKey(t, inputs.cgo),
      cachePaths({ target: t, cgo: inputs.cgo }, root)
    ])
  );
  const first = [...paths.values()][0];
  await exportGoldenEnv(inputs, go, first);
  const cache = await restoreBuildCaches(inputs, go.version, [...paths.values()], workspace);
  await registerProblemMatcher(tempRoot);
  core.setOutput('go-version', bareVersion(go.version));
  core.setOutput('goroot', go.goroot);
  core.setOutput('target', inputs.targets.map(formatTarget).join(','));
  core.setOutput('gocache', first.gocache);
  core.setOutput('cache-hit', cache.cacheHit);

  let built: Built[] = [];
  let reproducible: Map<string, Finding> | undefined;
  if (inputs.build.length) {
    // Built outside the workspace and moved in after the last build: an earlier
    // target's file in the work tree would stamp later ones vcs.modified=true.
    const staged = path.join(root, 'staged');
    const builder = await targetBuilder(inputs, go, paths);
    built = await builder(builds, workspace, staged, path.join(root, 'universal'));
    if (inputs.reproducible)
      reproducible = await rebuildAndCompare(builds, built, builder, workspace, root);
    for (const b of built) b.artifacts = await placeArtifacts(b.artifacts, staged, workspace);
    if (reproducible)
      reproducible = new Map(
        [...reproducible].map(([f, finding]) => [
          path.resolve(workspace, path.relative(staged, f)),
          finding
        ])
      );
  }
  const artifacts = built.flatMap(b => b.artifacts);
  core.setOutput('artifacts', JSON.stringify(artifacts.map(a => displayPath(a.file, workspace))));
  const release = artifacts.length
    ? await writeReleaseFiles(
        artifacts.map(a => a.file),
        workspace,
        { sbom: inputs.sbom, goBin: goBinary(go.goroot) }
      )
    : undefined;

  const checksums = release?.checksums;
  let failed: string | undefined;
  let verify: PostState['verify'];
  if (inputs.verify.length) {
    // `verify` globs replace the default (what `build` produced), as with one target:
    // each file is checked against the target it is meant for.
    const plan = {
      ...verifyPlanFor(
        inputs,
        go.version,
        inputs.targets[0],
        workspace,
        path.join(root, 'verify-report.json')
      ),
      targets: inputs.targets
    };
    ({ failed, state: verify } = await verifyInMain(inputs.verify, plan, release?.written, {
      findings: reproducible,
      checksums
    }));
  } else
    failed = await verifyPerTarget(inputs, go, built, workspace, root, checksums, reproducible);
  savePostState({ caches: cache.states, verify });
  failed ??= await imageStep(
    inputs,
    verifyPlanFor(inputs, go.version, inputs.target, workspace, '').options,
    built.flatMap(b => b.artifacts.map(a => ({ ...a, target: b.build.target }))),
    checksums,
    workspace
  );
  if (failed) core.setFailed(failed);
}

type Built = { build: TargetBuild; artifacts: Artifact[] };
type Builder = (
  builds: TargetBuild[],
  workspace: string,
  staged: string,
  thinDir: string,
  gocache?: (t: Target) => string
) => Promise<Built[]>;

/** Builds every target one after another into `staged`, joining universal binaries. */
async function targetBuilder(
  inputs: Inputs,
  go: InstalledGo,
  paths: Map<string, Paths>
): Promise<Builder> {
  const { buildPackages } = await import('../build/run.js');
  const goBin = goBinary(go.goroot);
  return async (builds, workspace, staged, thinDir, gocache) => {
    const output = path.join(staged, inputs.output ?? DEFAULT_OUTPUT);
    const built: Built[] = [];
    for (const b of builds) {
      core.info(`target ${formatTarget(b.target)}`);
      const buildFor = (t: Target, out: string): Promise<Artifact[]> =>
        buildPackages({ ...inputs, target: t, output: out }, goBin, workspace, {
          ...targetEnv(t, paths, inputs.cgo),
          ...(gocache ? { GOCACHE: gocache(t) } : {})
        });
      if (!isUniversal(b.target)) {
        built.push({ build: b, artifacts: await buildFor(b.target, output) });
        continue;
      }
      const { joinUniversal } = await import('./universal-step.js');
      built.push({ build: b, artifacts: await joinUniversal(b.slices, thinDir, output, buildFor) });
    }
    return built;
  };
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
  const { cp, mkdir, rm } = await import('node:fs/promises');
  const { compareRebuilds } = await import('./reproduce-step.js');
  const dir = path.join(root, 'reproduce');
  await rm(dir, { recursive: true, force: true });
  const copy = path.join(dir, 'workspace-copy');
  core.startGroup(`reproducible: rebuilding in ${copy} with fresh GOCACHEs (a cold build)`);
  await cp(workspace, copy, { recursive: true, verbatimSymlinks: true });
  const gocache = (t: Target) => path.join(dir, 'gocache', targetKey(t, false));
  await mkdir(path.join(dir, 'gocache'), { recursive: true });
  const rebuilt = await builder(
    builds,
    copy,
    path.join(dir, 'staged'),
    path.join(dir, 'universal'),
    gocache
  );
  core.endGroup();
  const findings = new Map<string, Finding>();
  for (const [i, b] of built.entries())
    for (const [file, f] of await compareRebuilds(b.artifacts, rebuilt[i].artifacts))
      findings.set(file, f);
  await rm(dir, { recursive: true, force: true });
  return findings;
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

/** What one build sets over the step's environment: the target and its own GOCACHE. */
export function targetEnv(
  t: Target,
  paths: Map<string, Paths>,
  cgo: boolean
): Record<string, string> {
  const env: Record<string, string> = { GOOS: t.goos, GOARCH: t.goarch };
  if (t.variant) env[t.variant.name] = t.variant.value;
  const p = paths.get(targetKey(t, cgo));
  if (p) env['GOCACHE'] = p.gocache;
  return env;
}

/** Verifies each target's artifacts against that target, then one summary and report for all. */
async function verifyPerTarget(
  inputs: Inputs,
  go: InstalledGo,
  built: { build: TargetBuild; artifacts: Artifact[] }[],
  workspace: string,
  root: string,
  checksums: { path: string; text: string } | undefined,
  reproducible?: Map<string, Finding>
): Promise<string | undefined> {
  if (!built.some(b => b.artifacts.length)) return undefined;
  const { verifyFiles, publishReports, summaryExtra, withExtras } =
    await import('./verify-step.js');
  const reportPath = path.join(root, 'verify-report.json');
  core.setOutput('report', reportPath);
  const reports: FileReport[] = [];
  const expected: Target[] = [];
  for (const { build, artifacts } of built) {
    const plan = verifyPlanFor(inputs, go.version, build.target, workspace, reportPath);
    const files = artifacts.map(a => a.file);
    reports.push(...withExtras(await verifyFiles(files, plan), files, { findings: reproducible }));
    expected.push(...files.map(() => build.target));
  }
  const failed = await publishReports(
    reports,
    expected,
    { workspace, failOn: inputs.failOn, reportPath },
    summaryExtra(reports, { findings: reproducible, checksums })
  );
  core.setOutput('verified', failed ? 'false' : 'true');
  if (!failed) return undefined;
  const bad = reports.filter(r => r.findings.some(f => f.severity === 'error')).length;
  return `verify: ${bad || reports.length} of ${reports.length} artifact(s) failed verification (fail-on: ${inputs.failOn})`;
}
