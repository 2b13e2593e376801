import semver from 'semver';
import { goToSemver, type VersionSpec } from '../version.js';

/**
 * The GOPROXY protocol for the toolchain module: Go publishes each release
 * for each platform as golang.org/toolchain@v0.0.1-go<ver>.<goos>-<goarch>.
 */
export const TOOLCHAIN_MODULE = 'golang.org/toolchain';

/** go.dev names 32-bit ARM archives armv6l; the module uses GOARCH (arm). */
export function toolchainArch(goDevArch: string): string {
  return goDevArch === 'armv6l' ? 'arm' : goDevArch;
}

/** go1.23.5 on linux/amd64 -> v0.0.1-go1.23.5.linux-amd64 */
export function toolchainModuleVersion(goVersion: string, goos: string, goarch: string): string {
  return `v0.0.1-${goVersion}.${goos}-${toolchainArch(goarch)}`;
}

/** The top folder every file of the module zip lives under. */
export function zipPrefix(moduleVersion: string): string {
  return `${TOOLCHAIN_MODULE}@${moduleVersion}/`;
}

/** Go's module.EscapePath/EscapeVersion: upper-case letters become '!' + lower case. */
export function escapeModule(s: string): string {
  return s.replace(/[A-Z]/g, c => '!' + c.toLowerCase());
}

export function moduleUrl(proxy: string, version: string, ext: 'zip' | 'info' | 'mod'): string {
  return `${proxy}/${escapeModule(TOOLCHAIN_MODULE)}/@v/${escapeModule(version)}.${ext}`;
}

export function listUrl(proxy: string): string {
  return `${proxy}/${escapeModule(TOOLCHAIN_MODULE)}/@v/list`;
}

/**
 * The Go versions `@v/list` offers for one platform, as go1.23.5 (one
 * version per line; other platforms and unreadable lines are skipped).
 */
export function parseToolchainList(list: string, goos: string, goarch: string): string[] {
  const suffix = `.${goos}-${toolchainArch(goarch)}`;
  const out: string[] = [];
  for (const line of list.split('\n')) {
    const v = line.trim();
    if (!v.startsWith('v0.0.1-go') || !v.endsWith(suffix)) continue;
    const go = v.slice('v0.0.1-'.length, v.length - suffix.length);
    if (goToSemver(go)) out.push(go);
  }
  return out;
}

export class ProxyResolveError extends Error {}

/**
 * Picks the Go version a spec means among the proxy's versions: the newest
 * stable match of a range; stable / oldstable are the newest patch of the
 * newest / second-newest minor. Pre-releases only by their exact name.
 */
export function resolveFromList(spec: VersionSpec, versions: string[], specText: string): string {
  const stable = versions
    .map(go => ({ go, v: goToSemver(go)! }))
    .filter(x => !semver.prerelease(x.v))
    .sort((a, b) => semver.rcompare(a.v, b.v));
  if (spec.kind === 'exact') {
    if (!versions.includes(spec.version))
      throw new ProxyResolveError(
        `go-version "${specText}": the module proxy lists no ${spec.version}`
      );
    return spec.version;
  }
  if (spec.kind === 'alias') {
    const minors: string[] = [];
    const newest: string[] = [];
    for (const x of stable) {
      const minor = `${semver.major(x.v)}.${semver.minor(x.v)}`;
      if (!minors.includes(minor)) {
        minors.push(minor);
        newest.push(x.go);
      }
    }
    const hit = newest[spec.alias === 'stable' ? 0 : 1];
    if (!hit)
      throw new ProxyResolveError(
        `go-version "${specText}": the module proxy lists no ${spec.alias} release`
      );
    return hit;
  }
  const hit = stable.find(x => semver.satisfies(x.v, spec.range));
  if (!hit)
    throw new ProxyResolveError(
      `go-version "${specText}" matches no stable release the module proxy lists`
    );
  return hit.go;
}
