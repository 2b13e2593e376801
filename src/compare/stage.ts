/**
 * The compare stage, after verify, for every target of the step: on a push
 * it writes each target's baseline for the post step to save; on a pull
 * request it restores the base's baseline per target and compares, then
 * reports (log, "Compared with base" summary section, notices on go.mod,
 * size-budget findings, the size-delta / modules-delta outputs).
 *
 * Entry: compareStage(items, options), items = (target, file, report) of
 * every verified artifact. Never throws for a baseline problem: none is one
 * info line, a corrupt one a warning.
 */
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FailOn } from '../inputs/parse.js';
import { annotationProps, line, untrusted } from '../log/escape.js';
import { formatTarget, targetKey, type Target } from '../targets/parse.js';
import type { FileReport } from '../verify/index.js';
import { formatBytes, formatPercent, overBudget, type SizeBudget } from './budget.js';
import { compareBuilds, type ArtifactDiff, type ModuleChange } from './diff.js';
import { runKind, type PullRequest } from './event.js';
import { BASELINE_SCHEMA, factsFromReport, type ArtifactFacts, type Baseline } from './facts.js';
import { comparisonHtml, comparisonText, moduleLine, type TargetComparison } from './render.js';
import {
  baselineDir,
  baselineKey,
  baselinePrefix,
  readOwnBaseline,
  restoreBaseline,
  writeBaseline,
  type BaselineSave
} from './store.js';

export interface CompareItem {
  /** The target the file was verified against. */
  target: Target;
  /** Absolute path. */
  file: string;
  report: FileReport;
}

export interface CompareOptions {
  workspace: string;
  /** `<RUNNER_TEMP>/setup-go-cross`: the same path in every run. */
  root: string;
  env: NodeJS.ProcessEnv;
  cgo: boolean;
  failOn: FailOn;
  sizeBudget?: SizeBudget;
  sizeBudgetFail: boolean;
  /** cache and cache-write: a push run saves baselines only when both are on. */
  cache: boolean;
  cacheWrite: boolean;
  timeoutMs?: number;
  /** The main step sets outputs; the post step cannot. */
  setOutputs: boolean;
  /** pr-comment: also write the comparison as the pull request's comment. */
  prComment?: boolean;
  /** The REST token for pr-comment: read when needed, never kept in post state. */
  token?: string;
}

export interface CompareResult {
  /** Why the step must fail (size-budget findings under fail-on), if it must. */
  failed?: string;
  /** Baselines for the post step to save (a push run with cache-write). */
  saves: BaselineSave[];
  comparisons: TargetComparison[];
}

interface Group {
  target: Target;
  key: string;
  items: CompareItem[];
}

export async function compareStage(
  items: CompareItem[],
  o: CompareOptions
): Promise<CompareResult> {
  const groups = groupByTarget(items, o.cgo);
  const run = await runKind(o.env);
  const result: CompareResult = { saves: [], comparisons: [] };
  if (run.kind === 'push') {
    if (o.cache && o.cacheWrite) result.saves = await writeBaselines(groups, o);
    else core.info('baseline: cache or cache-write is off; this push saves no baseline');
  }
  if (run.kind === 'pull_request') {
    const missing: string[] = [];
    for (const g of groups) {
      const restored = await restoreBaseline({
        root: o.root,
        runnerOs: runnerOs(o.env),
        targetKey: g.key,
        baseSha: run.pr.baseSha ?? undefined,
        timeoutMs: o.timeoutMs
      });
      const target = formatTarget(g.target);
      if (restored.kind === 'none') {
        missing.push(`${target} (${restored.why})`);
        continue;
      }
      if (restored.kind === 'corrupt') {
        core.warning(
          line`baseline ${restored.matchedKey} is unusable (${restored.why}); ${target} is not compared`
        );
        continue;
      }
      const head = await factsOf(g.items);
      const comparison = compareBuilds(restored.baseline.artifacts, head);
      const over = o.sizeBudget
        ? comparison.artifacts
            .map(a => overBudget(a, o.sizeBudget!))
            .filter((l): l is string => !!l)
        : [];
      result.comparisons.push({
        target,
        base: {
          ref: restored.baseline.ref,
          sha: restored.baseline.sha,
          how: restored.exact ? 'exact' : 'newest'
        },
        comparison,
        overBudget: over,
        budgetSeverity: o.sizeBudgetFail ? 'error' : 'warning'
      });
    }
    if (missing.length)
      core.info(
        line`Compared with base: no baseline for ${missing.join(', ')}; nothing to compare (push runs with cache-write save them)`
      );
  }
  if (o.setOutputs) setOutputs(result.comparisons);
  if (result.comparisons.length) {
    logComparisons(result.comparisons);
    await noticesOnGoMod(result.comparisons, o.workspace);
    await writeComparisonSummary(result.comparisons);
    result.failed = budgetFindings(result.comparisons, o);
    if (o.prComment && run.kind === 'pull_request')
      await commentOnPullRequest(run.pr, result.comparisons, items, o);
  } else if (o.prComment && run.kind === 'pull_request') {
    core.info('pr-comment: nothing compared (no baseline); no comment written');
  }
  if (o.prComment && run.kind !== 'pull_request')
    core.info(
      line`pr-comment: a ${run.kind === 'other' ? run.event || 'non-pull-request' : run.kind} run has no pull request to comment on`
    );
  return result;
}

