import * as core from '@actions/core';
import type { SaveInput } from '../cache/save.js';
import type { VerifyPlan } from './verify-step.js';

/** What main hands to post (through GITHUB_STATE -> STATE_* env). */
export interface PostState {
  /** Exactly what the post step's save needs. */
  cache?: SaveInput;
  /** Several targets: one save per target GOCACHE (GOMODCACHE with the first). */
  caches?: SaveInput[];
  verify?: {
    plan: VerifyPlan;
    patterns: string[];
    /** Files main verified already: post checks each file once. */
    done: string[];
    /** Patterns that matched something in main. */
    matchedInMain: string[];
  };
}

const STATE_KEY = 'setup-go-cross';

export function savePostState(state: PostState): void {
  core.saveState(STATE_KEY, JSON.stringify(state));
}

/** Undefined when main did not get far enough to save state. */
export function loadPostState(): PostState | undefined {
  const raw = core.getState(STATE_KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as PostState;
  } catch {
    return undefined;
  }
}
