import { archInfo, DIST_LIST, isDistPair, type VariantVar } from './table.js';

/** A validated build target: a dist-list pair plus an optional arch variant. */
export interface Target {
  goos: string;
  goarch: string;
  /** The variant variable and its Go value, e.g. GOARM=7, GOAMD64=v3. */
  variant?: { name: VariantVar; value: string };
}

export class TargetError extends Error {}

/**
 * Parses `GOOS/GOARCH[/variant]` (docker-style `linux/arm/v7` or Go-style
 * `linux/arm/7`). Throws TargetError with a one-line message naming the
 * `target` input, the value, and what is accepted.
 */
export function parseTarget(raw: string, inputName = 'target'): Target {
  const value = raw.trim();
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some(p => p === '')) {
    throw new TargetError(
      `${inputName} "${raw}" is not of the form GOOS/GOARCH[/variant] (e.g. linux/arm64, linux/arm/v7, linux/amd64/v3)`
    );
  }
  const [goos, goarch, variantRaw] = parts;
  if (!isDistPair(goos, goarch)) {
    const guess = suggestPair(`${goos}/${goarch}`);
    const hint = guess
      ? `; did you mean ${guess}?`
      : '; run `go tool dist list` for the accepted pairs';
    throw new TargetError(`${inputName} "${raw}" is not a Go target${hint}`);
  }
  if (variantRaw === undefined) return { goos, goarch };
  const arch = archInfo(goarch);
  if (!arch?.variantVar || !arch.variantPattern) {
    throw new TargetError(
      `${inputName} "${raw}": ${goarch} has no variants; use ${goos}/${goarch}`
    );
  }
  const variantValue = normaliseVariant(arch.variantVar, variantRaw);
  if (!arch.variantPattern.test(variantValue)) {
    throw new TargetError(
      `${inputName} "${raw}": "${variantRaw}" is not a valid ${arch.variantVar} for ${goarch}; accepted: ${arch.variantAccepted}`
    );
  }
  return { goos, goarch, variant: { name: arch.variantVar, value: variantValue } };
}

/** GOARM takes a bare digit; docker-style platforms write it `v7`. */
function normaliseVariant(name: VariantVar, raw: string): string {
  if (name === 'GOARM') return raw.replace(/^v(?=[0-9])/, '');
  return raw;
}

/** The variant as users write it in a target: GOARM=7 -> v7; others as Go spells them. */
function variantText(target: Target): string | undefined {
  if (!target.variant) return undefined;
  const { name, value } = target.variant;
  return name === 'GOARM' ? `v${value}` : value;
}

/** The variant as it appears in file names and keys (v7, v3, v6_softfloat). */
export function variantLabel(target: Target): string | undefined {
  return variantText(target)?.replace(/[^A-Za-z0-9.]+/g, '_');
}

/** `linux/arm/v7` style string for logs and outputs. */
export function formatTarget(target: Target): string {
  return [target.goos, target.goarch, variantText(target)].filter(Boolean).join('/');
}

/**
 * The target key names the GOCACHE directory and the cache key:
 * linux_arm64, linux_arm_v7, linux_amd64_v3, plus _cgo when cgo is on.
 */
export function targetKey(target: Target, cgo: boolean): string {
  const parts = [target.goos, target.goarch];
  const label = variantLabel(target);
  if (label) parts.push(label);
  if (cgo) parts.push('cgo');
  return parts.join('_');
}

function suggestPair(wanted: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const pair of DIST_LIST) {
    const d = editDistance(wanted, pair);
    if (d < bestDistance) {
      bestDistance = d;
      best = pair;
    }
  }
  return bestDistance <= 3 ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
