import type { FailOn } from '../inputs/parse.js';
import type { FileReport } from '../verify/index.js';
import type { Target } from '../targets/parse.js';
import { formatTarget } from '../targets/parse.js';

/** Does this report fail the step under the fail-on policy? */
export function failsStep(report: FileReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return failsChecks(report, failOn);
}

/**
 * Did the checks find a problem? Errors always count, warnings under
 * fail-on: warning. This is what `verified` and the summary report;
 * fail-on: never only keeps the step green, it does not turn a fail into a pass.
 */
export function failsChecks(report: FileReport, failOn: FailOn): boolean {
  return report.findings.some(
    f => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')
  );
}

export const SUMMARY_HEADER = [
  'Artifact',
  'Target (expected → found)',
  'Static',
  'Stripped',
  'Go',
  'CGO',
  'Size',
  'Result'
];

/** One summary-table row per artifact, in words a reviewer scans. Pure. */
export function summaryRow(
  report: FileReport,
  /** The target it was checked against, or every target of the step when it is none of them. */
  expected: Target | Target[],
  displayPath: string,
  failOn: FailOn
): string[] {
  const found =
    report.goos && report.goarch ? `${report.goos}/${report.goarch}` : (report.format ?? 'unknown');
  const variantName = Array.isArray(expected) ? undefined : expected.variant?.name;
  const foundVariant = variantName ? report.go?.settings[variantName] : undefined;
  const foundText = foundVariant ? `${found} (${variantName}=${foundVariant})` : found;
  const bin = report.elf ?? report.macho ?? report.pe;
  const dynamic = report.elf
    ? Boolean(report.elf.interpreter) || report.elf.needed.length > 0
    : report.macho
      ? false
      : undefined;
  const size = report.size ?? undefined;
  return [
    displayPath,
    `${Array.isArray(expected) ? `one of ${expected.map(formatTarget).join(', ')}` : formatTarget(expected)} → ${foundText}`,
    dynamic === undefined ? '–' : dynamic ? 'no (dynamic)' : 'yes',
    bin
      ? bin.stripped && !bin.dwarf
        ? 'yes'
        : bin.stripped
          ? 'symbols stripped, DWARF kept'
          : 'no'
      : '–',
    report.go?.version ?? '–',
    report.go?.settings['CGO_ENABLED'] ?? '–',
    size === undefined ? '–' : humanSize(size),
    failsChecks(report, failOn)
      ? failOn === 'never'
        ? '❌ fail (fail-on: never)'
        : '❌ fail'
      : report.findings.some(f => f.severity === 'warning')
        ? '⚠️ pass'
        : '✅ pass'
  ];
}

export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
