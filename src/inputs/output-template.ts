import { variantLabel, type Target } from '../targets/parse.js';

/**
 * The syntax of the `output` input: a path with {placeholders}. Owned by
 * inputs so the parser can reject a bad template before anything is exported;
 * build/naming.ts fills it in for each package and target.
 */
export class OutputTemplateError extends Error {}

export const DEFAULT_OUTPUT = 'dist/{name}_{goos}_{goarch}{_variant}{ext}';

export const OUTPUT_PLACEHOLDERS = [
  'name',
  'goos',
  'goarch',
  'variant',
  '_variant',
  'ext'
] as const;

export type OutputPlaceholder = (typeof OUTPUT_PLACEHOLDERS)[number];

/** Replaces each {placeholder}; an unknown one is an OutputTemplateError naming it. */
export function expandOutputTemplate(
  template: string,
  values: Record<OutputPlaceholder, string>
): string {
  return template.replace(/\{(_?[a-z]+)\}/g, (whole, key: string) => {
    if (!(OUTPUT_PLACEHOLDERS as readonly string[]).includes(key)) {
      throw new OutputTemplateError(
        `output "${template}" has an unknown placeholder ${whole}; accepted: {name} {goos} {goarch} {variant} {_variant} {ext}`
      );
    }
    return values[key as OutputPlaceholder];
  });
}

/**
 * Expands an output template. Placeholders: {name} {goos} {goarch}
 * {variant} ({_variant} adds a leading underscore when there is one) {ext}
 * (.exe for windows). A template without {name} is only valid for one package.
 */
export function outputPath(template: string, name: string, target: Target): string {
  const variant = variantLabel(target) ?? '';
  return expandOutputTemplate(template, {
    name,
    goos: target.goos,
    goarch: target.goarch,
    variant,
    _variant: variant ? `_${variant}` : '',
    ext: target.goos === 'windows' ? '.exe' : ''
  });
}

/** Throws OutputTemplateError when `template` has a placeholder that does not exist. */
export function checkOutputPlaceholders(template: string): void {
  const none = Object.fromEntries(OUTPUT_PLACEHOLDERS.map(p => [p, ''])) as Record<
    OutputPlaceholder,
    string
  >;
  expandOutputTemplate(template, none);
}

/**
 * An output template must name a file inside the workspace by a plain
 * relative path: the verify step finds it again by glob (so no glob
 * characters), artifacts are reported workspace-relative (so no absolute
 * path, no `..` escape), and `\` is a separator on Windows only.
 */
export function checkOutputShape(template: string): void {
  const bad = (why: string): OutputTemplateError =>
    new OutputTemplateError(
      `output "${template}" ${why}; accepted: a relative file path inside the workspace with {name} {goos} {goarch} {variant} {_variant} {ext}, e.g. ${DEFAULT_OUTPUT}`
    );
  if (/[*?[\]]/.test(template)) return fail(bad('contains a glob character (* ? [ ])'));
  if (template.includes('\\')) return fail(bad('contains a backslash; use / as the separator'));
  if (template.startsWith('/') || /^[A-Za-z]:/.test(template) || template.startsWith('~'))
    return fail(bad('is absolute'));
  const parts = template.split('/');
  if (['', '.', '..'].includes(parts[parts.length - 1]))
    return fail(bad('names a directory, not a file'));
  let depth = 0;
  for (const part of parts) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return fail(bad('leaves the workspace (..)'));
  }
}

function fail(e: Error): never {
  throw e;
}
