import * as core from '@actions/core';
import { hashRegularFiles } from './hash-files.js';
import { NO_DEPS } from './keys.js';

/**
 * Hash of the dependency files for the cache keys. A stdlib-only module has
 * no go.sum: that is normal, and gets a fixed marker rather than a failure.
 */
export async function dependencyHash(
  patterns: string[],
  explicit: boolean,
  workspace: string
): Promise<string> {
  const hash = await hashRegularFiles(patterns.join('\n'), workspace);
  if (hash) return hash;
  const message = `cache-dependency-path ${JSON.stringify(patterns.join(', '))} matched no file; the cache keys use "${NO_DEPS}"`;
  if (explicit) core.warning(message);
  else core.info(message);
  return NO_DEPS;
}
