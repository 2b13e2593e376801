/**
 * The syntax of the `output` input: a path with {placeholders}. Owned by
 * inputs so the parser can reject a bad template before anything is exported;
 * build/naming.ts fills it in for each package and target.
 */
export class OutputTemplateError extends Error {}

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

/** Throws OutputTemplateError when `template` has a placeholder that does not exist. */
export function checkOutputPlaceholders(template: string): void {
  const none = Object.fromEntries(OUTPUT_PLACEHOLDERS.map(p => [p, ''])) as Record<
    OutputPlaceholder,
    string
  >;
  expandOutputTemplate(template, none);
}
