/**
 * The verifier's public API: verifyFile(path, options) -> FileReport (the
 * JSON shape in docs/verify-report.md). Never throws for a bad file:
 * unreadable or malformed input becomes a report with ok=false and a finding.
 */
import { archInfo, targetFacts } from '../targets/table.js';
import { claimedTarget, runChecks, type VerifyOptions } from './checks.js';
import { inspect } from './inspect.js';
import { matchTarget, noTargetFinding } from './match-target.js';
import type { Target } from '../targets/parse.js';
import { inspectUniversal, isUniversalTarget, sliceBuildInfo } from './universal.js';
import { BufferSource, openFile, ReadError, Reader, type ByteSource } from './reader.js';
import {
  elfReport,
  failedReport,
  goReport,
  machoReport,
  peReport,
  sectionSizes,
  type FileReport,
  type VerifyStats
} from './report.js';

export type { VerifyOptions } from './checks.js';
export type {
  FileReport,
  Finding,
  Severity,
  CheckName,
  ElfReport,
  MachOReport,
  PeReport,
  GoReport,
  SectionSize,
  VerifyStats
} from './report.js';
export { failedReport, formatTable } from './report.js';
export { FormatError, ReadError } from './reader.js';

/** A report with what is not part of it: I/O figures, and whether the file could be read at all. */
export interface VerifyResult {
  report: FileReport;
  stats: VerifyStats;
  /** The file could not be opened or read (the CLI exits 2); malformed files are readable. */
  unreadable: boolean;
}

/** Verifies one file on disk against `options`. */
export async function verifyFile(path: string, options: VerifyOptions = {}): Promise<FileReport> {
  return (await verifyFileResult(path, options)).report;
}

/** verifyFile, with the stats and the unreadable flag as data (the CLI's exit code uses them). */
export async function verifyFileResult(
  path: string,
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const started = performance.now();
  let source: ByteSource;
  try {
    source = await openFile(path);
  } catch (err) {
    return unreadable(path, err, started);
  }
  try {
    return await verifySource(path, source, options, started);
  } finally {
    await source.close().catch(() => undefined);
  }
}

/**
 * The file verified against its target: the only one given (or
 * options.target), or with several the one it is built for (matchTarget,
 * from a first, target-free look at it). A file that is none of them keeps
 * that look's findings plus one goarch error, and no target.
 */
export async function verifyFileForTargets(
  path: string,
  options: VerifyOptions,
  targets: Target[]
): Promise<VerifyResult & { target?: Target }> {
  if (targets.length < 2) {
    const target = targets[0] ?? options.target;
    return { ...(await verifyFileResult(path, { ...options, target })), target };
  }
  const probe = await verifyFileResult(path, { ...options, target: undefined });
  if (probe.unreadable) return probe;
  const target = matchTarget(probe.report, targets);
  if (target) return { ...(await verifyFileResult(path, { ...options, target })), target };
  const finding = noTargetFinding(probe.report, targets);
  return {
    ...probe,
    report: { ...probe.report, ok: false, findings: [...probe.report.findings, finding] }
  };
}

/**
 * Each slice's build info when the file is a fat Mach-O (undefined for any
 * other file, and for one that cannot be read: verification reports that).
 */
export async function readSliceBuildInfo(
  path: string
): Promise<Awaited<ReturnType<typeof sliceBuildInfo>>> {
  const source = await openFile(path).catch(() => undefined);
  if (!source) return undefined;
  try {
    return await sliceBuildInfo(new Reader(source));
  } catch {
    return undefined;
  } finally {
    await source.close().catch(() => undefined);
  }
}

/** Verifies bytes already in memory (fuzzing and tests use it; same code path after the open). */
export async function verifyBytes(
  path: string,
  data: Uint8Array,
  options: VerifyOptions = {}
): Promise<FileReport> {
  return (await verifySource(path, new BufferSource(data), options, performance.now())).report;
}

async function verifySource(
  path: string,
  source: ByteSource,
  options: VerifyOptions,
  started: number
): Promise<VerifyResult> {
  const reader = new Reader(source);
  try {
    const t = options.target;
    if (isUniversalTarget(t)) {
      const u = await inspectUniversal(reader, options);
      const report: FileReport = {
        path,
        size: source.size,
        ok: !u.findings.some(f => f.severity === 'error'),
        format: u.ins.format,
        goos: claimedTarget(u.ins).goos,
        goarch: u.goarch,
        elf: elfReport(u.ins),
        macho: machoReport(u.ins),
        pe: peReport(u.ins),
        go: goReport(u.ins),
        sections: sectionSizes(u.ins),
        findings: u.findings
      };
      return withStats(report, reader, source.size, started, false);
    }
    const preferCpu = t
      ? (targetFacts(t.goos, t.goarch)?.machoCpu ?? archInfo(t.goarch)?.machoCpu)
      : undefined;
    const ins = await inspect(reader, preferCpu);
    const findings = runChecks(ins, options);
    const claimed = claimedTarget(ins);
    const report: FileReport = {
      path,
      size: source.size,
      ok: !findings.some(f => f.severity === 'error'),
      format: ins.format,
      goos: claimed.goos,
      goarch: claimed.goarch,
      elf: elfReport(ins),
      macho: machoReport(ins),
      pe: peReport(ins),
      go: goReport(ins),
      sections: sectionSizes(ins),
      findings
    };
    return withStats(report, reader, source.size, started, false);
  } catch (err) {
    // Only I/O errors reach here (parsers turn malformed input into findings).
    return unreadable(path, err, started, reader, source.size);
  }
}

function unreadable(
  path: string,
  err: unknown,
  started: number,
  reader?: Reader,
  size = 0
): VerifyResult {
  const message =
    err instanceof ReadError
      ? err.message
      : `${path}: cannot read (${(err as Error)?.message ?? String(err)})`;
  const report = failedReport(path, { check: 'read', severity: 'error', message }, size || null);
  return withStats(report, reader, size, started, true);
}

function withStats(
  report: FileReport,
  reader: Reader | undefined,
  fileSize: number,
  started: number,
  unreadable: boolean
): VerifyResult {
  const stats: VerifyStats = {
    bytesRead: reader?.bytesRead ?? 0,
    reads: reader?.reads ?? 0,
    fileSize,
    ms: performance.now() - started
  };
  return { report, stats, unreadable };
}
