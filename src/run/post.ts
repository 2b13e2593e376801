import * as core from '@actions/core';
import { saveCaches } from '../cache/save.js';
import { loadPostState } from './state.js';

/** The post step: save what this job built into the per-target cache. */
export async function runPost(): Promise<void> {
  try {
    const state = loadPostState();
    if (!state) {
      core.info('The main step did not finish; nothing to do.');
      return;
    }
    if (state.cache) await saveCaches(state.cache);
  } catch (e) {
    // A cache problem must never turn a green build red.
    core.warning(`post step: ${(e as Error).message}`);
  }
}
