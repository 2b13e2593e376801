/**
 * darwin/universal: a fat Mach-O whose slices are exactly darwin/amd64 and
 * darwin/arm64, each checked against its own arch (the same checks a thin
 * binary of that target gets), findings tagged with the slice.
 */
import type { Target } from '../targets/parse.js';
import { archInfo } from '../targets/table.js';
import { claimedTarget, runChecks, type VerifyOptions } from './checks.js';
import { inspect, type Inspection } from './inspect.js';
import { MACHO_CPUS } from './macho.js';
import type { Reader } from './reader.js';
import { goReport, type Finding, type GoReport } from './report.js';

export const UNIVERSAL_SLICE_ARCHES = ['amd64', 'arm64'];

export function isUniversalTarget(t: Target | undefined): boolean {
  return t?.goos === 'darwin' && t.goarch === 'universal';
}

export async function inspectUniversal(
  r: Reader,
  options: VerifyOptions
): Promise<{ ins: Inspection; findings: Finding[]; goarch: string | null }> {
  const findings: Finding[] = [];
  let first: Inspection | undefined;
  const perSlice: [string, Finding[]][] = [];
  for (const goarch of UNIVERSAL_SLICE_ARCHES) {
    const ins = await inspect(r, archInfo(goarch)?.machoCpu);
    first ??= ins;
    if (!ins.fat) {
      if (ins.format === 'macho')
        findings.push({
          check: 'format',
          severity: 'error',
          message: `is a thin Mach-O file, expected a universal binary with ${UNIVERSAL_SLICE_ARCHES.join(' and ')} slices (darwin/universal)`
        });
      findings.push(...runChecks(ins, { ...options, target: undefined }));
      return { ins, findings, goarch: claimedTarget(ins).goarch };
    }
    perSlice.push([goarch, runChecks(ins, { ...options, target: { goos: 'darwin', goarch } })]);
  }
  // A finding every slice has is said once; the others name their slice.
  const inAll = (m: string) => perSlice.every(([, fs]) => fs.some(f => f.message === m));
  const said = new Set<string>();
  for (const [goarch, fs] of perSlice)
    for (const f of fs) {
      if (!inAll(f.message)) findings.push({ ...f, message: `${goarch} slice: ${f.message}` });
      else if (!said.has(f.message)) findings.push(f);
      said.add(f.message);
    }
  const ins = first!;
  const names = ins.fat?.arches.map(a => MACHO_CPUS[a.cpu] ?? `cpu 0x${a.cpu.toString(16)}`) ?? [];
  const goarches = ins.fat?.facts.map((_, i) => sliceGoarch(ins, i)) ?? [];
  if (
    ins.fat &&
    (goarches.length !== 2 || !UNIVERSAL_SLICE_ARCHES.every(a => goarches.includes(a)))
  )
    findings.push({
      check: 'machine',
      severity: 'error',
      message: `is a fat file with ${names.join(', ')}, expected exactly x86_64 and arm64 (darwin/universal)`
    });
  return { ins, findings, goarch: ins.fat ? goarches.join('+') : claimedTarget(ins).goarch };
}

function sliceGoarch(ins: Inspection, i: number): string {
  const cpu = ins.fat!.arches[i].cpu;
  return (
    UNIVERSAL_SLICE_ARCHES.find(a => archInfo(a)?.machoCpu === cpu) ??
    MACHO_CPUS[cpu] ??
    String(cpu)
  );
}

/**
 * Every slice's Go build info of a fat Mach-O, in file order, each named by
 * its GOARCH; undefined for any other file. A universal binary is two
 * programs: what one slice links (a `//go:build arm64` import) the other
 * may not, so a description of the file needs them all.
 */
export async function sliceBuildInfo(
  r: Reader
): Promise<{ goarch: string; go: GoReport | null }[] | undefined> {
  const first = await inspect(r);
  if (!first.fat) return undefined;
  const out: { goarch: string; go: GoReport | null }[] = [];
  for (const [i, arch] of first.fat.arches.entries()) {
    const ins = await inspect(r, arch.cpu);
    out.push({ goarch: sliceGoarch(first, i), go: goReport(ins) });
  }
  return out;
}
