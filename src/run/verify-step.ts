import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { stat } from 'node:fs/promises';
import {
  annotate,
  anyFails,
  displayPath,
  writeReport,
  writeSummary,
  type SummaryExtra
} from '../report/publish.js';
import type { FailOn } from '../report/rows.js';
import { emulatorsOnPath, smokeRun } from '../smoke/run.js';
import type { Target } from '../targets/parse.js';
import { verifyFile, type FileReport, type VerifyOptions } from '../verify/index.js';

/** Everything verification needs; main saves it in state for post. */
export interface VerifyPlan {
  options: VerifyOptions & { target: Target };
  smokeArgs?: string[];
  failOn: FailOn;
  workspace: string;
  reportPath: string;
}

/** Regular files each glob matches now (globs are matched from the workspace). */
export async function matchGlobs(
  patterns: string[],
  workspace: string
): Promise<Map<string, string[]>> {
  const matches = new Map<string, string[]>();
  for (const pattern of patterns) {
    const absolute = /^([A-Za-z]:)?[\\/]/.test(pattern) ? pattern : `${workspace}/${pattern}`;
    const globber = await glob.create(absolute, {
      matchDirectories: false,
      implicitDescendants: false
    });
    const files: string[] = [];
    for (const file of await globber.glob()) {
      if ((await stat(file).catch(() => undefined))?.isFile()) files.push(file);
    }
    matches.set(pattern, files.sort());
  }
  return matches;
}

/**
 * Verifies files (and smoke-runs the ones that pass), then reports: log,
 * annotations, job summary, JSON report. Returns whether the step must fail.
 */
export async function verifyAndReport(
  files: string[],
  plan: VerifyPlan
): Promise<{ reports: FileReport[]; failed: boolean }> {
  const reports = await verifyFiles(files, plan);
  return { reports, failed: await publishReports(reports, plan.options.target, plan) };
}

/** Verifies (and smoke-runs) files against the plan's one target; logs each. */
export async function verifyFiles(files: string[], plan: VerifyPlan): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const emulators = plan.smokeArgs ? await emulatorsOnPath(plan.options.target) : new Set<string>();
  for (const file of files) {
    const report = await verifyFile(file, plan.options);
    report.path = displayPath(file, plan.workspace);
    if (plan.smokeArgs) await addSmokeFinding(report, file, plan, emulators);
    logReport(report);
    reports.push(report);
  }
  return reports;
}

/** Annotations, job summary, JSON report; returns whether the step must fail. */
export async function publishReports(
  reports: FileReport[],
  expected: Target | Target[],
  plan: Pick<VerifyPlan, 'workspace' | 'failOn' | 'reportPath'>,
  extra?: SummaryExtra
): Promise<boolean> {
  annotate(reports, plan.workspace);
  await writeSummary(reports, expected, plan.workspace, plan.failOn, extra);
  await writeReport(plan.reportPath, reports);
  return anyFails(reports, plan.failOn);
}

async function addSmokeFinding(
  report: FileReport,
  file: string,
  plan: VerifyPlan,
  emulators: Set<string>
): Promise<void> {
  if (!report.ok) {
    report.findings.push({
      check: 'smoke-run',
      severity: 'info',
      message: 'smoke run skipped: the artifact failed verification'
    });
    return;
  }
  const result = await smokeRun(file, plan.options.target, plan.smokeArgs ?? [], emulators);
  const output = result.output.length ? `\n  | ${result.output.join('\n  | ')}` : '';
  core.info(`${report.path}: ${result.message}${output}`);
  report.findings.push({
    check: 'smoke-run',
    severity: result.status === 'fail' ? 'error' : 'info',
    message:
      result.status === 'pass' && result.output.length
        ? `${result.message}; first line: ${result.output[0]}`
        : result.message
  });
  if (result.status === 'fail') report.ok = false;
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
    `verify ${report.path}: ${errors ? 'FAIL' : 'ok'} (${what}; ${errors} error(s), ${warnings} warning(s))`
  );
}
