/**
 * A user step that calls @actions/cache directly (the library the action
 * bundles), for the comparisons the action itself does not do:
 *
 *   node actions-cache.mjs restore STATE KEY [RESTORE_KEY...]   (paths from CACHE_PATHS)
 *   node actions-cache.mjs save STATE KEY
 *
 * `save` runs only when restore did not hit KEY exactly (setup-go's rule) and
 * saves the directories as they are: no trimming. CACHE_PATHS holds the paths
 * separated by newlines, as setup-go passes `go env GOMODCACHE` and
 * `go env GOCACHE`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = await import(path.join(repo, 'node_modules/@actions/cache/lib/cache.js'));

const [op, stateFile, key, ...restoreKeys] = process.argv.slice(2);
const paths = (process.env.CACHE_PATHS ?? '').split('\n').filter(Boolean);
if (!op || !stateFile || !key || !paths.length) {
  console.error(
    'usage: actions-cache.mjs restore|save STATE KEY [RESTORE_KEY...] (CACHE_PATHS set)'
  );
  process.exit(2);
}
if (op === 'restore') {
  const matched = await cache.restoreCache(paths, key, restoreKeys);
  writeFileSync(stateFile, matched ?? '');
  console.log(`actions-cache: restore ${key} -> ${matched ?? '(miss)'}`);
} else if (op === 'save') {
  const matched = readFileSync(stateFile, 'utf8');
  if (matched === key) {
    console.log(`actions-cache: exact hit on ${key}; not saving`);
  } else {
    const id = await cache.saveCache(paths, key);
    console.log(`actions-cache: save ${key} -> ${id}`);
  }
} else {
  console.error(`unknown op ${op}`);
  process.exit(2);
}
// @actions/cache can leave keep-alive sockets open.
process.exit(0);
