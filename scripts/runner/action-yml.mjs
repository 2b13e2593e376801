/**
 * A reader for the YAML subset action.yml files use: nested block mappings
 * whose leaves are scalars — plain, 'single' or "double" quoted (possibly
 * spanning lines), or block scalars (| and >, with -/+ chomping). Every
 * scalar comes back as a string, as the runner hands inputs to the action.
 * Anything else (sequences, flow collections, anchors) throws with the line
 * number instead of being guessed at: a test should never run against a
 * silently misread action.yml.
 */

/**
 * @typedef {import('./index.d.mts').YamlMap} YamlMap
 * @typedef {{ lines: string[]; i: number }} State the lines and the one being read
 */

/**
 * @param {string} text
 * @returns {YamlMap}
 */
export function parseActionYml(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const state = { lines, i: 0 };
  const result = parseMapping(state, 0);
  skipBlank(state);
  if (state.i < lines.length) fail(state, 'unexpected indentation');
  return result;
}

/**
 * @param {State} state
 * @param {string} msg
 * @returns {never}
 */
function fail(state, msg) {
  throw new Error(
    `action.yml line ${state.i + 1}: ${msg}: ${JSON.stringify(state.lines[state.i])}`
  );
}

/** @param {string} line */
const isBlank = line => /^\s*(#.*)?$/.test(line);
/** @param {string} line */
const indentOf = line => /** @type {RegExpExecArray} */ (/^ */.exec(line))[0].length; // always matches

/** @param {State} state */
function skipBlank(state) {
  while (state.i < state.lines.length && isBlank(state.lines[state.i])) state.i++;
}

/**
 * @param {State} state
 * @param {number} indent
 * @returns {YamlMap}
 */
function parseMapping(state, indent) {
  /** @type {YamlMap} */
  const map = {};
  for (;;) {
    skipBlank(state);
    if (state.i >= state.lines.length) return map;
    const line = state.lines[state.i];
    const ind = indentOf(line);
    if (ind < indent) return map;
    if (ind > indent) fail(state, 'unexpected indentation');
    if (/^ *\t/.test(line)) fail(state, 'tab indentation');
    const body = line.slice(ind);
    if (body.startsWith('- ') || body === '-') fail(state, 'sequences are not supported');
    const { key, rest } = splitKey(state, body);
    if (Object.hasOwn(map, key)) fail(state, `duplicate key ${key}`);
    state.i++;
    const value = stripComment(rest).trim();
    if (value === '') {
      skipBlank(state);
      const next = state.lines[state.i];
      map[key] =
        next !== undefined && indentOf(next) > indent ? parseMapping(state, indentOf(next)) : null;
    } else if (/^[|>]/.test(value)) {
      map[key] = parseBlockScalar(state, value, indent);
    } else if (value.startsWith('"') || value.startsWith("'")) {
      map[key] = parseQuoted(state, rest.trim());
    } else if (/^[[{&*!%@`]/.test(value)) {
      state.i--;
      fail(state, 'flow collections, anchors and tags are not supported');
    } else {
      map[key] = parsePlain(state, value, indent);
    }
  }
}

/**
 * @param {State} state
 * @param {string} body
 * @returns {{ key: string; rest: string }}
 */
function splitKey(state, body) {
  let m = /^"((?:[^"\\]|\\.)*)"\s*:(?:\s+|$)(.*)$/.exec(body);
  if (m) return { key: unescapeDouble(m[1]), rest: m[2] };
  m = /^'((?:[^']|'')*)'\s*:(?:\s+|$)(.*)$/.exec(body);
  if (m) return { key: m[1].replace(/''/g, "'"), rest: m[2] };
  m = /^([^\s#'"][^:#]*?)\s*:(?:\s+|$)(.*)$/.exec(body);
  if (m) return { key: m[1], rest: m[2] };
  fail(state, 'expected "key: value"');
}

/** @param {string} s */
function stripComment(s) {
  // A plain scalar's comment starts at " #"; quoted values are handled elsewhere.
  const m = /(^|\s)#/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** Plain scalar; continuation lines more indented than the key fold into one line. */
/**
 * @param {State} state
 * @param {string} first
 * @param {number} indent
 */
function parsePlain(state, first, indent) {
  const parts = [first];
  while (state.i < state.lines.length) {
    const line = state.lines[state.i];
    if (isBlank(line) || indentOf(line) <= indent || /^\s*[^\s#][^:#]*:(\s|$)/.test(line)) break;
    parts.push(stripComment(line).trim());
    state.i++;
  }
  return parts.join(' ');
}

/** 'single' or "double" quoted, possibly over several lines (lines fold to spaces). */
/**
 * @param {State} state
 * @param {string} first
 */
function parseQuoted(state, first) {
  const quote = first[0];
  let text = first.slice(1);
  /** @param {string} s */
  const closes = s => (quote === "'" ? /^(?:[^']|'')*'/.exec(s) : /^(?:[^"\\]|\\.)*"/.exec(s));
  const pieces = [];
  for (;;) {
    const m = closes(text);
    if (m) {
      pieces.push(m[0].slice(0, -1));
      const after = stripComment(text.slice(m[0].length)).trim();
      if (after !== '') {
        state.i--;
        fail(state, 'text after a quoted value');
      }
      break;
    }
    pieces.push(text);
    if (state.i >= state.lines.length) fail(state, 'unterminated quoted value');
    text = state.lines[state.i++].trim();
  }
  // Line folding: a single line break becomes a space, each empty line a newline.
  let joined = pieces.length === 1 ? pieces[0] : pieces[0].trimEnd();
  let newlines = 0;
  for (let k = 1; k < pieces.length; k++) {
    if (pieces[k] === '' && k < pieces.length - 1) {
      newlines++;
      continue;
    }
    joined += (newlines ? '\n'.repeat(newlines) : ' ') + pieces[k];
    newlines = 0;
  }
  return quote === "'" ? joined.replace(/''/g, "'") : unescapeDouble(joined);
}

/** @param {string} s */
function unescapeDouble(s) {
  /** @type {Record<string, string>} */
  const map = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', 0: '\0', ' ': ' ' };
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, /** @type {string} */ e) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (map[e] ?? e)
  );
}

/**
 * @param {State} state
 * @param {string} header
 * @param {number} indent
 */
function parseBlockScalar(state, header, indent) {
  const m = /^([|>])([1-9])?([-+])?([1-9])?\s*(#.*)?$/.exec(header);
  if (!m) {
    state.i--;
    fail(state, 'bad block scalar header');
  }
  const folded = m[1] === '>';
  const chomp = m[3] ?? '';
  const explicit = m[2] ?? m[4];
  const raw = [];
  let blockIndent = explicit ? indent + Number(explicit) : 0;
  while (state.i < state.lines.length) {
    const line = state.lines[state.i];
    if (line.trim() === '') {
      raw.push('');
      state.i++;
      continue;
    }
    const ind = indentOf(line);
    if (!blockIndent) blockIndent = ind;
    if (ind < blockIndent || ind <= indent) break;
    raw.push(line.slice(blockIndent));
    state.i++;
  }
  // Trailing blank lines belong to chomping, not content.
  let trailing = 0;
  while (raw.length && raw[raw.length - 1] === '') {
    raw.pop();
    trailing++;
  }
  let body;
  if (!folded) {
    body = raw.join('\n');
  } else {
    body = '';
    for (let k = 0; k < raw.length; k++) {
      const line = raw[k];
      const prev = raw[k - 1];
      if (k === 0) body = line;
      else if (line === '') body += '\n';
      else if (prev === '' || /^\s/.test(line) || /^\s/.test(prev))
        body += (prev === '' ? '' : '\n') + line;
      else body += ' ' + line;
    }
  }
  if (raw.length === 0) return chomp === '+' ? '\n'.repeat(trailing) : '';
  if (chomp === '-') return body;
  if (chomp === '+') return body + '\n' + '\n'.repeat(trailing);
  return body + '\n';
}
