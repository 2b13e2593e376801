import path from 'node:path';
import { leadingGoVersion } from './go-version.js';

export class VersionFileError extends Error {}

/**
 * Extracts a go-version spec from a version file's content. Pure.
 * - go.mod / go.work: the `toolchain goX.Y.Z` line wins (it names the exact
 *   compiler the module wants), else the `go` line.
 * - .tool-versions (asdf/mise): the `golang` line.
 * - anything else (.go-version): the first non-comment line.
 */
export function versionFromFile(filePath: string, content: string): string {
  const base = path.basename(filePath);
  const text = content.replace(/^\uFEFF/, '');
  if (base === 'go.mod' || base === 'go.work' || base.endsWith('.mod') || base.endsWith('.work')) {
    return fromGoMod(filePath, text);
  }
  if (base === '.tool-versions') return fromToolVersions(filePath, text);
  const first = text
    .split(/\r?\n/)
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
