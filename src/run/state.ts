import * as core from '@actions/core';
import type { SaveInput } from '../cache/save.js';
import type { VerifyPlan } from './verify-plan.js';

/** What main hands to post (through GITHUB_STATE -> STATE_* env). */
export interface PostState {
  /** Exactly what the post step's saves need: one per target GOCACHE (GOMODCACHE with the first). */
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

/**
 * Undefined when main did not get far enough to save state, or when the
 * state is not what main writes (a warning says what is wrong: post never
 * acts on a value it has not checked).
 */
export function loadPostState(): PostState | undefined {
  const raw = core.getState(STATE_KEY);
  if (!raw) return undefined;
  const problem = postStateProblem(raw);
  if (problem) {
    core.warning(
      `setup-go-cross: the main step's saved state is unusable (${problem}); post does nothing`
    );
    return undefined;
  }
  return JSON.parse(raw) as PostState;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every(x => typeof x === 'string');

/** Why `raw` is not a PostState, or null when it is (the fields post reads are checked). */
export function postStateProblem(raw: string): string | null {
  let state: unknown;
  try {
    state = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  if (!isObject(state)) return 'not an object';
  if (state.caches !== undefined) {
    if (!Array.isArray(state.caches)) return 'caches is not a list';
    for (const [i, c] of state.caches.entries()) {
      const problem = saveInputProblem(c, `caches[${i}]`);
      if (problem) return problem;
    }
  }
  if (state.verify !== undefined) {
    const v = state.verify;
    if (!isObject(v)) return 'verify is not an object';
    for (const name of ['patterns', 'done', 'matchedInMain'] as const)
      if (!isStrings(v[name])) return `verify.${name} is not a list of strings`;
    const plan = v.plan;
    if (!isObject(plan) || !isObject(plan.options)) return 'verify.plan has no options';
    const isTarget = (t: unknown) =>
      isObject(t) && typeof t.goos === 'string' && typeof t.goarch === 'string';
    if (!isTarget(plan.options.target)) return 'verify.plan.options.target is not {goos, goarch}';
    if (
      plan.targets !== undefined &&
      !(Array.isArray(plan.targets) && plan.targets.every(isTarget))
    )
      return 'verify.plan.targets is not a list of {goos, goarch}';
    if (typeof plan.workspace !== 'string' || typeof plan.reportPath !== 'string')
      return 'verify.plan lacks workspace or reportPath';
    if (plan.failOn !== 'error' && plan.failOn !== 'warning' && plan.failOn !== 'never')
      return `verify.plan.failOn ${JSON.stringify(plan.failOn)} is not error, warning or never`;
    if (plan.smokeArgs !== undefined && !isStrings(plan.smokeArgs))
      return 'verify.plan.smokeArgs is not a list of strings';
  }
  return null;
}

/** Why one cache entry of the state is not what the save step reads, or null. */
function saveInputProblem(c: unknown, name: string): string | null {
  if (!isObject(c) || !isObject(c.gocache) || !isObject(c.gomodcache))
    return `${name} is not {gocache, gomodcache}`;
  if (typeof c.restoredAt !== 'number') return `${name}.restoredAt is not a number`;
  for (const part of ['gocache', 'gomodcache'] as const) {
    const e = c[part] as Json;
    if (typeof e.path !== 'string' || typeof e.key !== 'string' || typeof e.hit !== 'string')
      return `${name}.${part} lacks path, key or hit`;
  }
  return null;
}
