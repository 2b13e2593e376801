/**
 * `size-budget`: how much an artifact may grow against its baseline, as a
 * percentage (`5%`) or an amount (`300KiB`, `2MB`, `4096`). Growth beyond it
 * is a finding (warning, or error with size-budget-fail).
 */
import type { ArtifactDiff } from './diff.js';
import type { SizeBudget } from '../inputs/size-budget.js';

export { parseSizeBudget, SIZE_BUDGET_ACCEPTED, type SizeBudget } from '../inputs/size-budget.js';

/** The growth over budget of one artifact, as one line; null when within it. */
export function overBudget(a: ArtifactDiff, budget: SizeBudget): string | null {
  if (!a.size || a.status === 'gone' || a.status === 'new' || a.size.delta <= 0) return null;
  const { delta, percent } = a.size;
  const grew = `grew by ${formatBytes(delta, true)}${percent === null ? '' : ` (${formatPercent(percent)})`}`;
  if (budget.kind === 'percent') {
    if (percent === null || percent <= budget.value) return null;
  } else if (delta <= budget.value) return null;
  return `${a.name} (${a.target}) ${grew}, over the size budget of ${budget.text}`;
}

/** 1536 -> "1.5 KiB"; with sign, "+1.5 KiB" / "-12 B". */
export function formatBytes(n: number, sign = false): string {
  const s = sign ? (n > 0 ? '+' : n < 0 ? '-' : '±') : n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (a < 1024) return `${s}${a} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = a / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${s}${v.toFixed(1)} ${units[i]}`;
}

export function formatPercent(p: number): string {
  return `${p > 0 ? '+' : ''}${p.toFixed(1)}%`;
}
