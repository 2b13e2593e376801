import { leadingGoVersion } from '../toolchain/go-version.js';

/**
 * Reads the Go version string a binary records (runtime.buildVersion, the
 * first string of its build info). Forms, from Go's sources:
 *
 *   go1.23.5                      a release
 *   go1.25.12 X:arenas            GOEXPERIMENT, Go <= 1.25 (cmd/link: version + " X:" + list)
 *   go1.27.4-X:arenas             GOEXPERIMENT, Go >= 1.26 when the version has no "-"
 *                                 (cmd/link/internal/ld/main.go, go.dev/issue/75953)
 *   devel go1.27-1a2b3c4d Tue ...  a toolchain built from a Git checkout (a "-" inside,
 *                                 so an experiment still follows a space)
 *   go1.22.1+auto                 a GOTOOLCHAIN-style suffix (cmd/go toolchain select:
 *                                 only +auto and +path exist)
 *
 * The experiment list is buildcfg.Experiment.String(): comma-separated,
 * disabled defaults prefixed "no" (noregabi).
 */

export interface BuildVersion {
  /** As recorded. */
  raw: string;
  /** The release, go1.27.4 / go1.22rc1; undefined for devel and unreadable versions. */
  release?: string;
  /** True for `devel ...` toolchains built from a checkout. */
  devel: boolean;
  /** GOEXPERIMENT values the binary was built with; empty when none. */
  experiments: string[];
}

export function parseBuildVersion(raw: string): BuildVersion {
  let rest = raw.trim();
  let experiments: string[] = [];
  // " X:" first: a devel version or a custom suffix may itself contain "-".
  const x = rest.search(/[ -]X:/);
  if (x >= 0) {
    experiments = rest
      .slice(x + 3)
      .trim()
      .split(',')
      .map(s => s.trim())
      .filter(Boolean);
    rest = rest.slice(0, x).trim();
  }
  if (rest.startsWith('devel')) return { raw, devel: true, experiments };
  const v = leadingGoVersion(rest);
  const release = v ? `go${v.text}` : undefined;
  // The release is only what is followed by nothing, a +suffix, or -suffix/space (vendor builds).
  if (!release || !/^(?:$|[+ -])/.test(rest.slice(release.length)))
    return { raw, release: undefined, devel: false, experiments };
  return { raw, release, devel: false, experiments };
}

/** Minor version (27 for go1.27.4), or null when the version is not a release. */
export function buildMinor(v: BuildVersion): number | null {
  const parsed = v.release ? leadingGoVersion(v.release) : undefined;
  return parsed?.major === 1 ? parsed.minor : null;
}
