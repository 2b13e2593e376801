/**
 * Which of a step's several targets a binary is meant for, judged by what
 * it is (its header's GOOS/GOARCH, a fat Mach-O for darwin/universal) and,
 * between variants of one arch, by the variant its build info records.
 * The binary is then checked against that target like any other. Pure.
 */
import { formatTarget, type Target } from '../targets/parse.js';
import { sameVariant } from './checks.js';
import type { FileReport, Finding } from './report.js';

export function matchTarget(probe: FileReport, targets: Target[]): Target | undefined {
  if (probe.macho?.arches)
    return targets.find(t => t.goos === 'darwin' && t.goarch === 'universal');
  const same = targets.filter(t => t.goos === probe.goos && t.goarch === probe.goarch);
  if (same.length <= 1) return same[0];
  const settings = probe.go?.settings ?? {};
  return (
    same.find(t => {
      const got = t.variant && settings[t.variant.name];
      return got !== undefined && sameVariant(t.variant!.name, got, t.variant!.value);
    }) ??
    same.find(t => !t.variant) ??
    same[0]
  );
}

/** The finding for a binary that is none of the targets. */
export function noTargetFinding(probe: FileReport, targets: Target[]): Finding {
  const what = probe.macho?.arches
    ? `a fat Mach-O (${probe.macho.arches.map(a => a.cpuName).join(', ')})`
    : probe.goos && probe.goarch
      ? `built for ${probe.goos}/${probe.goarch}`
      : probe.format
        ? `a ${probe.format} file of no known GOOS/GOARCH`
        : 'not a recognised executable';
  return {
    check: 'goarch',
    severity: 'error',
    message: `${what}; not one of the targets ${targets.map(formatTarget).join(', ')}`
  };
}
