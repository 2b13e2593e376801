/**
 * The runner's two command channels, parsed the way actions/runner does:
 *
 * - file commands: GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE hold `KEY=value`
 *   lines and the heredoc form `KEY<<DELIM` ... `DELIM` (what @actions/core
 *   writes); GITHUB_PATH holds one directory per line.
 * - workflow commands on stdout/stderr: `::name key=value,key=value::data`,
 *   with data unescaping %0D %0A %25 and property unescaping additionally
 *   %3A %2C, in the runner's replacement order.
 */

/**
 * @typedef {import('./index.d.mts').Annotation} Annotation
 * @typedef {import('./index.d.mts').WorkflowCommand} WorkflowCommand
 */

/**
 * Parses a GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE file.
 * Mirrors the runner: the first of `=` and `<<` decides the form; a heredoc
 * without its closing delimiter, or an empty key, is an error that fails the
 * step.
 * @param {string} text
 * @param {string} [fileLabel]
 * @returns {{ values: Record<string, string>, errors: string[] }}
 */
export function parseKeyValueFile(text, fileLabel = 'file') {
  /** @type {Record<string, string>} */
  const values = {};
  const errors = [];
  const lines = text.split(/\r\n|\n|\r/);
  // A final newline leaves one empty string that is not a line.
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      const key = line.slice(0, eq);
      if (key === '') errors.push(`${fileLabel}: invalid format ${JSON.stringify(line)}`);
      else values[key] = line.slice(eq + 1);
    } else if (hd >= 0) {
      const key = line.slice(0, hd);
      const delimiter = line.slice(hd + 2);
      if (key === '' || delimiter === '') {
        errors.push(`${fileLabel}: invalid format ${JSON.stringify(line)}`);
        continue;
      }
      const body = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        body.push(lines[i]);
      }
      if (!closed) {
        errors.push(`${fileLabel}: matching delimiter not found ${JSON.stringify(delimiter)}`);
        break;
      }
      values[key] = body.join('\n');
    } else {
      errors.push(`${fileLabel}: invalid format ${JSON.stringify(line)}`);
    }
  }
  return { values, errors };
}

/**
 * GITHUB_PATH: each non-empty line is a directory, in the order written.
 * @param {string} text
 */
export function parsePathFile(text) {
  return text.split(/\r\n|\n|\r/).filter(line => line !== '');
}

const DATA_ESCAPES = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25']
];
const PROPERTY_ESCAPES = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25']
];

/** @param {string} s */
export function unescapeData(s) {
  for (const [token, replacement] of DATA_ESCAPES) s = s.split(replacement).join(token);
  return s;
}

/** @param {string} s */
export function unescapeProperty(s) {
  for (const [token, replacement] of PROPERTY_ESCAPES) s = s.split(replacement).join(token);
  return s;
}

/**
 * The inverse, as @actions/core escapes (for tests that build command lines).
 * @param {string} s
 */
