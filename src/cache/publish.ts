import * as core from '@actions/core';
import { cacheMarkdown, cacheRows, logLine } from './report.js';
import type { SaveInput, SaveReport } from './save.js';

/** The cache report: one grouped log block and a "Build cache" job-summary section. */
export async function publishCacheReport(input: SaveInput, save: SaveReport): Promise<void> {
  const rows = cacheRows({ gocache: input.gocache, gomodcache: input.gomodcache, save });
  core.startGroup('Build cache');
  for (const r of rows) core.info(logLine(r.line));
  core.endGroup();
  try {
    await core.summary.addRaw(cacheMarkdown(rows), true).write();
  } catch (e) {
    // No summary file (outside Actions): the log block above says it all.
    core.debug(`cache report: no job summary (${(e as Error).message})`);
  }
}
