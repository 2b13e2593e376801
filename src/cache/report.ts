import type { CacheBudget, Pruned, PruneReport } from './prune.js';
import type { Restored } from './restore.js';
import type { Saved, SaveReport } from './save.js';
import type { EntryStats } from './trim.js';

/**
 * The cache report: for each cache, what was restored (key, size, time),
 * how much of it this job used, and what was saved (key or why not, size,
 * time). Pure: lines for a log group and a markdown section for the job
 * summary.
 */
export interface CacheReportInput {
  gocache: Restored;
  gomodcache: Restored;
  save: SaveReport;
  /** What pruning after each save did, when it ran. */
  pruned?: PruneReport;
}

export interface CacheRow {
  cache: 'GOCACHE' | 'GOMODCACHE';
  restored: string;
  restoredSize: string;
  restoreTime: string;
  usage: string;
  saved: string;
  savedSize: string;
  saveTime: string;
  /** The sentence for the log. */
  line: string;
}

export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

export function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`;
}

const stats = (s: EntryStats) => `${s.files} entries, ${size(s.bytes)}`;

function restoredText(r: Restored): string {
  if (r.hit === 'skipped') return 'not cached';
  if (r.matchedKey) return `${r.matchedKey} (${r.hit === 'exact' ? 'exact' : 'older key'})`;
  return r.error ? `miss (${r.error})` : 'miss';
}

function savedText(s: Saved): string {
  return s.savedKey ?? `not saved: ${s.notSaved ?? 'unknown'}`;
}

export function cacheRows(input: CacheReportInput): CacheRow[] {
  const g = input.gocache;
  const gs = input.save.gocache;
  const settled = gs.settled;
  let usage = '';
  let usageLine = '';
  if (settled) {
    const restoredBytes = settled.used.bytes + settled.unused.bytes;
    if (restoredBytes > 0) {
      const pct = Math.round((100 * settled.used.bytes) / restoredBytes);
      usage = `used ${pct}% (${stats(settled.used)}); ${gs.trimmed ? 'trimmed' : 'unused'} ${stats(settled.unused)}; added ${stats(settled.added)}`;
      usageLine = `; this job used ${pct}% of it (${stats(settled.used)}), ${gs.trimmed ? 'trimmed' : 'left'} ${settled.unused.files} unused (${size(settled.unused.bytes)}), added ${settled.added.files} (${size(settled.added.bytes)})`;
    } else {
      usage = `added ${stats(settled.added)}`;
      usageLine = `; this job added ${stats(settled.added)}`;
    }
  }
  const row = (
    cache: CacheRow['cache'],
    r: Restored,
    s: Saved,
    use: string,
    useLine: string,
    p: Pruned | undefined
  ): CacheRow => {
    const restored = restoredText(r);
    const saveLine = s.savedKey
      ? `saved ${s.savedKey}${s.size ? ` (${size(s.size.bytes)})` : ''} in ${seconds(s.ms)}`
      : savedText(s);
    const restoreLine = r.matchedKey
      ? `restored ${r.size ? size(r.size.bytes) : ''} in ${seconds(r.ms)} from ${restored}${useLine}`
      : `${restored}${useLine}`;
    return {
      cache,
      restored,
      restoredSize: r.size ? size(r.size.bytes) : '',
      restoreTime: r.hit === 'skipped' ? '' : seconds(r.ms),
      usage: use,
      saved: savedText(s),
      savedSize: s.savedKey && s.size ? size(s.size.bytes) : '',
      saveTime: s.savedKey ? seconds(s.ms) : '',
      line: `${cache} ${restoreLine.replace(/ {2,}/g, ' ')}; ${saveLine}${p ? `; ${prunedText(p)}` : ''}`
    };
  };
  return [
    row('GOCACHE', g, gs, usage, usageLine, input.pruned?.gocache),
    row('GOMODCACHE', input.gomodcache, input.save.gomodcache, '', '', input.pruned?.gomodcache)
  ];
}

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** What pruning after one save did, for that cache's log line. */
export function prunedText(p: Pruned): string {
  if (p.deleted) {
    return `deleted ${entries(p.deleted)} it superseded on ${p.ref} (${size(p.freedBytes)})`;
  }
  if (p.skipped) return `older entries kept (${p.skipped})`;
  return `nothing superseded on ${p.ref}`;
}

/** The job's budget in one log line. */
export function budgetLine(b: CacheBudget): string {
  const repo =
    b.repositoryBytes === undefined
      ? 'repository usage unknown'
      : `the repository holds ${size(b.repositoryBytes)} in ${entries(b.repositoryEntries ?? 0)}, ${percent(b.repositoryBytes, b.limitBytes)} of ${size(b.limitBytes)}`;
  return (
    `Build cache budget: saved ${entries(b.saved)} (${size(b.savedBytes)}), deleted ${entries(b.deleted)} (${size(b.freedBytes)}); ${repo}` +
    (b.note ? `; ${b.note}` : '')
  );
}

/** The budget paragraph under the Build cache table. */
export function budgetMarkdown(b: CacheBudget): string {
  const rows = [
    `| This job saved | ${entries(b.saved)}, ${size(b.savedBytes)} |`,
    `| This job deleted (superseded, same ref) | ${entries(b.deleted)}, ${size(b.freedBytes)} |`,
    b.repositoryBytes === undefined
      ? `| Repository cache | unknown |`
      : `| Repository cache | ${size(b.repositoryBytes)} in ${entries(b.repositoryEntries ?? 0)}: ${percent(b.repositoryBytes, b.limitBytes)} of ${size(b.limitBytes)} |`
  ];
  return (
    `#### Cache budget\n\n| | |\n|---|---|\n${rows.join('\n')}\n` +
    (b.note ? `\n${cell(b.note)}\n` : '')
  );
}

function percent(part: number, whole: number): string {
  const p = (100 * part) / whole;
  return `${p < 10 ? p.toFixed(1) : Math.round(p)}%`;
}

/** Untrusted text (keys echoed by the service, error messages) in a table cell. */
export function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;');
}

/** A log line: no CR/LF or other control characters, no leading workflow command. */
export function logLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/^::/, ': :');
}

export function cacheMarkdown(rows: CacheRow[]): string {
  const head =
    '| Cache | Restored from | Size | Restore | This job | Saved as | Size | Save |\n' +
    '|---|---|---|---|---|---|---|---|\n';
  const body = rows
    .map(
      r =>
        `| ${r.cache} | ${cell(r.restored)} | ${r.restoredSize} | ${r.restoreTime} | ${cell(r.usage)} | ${cell(r.saved)} | ${r.savedSize} | ${r.saveTime} |`
    )
    .join('\n');
  return `### Build cache\n\n${head}${body}\n`;
}