export function escapeData(s) {
  return String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @param {string} s */
export function escapeProperty(s) {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Parses one output line as a workflow command, or returns null.
 * @param {string} line
 * @returns {WorkflowCommand | null}
 */
export function parseCommandLine(line) {
  const message = line.trimStart();
  if (!message.startsWith('::')) return null;
  const end = message.indexOf('::', 2);
  if (end < 0) return null;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (command === '') return null;
  /** @type {Record<string, string>} */
  const properties = {};
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** @param {string | undefined} v */
const toInt = v => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * An annotation from an ::error / ::warning / ::notice command.
 * @param {WorkflowCommand} cmd
 * @returns {Annotation}
 */
export function annotationFrom({ command, properties, data }) {
  return {
    level: /** @type {Annotation['level']} */ (command),
    message: data,
    file: properties.file,
    line: toInt(properties.line),
    col: toInt(properties.col),
    endLine: toInt(properties.endLine),
    endColumn: toInt(properties.endColumn),
    title: properties.title,
    source: 'command'
  };
}

/**
 * Problem matchers registered with ::add-matcher:: (a JSON file of
 * {problemMatcher: [{owner, severity?, pattern: [{regexp, file, line, column,
 * severity, message, code, loop}]}]}). Applied to every later output line,
 * like the runner. Multi-line patterns match consecutive lines; `loop` on the
 * last pattern keeps matching it.
 */
/**
 * @typedef {typeof FIELDS[number]} Field
 * @typedef {{ regexp: string; loop?: boolean } & Partial<Record<Field, number>>} PatternConfig
 * @typedef {{ owner?: string; severity?: string; pattern?: PatternConfig[] }} MatcherConfig
 * @typedef {PatternConfig & { re: RegExp }} Pattern
 * @typedef {object} Matcher
 * @property {string} owner
 * @property {string} [severity]
 * @property {Pattern[]} pattern
 * @property {number} pos the pattern the next line must match
 * @property {Partial<Record<Field, string>>} captured
 */

/** The pattern fields that name a capture group. */
const FIELDS = /** @type {const} */ ([
  'file',
  'line',
  'column',
  'severity',
  'message',
  'code',
  'endLine',
  'endColumn'
]);

export class ProblemMatchers {
  constructor() {
    /** @type {Map<string, Matcher>} */
    this.matchers = new Map();
  }

  /** @param {unknown} json a problem matcher file, already parsed */
  add(json) {
    const config = /** @type {{ problemMatcher?: MatcherConfig[] }} */ (json);
    for (const m of config.problemMatcher ?? []) {
      if (!m.owner || !Array.isArray(m.pattern) || m.pattern.length === 0) {
        throw new Error(`problem matcher without owner or pattern: ${JSON.stringify(m)}`);
      }
      const pattern = m.pattern.map((/** @type {PatternConfig} */ p) => ({
        ...p,
        re: new RegExp(p.regexp)
      }));
      this.matchers.set(m.owner, {
        owner: m.owner,
        severity: m.severity,
        pattern,
        pos: 0,
        captured: {}
      });
    }
  }

  /** @param {string} owner */
  remove(owner) {
    this.matchers.delete(owner);
  }

  owners() {
    return [...this.matchers.keys()];
  }

  /**
   * @param {string} line
   * @returns {Annotation[]} annotations produced by this line
   */
  match(line) {
    /** @type {Annotation[]} */
    const out = [];
    for (const m of this.matchers.values()) {
      const annotation = this.#step(m, line);
      if (annotation) out.push(annotation);
    }
    return out;
  }

  /**
   * @param {Matcher} m
   * @param {string} line
   * @returns {Annotation | null}
   */
  #step(m, line) {
    let p = m.pattern[m.pos];
    let match = p.re.exec(line);
    if (!match && m.pos > 0) {
      // Sequence broken: start over from the first pattern with this line.
      m.pos = 0;
      m.captured = {};
      p = m.pattern[0];
      match = p.re.exec(line);
    }
    if (!match) return null;
    for (const field of FIELDS) {
      const group = p[field];
      if (typeof group === 'number' && match[group] !== undefined) m.captured[field] = match[group];
    }
    if (m.pos < m.pattern.length - 1) {
      m.pos++;
      return null;
    }
    const c = m.captured;
    if (!p.loop) {
      m.pos = 0;
      m.captured = {};
    } else {
      // Keep the earlier patterns' captures for the next looped line.
      m.captured = Object.fromEntries(Object.entries(c).filter(([k]) => !(k in fieldsOf(p))));
    }
    if (!c.message) return null;
    const severity = (c.severity ?? m.severity ?? 'error').toLowerCase();
    return {
      level: severity.startsWith('warn')
        ? 'warning'
        : severity.startsWith('notice')
          ? 'notice'
          : 'error',
      message: c.message,
      file: c.file,
      line: toInt(c.line),
      col: toInt(c.column),
      endLine: toInt(c.endLine),
      endColumn: toInt(c.endColumn),
      title: undefined,
      code: c.code,
      source: `matcher:${m.owner}`
    };
  }
}

/** @param {Pattern} p */
function fieldsOf(p) {
  return Object.fromEntries(FIELDS.filter(f => typeof p[f] === 'number').map(f => [f, true]));
}
