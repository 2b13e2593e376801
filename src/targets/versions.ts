import type { VariantVar } from './table.js';

/**
 * Which variant values each Go version accepts, from each release's
 * src/internal/buildcfg/cfg.go (checked against the installed toolchains
 * 1.19, 1.21-1.27 by __tests__/targets/versions.test.ts):
 *
 *   GOAMD64   v1..v4                                   all (1.18+)
 *   GO386     sse2, softfloat                          all (1.16+)
 *   GOARM     5, 6, 7                                  all
 *             ...,softfloat / ...,hardfloat            1.22+
 *   GOARM64   v8.0..v8.9, v9.0..v9.5 [,lse][,crypto]   1.23+ (unknown before: silently ignored)
 *   GOMIPS(64) hardfloat, softfloat                    all
 *   GOPPC64   power8, power9                           all
 *             power10                                  1.21+ (go1.19 rejects it)
 *   GORISCV64 rva20u64, rva22u64                       1.23+ (unknown before: silently ignored)
 *             rva23u64                                 1.25+
 *
 * Go itself is not a reliable judge: from 1.23 its GOARM64 parse overwrites
 * buildcfg.Error, so `go build` with GOAMD64=v9 or GOARM=8 succeeds and
 * records the bad value (measured on 1.23-1.27), and the go command never
 * checks GO386 (only the compiler does, mid-build). Hence this table.
 */
interface Rule {
  /** First minor (1.N) that accepts these values. */
  since: number;
  pattern: RegExp;
  text: string;
}

const RULES: Record<VariantVar, Rule[]> = {
  GOAMD64: [{ since: 0, pattern: /^v[1-4]$/, text: 'v1, v2, v3, v4' }],
  GO386: [{ since: 0, pattern: /^(sse2|softfloat)$/, text: 'sse2, softfloat' }],
  GOARM: [
    { since: 0, pattern: /^[5-7]$/, text: '5, 6, 7' },
    {
      since: 22,
      pattern: /^[5-7],(softfloat|hardfloat)$/,
      text: '5, 6 or 7 followed by ,softfloat or ,hardfloat'
    }
  ],
  GOARM64: [
    {
      since: 23,
      pattern: /^v(8\.[0-9]|9\.[0-5])(,(lse|crypto))*$/,
      text: 'v8.0 .. v8.9, v9.0 .. v9.5, optionally with ,lse and/or ,crypto'
    }
  ],
  GOMIPS: [{ since: 0, pattern: /^(hardfloat|softfloat)$/, text: 'hardfloat, softfloat' }],
  GOMIPS64: [{ since: 0, pattern: /^(hardfloat|softfloat)$/, text: 'hardfloat, softfloat' }],
  GOPPC64: [
    { since: 0, pattern: /^power[89]$/, text: 'power8, power9' },
    { since: 21, pattern: /^power10$/, text: 'power10' }
  ],
  GORISCV64: [
    { since: 23, pattern: /^rva2[02]u64$/, text: 'rva20u64, rva22u64' },
    { since: 25, pattern: /^rva23u64$/, text: 'rva23u64' }
  ]
};

export type VariantSupport =
  | { ok: true }
  | {
      ok: false;
      /** What this Go version accepts for the variable ('' when it has no such variable). */
      accepted: string;
      /** The first Go minor that accepts the value, when a later one does. */
      since?: number;
    };

/** Does Go 1.<minor> accept name=value? */
export function variantSupport(name: VariantVar, value: string, minor: number): VariantSupport {
  const rules = RULES[name];
  const here = rules.filter(r => r.since <= minor);
  if (here.some(r => r.pattern.test(value))) return { ok: true };
  const later = rules.find(r => r.since > minor && r.pattern.test(value));
  return { ok: false, accepted: here.map(r => r.text).join(', '), since: later?.since };
}

/** The minor of go1.N[.P] / 1.N[.P]; undefined for anything else. */
export function goMinorOf(version: string): number | undefined {
  const m = /^(?:go)?1\.(\d+)/.exec(version);
  return m ? Number(m[1]) : undefined;
}
