import * as core from '@actions/core';
import { PruneSession, pruneEnv } from '../cache/prune.js';
import { publishCacheBudget, publishCacheReport } from '../cache/publish.js';
import { saveCaches } from '../cache/save.js';
import { debugStack } from '../log/debug.js';
import { line } from '../log/escape.js';
import { loadPostState, type PostState } from './state.js';
import { matchGlobs, verifyAndReport } from './verify-step.js';

/** The post step: verify what later steps built, then save the per-target cache. */
export async function runPost(): Promise<void> {
  const state = loadPostState();
  if (!state) {
    core.info('The main step did not finish; nothing to do.');
    return;
  }
  let failure: string | undefined;
  try {
    if (state.verify) failure = await verifyInPost(state.verify);
  } catch (e) {
    failure = `verify: ${(e as Error).message}`;
    debugStack(e);
  }
  try {
    const caches = state.caches ?? [];
    if (caches.length) {
      // After each committed save, delete what it superseded; the budget once per job.
      const token = core.getInput('token');
      if (token) core.setSecret(token);
      const prune = new PruneSession(pruneEnv(token, process.env));
      for (const cache of caches) {
        const save = await saveCaches(cache);
        await publishCacheReport(cache, save, await prune.afterSave(cache, save));
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
async function verifyInPost(v: NonNullable<PostState['verify']>): Promise<string | undefined> {
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
  if (files.length) {
    core.info(`verify: checking ${files.length} artifact(s) built after the main step`);
    failed = (await verifyAndReport(files, v.plan)).failed;
  }
  if (never.length || failed) {
    return [
      never.length ? line`verify: ${never.map(p => `"${p}"`).join(', ')} matched no file` : '',
      failed ? 'verify: artifacts failed verification' : ''
    ]
      .filter(Boolean)
      .join('; ');
  }
  return undefined;
}
