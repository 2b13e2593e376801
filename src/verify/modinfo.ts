/**
 * Parses Go's modinfo text (runtime/debug.BuildInfo.String format) into the
 * main package path, main module, deps (with `=>` replacements) and build
 * settings, unquoting keys/values the way strconv.Unquote does.
 */

export interface Module {
  path: string;
  version: string;
  sum: string;
  replace?: Module;
}

export interface ModInfo {
  /** Main package path (`path` line). */
  path: string | null;
  main: Module | null;
  deps: Module[];
  /** Build settings in file order; later duplicates win, as in Go's map view. */
  settings: Record<string, string>;
  /** Lines that could not be parsed (kept for diagnostics, never fatal). */
  bad: string[];
}

export function parseModInfo(text: string): ModInfo {
  const info: ModInfo = { path: null, main: null, deps: [], settings: {}, bad: [] };
  let last: Module | null = null;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const kind = tab < 0 ? line : line.slice(0, tab);
    const rest = tab < 0 ? '' : line.slice(tab + 1);
    switch (kind) {
      case 'path':
        info.path = rest;
        last = null;
        break;
      case 'mod':
      case 'dep': {
        const m = moduleLine(rest);
        if (!m) {
          info.bad.push(line);
          last = null;
          break;
        }
        if (kind === 'mod') info.main = m;
        else info.deps.push(m);
        last = m;
        break;
      }
      case '=>': {
        const m = moduleLine(rest);
        if (!m || !last) info.bad.push(line);
        else last.replace = m;
        last = null;
        break;
      }
      case 'build': {
        const kv = buildSetting(rest);
        if (kv) info.settings[kv[0]] = kv[1];
        else info.bad.push(line);
        break;
      }
      default:
        // Unknown line kinds are ignored (forward compatibility), as Go does for blank lines.
        info.bad.push(line);
    }
  }
  return info;
}

/** `path \t version [\t sum]`; a replacement may be a bare directory with no version. */
function moduleLine(rest: string): Module | null {
  const elem = rest.split('\t');
  if (elem.length < 1 || elem.length > 3 || elem[0] === '') return null;
  return { path: elem[0], version: elem[1] ?? '', sum: elem[2] ?? '' };
}

/** `key=value`, where key or value may be Go-quoted (double quotes or backticks). */
export function buildSetting(kv: string): [string, string] | null {
  let key: string;
  let rest: string;
  if (kv.startsWith('"') || kv.startsWith('`')) {
    const prefix = quotedPrefix(kv);
    if (prefix === null) return null;
    const k = unquote(prefix);
    if (k === null) return null;
    key = k;
    rest = kv.slice(prefix.length);
    if (!rest.startsWith('=')) return null;
    rest = rest.slice(1);
  } else {
    const eq = kv.indexOf('=');
    if (eq < 0) return null;
    key = kv.slice(0, eq);
    rest = kv.slice(eq + 1);
  }
  if (key === '') return null;
  if (rest.startsWith('"') || rest.startsWith('`')) {
    const v = unquote(rest);
    if (v === null) return null;
    return [key, v];
  }
  return [key, rest];
}

/** The quoted literal at the start of s (like strconv.QuotedPrefix), or null. */
export function quotedPrefix(s: string): string | null {
  const q = s[0];
  if (q === '`') {
    const end = s.indexOf('`', 1);
    return end < 0 ? null : s.slice(0, end + 1);
  }
  if (q !== '"') return null;
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return s.slice(0, i + 1);
    else if (s[i] === '\n') return null;
  }
  return null;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  '"': 34
};

/**
 * strconv.Unquote for double-quoted and backtick literals. Works on bytes so
 * \x and octal escapes produce raw bytes, then decodes UTF-8. Null if invalid.
 */
export function unquote(s: string): string | null {
  if (s.length < 2) return null;
  if (s[0] === '`') {
    if (s[s.length - 1] !== '`' || s.slice(1, -1).includes('`')) return null;
    return s.slice(1, -1).replace(/\r/g, ''); // Go drops CRs from raw strings.
  }
  if (s[0] !== '"' || s[s.length - 1] !== '"') return null;
  const body = s.slice(1, -1);
  // Most values have no escapes: the text is the value (the byte path below is for \x and octal).
  if (!body.includes('\\')) return body.includes('"') || body.includes('\n') ? null : body;
  const out: number[] = [];
  const pushUtf8 = (str: string) => out.push(...Buffer.from(str, 'utf8'));
  for (let i = 0; i < body.length;) {
    const c = body[i];
    if (c === '"' || c === '\n') return null;
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      pushUtf8(ch);
      i += ch.length;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return null;
    if (e in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if (e === 'x') {
      const h = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) return null;
      out.push(parseInt(h, 16));
      i += 4;
    } else if (e >= '0' && e <= '7') {
      const o = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return null;
      out.push(parseInt(o, 8));
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const h = body.slice(i + 2, i + 2 + n);
      if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) return null;
      const cp = parseInt(h, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null;
      pushUtf8(String.fromCodePoint(cp));
      i += 2 + n;
    } else {
      return null; // \' is only valid in rune literals; anything else is not an escape.
    }
  }
  return Buffer.from(out).toString('utf8');
}
