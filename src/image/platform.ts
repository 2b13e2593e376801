/**
 * Go target -> OCI platform (image-spec image-index.md "platform"): os and
 * architecture are Go's GOOS/GOARCH; arm carries v5/v6/v7 from GOARM, arm64
 * carries v8 (what containerd and docker write for it). Pure.
 */
import { formatTarget, type Target } from '../targets/parse.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/**
 * The platform of one target. GOARM is the target's variant when it names one,
 * else what the binary's build info recorded (GOARM=7, GOARM=6,softfloat),
 * else Go's cross-compile default, 7.
 */
export function ociPlatform(target: Target, goarmFromBinary?: string): Platform {
  const p: Platform = { os: target.goos, architecture: target.goarch };
  if (target.goarch === 'arm') {
    const goarm =
      (target.variant?.name === 'GOARM' ? target.variant.value : undefined) ??
      goarmFromBinary ??
      '7';
    p.variant = `v${goarm.split(',')[0]}`;
  } else if (target.goarch === 'arm64') p.variant = 'v8';
  return p;
}

export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** Whether a base image's platform serves a wanted one (arm64 without a variant is v8). */
export function platformMatches(have: Partial<Platform>, want: Platform): boolean {
  if (have.os !== want.os || have.architecture !== want.architecture) return false;
  const norm = (p: Partial<Platform>) =>
    p.variant || (p.architecture === 'arm64' ? 'v8' : p.architecture === 'arm' ? 'v7' : '');
  return norm(have) === norm(want);
}

/** Targets two of which would land on one platform (e.g. linux/amd64 and linux/amd64/v3). */
export function platformClash(targets: Target[]): string | undefined {
  const seen = new Map<string, Target>();
  for (const t of targets) {
    const key = formatPlatform(ociPlatform(t));
    const other = seen.get(key);
    if (other)
      return `targets ${formatTarget(other)} and ${formatTarget(t)} are one image platform (${key}); an index holds one image per platform`;
    seen.set(key, t);
  }
  return undefined;
}
