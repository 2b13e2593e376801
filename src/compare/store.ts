/**
 * Baselines in the GitHub cache service: one small entry per target (a JSON
 * file of facts, a few KiB) saved by push runs, read by pull requests.
 *
 *   key:     setup-go-cross-v1-report-<runner os>-<target key>-<sha>
 *   restore: the base commit's key exactly, then the newest by the prefix
 *            (the service's ref scoping lets a PR read its base branch's
 *            and the default branch's entries, fork PRs included).
 *
 * The cached path is the same directory in every run (RUNNER_TEMP is), so
 * @actions/cache's version (a hash of the paths) matches across runs.
 */
import * as core from '@actions/core';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { line } from '../log/escape.js';
import * as service from '../cache/service.js';
import { DEFAULT_CACHE_TIMEOUT_MS, withTimeout } from '../cache/restore.js';
import { parseBaseline, type Baseline } from './facts.js';

const PREFIX = 'setup-go-cross-v1-report';
const FILE = 'baseline.json';
/** A baseline is facts, not binaries: anything bigger is not one of ours. */
export const MAX_BASELINE_BYTES = 8 * 1024 * 1024;

/** The key prefix of a target's baselines: `…-report-<os>-<target key>-` (pruning keeps the newest per ref). */
export function baselinePrefix(runnerOs: string, targetKey: string): string {
  return `${PREFIX}-${runnerOs}-${targetKey}-`;
}

export function baselineKey(runnerOs: string, targetKey: string, sha: string): string {
  return `${baselinePrefix(runnerOs, targetKey)}${sha}`;
}

/** The one directory a target's baseline is saved from and restored to. */
export function baselineDir(root: string, targetKey: string): string {
  return path.join(root, 'baseline', targetKey);
}

export type Restored =
  | { kind: 'found'; baseline: Baseline; matchedKey: string; exact: boolean }
  | { kind: 'none'; why: string }
  | { kind: 'corrupt'; matchedKey: string; why: string };

/**
 * Restores the newest baseline of a target readable from this run: the
 * base commit's first. Never throws: a service fault is `none` with why
 * (the caller says it in one line), a bad entry is `corrupt`.
 */
export async function restoreBaseline(o: {
  root: string;
  runnerOs: string;
  targetKey: string;
  baseSha?: string;
  timeoutMs?: number;
}): Promise<Restored> {
  if (!service.isFeatureAvailable()) return { kind: 'none', why: 'no cache service in this job' };
  const dir = baselineDir(o.root, o.targetKey);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const prefix = baselinePrefix(o.runnerOs, o.targetKey);
  const key = o.baseSha ? baselineKey(o.runnerOs, o.targetKey, o.baseSha) : prefix;
  const timeoutMs = o.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  let matchedKey: string | undefined;
  try {
    const restore = (primary: string, restoreKeys: string[]) =>
      withTimeout(
        service.restoreCache([dir], primary, restoreKeys, {
          timeoutInMs: timeoutMs,
          segmentTimeoutInMs: timeoutMs
        }),
        timeoutMs,
        'baseline restore'
      );
    // The base commit's own entry first, alone: the service searches each scope (the PR's own
    // ref first) with every key, so a prefix in the same call could pick a newer entry of the
    // PR's scope over the base commit's in the base branch's.
    matchedKey = await restore(key, []);
    if (!matchedKey && o.baseSha) matchedKey = await restore(prefix, [prefix]);
  } catch (e) {
    return { kind: 'none', why: `the cache service failed: ${(e as Error).message}` };
  }
  if (!matchedKey) return { kind: 'none', why: 'no baseline saved by a push run yet' };
  try {
    const file = path.join(dir, FILE);
    const st = await stat(file);
    if (st.size > MAX_BASELINE_BYTES)
      throw new Error(`${st.size} bytes, more than a baseline can be`);
    const baseline = parseBaseline(await readFile(file, 'utf8'));
    return { kind: 'found', baseline, matchedKey, exact: matchedKey === key };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      kind: 'corrupt',
      matchedKey,
      why: err.code === 'ENOENT' ? `no ${FILE} in it` : err.message
    };
  } finally {
    // What is saved later is this run's own baseline, never the restored one.
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes this run's baseline of a target where the post step saves it from. */
export async function writeBaseline(root: string, targetKey: string, b: Baseline): Promise<string> {
  const dir = baselineDir(root, targetKey);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, FILE), `${JSON.stringify(b)}\n`);
  return dir;
}

/** Reads back a baseline this run wrote (the post step adds its own files to it). */
export async function readOwnBaseline(dir: string): Promise<Baseline | undefined> {
  try {
    return parseBaseline(await readFile(path.join(dir, FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/** What the post step saves: one entry per target. */
export interface BaselineSave {
  dir: string;
  key: string;
  /** For pruning: the entries of this prefix on this ref older than `key` are superseded. */
  prefix: string;
}

/**
 * Saves each target's baseline. One line per entry; a conflict (another job
 * saved the key: a re-run of the same commit) is info, a fault a warning.
 * Returns the keys saved (pruning's hook: keep the newest per ref).
 */
export async function saveBaselines(
  saves: BaselineSave[],
  timeoutMs = DEFAULT_CACHE_TIMEOUT_MS
): Promise<string[]> {
  if (!saves.length) return [];
  if (!service.isFeatureAvailable()) {
    core.info('baseline: no cache service in this job; not saved');
    return [];
  }
  const saved: string[] = [];
  for (const s of saves) {
    try {
      const id = await withTimeout(service.saveCache([s.dir], s.key), timeoutMs, 'baseline save');
      if (id === -1) {
        core.info(
          line`baseline: not saved under ${s.key} (the cache service refused it; see above)`
        );
        continue;
      }
      core.info(line`baseline: saved under ${s.key}`);
      saved.push(s.key);
    } catch (e) {
      const err = e as Error;
      if (
        err instanceof service.ReserveCacheError ||
        /already exists|another job/i.test(err.message)
      ) {
        core.info(
          line`baseline: ${s.key} was saved already (a re-run of this commit?); nothing to do`
        );
        continue;
      }
      core.warning(line`baseline: saving ${s.key} failed, the job is unaffected: ${err.message}`);
    }
  }
  return saved;
}
