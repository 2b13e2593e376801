import { parseVerifierKey, VerifierKeyError } from './sumdb-key.js';

/**
 * sum.golang.org's verifier key, as cmd/go has it built in
 * (src/cmd/go/internal/modfetch/key.go).
 */
export const SUM_GOLANG_ORG_KEY =
  'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

const KNOWN_SUMDBS: Record<string, string> = { 'sum.golang.org': SUM_GOLANG_ORG_KEY };

/** A checksum database as GOSUMDB names it. */
export interface SumdbConfig {
  /** The verifier key, name+hash+key. */
  key: string;
  /** The database name (host[/path]), e.g. sum.golang.org. */
  name: string;
  /** An explicit URL from `<key> <url>`: used as is, bypassing proxies (as cmd/go does). */
  url?: string;
}

export class SumdbConfigError extends Error {}

/**
 * Parses a value in GOSUMDB's syntax: `sum.golang.org`, `<name>+<hash>+<key>`,
 * either followed by a URL; `sum.golang.google.cn` is Go's alias for
 * sum.golang.org. `off` is refused: the proxy path exists to be verified.
 * The returned url is unchecked (the caller applies its https rule).
 */
export function parseGoSumdb(value: string): SumdbConfig {
  let text = value.trim();
  if (text === 'off')
    throw new SumdbConfigError(
      'is "off", but a toolchain from a module proxy is only installed once a checksum database verified it'
    );
  if (text === 'sum.golang.google.cn') text = 'sum.golang.org https://sum.golang.google.cn';
  const fields = text.split(/\s+/).filter(Boolean);
  if (fields.length === 0 || fields.length > 2)
    throw new SumdbConfigError(
      `"${value}" must be "<name>+<hash>+<key> [<url>]" or sum.golang.org`
    );
  const key = KNOWN_SUMDBS[fields[0]] ?? fields[0];
  let name: string;
  try {
    name = parseVerifierKey(key).name;
  } catch (e) {
    if (e instanceof VerifierKeyError)
      throw new SumdbConfigError(
        `${e.message}; accepted: <name>+<hash>+<key> [<url>] or sum.golang.org`
      );
    throw e;
  }
  // As cmd/go: the name must read as host[/path] (it becomes https://<name>).
  if (!/^[A-Za-z0-9.-]+(?::[0-9]+)?(?:\/[A-Za-z0-9._~-]+)*$/.test(name))
    throw new SumdbConfigError(`"${value}": database name "${name}" must be host[/path]`);
  return { key, name, url: fields[1] };
}
