/**
 * Every input of action.yml, once: name, the default action.yml states (none
 * when the parser computes it), whether it is a list, and its description.
 * action.yml, the parser (parse.ts), the `Inputs` type and the README table
 * are checked against this list by __tests__/inputs/registry.unit.test.ts, so
 * a new input that is missing from any of them fails a unit test.
 */
import type { Inputs } from './parse.js';

export interface InputSpec {
  name: string;
  /** The `default:` in action.yml; absent when action.yml has none. */
  default?: string;
  /** The README's default cell (markdown) when action.yml has no default: what the parser computes. */
  readmeDefault?: string;
  /**
   * An environment variable read when the input is empty. Such an input must
   * have no action.yml default: the runner would always pass it, and the
   * variable would never be read.
   */
  env?: string;
  required: boolean;
  /** One item per line (newlines allowed). */
  list: boolean;
  description: string;
}

export const INPUTS = [
  {
    name: 'go-version',
    required: false,
    list: false,
    description:
      'Go version: exact (1.22.12), a minor (1.22 or 1.22.x, newest patch), a semver range, stable or oldstable. Required unless go-version-file is set.'
  },
  {
    name: 'go-version-file',
    required: false,
    list: false,
    description:
      'Path to go.mod (toolchain line first, then go line), go.work, .go-version or .tool-versions (golang line).'
  },
  {
    name: 'go-download-base-url',
    readmeDefault: 'env `GO_DOWNLOAD_BASE_URL`, else `https://go.dev/dl`',
    env: 'GO_DOWNLOAD_BASE_URL',
    required: false,
    list: false,
    description:
      'Base URL of a go.dev/dl mirror (index at <base>/?mode=json&include=all). Unset: env GO_DOWNLOAD_BASE_URL, else https://go.dev/dl (no default here, so the env variable can take effect). https only, except loopback hosts.'
  },
  {
    name: 'target',
    default: 'linux/arm64',
    required: false,
    list: true,
    description:
      'GOOS/GOARCH[/variant] to build for, e.g. linux/arm64, linux/arm/v7, linux/amd64/v3, windows/amd64. Must be a pair of `go tool dist list`. With `build`, a list (one per line or comma-separated, darwin/universal allowed) builds, verifies and smoke-runs every target in this step, each with its own cache; GOOS/GOARCH are then not exported.'
  },
  {
    name: 'cgo',
    default: 'false',
    required: false,
    list: false,
    description: 'true sets CGO_ENABLED=1 (and drops the static-binary check).'
  },
  {
    name: 'ldflags',
    default: '-s -w',
    required: false,
    list: false,
    description:
      'Linker flags exported in GOFLAGS and used by `build`. Add -X main.version=... here. `none` for no linker flags.'
  },
  {
    name: 'trimpath',
    default: 'true',
    required: false,
    list: false,
    description: 'Add -trimpath to GOFLAGS.'
  },
  {
    name: 'force-rebuild',
    default: 'false',
    required: false,
    list: false,
    description: 'Add -a to GOFLAGS (rebuilds everything, ignoring the build cache).'
  },
  {
    name: 'cache',
    default: 'true',
    required: false,
    list: false,
    description: 'Restore and save GOCACHE (one per target) and GOMODCACHE with the GitHub cache.'
  },
  {
    name: 'cache-dependency-path',
    readmeDefault: '`go.sum`',
    required: false,
    list: true,
    description:
      'Glob(s) of files hashed into the cache keys, one per line (default go.sum; a module without go.sum is fine).'
  },
  {
    name: 'cache-write',
    default: 'true',
    required: false,
    list: false,
    description:
      "Save the caches after the job. false restores only; set it to the expression github.event_name == 'push' so pull requests read the default branch's cache without adding entries (see README)."
  },
  {
    name: 'cache-timeout',
    default: '300',
    required: false,
    list: false,
    description:
      'Seconds any one cache-service call (a restore or a save) may take before the job goes on without it (1-3600).'
  },
  {
    name: 'cache-keep',
    default: '1',
    required: false,
    list: false,
    description:
      'Entries kept per cache key prefix (runner, Go version, target for GOCACHE; runner for GOMODCACHE) and ref after a save: older ones on the same ref are deleted through the REST API (needs permissions: actions: write). 1-100, or all to delete nothing.'
  },
  {
    name: 'build',
    required: false,
    list: true,
    description:
      'Package pattern(s) to build with the exported environment, one per line (e.g. ./cmd/app).'
  },
  {
    name: 'output',
    readmeDefault: '`dist/{name}_{goos}_{goarch}{_variant}{ext}`',
    required: false,
    list: false,
    description:
      'Output path template for `build` (default dist/<name>_<goos>_<goarch>[_<variant>][.exe]).'
  },
  {
    name: 'verify',
    readmeDefault: 'what `build` produced',
    required: false,
    list: true,
    description:
      'Glob(s) of artifacts to verify, one per line (default: what `build` produced). Files that do not exist yet are verified in the post step.'
  },
  {
    name: 'test',
    required: false,
    list: true,
    description:
      'Package pattern(s) to test (e.g. ./...), one per line: go test -json runs for every target of the step after build and before verification, under the exec wrapper for targets the runner cannot run; failing tests fail the step (fail-on), with a Tests section in the job summary and annotations at the failing lines.'
  },
  {
    name: 'test-flags',
    required: false,
    list: false,
    description:
      'Extra go test flags for `test`, split like a shell without one (e.g. -short -count=1 -timeout 5m). -race, -msan and -asan are refused for a target the runner runs under an emulator.'
  },
  {
    name: 'smoke-run',
    required: false,
    list: false,
    description:
      'Arguments to run each artifact with (e.g. --version), natively or under qemu-user when available.'
  },
  {
    name: 'emulator',
    default: 'auto',
    required: false,
    list: false,
    description:
      'qemu-user for targets this runner cannot run: auto uses it from PATH (and installs qemu-user-static with apt-get when this step runs programs, smoke-run or test, and it is missing), install always ensures it, none writes no exec wrappers. With auto or install, go run / go test / go generate / go tool in later steps run other targets through go_GOOS_GOARCH_exec wrappers.'
  },
  {
    name: 'fail-on',
    default: 'error',
    required: false,
    list: false,
    description: 'Which verification findings fail the step: error, warning or never.'
  },
  {
    name: 'sbom',
    default: 'false',
    required: false,
    list: false,
    description:
      'Write a CycloneDX 1.6 SBOM (<artifact>.cdx.json) beside each built artifact, from its Go build info.'
  },
  {
    name: 'checksums',
    readmeDefault: '`checksums.txt` in the deepest directory holding every artifact',
    required: false,
    list: false,
    description:
      'Where to write the sha256sum file (relative to the workspace), in a directory that holds every artifact. Needs build. setup-go-cross never overwrites a file git tracks or that is not a sha256sum file: name another path here.'
  },
  {
    name: 'reproducible',
    default: 'false',
    required: false,
    list: false,
    description:
      'Rebuild each artifact from a copy of the workspace in a fresh, empty GOCACHE and compare SHA-256; a difference fails verification, naming the first differing section. Costs one cold build. Needs build.'
  },
  {
    name: 'size-budget',
    required: false,
    list: false,
    description:
      'On pull requests, how much each artifact may grow against its baseline from the base branch: a percentage (5%) or an amount (300KiB, 2MB). Growth beyond it is a warning, or an error with size-budget-fail; fail-on decides whether it fails the step.'
  },
  {
    name: 'size-budget-fail',
    default: 'false',
    required: false,
    list: false,
    description: 'true: growth beyond size-budget is an error finding instead of a warning.'
  },
  {
    name: 'pr-comment',
    default: 'false',
    required: false,
    list: false,
    description:
      "true: on pull requests, also write the comparison with the base as one comment on the pull request, updated in place (one section per job). Needs the token with permissions: pull-requests: write; without it (a fork's pull request) one info line says so."
  },
  {
    name: 'allow-broken-port',
    default: 'false',
    required: false,
    list: false,
    description:
      'Accept a target that the pinned Go marks Broken in `go tool dist list -json -broken` (e.g. windows/arm on Go 1.24/1.25).'
  },
  {
    name: 'check-latest',
    default: 'false',
    required: false,
    list: false,
    description:
      'For a minor or range, ask the download index for the newest patch even when the tool cache already has a match (hosted runners pre-fill the tool cache). No effect on exact versions.'
  },
  {
    name: 'token',
    default: '${{ github.token }}',
    required: false,
    list: false,
    description:
      'Token for the REST API (GITHUB_API_URL) that deletes superseded cache entries, reads the cache usage and writes the pr-comment. Deleting needs permissions: actions: write, the comment pull-requests: write; without them one info line says so and nothing else changes.'
  },
  {
    name: 'go-proxy',
    readmeDefault: 'env `GOPROXY`',
    env: 'GOPROXY',
    required: false,
    list: false,
    description:
      'Install Go from this module proxy (GOPROXY protocol; the GOPROXY env when empty) as the toolchain module golang.org/toolchain, verified by the checksum database of go-sumdb.'
  },
  {
    name: 'go-sumdb',
    readmeDefault: 'env `GOSUMDB`, else `sum.golang.org`',
    env: 'GOSUMDB',
    required: false,
    list: false,
    description:
      'Checksum database that verifies go-proxy toolchains, in GOSUMDB syntax (name+hash+key [url]); the GOSUMDB env when empty, else sum.golang.org. off is refused.'
  },
  {
    name: 'image',
    required: false,
    list: true,
    description:
      'Image reference(s) to push, one per line (e.g. ghcr.io/owner/app:1.2.3). With build and linux targets: one OCI image index with an image per target, pushed over the registry API (no Docker daemon), read back and verified per platform; the tags are written last. Outputs image-digest and image.'
  },
  {
    name: 'image-base',
    readmeDefault: '`scratch`',
    required: false,
    list: false,
    description:
      'Base image, pinned by digest (e.g. gcr.io/distroless/static-debian12@sha256:...); pulled per platform, its layers mounted or copied, its Env/User/WorkingDir kept.'
  },
  {
    name: 'image-entrypoint',
    readmeDefault: '`/<name>`',
    required: false,
    list: false,
    description:
      'Absolute path of the binary in the image (the Entrypoint), e.g. /usr/local/bin/app. Default /<name> of the built package.'
  },
  {
    name: 'image-user',
    readmeDefault: "the base's, else `65532`",
    required: false,
    list: false,
    description:
      "User the image runs as (uid, name, uid:gid). Default the base image's user, or 65532 (non-root) on scratch."
  },
  {
    name: 'image-labels',
    required: false,
    list: true,
    description:
      'More image labels, key=value one per line (org.opencontainers.image.source/revision/version/created come from the GITHUB_* environment).'
  },
  {
    name: 'image-layout',
    required: false,
    list: false,
    description:
      'Directory to write the image as an OCI image layout (index.json + blobs), instead of or as well as pushing.'
  },
  {
    name: 'registry-username',
    required: false,
    list: false,
    description:
      'Registry user for image pushes (GHCR: github.actor). Unset: ~/.docker/config.json (docker/login-action, credential helpers).'
  },
  {
    name: 'registry-password',
    required: false,
    list: false,
    description:
      'Registry password or token for image pushes (GHCR: github.token with packages: write); masked, never logged.'
  }
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

export const INPUT_NAMES: readonly InputName[] = INPUTS.map(i => i.name);

export const LIST_INPUTS: ReadonlySet<string> = new Set(
  INPUTS.filter(i => i.list).map(i => i.name)
);

/**
 * Which input each field of `Inputs` comes from. Typed by `keyof Inputs`, so
 * a field added to `Inputs` without an entry here fails `tsc`; the registry
 * test checks that every input feeds at least one field.
 */
export const INPUT_OF_FIELD: Record<keyof Inputs, InputName> = {
  goVersion: 'go-version',
  goVersionFile: 'go-version-file',
  downloadBaseUrl: 'go-download-base-url',
  officialDownloads: 'go-download-base-url',
  target: 'target',
  targets: 'target',
  cgo: 'cgo',
  ldflags: 'ldflags',
  trimpath: 'trimpath',
  forceRebuild: 'force-rebuild',
  cache: 'cache',
  cacheDependencyPath: 'cache-dependency-path',
  cacheDependencyPathExplicit: 'cache-dependency-path',
  cacheWrite: 'cache-write',
  cacheTimeoutSeconds: 'cache-timeout',
  cacheKeep: 'cache-keep',
  token: 'token',
  build: 'build',
  output: 'output',
  verify: 'verify',
  test: 'test',
  testFlags: 'test-flags',
  smokeRun: 'smoke-run',
  failOn: 'fail-on',
  emulator: 'emulator',
  sbom: 'sbom',
  checksumsFile: 'checksums',
  reproducible: 'reproducible',
  sizeBudget: 'size-budget',
  sizeBudgetFail: 'size-budget-fail',
  prComment: 'pr-comment',
  allowBrokenPort: 'allow-broken-port',
  checkLatest: 'check-latest',
  goProxy: 'go-proxy',
  goSumdb: 'go-sumdb',
  imageRefs: 'image',
  imageBase: 'image-base',
  imageEntrypoint: 'image-entrypoint',
  imageUser: 'image-user',
  imageLabels: 'image-labels',
  imageLayout: 'image-layout',
  registryUsername: 'registry-username',
  registryPassword: 'registry-password'
};
