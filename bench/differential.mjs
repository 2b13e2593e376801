#!/usr/bin/env node
/**
 * Compares `verify --json` facts with readelf -h -l -d -S -W, file(1) and
 * `go version -m` on any binaries (e.g. third-party ones the tests never saw):
 *
 *   node bench/differential.mjs FILE...     (default: every fixture binary)
 *
 * Prints each file's differences; exits 1 if there is any.
 */
import { buildBinaryFixtures } from '../scripts/fixtures/binaries.mjs';
import { differences } from '../scripts/fixtures/binaries/reference.mjs';
import { loadVerifier } from './load-verifier.mjs';

const { verifier } = await loadVerifier();
let files = process.argv.slice(2);
if (files.length === 0) {
  const m = await buildBinaryFixtures({ log: () => {} });
  files = [...m.binaries.map(b => b.path), ...m.esbuild.binaries.map(b => b.path)];
}
let bad = 0;
for (const file of files) {
  const r = await verifier.verifyFile(file, {});
  const diffs = await differences(r, file);
  const what = `${r.format ?? '?'} ${r.goos ?? '?'}/${r.goarch ?? '?'} ${r.go?.version ?? 'no build info'}`;
  console.log(`${diffs.length ? 'DIFF' : 'same'}  ${file}  (${what})`);
  for (const d of diffs) console.log(`      ${d}`);
  if (diffs.length) bad++;
}
console.log(`${files.length} file(s), ${bad} with differences`);
process.exit(bad ? 1 : 0);
