import semver from 'semver';
import { goToSemver } from '../toolchain/version.js';

export class GoflagsError extends Error {}

export interface GoflagsResult {
  /** The GOFLAGS value to export ('' for none). */
  value: string;
  /** What a user must know, e.g. flags that could not go into GOFLAGS. */
  notices: string[];
}

/** Go 1.21 taught GOFLAGS to read quoted words (cmd/internal/quoted). */
export function goflagsSupportsQuotes(goVersion: string): boolean {
  const v = goToSemver(goVersion);
  return !!v && semver.gte(semver.coerce(v) ?? v, '1.21.0');
}

/**
 * Builds GOFLAGS so every flag is effective on the given Go version.
 *
 * GOFLAGS is split on spaces, and a bare `-w` word after `-ldflags=-s` is
 * silently dropped (it is read as a flag of another go command). So a
 * multi-word -ldflags value is quoted as one word on Go >= 1.21; older Go
 * cannot take quotes, and gets the stripping subset that fits in one word.
 */
export function buildGoflags(opts: {
  goVersion: string;
  trimpath: boolean;
  forceRebuild: boolean;
  ldflags: string;
}): GoflagsResult {
  const words: string[] = [];
  const notices: string[] = [];
  if (opts.trimpath) words.push('-trimpath');
  if (opts.forceRebuild) words.push('-a');

  const ldflags = opts.ldflags.trim().replace(/\s+/g, ' ');
  if (ldflags !== '') {
    if (!/\s/.test(ldflags)) {
      words.push(`-ldflags=${ldflags}`);
    } else if (goflagsSupportsQuotes(opts.goVersion)) {
      words.push(quoteWord(`-ldflags=${ldflags}`));
    } else {
      const fallback = oneWordStripping(ldflags);
      if (fallback) words.push(`-ldflags=${fallback}`);
      notices.push(
        `Go ${opts.goVersion} cannot read a quoted value from GOFLAGS, so -ldflags "${ldflags}" does not fit there. ` +
          (fallback
            ? `Exported -ldflags=${fallback} (on Go < 1.22, -s also drops DWARF). `
            : 'No -ldflags was exported. ') +
          "The action's `build` input passes the full -ldflags on the command line; in your own steps pass -ldflags yourself."
      );
    }
  }
  return { value: words.join(' '), notices };
}

/** The part of -ldflags that fits in one GOFLAGS word on old Go. */
function oneWordStripping(ldflags: string): string | undefined {
  const flags = ldflags.split(' ');
  if (flags.includes('-s')) return '-s';
  if (flags.includes('-w')) return '-w';
  return undefined;
}

/** Quotes one GOFLAGS word; Go's quoting has no escapes, so pick the quote the value lacks. */
function quoteWord(word: string): string {
  if (!word.includes("'")) return `'${word}'`;
  if (!word.includes('"')) return `"${word}"`;
  throw new GoflagsError(
    `ldflags "${word.slice('-ldflags='.length)}" uses both ' and " quotes, which GOFLAGS cannot carry; accepted: flags quoted with one kind of quote`
  );
}

/** True when these ldflags strip the symbol table / DWARF (the verify policy). */
export function ldflagsStrip(ldflags: string): { symbols: boolean; dwarf: boolean } {
  const flags = ldflags.trim().split(/\s+/);
  const s = flags.includes('-s') || flags.includes('-s=true');
  const w = flags.includes('-w') || flags.includes('-w=true');
  return { symbols: s, dwarf: s || w };
}
