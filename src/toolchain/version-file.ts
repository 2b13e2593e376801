import path from 'node:path';
import { leadingGoVersion } from './go-version.js';

export class VersionFileError extends Error {}

/**
 * What a version spec can look like (1.22.12, go1.22, 1.22.x, ^1.21,
 * >=1.21 <1.23, stable): anything else is not echoed back, so pointing
 * go-version-file at /etc/passwd cannot print that file's first line.
 */
const VERSIONISH = /^[\w.^~<>=|*+ -]{1,64}$/;

/**
 * Extracts a go-version spec from a version file's content. Pure.
 * - go.mod / go.work: the `toolchain goX.Y.Z` line wins (it names the exact
 *   compiler the module wants), else the `go` line.
 * - .tool-versions (asdf/mise): the `golang` line.
 * - anything else (.go-version): the first non-comment line.
 */
export function versionFromFile(filePath: string, content: string): string {
  const value = extract(filePath, content);
  // < and > only as comparators (<1.23, >=1.21), never as the start of a tag.
  if (!VERSIONISH.test(value) || /[<>](?!=?\d)/.test(value))
    throw new VersionFileError(
      `go-version-file "${filePath}" is not a Go version file: the version it names (${[...value].length} characters) is not a Go version; accepted: go.mod, go.work, .tool-versions, or a .go-version whose first line is a version such as 1.22.12`
    );
  return value;
}

function extract(filePath: string, content: string): string {
  const base = path.basename(filePath);
  const text = content.replace(/^\uFEFF/, '');
  if (base === 'go.mod' || base === 'go.work' || base.endsWith('.mod') || base.endsWith('.work')) {
    return fromGoMod(filePath, text);
  }
  if (base === '.tool-versions') return fromToolVersions(filePath, text);
  const first = text
    .split(/\r\n|\r|\n/)
    .map(l => l.trim())
    .find(l => l !== '' && !l.startsWith('#'));
  if (!first)
    throw new VersionFileError(
      `go-version-file "${filePath}" is empty; it should hold a Go version such as 1.22.12`
    );
  return first;
}

function fromGoMod(filePath: string, text: string): string {
  let goLine: string | undefined;
  let toolchain: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\/\/.*$/, '').trim();
    const m = /^(go|toolchain)\s+(\S+)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'go') goLine ??= m[2];
    else toolchain ??= m[2];
  }
  // `toolchain default` means "whatever the go line says".
  if (toolchain && toolchain !== 'default') {
    // A toolchain name may carry a suffix (go1.22.3+auto, go1.21.1-custom): keep the version.
    const v = leadingGoVersion(toolchain);
    if (v) return v.text;
  }
  if (goLine) return goLine;
  throw new VersionFileError(`go-version-file "${filePath}" has no "go" or "toolchain" line`);
}

function fromToolVersions(filePath: string, text: string): string {
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const [tool, version] = line.split(/\s+/);
    if (tool === 'golang' && version) return version;
  }
  throw new VersionFileError(`go-version-file "${filePath}" has no "golang" line`);
}