/** The comparison as this job's section of the pull request's one comment. */
async function commentOnPullRequest(
  pr: PullRequest,
  comparisons: TargetComparison[],
  items: CompareItem[],
  o: CompareOptions
): Promise<void> {
  if (pr.number === null) {
    core.info('pr-comment: the event payload names no pull request number; no comment written');
    return;
  }
  const { buildSection } = await import('./pr-comment-body.js');
  const { publishPrComment } = await import('./pr-comment.js');
  const headSha = pr.headSha ?? o.env['GITHUB_SHA'] ?? '';
  const section = buildSection(
    {
      job: o.env['GITHUB_JOB'] ?? '',
      runnerOs: runnerOs(o.env),
      phase: o.setOutputs ? 'main' : 'post',
      targets: comparisons.map(c => c.target),
      goVersions: items.map(i => i.report.go?.version ?? '').filter(Boolean)
    },
    /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha) ? headSha : '0'.repeat(40),
    comparisons
  );
  await publishPrComment({
    apiUrl: o.env['GITHUB_API_URL'] || 'https://api.github.com',
    repository: o.env['GITHUB_REPOSITORY'] ?? '',
    token: o.token ?? '',
    number: pr.number,
    section
  });
}

export function runnerOs(env: NodeJS.ProcessEnv): string {
  const os = env['RUNNER_OS'] ?? '';
  return /^[A-Za-z0-9]{1,32}$/.test(os) ? os : process.platform;
}

function groupByTarget(items: CompareItem[], cgo: boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const key = targetKey(item.target, cgo);
    if (!groups.has(key)) groups.set(key, { target: item.target, key, items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.values()];
}

async function sha256(file: string): Promise<string | null> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

async function factsOf(items: CompareItem[]): Promise<ArtifactFacts[]> {
  const out: ArtifactFacts[] = [];
  for (const i of items) out.push(factsFromReport(i.report, await sha256(i.file)));
  return out;
}

/** This run's baseline per target (added to what main wrote, when post verifies more). */
async function writeBaselines(groups: Group[], o: CompareOptions): Promise<BaselineSave[]> {
  const sha = o.env['GITHUB_SHA'] ?? '';
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    core.info('baseline: GITHUB_SHA is not a commit hash; no baseline saved');
    return [];
  }
  const saves: BaselineSave[] = [];
  for (const g of groups) {
    const dir = baselineDir(o.root, g.key);
    const own = await readOwnBaseline(dir);
    const facts = await factsOf(g.items);
    const names = new Set(facts.map(f => `${f.target}\u0000${f.name}`));
    const baseline: Baseline = {
      schema: BASELINE_SCHEMA,
      ref: o.env['GITHUB_REF'] ?? '',
      sha,
      target: formatTarget(g.target),
      createdAt: new Date().toISOString(),
      artifacts: [
        ...(own?.artifacts ?? []).filter(a => !names.has(`${a.target}\u0000${a.name}`)),
        ...facts
      ]
    };
    await writeBaseline(o.root, g.key, baseline);
    const prefix = baselinePrefix(runnerOs(o.env), g.key);
    saves.push({ dir, key: baselineKey(runnerOs(o.env), g.key, sha), prefix });
  }
  return saves;
}

function setOutputs(comparisons: TargetComparison[]): void {
  const sizes = comparisons.flatMap(t =>
    t.comparison.artifacts.map(a => ({
      artifact: a.path,
      target: t.target,
      status: a.status,
      base: a.size?.base ?? 0,
      head: a.size?.head ?? 0,
      delta: a.size?.delta ?? 0,
      percent: a.size?.percent ?? null
    }))
  );
  const modules = comparisons.flatMap(t =>
    t.comparison.artifacts
      .filter(a => a.status !== 'new')
      .flatMap(a => a.modules.map(m => ({ artifact: a.path, target: t.target, ...m })))
  );
  core.setOutput('size-delta', JSON.stringify(sizes));
  core.setOutput('modules-delta', JSON.stringify(modules));
}

