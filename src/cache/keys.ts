/**
 * Cache keys. GOCACHE is per target: a shared key lets the first matrix job
 * to save win, and every other target restores objects it cannot use.
 * GOMODCACHE holds sources, which are the same for every target.
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
}

export interface CacheKeys {
  key: string;
  restoreKeys: string[];
}

export function gocacheKeys(c: KeyContext): CacheKeys {
  const targetPrefix = `${PREFIX}-gocache-${c.runnerOs}-${c.runnerArch}-${c.goVersion}-${c.targetKey}-`;
  return { key: `${targetPrefix}${c.depHash}`, restoreKeys: [targetPrefix] };
}

export function gomodcacheKeys(c: Pick<KeyContext, 'runnerOs' | 'depHash'>): CacheKeys {
  const prefix = `${PREFIX}-gomod-${c.runnerOs}-`;
  return { key: `${prefix}${c.depHash}`, restoreKeys: [prefix] };
}

/** Marker used in keys when no dependency file exists (a stdlib-only module). */
export const NO_DEPS = 'nodeps';
