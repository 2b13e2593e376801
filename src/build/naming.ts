import { DEFAULT_OUTPUT, OutputTemplateError, outputPath } from '../inputs/output-template.js';

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

export { DEFAULT_OUTPUT, outputPath };

/** Rejects templates that would make several packages overwrite one file. */
export function checkOutputTemplate(template: string, packageCount: number): void {
  if (packageCount > 1 && !template.includes('{name}')) {
    throw new OutputTemplateError(
      `output "${template}" has no {name} placeholder, but build names ${packageCount} packages; each needs its own file`
    );
  }
}

/** What one `go build` gets: a package path, or (`build: main.go`) the files themselves. */
export interface BuildUnit {
  /** The import path go list reports (command-line-arguments for files). */
  importPath: string;
  /** The arguments after the flags: [importPath], or the .go files. */
  args: string[];
  /** The binary's name, as go build would choose it. */
  name: string;
}

/**
 * `go build a.go b.go` names the binary after the first file (a); any
 * package path gets binaryName(). Go treats the arguments as files as soon
 * as they end in .go, so the patterns are either all files or all packages.
 */
export function buildUnits(patterns: string[], mainImportPaths: string[]): BuildUnit[] {
  const files = patterns.filter(p => p.endsWith('.go'));
  if (files.length) {
    const base = files[0].split(/[\\/]/).pop() ?? files[0];
    return [{ importPath: 'command-line-arguments', args: files, name: base.slice(0, -3) }];
  }
  return mainImportPaths.map(p => ({ importPath: p, args: [p], name: binaryName(p) }));
}

/**
 * Two packages that would be written to one file (./a/app and ./b/app are
 * both `app`): the second would silently replace the first. Returns the
 * clashes as [output, import paths]; empty when every output is distinct.
 */
export function outputClashes(
  outputs: Array<{ importPath: string; output: string }>
): Array<[string, string[]]> {
  const byOutput = new Map<string, string[]>();
  for (const o of outputs)
    byOutput.set(o.output, [...(byOutput.get(o.output) ?? []), o.importPath]);
  return [...byOutput].filter(([, paths]) => paths.length > 1);
}
