/**
 * A Node 24 binary for running the action's bundles the way `runs.using:
 * node24` does, while the machine (and jest) run Node 20.
 *
 * Installed once into .tmp/node24 from the npm registry as the platform
 * package `node-<os>-<arch>` (the binary ships inside the tarball, so no
 * install script has to run: npm 11 may refuse those). Installs go to a
 * private directory first and are renamed into place, so parallel callers
 * (jest workers, `npm run local`) never see half an install.
 *
 * Runnable directly: `node scripts/node24.mjs` prints the binary's path.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NODE24_DIR = join(REPO, '.tmp/node24');

/** npm's network failure codes: only these justify falling back to the current node. */
const OFFLINE =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

function packageName() {
  /** @type {Partial<Record<NodeJS.Platform, string>>} */
  const oses = { linux: 'linux', darwin: 'darwin', win32: 'win' };
  /** @type {Partial<Record<NodeJS.Architecture, string>>} */
  const arches = { x64: 'x64', arm64: 'arm64' };
  const os = oses[process.platform];
  const arch = arches[process.arch];
  if (!os || !arch) throw new Error(`no Node 24 package for ${process.platform}/${process.arch}`);
  return `node-${os}-${arch}`;
}

/** @param {string} dir */
function binaryIn(dir) {
  const pkg = join(dir, 'node_modules', packageName());
  return process.platform === 'win32' ? join(pkg, 'bin', 'node.exe') : join(pkg, 'bin', 'node');
}

/** @param {string} bin */
async function versionOf(bin) {
  const { stdout } = await execFileP(bin, ['--version']);
  return stdout.trim();
}

/** @type {Promise<string> | undefined} */
let pending;

/**
 * Path of a Node 24 binary (installing it on first use).
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>}
 */
export function ensureNode24({ quiet = false } = {}) {
  pending ??= install(quiet).finally(() => (pending = undefined));
  return pending;
}

/**
 * @param {boolean} quiet
 * @returns {Promise<string>}
 */
async function install(quiet) {
  /** @type {(msg: string) => void} */
  const log = quiet ? () => {} : msg => console.log(`[node24] ${msg}`);
  if (process.versions.node.startsWith('24.')) return process.execPath;
  const bin = binaryIn(NODE24_DIR);
  if (existsSync(bin) && (await versionOf(bin)).startsWith('v24.')) return bin;

  const started = Date.now();
  const partial = `${NODE24_DIR}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    await execFileP(
      npm,
      [
        'install',
        '--prefix',
        partial,
        '--no-save',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        `${packageName()}@24`
      ],
      { timeout: 5 * 60_000, maxBuffer: 16 << 20 }
    );
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    const e = /** @type {{ stderr?: string; stdout?: string; message?: string }} */ (err);
    const text = `${e.stderr ?? ''}${e.stdout ?? ''}${e.message}`;
    const offline = OFFLINE.exec(text);
    if (offline) {
      log(
        `npm registry unreachable (${offline[1]}); falling back to ` +
          `node ${process.version} at ${process.execPath}: the bundles run, but not on node24`
      );
      return process.execPath;
    }
    throw new Error(`installing ${packageName()}@24 failed: ${text}`);
  }
  const version = await versionOf(binaryIn(partial));
  if (!version.startsWith('v24.')) throw new Error(`${packageName()}@24 gave node ${version}`);
  // Another process may have finished first, and its node may be running right
  // now: a good install is never removed (removing it made a concurrent test's
  // spawn fail with ENOENT in a fresh-clone CI run), only a broken one.
  if (existsSync(bin) && (await versionOf(bin).catch(() => '')).startsWith('v24.')) {
    await rm(partial, { recursive: true, force: true });
    return bin;
  }
  await rm(NODE24_DIR, { recursive: true, force: true });
  try {
    await rename(partial, NODE24_DIR);
  } catch (err) {
    // Another process won the race; its install is as good as ours.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(bin)) throw err;
  }
  log(`installed node ${version} in ${((Date.now() - started) / 1000).toFixed(1)}s -> ${bin}`);
  return bin;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await ensureNode24());
}
