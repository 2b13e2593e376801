import semver from 'semver';
import { NODE_ARCH_TO_GOARCH, NODE_PLATFORM_TO_GOOS } from '../targets/host.js';
import type { GoFile, GoRelease } from './index-json.js';
import { goToSemver, type VersionSpec } from './version.js';

/** The host a toolchain archive must run on, named as go.dev names files. */
export interface GoHost {
  os: string;
  arch: string;
}

export function goHost(platform: string, arch: string): GoHost {
  const os = NODE_PLATFORM_TO_GOOS[platform];
  // go.dev names 32-bit ARM archives armv6l.
  const goArch = arch === 'arm' ? 'armv6l' : NODE_ARCH_TO_GOARCH[arch];
  if (!os || !goArch)
    throw new Error(`no Go toolchain is published for this runner (${platform}/${arch})`);
  return { os, arch: goArch };
}

export interface Resolved {
  version: string; // go1.22.12
  file: GoFile;
}

export class ResolveError extends Error {}

/**
 * Picks the one release a spec means, and its archive for the host. Pure.
 * Ranges match stable releases only, the newest first; an exact version may
 * be a pre-release.
 */
export function resolveRelease(
  spec: VersionSpec,
  releases: GoRelease[],
  host: GoHost,
  specText: string
): Resolved {
  const release = pickRelease(spec, releases, specText);
  const file = release.files.find(
    f => f.kind === 'archive' && f.os === host.os && f.arch === host.arch
  );
  if (!file) {
    throw new ResolveError(
      `${release.version} has no archive for ${host.os}-${host.arch} in the Go download index`
    );
  }
  if (!/^[0-9a-f]{64}$/.test(file.sha256)) {
    throw new ResolveError(
      `the Go download index gives no valid SHA-256 for ${file.filename}; refusing to download unverified`
    );
  }
  return { version: release.version, file };
}

function pickRelease(spec: VersionSpec, releases: GoRelease[], specText: string): GoRelease {
  if (spec.kind === 'exact') {
    const hit = releases.find(r => r.version === spec.version);
    if (!hit)
      throw new ResolveError(
        `go-version "${specText}": ${spec.version} is not in the Go download index`
      );
    return hit;
  }
  const stableMinors = newestPerMinor(releases.filter(r => r.stable));
  if (spec.kind === 'alias') {
    const wanted = spec.alias === 'stable' ? stableMinors[0] : stableMinors[1];
    if (!wanted)
      throw new ResolveError(
        `go-version "${specText}": the Go download index lists no ${spec.alias} release`
      );
    return wanted;
  }
  const candidates = releases
    .filter(r => r.stable)
    .map(r => ({ r, v: goToSemver(r.version) }))
    .filter((c): c is { r: GoRelease; v: string } => !!c.v && semver.satisfies(c.v, spec.range))
    .sort((a, b) => semver.rcompare(a.v, b.v));
  if (!candidates.length)
    throw new ResolveError(
      `go-version "${specText}" matches no stable release in the Go download index`
    );
  return candidates[0].r;
}

/** The newest release of each minor, newest minor first. */
function newestPerMinor(releases: GoRelease[]): GoRelease[] {
  const byMinor = new Map<string, { r: GoRelease; v: string }>();
  for (const r of releases) {
    const v = goToSemver(r.version);
    if (!v) continue;
    const minor = `${semver.major(v)}.${semver.minor(v)}`;
    const seen = byMinor.get(minor);
    if (!seen || semver.gt(v, seen.v)) byMinor.set(minor, { r, v });
  }
  return [...byMinor.values()].sort((a, b) => semver.rcompare(a.v, b.v)).map(x => x.r);
}

/**
 * Which already-cached version satisfies a spec (tool cache first, no
 * network). Aliases always need the index: they change over time.
 */
export function resolveLocal(spec: VersionSpec, cached: string[]): string | undefined {
  if (spec.kind === 'alias') return undefined;
  if (spec.kind === 'exact') {
    const want = goToSemver(spec.version);
    return cached.find(v => v === want);
  }
  const matches = cached.filter(
    v => semver.valid(v) && !semver.prerelease(v) && semver.satisfies(v, spec.range)
  );
  return matches.sort(semver.rcompare)[0];
}

/** 1.22.12 -> go1.22.12; 1.20.0 -> go1.20 (Go dropped the .0 before 1.21); 1.22.0-rc.1 -> go1.22rc1. */
export function semverToGo(v: string): string {
  const parsed = semver.parse(v);
  if (!parsed) return `go${v}`;
  const pre = parsed.prerelease.length
    ? `${parsed.prerelease[0]}${parsed.prerelease[1] ?? ''}`
    : '';
  const minorOnly = parsed.patch === 0 && parsed.major === 1 && parsed.minor < 21;
  const core =
    minorOnly || pre
      ? `${parsed.major}.${parsed.minor}`
      : `${parsed.major}.${parsed.minor}.${parsed.patch}`;
  return `go${core}${pre}`;
}

/**
 * Go supports the two newest release lines (go.dev/doc/devel/release): the
 * minors of `stable` and `oldstable`, e.g. ['1.27', '1.26'].
 */
export function supportedMinors(releases: GoRelease[]): string[] {
  return newestPerMinor(releases.filter(r => r.stable))
    .slice(0, 2)
    .map(r => minorOf(r.version))
    .filter((m): m is string => !!m);
}

/** go1.22.12 -> 1.22; undefined when unreadable. */
export function minorOf(version: string): string | undefined {
  const v = goToSemver(version);
  return v ? `${semver.major(v)}.${semver.minor(v)}` : undefined;
}

/** A notice when the resolved release line is no longer supported; undefined when it is. */
export function unsupportedNotice(version: string, releases: GoRelease[]): string | undefined {
  const supported = supportedMinors(releases);
  const minor = minorOf(version);
  if (!minor || !supported.length || supported.includes(minor)) return undefined;
  const newer = supported.some(s => semver.gt(`${s}.0`, `${minor}.0`));
  if (!newer) return undefined; // a pre-release newer than stable
  return `Go ${minor} is no longer supported by the Go team (security fixes go to Go ${supported.join(' and ')} only); consider go-version: ${supported[0]}`;
}
