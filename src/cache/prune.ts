import * as core from '@actions/core';
import { line } from '../log/escape.js';
import { ApiError, CacheApi, refusedApiUrl, type ApiCache } from './github-api.js';
import { prunePrefix } from './keys.js';
import { DEFAULT_CACHE_TIMEOUT_MS } from './restore.js';
import type { SaveInput, SaveReport } from './save.js';
import { superseded } from './supersede.js';

/**
 * Pruning: once a save is committed, the entries it supersedes (same key
 * prefix up to the target, same ref, older) are dead weight in the
 * repository's 10 GB, since a restore only ever picks the newest. This
 * deletes all but the newest `cache-keep` of them through the REST API.
 *
 * One PruneSession per job: it holds the token, one deadline for all of
 * the job's API calls (cache-timeout), and says each kind of trouble once
 * (one info line for a missing permission, one warning for a fault).
 * Pruning never throws and never fails the job.
 */

export interface Pruned {
  ref: string;
  /** The saved entry's archive bytes as the API lists them. */
  savedBytes?: number;
  /** Entries deleted and the archive bytes they held. */
  deleted: number;
  freedBytes: number;
  /** Entries under the prefix on this ref after pruning (the saved one included). */
  live?: number;
  /** Why nothing was pruned, when nothing was. */
  skipped?: string;
}

export interface PruneReport {
  gocache?: Pruned;
  gomodcache?: Pruned;
}

/** The job's cache budget: the `cache-usage` output and the summary's budget line. */
export interface CacheBudget {
  saved: number;
  savedBytes: number;
  deleted: number;
  freedBytes: number;
  /** As GET /actions/cache/usage reports it (GitHub refreshes it about every 5 minutes). */
  repositoryBytes?: number;
  repositoryEntries?: number;
  /** GitHub's default per-repository budget before eviction. */
  limitBytes: number;
  /** Why older entries were not deleted (the info or warning line, once). */
  note?: string;
}

export const REPOSITORY_LIMIT_BYTES = 10 * 1024 ** 3;

export const PERMISSION_HINT =
  'add `permissions: actions: write` to the job so older cache entries can be deleted (see README, "Cache budget")';

export interface PruneEnv {
  /** The `token` input. */
  token: string;
  apiUrl?: string;
  repository?: string;
  /** GITHUB_REF: the one ref pruning may touch. */
  ref?: string;
}

export function pruneEnv(token: string, env: NodeJS.ProcessEnv): PruneEnv {
  return {
    token,
    apiUrl: env['GITHUB_API_URL'] || undefined,
    repository: env['GITHUB_REPOSITORY'] || undefined,
    ref: env['GITHUB_REF'] || undefined
  };
}

export class PruneSession {
  private api?: CacheApi;
  private deadline?: number;
  /** Set once pruning stopped for this job; the line saying why has been printed. */
  private stopped?: string;
  private used = false;
  private timeoutMs = DEFAULT_CACHE_TIMEOUT_MS;
  private budget: CacheBudget = {
    saved: 0,
    savedBytes: 0,
    deleted: 0,
    freedBytes: 0,
    limitBytes: REPOSITORY_LIMIT_BYTES
  };
  /** Deletes answered 404 with none succeeding: read as a permission answer at the end. */
  private gone = 0;

  constructor(
    private readonly env: PruneEnv,
    private readonly options: { sleep?: (ms: number) => Promise<void> } = {}
  ) {}

  /** Prunes what `input`'s saves superseded; call after every save, saved or not. */
  async afterSave(input: SaveInput, save: SaveReport): Promise<PruneReport> {
    this.used = true;
    this.timeoutMs = input.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
    const report: PruneReport = {};
    for (const part of ['gomodcache', 'gocache'] as const) {
      const savedKey = save[part].savedKey;
      if (!savedKey) continue;
      this.budget.saved++;
      const onDisk = save[part].size?.bytes ?? 0;
      if (input.keep === 0) {
        // cache-keep: all
        this.budget.savedBytes += onDisk;
        report[part] = {
          ref: this.env.ref ?? '',
          deleted: 0,
          freedBytes: 0,
          skipped: 'cache-keep: all'
        };
        continue;
      }
      let pruned: Pruned;
      try {
        pruned = await this.pruneOne(part === 'gocache' ? 'GOCACHE' : 'GOMODCACHE', {
          prefix: prunePrefix(input[part]),
          savedKey,
          keep: input.keep ?? 1,
          timeoutMs: this.timeoutMs
        });
      } catch (e) {
        // Pruning never takes the rest of the post step down with it.
        this.fail(e);
        pruned = { ref: this.env.ref ?? '', deleted: 0, freedBytes: 0, skipped: this.budget.note };
      }
      this.budget.savedBytes += pruned.savedBytes ?? onDisk;
      report[part] = pruned;
    }
    return report;
  }

