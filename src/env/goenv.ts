/**
 * The `go env -w` trap: a GOENV file (e.g. ~/.config/go/env) that sets GOOS,
 * GOARCH, CGO_ENABLED or GOFLAGS looks like it controls the build. The
 * exported environment variables win over it, but a user debugging "why is
 * my binary arm64" deserves to be told.
 */
const WATCHED = ['GOOS', 'GOARCH', 'CGO_ENABLED', 'GOFLAGS', 'GOTOOLCHAIN'];

/** Parses a GOENV file: KEY=VALUE lines, as `go env -w` writes them. */
export function parseGoenvFile(content: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of content.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) vars.set(m[1], m[2]);
  }
  return vars;
}

/** One warning per watched variable the file sets, saying which value wins. */
export function goenvConflicts(
  file: string,
  fileVars: Map<string, string>,
  exported: Map<string, string>
): string[] {
  const warnings: string[] = [];
  for (const name of WATCHED) {
    if (!fileVars.has(name)) continue;
    const fromFile = fileVars.get(name);
    const wins = exported.get(name);
    warnings.push(
      wins === undefined
        ? `${file} (go env -w) sets ${name}=${fromFile}; it applies to every go command of this job. Run \`go env -u ${name}\` if that is not intended.`
        : `${file} (go env -w) sets ${name}=${fromFile}, but the exported environment variable ${name}=${wins} wins over it.`
    );
  }
  return warnings;
}
