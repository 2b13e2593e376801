/**
 * The syntax of a Go version, once: go1.22.12, 1.22.12, go1.20 (no .0 before
 * 1.21), go1.22rc1, go1.21beta1. Every place that reads a Go version (inputs,
 * version files, the CLI, build info) uses these; no dependencies, so the
 * CLI bundle stays small.
 */
const BODY = String.raw`(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?`;
const WHOLE = new RegExp(`^(?:go)?${BODY}$`);
const LEADING = new RegExp(`^go${BODY}`);

export interface GoVersion {
  /** The matched version without `go`: `1.22.12`, `1.22rc1`. */
  text: string;
  major: number;
  minor: number;
  patch?: number;
  pre?: 'rc' | 'beta';
  preNum?: number;
}

function parts(m: RegExpExecArray | null, prefix: number): GoVersion | undefined {
  if (!m) return undefined;
  const [whole, major, minor, patch, pre, preNum] = m;
  return {
    text: whole.slice(prefix),
    major: Number(major),
    minor: Number(minor),
    patch: patch === undefined ? undefined : Number(patch),
    pre: pre as GoVersion['pre'],
    preNum: preNum === undefined ? undefined : Number(preNum)
  };
}

/** A whole Go version, with or without `go`; undefined when `text` is not one. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = WHOLE.exec(text);
  return parts(m, m && text.startsWith('go') ? 2 : 0);
}

/**
 * The Go version at the start of a `go`-prefixed string that may go on
 * (`go1.22.3+auto`, `go1.21.1-custom`, `go1.22.12 X:boringcrypto`).
 */
export function leadingGoVersion(text: string): GoVersion | undefined {
  return parts(LEADING.exec(text), 2);
}
