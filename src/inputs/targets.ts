import { formatTarget, parseTarget, TargetError, type Target } from '../targets/parse.js';
import { isUniversal, UNIVERSAL } from '../targets/universal.js';
import { InputError } from './errors.js';

/**
 * Parses the `target` input: one target, or a list one per line or
 * comma-separated. Each is a Go target or darwin/universal; none twice.
 */
export function parseTargetList(raw: string): Target[] {
  // A comma starts a new target only before GOOS/...: GOARM64 values hold commas (v8.2,lse).
  const items = raw
    .split(/[\r\n]+|,(?=\s*[A-Za-z0-9]+\/)/)
    .map(s => s.trim())
    .filter(s => s !== '' && !s.startsWith('#'));
  if (!items.length) items.push('linux/arm64');
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    let t: Target;
    if (item === 'darwin/universal') t = UNIVERSAL;
    else {
      try {
        t = parseTarget(item);
      } catch (e) {
        if (e instanceof TargetError)
          throw new InputError(
            items.length > 1
              ? `${e.message}; the list may hold Go targets and darwin/universal, one per line or comma-separated`
              : e.message
          );
        throw e;
      }
    }
    const label = formatTarget(t);
    if (seen.has(label))
      throw new InputError(
        `target "${raw.replace(/\s*[\r\n]+\s*/g, ', ')}" names ${label} twice; accepted: each target once`
      );
    seen.add(label);
    targets.push(t);
  }
  return targets;
}

/** Several targets (or a universal binary) run the per-target release step. */
export function isMultiTarget(targets: Target[]): boolean {
  return targets.length > 1 || targets.some(isUniversal);
}

/** With several targets, each must get its own file from the output template. */
export function checkOutputPerTarget(
  template: string,
  targets: Target[],
  expand: (template: string, t: Target) => string
): void {
  const byPath = new Map<string, Target>();
  for (const t of targets) {
    const file = expand(template, t);
    const other = byPath.get(file);
    if (other)
      throw new InputError(
        `output "${template}" names the same file for ${formatTarget(other)} and ${formatTarget(t)}; accepted: a template with {goos} {goarch} {_variant} when target lists several`
      );
    byPath.set(file, t);
  }
}
