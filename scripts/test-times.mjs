/**
 * Writes __tests__/support/test-times.json (test file -> seconds, slowest
 * first) from a jest run's output, for the sequencer that starts the slowest
 * files first (__tests__/support/sequencer.mjs):
 *
 *   npm test 2>&1 | tee /tmp/test.log; node scripts/test-times.mjs /tmp/test.log
 *
 * Jest prints a file's time only when it is slow (over ~5 s); the others
 * are listed with 1 s. A file missing from the table is new and goes first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TIMES_FILE = path.join(REPO, '__tests__/support/test-times.json');

/**
 * @param {string} log
 * @returns {Record<string, number>}
 */
export function parseJestTimes(log) {
  /** @type {Record<string, number>} */
  const times = {};
  // "PASS integration __tests__/e2e/release.test.ts (371.297 s)", colours stripped.
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  // A file without a time took under jest's slow threshold: 1 s, so it is known and fast.
  for (const m of plain.matchAll(
    /^(?:PASS|FAIL) (?:\S+ )?(__tests__\/\S+\.ts)(?: \(([\d.]+) s\))?$/gm
  )) {
    times[m[1]] = Math.max(times[m[1]] ?? 0, Math.max(1, Math.round(Number(m[2] ?? 1))));
  }
  return Object.fromEntries(Object.entries(times).sort((a, b) => b[1] - a[1]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/test-times.mjs JEST_OUTPUT_FILE');
    process.exit(2);
  }
  const times = parseJestTimes(readFileSync(file, 'utf8'));
  if (!Object.keys(times).length) {
    console.error(`${file}: no "PASS|FAIL <file> (N s)" lines`);
    process.exit(1);
  }
  writeFileSync(TIMES_FILE, `${JSON.stringify(times, null, 2)}\n`);
  console.log(`${TIMES_FILE}: ${Object.keys(times).length} files`);
}
