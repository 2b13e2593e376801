/**
 * Bench scripts run the real TypeScript verifier: bundle src/verify and the
 * CLI with ncc (as dist/ is built) into .tmp/bench/, rebuilt when a source is newer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} dir
 * @returns {number} the newest mtime below dir
 */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * @param {string} entry
 * @param {string} out
 */
function bundle(entry, out) {
  const file = path.join(REPO, out, 'index.js');
  const src = Math.max(
    newest(path.join(REPO, 'src/verify')),
    newest(path.join(REPO, 'src/cli')),
    newest(path.join(REPO, 'src/targets'))
  );
  if (existsSync(file) && statSync(file).mtimeMs > src) return file;
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--quiet',
      '--transpile-only'
    ],
    { cwd: REPO, stdio: 'inherit' }
  );
  return file;
}

/**
 * The verifier module ({ verifyFile, verifyBytes, ... }) and the path of the bundled CLI.
 * @returns {Promise<{ verifier: typeof import('../src/verify/index.js'); cli: string }>}
 */
export async function loadVerifier() {
  const lib = bundle('src/verify/index.ts', '.tmp/bench/verify');
  const cli = bundle('src/cli/index.ts', '.tmp/bench/cli');
  return { verifier: await import(pathToFileURL(lib).href), cli };
}
