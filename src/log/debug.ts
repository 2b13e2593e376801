import * as core from '@actions/core';

/** The stack of an internal error, for ACTIONS_STEP_DEBUG runs (core.debug escapes it). */
export function debugStack(e: unknown): void {
  if (e instanceof Error && e.stack) core.debug(e.stack);
}