function logComparisons(comparisons: TargetComparison[]): void {
  core.startGroup('Compared with base');
  for (const t of comparisons) {
    core.info(
      line`${t.target}: baseline ${t.base.ref} @ ${t.base.sha.slice(0, 7)} (${t.base.how === 'exact' ? 'the base commit' : 'newest of the base branch'})`
    );
    for (const l of comparisonText(t.comparison, 'the baseline').split('\n')) core.info(l);
  }
  core.endGroup();
}

async function writeComparisonSummary(comparisons: TargetComparison[]): Promise<void> {
  try {
    await core.summary.addRaw(comparisonHtml(comparisons), true).write();
  } catch (e) {
    core.debug(`compare summary: not written (${(e as Error).message})`);
  }
}

/**
 * Size-budget findings: an annotation on each artifact over budget (error
 * with size-budget-fail, else warning); fail-on decides the step.
 */
function budgetFindings(comparisons: TargetComparison[], o: CompareOptions): string | undefined {
  const over = comparisons.flatMap(t => t.overBudget.map(l => ({ t, l })));
  if (!over.length) return undefined;
  const severity = o.sizeBudgetFail ? 'error' : 'warning';
  for (const { t, l } of over) {
    const a = t.comparison.artifacts.find(x => l.startsWith(`${x.name} (`));
    const props = annotationProps({ file: a?.path, title: 'setup-go-cross compare: size-budget' });
    if (severity === 'error') core.error(untrusted(l), props);
    else core.warning(untrusted(l), props);
  }
  const fails = o.failOn === 'warning' || (o.failOn === 'error' && severity === 'error');
  return fails
    ? `compare: ${over.length} artifact(s) grew beyond size-budget ${o.sizeBudget?.text} (size-budget-fail: ${o.sizeBudgetFail}, fail-on: ${o.failOn})`
    : undefined;
}

/** Module changes that add code: a notice each, on go.mod's require line when it has one. */
async function noticesOnGoMod(comparisons: TargetComparison[], workspace: string): Promise<void> {
  const wanted = new Map<string, { m: ModuleChange; grew: string[] }>();
  for (const t of comparisons)
    for (const a of t.comparison.artifacts) {
      if (a.status === 'new') continue;
      for (const m of a.modules) {
        if (m.change !== 'added' && m.change !== 'upgraded') continue;
        const k = `${m.change}\u0000${m.path}\u0000${m.head}`;
        if (!wanted.has(k)) wanted.set(k, { m, grew: [] });
        wanted.get(k)!.grew.push(grewBy(a));
      }
    }
  if (!wanted.size) return;
  const gomod = await readFile(path.join(workspace, 'go.mod'), 'utf8').catch(() => undefined);
  for (const { m, grew } of wanted.values()) {
    const where = gomod === undefined ? undefined : requireLine(gomod, m.path);
    const message = `${m.change} ${moduleLine(m)}; ${grew.slice(0, 4).join(', ')}${grew.length > 4 ? ', …' : ''}`;
    core.notice(untrusted(message), {
      ...annotationProps({
        file: where ? 'go.mod' : undefined,
        title: `setup-go-cross compare: module ${m.change}`
      }),
      ...(where ? { startLine: where } : {})
    });
  }
}

function grewBy(a: ArtifactDiff): string {
  const s = a.size;
  if (!s) return a.name;
  return `${a.name} (${a.target}) ${formatBytes(s.delta, true)}${s.percent === null ? '' : ` (${formatPercent(s.percent)})`}`;
}

/** The 1-based line of go.mod that requires `modPath` (`require p v` or a line of a require block). */
export function requireLine(gomod: string, modPath: string): number | undefined {
  const lines = gomod.split('\n');
  let inBlock = false;
  for (const [i, raw] of lines.entries()) {
    const text = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (text.startsWith(')')) {
        inBlock = false;
        continue;
      }
      if (firstWord(text) === modPath) return i + 1;
      continue;
    }
    if (/^require\s*\($/.test(text)) {
      inBlock = true;
      continue;
    }
    const single = /^require\s+(.*)$/.exec(text);
    if (single && firstWord(single[1]) === modPath) return i + 1;
  }
  return undefined;
}

function firstWord(text: string): string {
  const w = text.split(/\s+/)[0] ?? '';
  return w.startsWith('"') && w.endsWith('"') && w.length > 1 ? w.slice(1, -1) : w;
}
