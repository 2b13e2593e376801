import * as core from '@actions/core';
import type { CacheBudget, PruneReport } from './prune.js';
import { budgetLine, budgetMarkdown, cacheMarkdown, cacheRows, logLine } from './report.js';
import type { SaveInput, SaveReport } from './save.js';

/** The cache report: one grouped log block and a "Build cache" job-summary section. */
export async function publishCacheReport(
  input: SaveInput,
  save: SaveReport,
  pruned?: PruneReport
): Promise<void> {
  const rows = cacheRows({ gocache: input.gocache, gomodcache: input.gomodcache, save, pruned });
  core.startGroup('Build cache');
  for (const r of rows) core.info(logLine(r.line));
  core.endGroup();
  await summary(cacheMarkdown(rows));
}

/**
 * The job's cache budget, once per job after every save: one log line, a
 * "Cache budget" table under the Build cache section, and the
 * `cache-usage` output (JSON). The post step sets it, so it is readable as
 * a job output (jobs.<id>.outputs), not by later steps of the same job.
 */
export async function publishCacheBudget(b: CacheBudget): Promise<void> {
  core.info(logLine(budgetLine(b)));
  core.setOutput(
    'cache-usage',
    JSON.stringify({
      saved: b.saved,
      savedBytes: b.savedBytes,
      deleted: b.deleted,
      freedBytes: b.freedBytes,
      repositoryBytes: b.repositoryBytes ?? null,
      repositoryEntries: b.repositoryEntries ?? null,
      limitBytes: b.limitBytes
    })
  );
  await summary(budgetMarkdown(b));
}

async function summary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    // No summary file (outside Actions): the log lines say it all.
    core.debug(`cache report: no job summary (${(e as Error).message})`);
  }
}
