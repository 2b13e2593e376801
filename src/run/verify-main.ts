import * as core from '@actions/core';
import { line } from '../log/escape.js';
import type { PostState } from './state.js';
import type { VerifyPlan } from './verify-plan.js';
import type { ReleaseExtras } from './verify-step.js';
import type { VerifiedSet } from './compare-step.js';

/**
 * Verifies in the main step what exists now: the `verify` globs (or what
 * `build` produced). Globs that match nothing yet are left for the post
 * step, which runs after the user's own build steps; the returned state
 * tells it which.
 */
export async function verifyInMain(
  patterns: string[],
  plan: VerifyPlan,
  releaseFiles: string[] = [],
  extras: ReleaseExtras = {}
): Promise<{ failed?: string; state?: PostState['verify']; verified?: VerifiedSet }> {
  if (!patterns.length) return {};
  core.setOutput('report', plan.reportPath);
  const { matchGlobs, verifyAndReport } = await import('./verify-step.js');
  const matches = await matchGlobs(patterns, plan.workspace);
  // checksums.txt and SBOMs sit beside the artifacts: never verified as binaries.
  const files = [...new Set([...matches.values()].flat())].filter(f => !releaseFiles.includes(f));
  const pending = [...matches].filter(([, found]) => !found.length).map(([pattern]) => pattern);
  if (pending.length)
    core.info(
      line`verify: nothing matches ${pending.join(', ')} yet; checked again in the post step, after your build steps`
    );
  const state = {
    plan,
    patterns,
    done: [...files, ...releaseFiles],
    matchedInMain: patterns.filter(p => !pending.includes(p))
  };
  if (!files.length) return { state };
  const { reports, failed, failing, targets } = await verifyAndReport(files, plan, extras);
  // `verified` is what the checks found; fail-on only decides whether the step fails.
  core.setOutput('verified', failing ? 'false' : 'true');
  return {
    state,
    verified: { files, reports, targets },
    failed: failed
      ? `verify: ${failing} of ${reports.length} artifact(s) failed verification (fail-on: ${plan.failOn})`
      : undefined
  };
}
