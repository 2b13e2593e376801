/**
 * Runs once per jest run. Expensive shared fixtures (go.dev-style mirror
 * archives, real Go binaries for many targets) are built here into .tmp/ and
 * reused by every test file; each builder skips work whose output is current.
 */
import { buildMirrorFixtures } from './fixtures/mirror.js';
import { buildBinaryFixtures } from './fixtures/binaries.js';

export default async function globalSetup(): Promise<void> {
  await buildMirrorFixtures();
  await buildBinaryFixtures();
}
