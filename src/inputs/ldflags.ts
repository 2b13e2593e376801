import { InputError } from './errors.js';

/**
 * Whitespace JavaScript's \s knows but Go's flag splitting
 * (cmd/internal/quoted) does not: GOFLAGS handling and `go build -ldflags`
 * would read such a value differently, so it is refused rather than
 * normalised in one place and not the other.
 */
const UNICODE_SPACE = /[\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * ldflags must split into flags the same way for us, for GOFLAGS and for
 * Go: quotes balanced (an open quote would swallow the rest of GOFLAGS and
 * break every later `go` command), ASCII spaces only.
 */
export function checkLdflags(value: string): void {
  const space = UNICODE_SPACE.exec(value);
  if (space) {
    const code = space[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const shown = JSON.stringify(value).replace(
      new RegExp(UNICODE_SPACE.source, 'g'),
      c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    );
    throw new InputError(
      `ldflags ${shown} contains the Unicode space U+${code}; accepted: flags separated by ASCII spaces`
    );
  }
  let quote: string | undefined;
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  if (quote) {
    throw new InputError(
      `ldflags ${JSON.stringify(value)} has an unclosed ${quote} quote; accepted: flags with balanced quotes, e.g. -X 'main.version=1.0'`
    );
  }
}
