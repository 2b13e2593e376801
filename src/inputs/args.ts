import { InputError } from './errors.js';

/** Splits smoke-run (or test-flags) arguments like a shell would for quotes, without a shell. */
export function splitArgs(text: string, input = 'smoke-run'): string[] {
  const args: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote)
    throw new InputError(
      `${input} ${JSON.stringify(text)} has an unclosed ${quote} quote; accepted: arguments separated by spaces, quoted with ' or "`
    );
  if (inWord) args.push(current);
  return args;
}
