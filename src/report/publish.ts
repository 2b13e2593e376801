import * as core from '@actions/core';
import type { InstalledGo } from '../toolchain/installed.js';
import { toolchainMarkdown } from './toolchain.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Target } from '../targets/parse.js';
import type { FileReport, Finding } from '../verify/index.js';
import type { FailOn } from '../inputs/parse.js';
import { annotationProps, html, htmlLine, untrusted } from '../log/escape.js';
import { failsChecks, failsStep, SUMMARY_HEADER, summaryRow } from './rows.js';

/** Annotations on each artifact: errors and warnings as such (a skipped smoke run's notice comes from the run). */
export function annotate(reports: FileReport[], workspace: string): void {
  for (const r of reports) {
    const file = displayPath(r.path, workspace);
    for (const f of r.findings) {
      // Paths, findings and build-info strings in them are untrusted: one escaped line each.
      const props = annotationProps({ file, title: `setup-go-cross verify: ${f.check}` });
      const message = `${untrusted(file)}: ${untrusted(f.message)}`;
      if (f.severity === 'error') core.error(message, props);
      else if (f.severity === 'warning') core.warning(message, props);
    }
  }
}

/** What a release step adds under the table. */
export interface SummaryExtra {
  checksums?: { path: string; text: string };
  /** With `reproducible`: each report's reproducibility finding, for a "Reproducible" column. */
  reproducible?: (Finding | undefined)[];
}

/** The job summary: one row per artifact, the failing checks listed under the table. */
export async function writeSummary(
  reports: FileReport[],
  /** One target for every report, or each report's own (a list of them: none matched). */
  expected: Target | (Target | Target[])[],
  workspace: string,
  failOn: FailOn,
  extra: SummaryExtra = {}
): Promise<void> {
  if (!reports.length) return;
  // Every cell holds untrusted text (paths, GOOS, versions from build info): HTML-escaped.
  const rows = reports.map((r, i) =>
    summaryRow(
      r,
      Array.isArray(expected) ? expected[i] : expected,
      displayPath(r.path, workspace),
      failOn
    )
  );
  const header = [...SUMMARY_HEADER];
  if (extra.reproducible) {
    header.splice(header.length - 1, 0, 'Reproducible');
    rows.forEach((row, i) => {
      const f = extra.reproducible?.[i];
      row.splice(row.length - 1, 0, !f ? '–' : f.severity === 'error' ? '❌ no' : '✅ yes');
    });
  }
  const summary = core.summary
    .addHeading('setup-go-cross: artifact verification', 3)
    .addTable([
      header.map(h => ({ data: html(h), header: true })),
      ...rows.map(row => row.map(html))
    ]);
  const problems = reports.flatMap(r =>
    r.findings
      .filter(f => f.severity === 'error' || f.severity === 'warning')
      .map(
        f =>
          `${f.severity === 'error' ? '❌' : '⚠️'} ` +
          htmlLine`<code>${displayPath(r.path, workspace)}</code> <b>${f.check}</b>: ${f.message}`
      )
  );
  if (problems.length) summary.addHeading('Failing checks', 4).addList(problems);
  if (extra.checksums)
    summary
      .addHeading(html(displayPath(extra.checksums.path, workspace)), 4)
      // File names are untrusted: each line escaped on its own, the line breaks kept.
      .addCodeBlock(extra.checksums.text.split('\n').map(html).join('\n'));
  await summary.write();
}

/**
 * Writes the JSON report ({"files":[...]}, the CLI's shape). The post step
 * adds its files to what main wrote, so one report covers the job.
 */
export async function writeReport(reportPath: string, reports: FileReport[]): Promise<void> {
  let files: FileReport[] = [];
  try {
    const previous = JSON.parse(await readFile(reportPath, 'utf8')) as { files?: FileReport[] };
    files = previous.files ?? [];
  } catch {
    // No report yet.
  }
  const byPath = new Map(files.map(f => [f.path, f]));
  for (const r of reports) byPath.set(r.path, r);
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify({ files: [...byPath.values()] }, null, 2)}\n`);
}

export function anyFails(reports: FileReport[], failOn: FailOn): boolean {
  return reports.some(r => failsStep(r, failOn));
}

/** How many artifacts the checks failed (errors, and warnings under fail-on: warning). */
export function countFailing(reports: FileReport[], failOn: FailOn): number {
  return reports.filter(r => failsChecks(r, failOn)).length;
}

/** Paths in reports and annotations are workspace-relative, as a reviewer sees them in the PR. */
export function displayPath(file: string, workspace: string): string {
  const rel = path.relative(workspace, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : file;
}

/** The job summary's "Go toolchain" section; outside Actions (no summary file) nothing to write. */
export async function writeToolchainSummary(go: InstalledGo): Promise<void> {
  try {
    await core.summary.addRaw(toolchainMarkdown(go), true).write();
  } catch (e) {
    core.debug(`toolchain summary: not written (${(e as Error).message})`);
  }
}
