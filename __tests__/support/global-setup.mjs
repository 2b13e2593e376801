/**
 * Runs once per jest run. Expensive shared fixtures (go.dev-style mirror
 * archives, real Go binaries for many targets) are built into .tmp/fixtures by
 * plain scripts (also runnable by hand and by bench/), and reused by every
 * test file; each builder skips work whose output is current.
 */
import { buildMirrorFixtures } from '../../scripts/fixtures/mirror.mjs';
import { buildBinaryFixtures } from '../../scripts/fixtures/binaries.mjs';
import { buildGoProxyFixtures } from '../../scripts/fixtures/goproxy.mjs';

export default async function globalSetup() {
  await buildMirrorFixtures();
  await buildBinaryFixtures();
  await buildGoProxyFixtures();
}
