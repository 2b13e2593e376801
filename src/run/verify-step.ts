import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { stat } from 'node:fs/promises';
import {
  annotate,
  anyFails,
  countFailing,
  displayPath,
  writeReport,
  writeSummary,
  type SummaryExtra
} from '../report/publish.js';
import { annotationProps, line, untrusted } from '../log/escape.js';
import type { VerifyPlan } from './verify-plan.js';
import { emulatorsOnPath, smokeRun } from '../smoke/run.js';
import { formatTarget, type Target } from '../targets/parse.js';
import { verifyFileForTargets, type FileReport, type Finding } from '../verify/index.js';
import { describeChanges, worktreeChanges } from './worktree.js';

/**
 * Regular files each glob matches now (globs are matched from the workspace).
 * A symlink loop makes @actions/glob throw (ELOOP) for the whole pattern: the
 * pattern is then matched again without following links, the loop is
 * reported and skipped, and every other file is still verified.
 */
export async function matchGlobs(
  patterns: string[],
  workspace: string
): Promise<Map<string, string[]>> {
  const matches = new Map<string, string[]>();
  for (const pattern of patterns) {
    const absolute = /^([A-Za-z]:)?[\\/]/.test(pattern) ? pattern : `${workspace}/${pattern}`;
    let found: string[];
    try {
      found = await globOnce(absolute, true);
    } catch (e) {
      core.warning(
        line`verify ${pattern}: ${(e as Error).message}; matching again without following symlinks`
      );
      found = await globOnce(absolute, false);
    }
    const files: string[] = [];
    for (const file of found) {
      const st = await stat(file).catch((e: NodeJS.ErrnoException) => e);
      if (st instanceof Error) {
        if (st.code === 'ELOOP')
          core.warning(line`verify: skipping ${displayPath(file, workspace)}: a symlink loop`);
        continue;
      }
      if (st.isFile()) files.push(file);
    }
    matches.set(pattern, files.sort());
  }
  return matches;
}

async function globOnce(pattern: string, followSymbolicLinks: boolean): Promise<string[]> {
  const globber = await glob.create(pattern, {
    matchDirectories: false,
    implicitDescendants: false,
    followSymbolicLinks
  });
  return globber.glob();
}

/** What a release step adds to the verification of its artifacts. */
export interface ReleaseExtras {
  /** Findings of the step's own per file (a reproducibility rebuild), added to its report. */
  findings?: Map<string, Finding>;
  /** checksums.txt, shown in the job summary. */
  checksums?: { path: string; text: string };
  /** Files this step built, each checked against the target it was built for (no matching). */
  builtFor?: Map<string, Target>;
}

/**
 * Verifies files (and smoke-runs the ones that pass), then reports: log,
 * annotations, job summary, JSON report. Returns whether the step must fail.
 */
export async function verifyAndReport(
  files: string[],
  plan: VerifyPlan,
  extras: ReleaseExtras = {}
): Promise<{ reports: FileReport[]; failed: boolean; failing: number }> {
  const verified = await verifyFiles(files, plan, extras.builtFor);
  const reports = withExtras(verified, files, extras);
  // A file that is none of the step's targets is shown against all of them.
  const expected = verified.map(v => v.target ?? plan.targets ?? plan.options.target);
  const failed = await publishReports(reports, expected, plan, summaryExtra(reports, extras));
  return { reports, failed, failing: countFailing(reports, plan.failOn) };
}

/** The reports with the step's own finding for each file (files[i] is reports[i]'s). */
export function withExtras(
  verified: VerifiedFile[],
  files: string[],
  extras: ReleaseExtras
): FileReport[] {
  return verified.map((v, i) => withFinding(v.report, extras.findings?.get(files[i])));
}

/** What the job summary shows besides the table: checksums.txt, a Reproducible column. */
export function summaryExtra(reports: FileReport[], extras: ReleaseExtras): SummaryExtra {
  return {
    checksums: extras.checksums,
    reproducible: extras.findings?.size
      ? reports.map(r => r.findings.find(f => f.check === 'reproducible'))
      : undefined
  };
}

/** A verified file's report and the target it was checked against (none: it is none of them). */
export interface VerifiedFile {
  report: FileReport;
  target?: Target;
}

/**
 * Verifies (and smoke-runs) files against the plan's target, or with
 * several targets against the one each file is meant for; logs each.
 */
