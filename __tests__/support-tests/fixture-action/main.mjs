// Writes the env files directly (as @actions/core does) and prints commands.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = process.env;
const delim = 'ghadelimiter_7b1c';
// The runner sets every variable read here; a missing one fails the step, as it should.
/**
 * @param {'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY'} file
 * @param {string} text
 */
const append = (file, text) => appendFileSync(/** @type {string} */ (env[file]), text);

const bin = join(/** @type {string} */ (env.RUNNER_TEMP), 'fixture-bin');
mkdirSync(bin, { recursive: true });
writeFileSync(
  join(bin, 'fixture-tool'),
  '#!/bin/sh\necho "fixture-tool ran with $FIXTURE_SIMPLE"\n',
  {
    mode: 0o755
  }
);

append('GITHUB_ENV', `FIXTURE_SIMPLE=one=two\n`);
append('GITHUB_ENV', `FIXTURE_MULTI<<${delim}\nline 1\n\nline 3 = x\n${delim}\n`);
append('GITHUB_PATH', `${bin}\n`);
append(
  'GITHUB_OUTPUT',
  `banner<<${delim}\nA\nB\n${delim}\nversion=${env['INPUT_GO-VERSION'] ?? ''}\n`
);
append('GITHUB_STATE', `started=yes\ncache-key<<${delim}\nk1\nk2\n${delim}\n`);
append('GITHUB_STEP_SUMMARY', '### Fixture main\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');

console.log(`node ${process.version}`);
console.log(
  `inputs ${JSON.stringify(Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('INPUT_'))))}`
);
console.log(
  `runner ${env.RUNNER_OS}/${env.RUNNER_ARCH} ws=${env.GITHUB_WORKSPACE} cwd=${process.cwd()}`
);
console.log('::add-mask::s3cr3t');
console.log('the secret is s3cr3t');
console.log('::group::Details');
console.log('::error file=src/a%2Cb.go,line=12,col=3,title=Bad%3A thing::first%0Asecond 100%25');
console.log('::warning::plain warning');
console.log('::notice file=main.go::a notice');
console.log('::endgroup::');
console.log('::add-matcher::' + join(import.meta.dirname, 'matcher.json'));
console.error('main.go:3:5: undefined: fmtx');
if (env['INPUT_FAIL-MAIN'] === 'true') {
  console.log('::error::main failed on purpose');
  process.exitCode = 1;
}
