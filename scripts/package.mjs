/**
 * Bundles each entry point with ncc into dist/<name>/index.js (ESM, as
 * `runs.using: node24` loads it). Output is deterministic so CI can fail on a
 * diff between the committed dist/ and a rebuild.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync } from 'node:fs';

const entries = {
  main: 'src/main.ts',
  post: 'src/post.ts',
  cli: 'src/cli/index.ts'
};

for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) {
    console.log(`skip ${name}: ${entry} does not exist yet`);
    continue;
  }
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet'
    ],
    { stdio: 'inherit' }
  );
  console.log(`bundled ${entry} -> ${out}/index.js`);
}
