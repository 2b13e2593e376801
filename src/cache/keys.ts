/**
 * Cache keys. GOCACHE is per target: a shared key lets the first matrix job
 * to save win, and every other target restores objects it cannot use. It
 * also gets a new entry per run (the run id and attempt end the key), so the
 * cache follows the code instead of freezing at its first save; restore keys
 * pick the newest entry of the same dependencies, then of the same target.
 * GOMODCACHE holds sources, which are the same for every target and fixed by
 * the dependency hash: it is keyed by content and saved on a miss only.
 */
const PREFIX = 'setup-go-cross-v1';

export interface KeyContext {
  runnerOs: string;
  runnerArch: string;
  /** Exact version, go1.22.12. */
  goVersion: string;
  /** linux_arm64, linux_arm_v7, linux_amd64_v3_cgo ... */
  targetKey: string;
  /** Hash of the dependency files, or a marker when there are none. */
  depHash: string;
  /** `<run id>-<run attempt>`, see runIdentity. */
  run: string;
}

export interface CacheKeys {
  key: string;
  /** Most specific first; the service answers each prefix with its newest entry. */
  restoreKeys: string[];
}

export function gocacheKeys(c: KeyContext): CacheKeys {
  const targetPrefix = `${PREFIX}-gocache-${c.runnerOs}-${c.runnerArch}-${c.goVersion}-${c.targetKey}-`;
  const depsPrefix = `${targetPrefix}${c.depHash}-`;
  return { key: `${depsPrefix}${c.run}`, restoreKeys: [depsPrefix, targetPrefix] };
}

export function gomodcacheKeys(c: Pick<KeyContext, 'runnerOs' | 'depHash'>): CacheKeys {
  const prefix = `${PREFIX}-gomod-${c.runnerOs}-`;
  return { key: `${prefix}${c.depHash}`, restoreKeys: [prefix] };
}

/**
 * The prefix a save supersedes: the broadest restore key. Every entry under
 * it is one a restore could pick instead of the new one, and a restore only
 * ever picks the newest, so on the same ref the older ones are dead weight
 * (prune.ts). GOCACHE: runner OS, arch, exact Go, target; GOMODCACHE:
 * runner OS. It ends with the '-' after the last part, so go1.22.1- never
 * matches go1.22.12-, nor linux_arm- linux_arm_v7-.
 */
export function prunePrefix(keys: CacheKeys): string {
  const prefix = keys.restoreKeys[keys.restoreKeys.length - 1];
  if (!prefix?.endsWith('-')) throw new Error(`no prune prefix for ${keys.key}`);
  return prefix;
}

/**
 * `<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>`: one entry per run and attempt, so a
 * re-run saves afresh and two jobs of one attempt meet on one key (the second
 * save is a harmless conflict). Outside Actions (or with odd values) a
 * timestamp stands in, so keys still sort newest-last and stay unique.
 */
export function runIdentity(env: NodeJS.ProcessEnv, now: number): string {
  const id = env['GITHUB_RUN_ID'] ?? '';
  const attempt = env['GITHUB_RUN_ATTEMPT'] || '1';
  if (/^\d{1,20}$/.test(id) && /^\d{1,6}$/.test(attempt)) return `${id}-${attempt}`;
  return `t${now}-1`;
}

/**
 * How a GOCACHE restore matched: 'exact' for this target, Go version and
 * dependencies (any run), 'partial' for an older dependency set of the target.
 */
export function gocacheMatch(keys: CacheKeys, matchedKey: string): 'exact' | 'partial' {
  return matchedKey === keys.key || matchedKey.startsWith(keys.restoreKeys[0])
    ? 'exact'
    : 'partial';
}

/** Marker used in keys when no dependency file exists (a stdlib-only module). */
export const NO_DEPS = 'nodeps';