export async function verifyFiles(
  files: string[],
  plan: VerifyPlan,
  builtFor?: Map<string, Target>
): Promise<VerifiedFile[]> {
  const out: VerifiedFile[] = [];
  const emulators = new Map<string, Promise<Set<string>>>();
  const emulatorsFor = (t: Target) => {
    const key = formatTarget(t);
    if (!emulators.has(key)) emulators.set(key, emulatorsOnPath(t));
    return emulators.get(key)!;
  };
  let changes: Promise<string[] | undefined> | undefined;
  for (const file of files) {
    const known = builtFor?.get(file);
    const { report: verified, target } = await verifyFileForTargets(
      file,
      plan.options,
      known ? [known] : (plan.targets ?? [plan.options.target])
    );
    // The step adds what the verifier cannot know (where the workspace is, what
    // git status says, the smoke run) by composing a new report, never by editing it.
    let findings = verified.findings;
    if (findings.some(f => f.check === 'vcs-modified')) {
      changes ??= worktreeChanges(plan.workspace);
      const paths = await changes;
      if (paths?.length)
        findings = findings.map(f =>
          f.check === 'vcs-modified'
            ? { ...f, message: `${f.message}; git status lists ${describeChanges(paths)}` }
            : f
        );
    }
    let report: FileReport = { ...verified, path: displayPath(file, plan.workspace), findings };
    if (plan.smokeArgs && target)
      report = withFinding(
        report,
        await smokeFinding(report, file, target, plan.smokeArgs, await emulatorsFor(target))
      );
    logReport(report);
    out.push({ report, target });
  }
  return out;
}

/** The report with one more finding of the step's own (smoke run, reproducibility). */
export function withFinding(report: FileReport, finding: Finding | undefined): FileReport {
  if (!finding) return report;
  return {
    ...report,
    findings: [...report.findings, finding],
    ok: report.ok && finding.severity !== 'error'
  };
}

/** Annotations, job summary, JSON report; returns whether the step must fail. */
export async function publishReports(
  reports: FileReport[],
  expected: Target | (Target | Target[])[],
  plan: Pick<VerifyPlan, 'workspace' | 'failOn' | 'reportPath'>,
  extra?: SummaryExtra
): Promise<boolean> {
  annotate(reports, plan.workspace);
  await writeSummary(reports, expected, plan.workspace, plan.failOn, extra);
  await writeReport(plan.reportPath, reports);
  return anyFails(reports, plan.failOn);
}

async function smokeFinding(
  report: FileReport,
  file: string,
  target: Target,
  smokeArgs: string[],
  emulators: Set<string>
): Promise<Finding> {
  if (!report.ok) {
    const message = 'smoke run skipped: the artifact failed verification';
    noticeSkipped(report.path, message);
    return { check: 'smoke-run', severity: 'info', message };
  }
  const result = await smokeRun(file, target, smokeArgs, emulators);
  // A skip is known here as data (result.status), so its notice is raised here, not guessed from text.
  if (result.status === 'skip') noticeSkipped(report.path, result.message);
  // The program's output is untrusted: each line escaped on its own.
  core.info(line`${report.path}: ${result.message}`);
  for (const out of result.output) core.info(line`  | ${out}`);
  return {
    check: 'smoke-run',
    severity: result.status === 'fail' ? 'error' : 'info',
    message:
      result.status === 'pass' && result.output.length
        ? `${result.message}; first line: ${result.output[0]}`
        : result.message
  };
}

/** A smoke run that did not happen is a notice on the artifact, saying why. */
function noticeSkipped(file: string, message: string): void {
  core.notice(
    `${untrusted(file)}: ${untrusted(message)}`,
    annotationProps({ file, title: 'setup-go-cross verify: smoke-run' })
  );
}

function logReport(report: FileReport): void {
  const errors = report.findings.filter(f => f.severity === 'error').length;
  const warnings = report.findings.filter(f => f.severity === 'warning').length;
  const what = [
    report.format,
    report.goos && report.goarch ? `${report.goos}/${report.goarch}` : undefined,
    report.go?.version
  ]
    .filter(Boolean)
    .join(', ');
  core.info(
    line`verify ${report.path}: ${errors ? 'FAIL' : 'ok'} (${what}; ${errors} error(s), ${warnings} warning(s))`
  );
}
