/** WWW-Authenticate challenges (RFC 7235, as registries send them). Pure. */

export interface Challenge {
  /** Lower case: bearer, basic, or another scheme (refused). */
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(
    /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g
  ))
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  return { scheme: m[1].toLowerCase(), params };
}

/** The token endpoint URL for a Bearer challenge and the scopes wanted. */
export function tokenUrl(challenge: Challenge, scopes: string[]): string {
  const url = new URL(challenge.params['realm']);
  if (challenge.params['service']) url.searchParams.set('service', challenge.params['service']);
  for (const s of scopes) url.searchParams.append('scope', s);
  return url.toString();
}
