/**
 * The one escaping layer for untrusted text (build-info strings, file names,
 * smoke-run output, input values, version-file content) on its way to the
 * log, annotations and the job summary. Pure.
 *
 * The runner reads step output line by line, splitting on LF, CRLF and a
 * lone CR, and treats a line starting with `::` (after leading blanks) as a
 * workflow command; the legacy `##[name]` form is recognised anywhere in a
 * line. So untrusted text is made one visible line (controls as \r, \n,
 * \x1b, \u2028 ...) with both command markers broken by a zero-width space.
 * @actions/core escapes annotation data and properties itself; this layer
 * adds the one-line rule there too, so an annotation cannot carry forged
 * lines either. The job summary is HTML (and its markdown context), so cells
 * are additionally HTML-escaped, including quotes and `|`.
 */

const ZWSP = '\u200b';

/** Characters that end or disturb a log line: C0, DEL, C1, and Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;

const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Untrusted text as a harmless fragment of one log line: no line breaks, no
 * terminal escapes, no `::` or `##[` a runner could read as a command.
 */
export function untrusted(text: unknown): string {
  return String(text)
    .replace(CONTROL, visible)
    .replace(/::/g, `:${ZWSP}:`)
    .replace(/##\[/g, `#${ZWSP}#[`);
}

/**
 * A log line built from trusted words and untrusted values: every
 * interpolated value goes through untrusted(). Use as a tag:
 * core.info(line`built ${file}`).
 */
export function line(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += untrusted(v) + strings[i + 1];
  });
  return guardLine(out);
}

/** A whole line (trusted or already escaped) made safe to print: the last line of defence. */
export function guardLine(text: string): string {
  const out = text.replace(CONTROL, visible);
  const start = out.trimStart();
  if (start.startsWith('::')) return out.replace('::', `:${ZWSP}:`).replace(/##\[/g, `#${ZWSP}#[`);
  return out.replace(/##\[/g, `#${ZWSP}#[`);
}

/** Untrusted text inside the job summary's HTML: one line, then entity-escaped. */
export function html(text: unknown): string {
  return untrusted(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\|/g, '&#124;');
}

/** A summary fragment of trusted HTML with untrusted values: every value goes through html(). */
export function htmlLine(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += html(v) + strings[i + 1];
  });
  return out;
}

/** Annotation properties (file, title) are untrusted one-liners too. */
export function annotationProps(props: { file?: string; title?: string }): {
  file?: string;
  title?: string;
} {
  return {
    ...(props.file !== undefined ? { file: untrusted(props.file) } : {}),
    ...(props.title !== undefined ? { title: untrusted(props.title) } : {})
  };
}

/** A short escaped excerpt of untrusted content, for errors that must hint at what was found. */
export function excerpt(text: string, max = 24): string {
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return untrusted(cut);
}
