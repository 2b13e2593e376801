import * as core from '@actions/core';
import { PruneSession, pruneEnv } from '../cache/prune.js';
import { publishCacheBudget, publishCacheReport } from '../cache/publish.js';
import { saveCaches } from '../cache/save.js';
import { debugStack } from '../log/debug.js';
import { line } from '../log/escape.js';
import { loadPostState, type PostState } from './state.js';
import { matchGlobs, verifyAndReport } from './verify-step.js';
import { compareVerified, type VerifiedSet } from './compare-step.js';

/** The post step: verify what later steps built, then save the per-target cache. */
export async function runPost(): Promise<void> {
  const state = loadPostState();
  if (!state) {
    core.info('The main step did not finish; nothing to do.');
    return;
  }
  let failure: string | undefined;
  let verified: VerifiedSet | undefined;
  try {
    if (state.verify) ({ failure, verified } = await verifyInPost(state.verify));
  } catch (e) {
    failure = `verify: ${(e as Error).message}`;
    debugStack(e);
  }
  let compare = state.compare;
  if (compare && verified) {
    try {
      const result = await compareVerified(verified, compare, false);
      compare = result.state;
      if (result.failed) failure = [failure, result.failed].filter(Boolean).join('; ');
    } catch (e) {
      // A baseline problem never fails a build: one warning.
      core.warning(`compare: ${(e as Error).message}`);
      debugStack(e);
    }
  }
  try {
    const caches = state.caches ?? [];
    const baselines = compare?.saves ?? [];
    if (caches.length || baselines.length) {
      // After each committed save, delete what it superseded; the budget once per job.
      const token = core.getInput('token');
      if (token) core.setSecret(token);
      const prune = new PruneSession(pruneEnv(token, process.env));
      for (const cache of caches) {
        const save = await saveCaches(cache);
        await publishCacheReport(cache, save, await prune.afterSave(cache, save));
      }
      if (compare && baselines.length) {
        const { saveBaselines } = await import('../compare/store.js');
        // A baseline supersedes the older ones of its target on this ref, as GOCACHE does.
        for (const key of await saveBaselines(baselines, compare.options.timeoutMs)) {
          const prefix = baselines.find(b => b.key === key)?.prefix;
          if (prefix)
            await prune.afterKeyedSave('baseline', prefix, key, compare.options.timeoutMs);
        }
      }
      await publishCacheBudget(await prune.finish());
    }
  } catch (e) {
    // A cache problem must never turn a green build red.
    core.warning(`cache save: ${(e as Error).message}`);
    debugStack(e);
  }
  if (failure) core.setFailed(failure);
}

/**
 * The post step promises never to turn a green build red through a fault of
 * its own: an exception that escapes everything (a stray socket error of the
 * cache client, say) becomes a warning, and the exit code stays what the
 * step's own verdict set.
 */
export function containInternalErrors(): void {
  const contain = (e: unknown): void => {
    core.warning(
      line`setup-go-cross post step: internal error, ignored: ${e instanceof Error ? e.message : String(e)}`
    );
    debugStack(e);
    process.exit(process.exitCode ?? 0);
  };
  process.on('uncaughtException', contain);
  process.on('unhandledRejection', contain);
}

/** Verifies files that appeared after main, each once; a glob that never matched is an error. */
async function verifyInPost(
  v: NonNullable<PostState['verify']>
): Promise<{ failure?: string; verified?: VerifiedSet }> {
  const matches = await matchGlobs(v.patterns, v.plan.workspace);
  const done = new Set(v.done);
  const files = [...new Set([...matches.values()].flat())].filter(f => !done.has(f));
  const never = [...matches]
    .filter(([p, found]) => !found.length && !v.matchedInMain.includes(p))
    .map(([p]) => p);
  for (const pattern of never) {
    core.error(
      line`verify "${pattern}" matched no file, in the main step or after the later steps; accepted: globs of built artifacts relative to the workspace`
    );
  }
  let failed = false;
  let verified: VerifiedSet | undefined;
  if (files.length) {
    core.info(`verify: checking ${files.length} artifact(s) built after the main step`);
    const result = await verifyAndReport(files, v.plan);
    failed = result.failed;
    verified = { files, reports: result.reports, targets: result.targets };
  }
  if (never.length || failed) {
    const failure = [
      never.length ? line`verify: ${never.map(p => `"${p}"`).join(', ')} matched no file` : '',
      failed ? 'verify: artifacts failed verification' : ''
    ]
      .filter(Boolean)
      .join('; ');
    return { failure, verified };
  }
  return { verified };
}
