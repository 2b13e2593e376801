#!/usr/bin/env node
/** Entry of dist/cli/index.js and the package.json `bin`: `setup-go-cross verify ...`. */
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

/*
 * A CLI run is short: most of its cost per extra binary was V8's optimising
 * compiler (TurboFan) compiling the parsers it then used only a few hundred
 * times. Capping the process at the mid tier (Maglev) halves the marginal
 * cost for runs up to thousands of files (bench/verify.mjs prints it).
 * Set before any verifier function gets hot, so it applies to all of them.
 */
setFlagsFromString('--max-opt=2');

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(`${text}\n`);
};
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', err => {
  if ((err as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr),
  env: process.env
}).then(
  code => {
    process.exitCode = code;
  },
  err => {
    process.stderr.write(
      `setup-go-cross: internal error: ${(err as Error)?.message ?? String(err)}\n`
    );
    process.exitCode = 2;
  }
);
