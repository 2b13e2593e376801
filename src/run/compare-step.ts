import * as core from '@actions/core';
import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import type { Target } from '../targets/parse.js';
import type { FileReport } from '../verify/index.js';
import type { CompareItem, CompareOptions } from '../compare/stage.js';
import type { BaselineSave } from '../compare/store.js';

/** What main hands post for the compare stage: its options and the baselines to save. */
export interface CompareState {
  options: Omit<CompareOptions, 'env' | 'setOutputs' | 'token'>;
  saves: BaselineSave[];
}

/** Verified files with the target each was checked against (none: it is none of the step's). */
export interface VerifiedSet {
  files: string[];
  reports: FileReport[];
  targets: (Target | undefined)[];
}

export function compareOptions(
  inputs: Inputs,
  workspace: string,
  tempRoot: string
): CompareState['options'] {
  return {
    workspace,
    root: path.join(tempRoot, 'setup-go-cross'),
    cgo: inputs.cgo,
    failOn: inputs.failOn,
    sizeBudget: inputs.sizeBudget,
    sizeBudgetFail: inputs.sizeBudgetFail,
    prComment: inputs.prComment,
    cache: inputs.cache,
    cacheWrite: inputs.cacheWrite,
    timeoutMs: inputs.cacheTimeoutSeconds * 1000
  };
}

/**
 * The compare stage over what verify checked, in main or post. A file that
 * matched none of the step's targets is left out (it has no baseline).
 */
export async function compareVerified(
  verified: VerifiedSet | undefined,
  state: CompareState,
  setOutputs: boolean
): Promise<{ failed?: string; state: CompareState }> {
  const items: CompareItem[] = [];
  verified?.files.forEach((file, i) => {
    const target = verified.targets[i];
    if (target) items.push({ file, target, report: verified.reports[i] });
  });
  if (!items.length) return { state };
  const { compareStage } = await import('../compare/stage.js');
  // The token is read here, when a comment is asked for, and never kept in post state.
  const token = state.options.prComment ? core.getInput('token') : undefined;
  if (token) core.setSecret(token);
  const result = await compareStage(items, {
    ...state.options,
    env: process.env,
    setOutputs,
    token
  });
  const saves = [
    ...state.saves.filter(s => !result.saves.some(r => r.key === s.key)),
    ...result.saves
  ];
  return { failed: result.failed, state: { ...state, saves } };
}
