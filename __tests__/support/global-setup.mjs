/**
 * Runs once per jest run. Expensive shared fixtures (go.dev-style mirror
 * archives, real Go binaries for many targets) are built into .tmp/fixtures by
 * plain scripts (also runnable by hand and by bench/), and reused by every
 * test file; each builder skips work whose output is current.
 */
import { buildMirrorFixtures } from '../../scripts/fixtures/mirror.mjs';
import { buildBinaryFixtures } from '../../scripts/fixtures/binaries.mjs';
import { buildGoProxyFixtures } from '../../scripts/fixtures/goproxy.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';

export default async function globalSetup() {
  await buildMirrorFixtures();
  await buildBinaryFixtures();
  await buildGoProxyFixtures();
  // Once, before the workers start: test files that run the bundles then all find it installed.
  await ensureNode24();
}
