import type { ApiCache } from './github-api.js';

/**
 * Which listed entries a save supersedes. Pure.
 *
 * Only entries on `ref` whose key starts with `prefix` are considered
 * (whatever the server's own filtering did). They are ranked newest first
 * (created_at, then id); the newest `keep` stay, counting the one just
 * saved, and so does the one just saved wherever it ranks (a concurrent
 * run may have saved a newer one: that run deletes ours, we never do). If
 * the saved entry is not listed at all, nothing is deleted: the list may
 * not show it yet, or another job removed it, and either way the ranking
 * cannot count it.
 */
export interface Supersede {
  keep: ApiCache[];
  remove: ApiCache[];
  /** The entry just saved, as listed. */
  saved?: ApiCache;
}

export function superseded(
  listed: ApiCache[],
  o: { prefix: string; ref: string; savedKey: string; keep: number }
): Supersede {
  if (!o.prefix.endsWith('-')) throw new Error(`prune prefix "${o.prefix}" lacks its terminator`);
  const mine = listed
    .filter(c => c.ref === o.ref && c.key.startsWith(o.prefix))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  const saved = mine.find(c => c.key === o.savedKey);
  if (!saved) return { keep: mine, remove: [] };
  const keep = Math.max(1, o.keep);
  const kept = mine.filter((c, i) => i < keep || c.key === o.savedKey);
  return { keep: kept, remove: mine.filter(c => !kept.includes(c)), saved };
}
