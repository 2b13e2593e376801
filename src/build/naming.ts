import type { Target } from '../targets/parse.js';
import { variantLabel } from '../targets/parse.js';
import { expandOutputTemplate, OutputTemplateError } from '../inputs/output-template.js';

/**
 * The name `go build` itself gives a main package: the last element of its
 * import path, skipping a major-version suffix (example.com/tool/v2 -> tool).
 */
export function binaryName(importPath: string): string {
  const parts = importPath.split('/').filter(Boolean);
  let name = parts[parts.length - 1] ?? 'main';
  if (/^v[0-9]+$/.test(name) && parts.length > 1) name = parts[parts.length - 2];
  return name;
}

export const DEFAULT_OUTPUT = 'dist/{name}_{goos}_{goarch}{_variant}{ext}';

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

/** Rejects templates that would make several packages overwrite one file. */
export function checkOutputTemplate(template: string, packageCount: number): void {
  if (packageCount > 1 && !template.includes('{name}')) {
    throw new OutputTemplateError(
      `output "${template}" has no {name} placeholder, but build names ${packageCount} packages; each needs its own file`
    );
  }
}
