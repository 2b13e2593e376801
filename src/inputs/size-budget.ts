/**
 * The size-budget syntax (the input and the CLI's --size-budget): a
 * percentage (`5%`) or an amount (`300KiB`, `2MB`, `4096`). Pure.
 */
export type SizeBudget =
  { kind: 'percent'; value: number; text: string } | { kind: 'bytes'; value: number; text: string };

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
};

export const SIZE_BUDGET_ACCEPTED =
  'a percentage (5%, 0.5%) or an amount (300KiB, 2MB, 1.5MiB, 4096 bytes as 4096)';

/** Parses a budget; null when the text is not one (the caller names the input). */
export function parseSizeBudget(text: string): SizeBudget | null {
  const t = text.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) {
    const value = Number(pct[1]);
    return Number.isFinite(value) ? { kind: 'percent', value, text: t } : null;
  }
  const amount = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(t);
  if (!amount) return null;
  const unit = UNITS[amount[2].toLowerCase()];
  if (unit === undefined) return null;
  const value = Math.round(Number(amount[1]) * unit);
  return Number.isSafeInteger(value) ? { kind: 'bytes', value, text: t } : null;
}
