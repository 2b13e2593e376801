/**
 * Deadlines and byte caps for every network read and every unpack. The
 * defaults suit a real runner; SETUP_GO_CROSS_* variables override them so
 * tests can exercise a stall or a cap in seconds.
 */
export interface Limits {
  /** No body bytes (or no headers) for this long: the transfer stalled; retried like a reset. */
  stallMs: number;
  /** The whole download of the index, every attempt included. */
  indexDeadlineMs: number;
  /** The whole download of an archive, every attempt included. */
  archiveDeadlineMs: number;
  /** The index is JSON of a few MB; anything far larger is not an index. */
  indexMaxBytes: number;
  /** An archive whose index entry gives no usable size is capped here. */
  archiveMaxBytes: number;
  /** Inflated bytes one archive may unpack to (a go1.2x tree is ~250 MB). */
  unpackMaxBytes: number;
  attempts: number;
  /** First backoff between attempts; doubles each retry. */
  backoffMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  stallMs: 30_000,
  indexDeadlineMs: 2 * 60_000,
  archiveDeadlineMs: 10 * 60_000,
  indexMaxBytes: 64 << 20,
  archiveMaxBytes: 1 << 30,
  unpackMaxBytes: 2 ** 31,
  attempts: 4,
  backoffMs: 1000
};

const ENV_NAMES: Record<keyof Limits, string> = {
  stallMs: 'SETUP_GO_CROSS_STALL_MS',
  indexDeadlineMs: 'SETUP_GO_CROSS_INDEX_DEADLINE_MS',
  archiveDeadlineMs: 'SETUP_GO_CROSS_ARCHIVE_DEADLINE_MS',
  indexMaxBytes: 'SETUP_GO_CROSS_INDEX_MAX_BYTES',
  archiveMaxBytes: 'SETUP_GO_CROSS_ARCHIVE_MAX_BYTES',
  unpackMaxBytes: 'SETUP_GO_CROSS_UNPACK_MAX_BYTES',
  attempts: 'SETUP_GO_CROSS_ATTEMPTS',
  backoffMs: 'SETUP_GO_CROSS_BACKOFF_MS'
};

/** The defaults with any valid positive-integer override from env; invalid values are ignored. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as (keyof Limits)[]) {
    const raw = env[ENV_NAMES[key]];
    if (raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0) limits[key] = Number(raw);
  }
  return limits;
}
