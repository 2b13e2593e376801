/**
 * Starts the slowest test files first, so the two workers finish together
 * instead of one running a long file alone at the end. Jest's default orders
 * by its own timing cache, which a fresh CI machine does not have, and then
 * by file size, which says little about a file that runs the bundles.
 *
 * Order: integration files not in the table (new, so possibly slow) by size,
 * then the table's files slowest first (test-times.json, written by
 * scripts/test-times.mjs from a full run), then unit files by size.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** @typedef {{ path: string; context: { config: { rootDir: string; displayName?: { name: string } } } }} Test */

const TIMES = /** @type {Record<string, number>} */ (
  JSON.parse(readFileSync(new URL('./test-times.json', import.meta.url), 'utf8'))
);

/** @param {string} file */
function size(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export default class SlowestFirst {
  /**
   * @param {Test[]} tests
   * @returns {Test[]}
   */
  sort(tests) {
    /** @param {Test} t */
    const rank = t => {
      const rel = path.relative(t.context.config.rootDir, t.path).split(path.sep).join('/');
      const unit = t.context.config.displayName?.name === 'unit';
      const seconds = TIMES[rel];
      if (unit) return [0, size(t.path)];
      return seconds === undefined ? [2, size(t.path)] : [1, seconds];
    };
    const ranked = tests.map(t => ({ t, r: rank(t) }));
    ranked.sort((a, b) => b.r[0] - a.r[0] || b.r[1] - a.r[1]);
    return ranked.map(x => x.t);
  }

  /** Nothing kept between runs: the committed table is the order on every machine. */
  cacheResults() {}
}
