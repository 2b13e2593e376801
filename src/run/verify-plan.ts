import { ldflagsStrip } from '../env/goflags.js';
import type { FailOn, Inputs } from '../inputs/parse.js';
import type { Target } from '../targets/parse.js';
import type { VerifyOptions } from '../verify/index.js';

/** Everything verification needs; main saves it in state for post. */
export interface VerifyPlan {
  options: VerifyOptions & { target: Target };
  /**
   * A step with several targets: each file is checked against the one it is
   * meant for (verify/match-target.ts); options.target is only the first.
   */
  targets?: Target[];
  smokeArgs?: string[];
  failOn: FailOn;
  workspace: string;
  reportPath: string;
}

/** The plan for one target's artifacts, from the inputs: the same policy in main, post and a release step. */
export function verifyPlanFor(
  inputs: Inputs,
  goVersion: string,
  target: Target,
  workspace: string,
  reportPath: string
): VerifyPlan {
  return {
    options: {
      target,
      goVersion,
      cgo: inputs.cgo,
      stripped: ldflagsStrip(inputs.ldflags).symbols,
      trimpath: inputs.trimpath,
      githubSha: process.env['GITHUB_SHA'] || undefined
    },
    smokeArgs: inputs.smokeRun,
    failOn: inputs.failOn,
    workspace,
    reportPath
  };
}