  /**
   * Prunes what one plain saved entry superseded (a report baseline): the
   * entries of `prefix` on this ref older than `savedKey`; the newest is kept.
   */
  async afterKeyedSave(
    label: string,
    prefix: string,
    savedKey: string,
    timeoutMs = DEFAULT_CACHE_TIMEOUT_MS
  ): Promise<Pruned | undefined> {
    this.used = true;
    this.timeoutMs = timeoutMs;
    this.budget.saved++;
    try {
      const pruned = await this.pruneOne(label, { prefix, savedKey, keep: 1, timeoutMs });
      this.budget.savedBytes += pruned.savedBytes ?? 0;
      if (pruned.deleted)
        core.info(
          line`${label}: ${savedKey} supersedes ${pruned.deleted} older entr${pruned.deleted === 1 ? 'y' : 'ies'} on ${pruned.ref} (deleted)`
        );
      return pruned;
    } catch (e) {
      this.fail(e);
      return undefined;
    }
  }

  /** The job's totals and the repository's usage (one more call, if allowed and in time). */
  async finish(): Promise<CacheBudget> {
    if (this.gone && !this.budget.deleted && !this.stopped)
      this.stop('permission', `every delete answered 404 (${this.gone})`);
    // Reading the usage needs only read access; without a token there is nothing to ask with.
    if (this.used && !this.api && !this.stopped && this.env.token) this.client(this.timeoutMs);
    if (
      this.used &&
      this.api &&
      this.stopped !== 'fault' &&
      this.stopped !== 'rate-limit' &&
      this.left() > 500
    ) {
      try {
        const usage = await this.api.usage();
        this.budget.repositoryBytes = usage.bytes;
        this.budget.repositoryEntries = usage.count;
      } catch (e) {
        core.info(line`Build cache: repository usage unavailable: ${(e as Error).message}`);
      }
    }
    return { ...this.budget };
  }

  private async pruneOne(
    label: string,
    o: { prefix: string; savedKey: string; keep: number; timeoutMs: number }
  ): Promise<Pruned> {
    const ref = this.env.ref ?? '';
    const api = this.client(o.timeoutMs);
    if (!api) return { ref, deleted: 0, freedBytes: 0, skipped: this.budget.note };
    let listed: ApiCache[];
    try {
      listed = await api.list(o.prefix, ref);
    } catch (e) {
      this.fail(e);
      return { ref, deleted: 0, freedBytes: 0, skipped: this.budget.note };
    }
    const plan = superseded(listed, { prefix: o.prefix, ref, savedKey: o.savedKey, keep: o.keep });
    const result: Pruned = {
      ref,
      savedBytes: plan.saved?.sizeInBytes,
      deleted: 0,
      freedBytes: 0,
      live: plan.keep.length + plan.remove.length
    };
    if (!plan.saved) {
      result.skipped = 'the new entry is not listed yet; nothing deleted';
      core.info(line`${label}: ${o.savedKey} is not listed on ${ref} yet; nothing deleted`);
      return result;
    }
    for (const c of plan.remove) {
      try {
        if (await api.delete(c.id)) {
          result.deleted++;
          result.freedBytes += c.sizeInBytes;
          this.budget.deleted++;
          this.budget.freedBytes += c.sizeInBytes;
        } else this.gone++;
        result.live!--;
      } catch (e) {
        this.fail(e);
        result.skipped = this.budget.note;
        break;
      }
    }
    return result;
  }

  /** The API client, or undefined (with the reason said once) when pruning cannot run. */
  private client(timeoutMs: number): CacheApi | undefined {
    if (this.stopped) return undefined;
    if (this.api) return this.api;
    const { token, apiUrl, repository, ref } = this.env;
    if (!token) {
      this.stop('permission', 'no token');
      return undefined;
    }
    if (!apiUrl || !repository || !ref) {
      this.stop('environment', 'GITHUB_API_URL, GITHUB_REPOSITORY or GITHUB_REF is not set');
      return undefined;
    }
    const refused = refusedApiUrl(apiUrl);
    if (refused) {
      this.stop('fault', line`GITHUB_API_URL ${apiUrl} refused: ${refused}`);
      return undefined;
    }
    core.setSecret(token);
    this.deadline = performance.now() + timeoutMs;
    this.api = new CacheApi({
      apiUrl,
      repository,
      token,
      deadline: this.deadline,
      sleep: this.options.sleep
    });
    return this.api;
  }

  private left(): number {
    return this.deadline === undefined ? 0 : this.deadline - performance.now();
  }

  private fail(e: unknown): void {
    if (e instanceof ApiError && e.kind === 'permission') this.stop('permission', e.message);
    else if (e instanceof ApiError && e.kind === 'rate-limit') this.stop('rate-limit', e.message);
    else this.stop('fault', (e as Error).message);
  }

  /** Stops pruning for the job and says why, once: info for permission, warning for trouble. */
  private stop(kind: 'permission' | 'rate-limit' | 'fault' | 'environment', why: string): void {
    if (this.stopped) return;
    this.stopped = kind;
    if (kind === 'permission') {
      this.budget.note = `older entries kept: the token may not delete caches (${why})`;
      core.info(line`Build cache: older entries are kept (${why}); ${PERMISSION_HINT}.`);
    } else if (kind === 'environment') {
      this.budget.note = `older entries kept: ${why}`;
      core.info(line`Build cache: older entries are kept: ${why}`);
    } else {
      this.budget.note = `older entries kept: ${why}`;
      core.warning(
        line`Build cache: pruning older entries stopped, the job is unaffected and the new entry is saved: ${why}`
      );
    }
  }
}
