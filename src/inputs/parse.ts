import type { Target } from '../targets/parse.js';
import { splitArgs } from './args.js';
import { parseSizeBudget, SIZE_BUDGET_ACCEPTED, type SizeBudget } from './size-budget.js';
import { InputError } from './errors.js';
import { INPUT_NAMES, LIST_INPUTS } from './registry.js';
import {
  checkOutputPlaceholders,
  checkOutputShape,
  OutputTemplateError,
  outputPath
} from './output-template.js';
import { checkLdflags } from './ldflags.js';
import { parseImageInputs, type ImageInputs, type ImageReference } from './image.js';
import { parseGoSumdb, SumdbConfigError, type SumdbConfig } from './sumdb.js';
import { redactUrls } from './redact.js';
import { checkOutputPerTarget, parseTargetList } from './targets.js';

export { InputError };

export type FailOn = 'error' | 'warning' | 'never';

/** emulator: auto (qemu from PATH; installed when this step runs programs), install, none. */
export type EmulatorMode = 'auto' | 'install' | 'none';

/** Every input of action.yml, validated once. */
export interface Inputs {
  goVersion?: string;
  goVersionFile?: string;
  downloadBaseUrl: string;
  /** True when the base URL is go.dev's own (tool cache name `go`). */
  officialDownloads: boolean;
  /** The first of `targets`: what the single-target code paths use. */
  target: Target;
  /** Every target of the `target` list (one per line or comma-separated). */
  targets: Target[];
  cgo: boolean;
  ldflags: string;
  trimpath: boolean;
  forceRebuild: boolean;
  cache: boolean;
  cacheDependencyPath: string[];
  /** True when cache-dependency-path was given rather than defaulted. */
  cacheDependencyPathExplicit: boolean;
  /** cache-write: false restores the caches but never saves them. */
  cacheWrite: boolean;
  /** cache-timeout: bound on every cache-service call, in seconds. */
  cacheTimeoutSeconds: number;
  /** cache-keep: entries kept per key prefix and ref after a save; 0 for `all` (no pruning). */
  cacheKeep: number;
  /** The REST API token (pruning and usage). Read again by post; never stored in state. */
  token: string;
  build: string[];
  output?: string;
  verify: string[];
  /** `test`: package patterns run with `go test -json` for every target (none: no test stage). */
  test: string[];
  /** `test-flags` split into arguments (go test flags such as -short, -run X). */
  testFlags: string[];
  /** smoke-run split into arguments; undefined when smoke runs are off. */
  smokeRun?: string[];
  failOn: FailOn;
  /** qemu-user for targets the runner cannot run: exec wrappers and the emulator package. */
  emulator: EmulatorMode;
  /** go-proxy (or GOPROXY): install the golang.org/toolchain module from this proxy. */
  goProxy?: string;
  /** go-sumdb (or GOSUMDB, default sum.golang.org): verifies what goProxy serves; set with goProxy. */
  goSumdb?: SumdbConfig;
  /** Accept a port `go tool dist list` marks Broken. */
  allowBrokenPort: boolean;
  /** Resolve minors and ranges against the index even when the tool cache has a match. */
  checkLatest: boolean;
  /** Write a CycloneDX SBOM beside each built artifact. */
  sbom: boolean;
  /** checksums: where the sha256sum file goes (workspace-relative); else checksums.txt beside the artifacts. */
  checksumsFile?: string;
  /** Rebuild each artifact in a fresh GOCACHE under another path and compare. */
  reproducible: boolean;
  /** size-budget: growth against the baseline beyond it is a finding (pull requests). */
  sizeBudget?: SizeBudget;
  /** size-budget-fail: that finding is an error, not a warning. */
  sizeBudgetFail: boolean;
  /** Write the comparison as the pull request's comment too. */
  prComment: boolean;
  /** image: references to push the image index to (empty: no push). */
  imageRefs: ImageReference[];
  /** image-base, pinned by digest; undefined for scratch. */
  imageBase?: ImageReference;
  imageEntrypoint?: string;
  imageUser?: string;
  imageLabels: Record<string, string>;
  imageLayout?: string;
  registryUsername?: string;
  registryPassword?: string;
}

/** The image inputs as one value, or undefined when the step makes no image. */
export function imageInputs(inputs: Inputs): ImageInputs | undefined {
  if (!inputs.imageRefs.length && !inputs.imageLayout) return undefined;
  return {
    refs: inputs.imageRefs,
    base: inputs.imageBase,
    entrypoint: inputs.imageEntrypoint,
    user: inputs.imageUser,
    labels: inputs.imageLabels,
    layout: inputs.imageLayout,
    username: inputs.registryUsername,
    password: inputs.registryPassword
  };
}

export const DEFAULT_DOWNLOAD_BASE_URL = 'https://go.dev/dl';
export const DEFAULT_LDFLAGS = '-s -w';

/** Reads one raw input; '' when unset (as @actions/core does). */
export type InputReader = (name: string) => string;

/** The names come from the registry (one place for every input). */
const ALL_INPUTS = INPUT_NAMES;

/**
 * Parses and validates all inputs. Pure: the reader and env are passed in.
 * Throws InputError with one line naming the input, its value and what is
 * accepted; the caller must not export anything before this returns.
 */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): Inputs {
  const raw: Record<string, string> = {};
  for (const name of ALL_INPUTS) {
    const value = read(name);
    rejectControlCharacters(name, value, LIST_INPUTS.has(name));
    raw[name] = value.trim();
  }

  const goVersion = raw['go-version'] || undefined;
  const goVersionFile = raw['go-version-file'] || undefined;
  if (!goVersion && !goVersionFile) {
    throw new InputError(
      'go-version is required (e.g. 1.22.12, 1.22, stable), or set go-version-file (go.mod, go.work, .go-version, .tool-versions)'
    );
  }

  const baseFromEnv = (env['GO_DOWNLOAD_BASE_URL'] ?? '').trim();
  if (!raw['go-download-base-url'] && baseFromEnv) {
    rejectControlCharacters('GO_DOWNLOAD_BASE_URL', baseFromEnv, false);
  }
  const baseName = raw['go-download-base-url'] ? 'go-download-base-url' : 'GO_DOWNLOAD_BASE_URL';
  const downloadBaseUrl = parseBaseUrl(
    baseName,
    raw['go-download-base-url'] || baseFromEnv || DEFAULT_DOWNLOAD_BASE_URL
  );

  const targets = parseTargetList(raw['target']);
  const target = targets[0];

  if (raw['output']) {
    try {
      checkOutputShape(raw['output']);
      checkOutputPlaceholders(raw['output']);
      checkOutputPerTarget(raw['output'], targets, (tpl, t) => outputPath(tpl, 'app', t));
    } catch (e) {
      if (e instanceof OutputTemplateError) throw new InputError(e.message);
      throw e;
    }
  }
  if (raw['reproducible'] === 'true' && !raw['build'])
    throw new InputError(
      'reproducible "true" needs build: only artifacts this step builds can be rebuilt; accepted: reproducible with build'
    );
  const checksumsFile = checksums(raw['checksums'], raw['build']);
  const cacheDependencyPath = lines(raw['cache-dependency-path']);
  const image = parseImageInputs(raw, targets, lines(raw['build']).length > 0);
  return {
    goVersion,
    goVersionFile,
    downloadBaseUrl,
    officialDownloads: downloadBaseUrl === DEFAULT_DOWNLOAD_BASE_URL,
    target,
    targets,
    cgo: bool(raw, 'cgo', false),
    ldflags: ldflags(raw['ldflags']),
    trimpath: bool(raw, 'trimpath', true),
    forceRebuild: bool(raw, 'force-rebuild', false),
    cache: bool(raw, 'cache', true),
    cacheDependencyPath: cacheDependencyPath.length ? cacheDependencyPath : ['go.sum'],
    cacheDependencyPathExplicit: cacheDependencyPath.length > 0,
    cacheWrite: bool(raw, 'cache-write', true),
    cacheTimeoutSeconds: cacheTimeout(raw['cache-timeout']),
    cacheKeep: cacheKeep(raw['cache-keep']),
    token: raw['token'],
    build: lines(raw['build']),
    output: raw['output'] || undefined,
    verify: lines(raw['verify']),
    test: testPatterns(raw['test']),
    testFlags: raw['test-flags'] ? splitArgs(raw['test-flags'], 'test-flags') : [],
    smokeRun: raw['smoke-run'] ? splitArgs(raw['smoke-run']) : undefined,
    failOn: failOn(raw['fail-on']),
    emulator: emulator(raw['emulator']),
    ...proxyInputs(raw, env),
    allowBrokenPort: bool(raw, 'allow-broken-port', false),
    checkLatest: bool(raw, 'check-latest', false),
    sbom: bool(raw, 'sbom', false),
    checksumsFile,
    reproducible: bool(raw, 'reproducible', false),
    sizeBudget: sizeBudget(raw['size-budget']),
    sizeBudgetFail: bool(raw, 'size-budget-fail', false),
    prComment: bool(raw, 'pr-comment', false),
    imageRefs: image?.refs ?? [],
    imageBase: image?.base,
    imageEntrypoint: image?.entrypoint,
    imageUser: image?.user,
    imageLabels: image?.labels ?? {},
    imageLayout: image?.layout,
    registryUsername: image?.username,
    registryPassword: image?.password
  };
}

function sizeBudget(value: string): SizeBudget | undefined {
  if (!value) return undefined;
  const budget = parseSizeBudget(value);
  if (!budget)
    throw new InputError(
      `size-budget "${value}" is not a size budget; accepted: ${SIZE_BUDGET_ACCEPTED}`
    );
  return budget;
}

/**
 * go-proxy / go-sumdb. The env (GOPROXY, GOSUMDB) is read only as a fallback
 * and only as far as it concerns the proxy path: a job-wide GOPROXY=off or
 * direct (no module proxy) keeps the go.dev path, and GOSUMDB is not looked
 * at unless a proxy is in use. Written in the inputs, both are errors.
 */
function proxyInputs(
  raw: Record<string, string>,
  env: NodeJS.ProcessEnv
): { goProxy?: string; goSumdb?: SumdbConfig } {
  const goProxyUrl = goProxy(raw['go-proxy'], env);
  if (!goProxyUrl && !raw['go-sumdb']) return {};
  return { goProxy: goProxyUrl, goSumdb: goSumdb(raw['go-sumdb'], env) };
}

/** go-proxy, else GOPROXY's first entry (Go separates entries with ',' or '|'). */
function goProxy(value: string, env: NodeJS.ProcessEnv): string | undefined {
  const name = value ? 'go-proxy' : 'GOPROXY';
  const text = value || (env['GOPROXY'] ?? '').trim();
  if (!text) return undefined;
  if (!value) rejectControlCharacters(name, text, false);
  const first = text.split(/[,|]/)[0].trim();
  if (!value && (first === 'direct' || first === 'off')) return undefined;
  if (first === 'direct' || first === 'off')
    throw new InputError(
      `${name} "${text}" starts with "${first}", which serves no toolchain module; accepted: an https:// module proxy URL such as https://proxy.golang.org`
    );
  return parseBaseUrl(name, first);
}

/** go-sumdb, else GOSUMDB, else sum.golang.org; GOSUMDB's syntax, `off` refused. */
function goSumdb(value: string, env: NodeJS.ProcessEnv): SumdbConfig {
  const name = value ? 'go-sumdb' : 'GOSUMDB';
  const text = value || (env['GOSUMDB'] ?? '').trim() || 'sum.golang.org';
  if (!value) rejectControlCharacters(name, text, false);
  try {
    const config = parseGoSumdb(text);
    return config.url ? { ...config, url: parseBaseUrl(name, config.url) } : config;
  } catch (e) {
    if (e instanceof SumdbConfigError) throw new InputError(`${name} ${e.message}`);
    throw e;
  }
}

/**
 * A value with a control character could forge extra lines in GITHUB_ENV or
 * a workflow command; list inputs may span lines, nothing else may.
 */
const SECRET_INPUTS = new Set(['registry-password']);

export function rejectControlCharacters(name: string, value: string, multiLine: boolean): void {
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const isControl = code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0);
    if (!isControl) continue;
    if (multiLine && (ch === '\n' || ch === '\r')) continue;
    const what =
      ch === '\n' || ch === '\r'
        ? 'a newline'
        : `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
    const accepted = multiLine
      ? 'one item per line, printable characters only'
      : 'a single line of printable characters';
    // A secret is never echoed, not even in its own error.
    const shown = SECRET_INPUTS.has(name) ? '"***"' : JSON.stringify(value);
    throw new InputError(`${name} ${shown} contains ${what}; accepted: ${accepted}`);
  }
}

function checksums(value: string, build: string): string | undefined {
  if (!value) return undefined;
  if (!build)
    throw new InputError(
      `checksums "${value}" needs build: only artifacts this step builds are summed; accepted: checksums with build`
    );
  if (/[\\/]$/.test(value) || value === '.' || value === '..' || /(^|[\\/])\.\.?$/.test(value))
    throw new InputError(
      `checksums "${value}" names a directory; accepted: a file path such as dist/SHA256SUMS`
    );
  return value;
}

function lines(value: string): string[] {
  // A lone CR ends a line too, as the runner reads it.
  return value
    .split(/\r\n|\r|\n/)
    .map(s => s.trim())
    .filter(s => s !== '' && !s.startsWith('#'));
}

/** Package patterns; a flag here would be read by go as one, so it belongs in test-flags. */
function testPatterns(value: string): string[] {
  const patterns = lines(value).flatMap(l => l.split(/\s+/));
  const flag = patterns.find(p => p.startsWith('-'));
  if (flag)
    throw new InputError(
      `test ${JSON.stringify(flag)} is a flag, not a package pattern; accepted: patterns such as ./... or ./pkg/..., one per line (flags go in test-flags)`
    );
  return patterns;
}

function bool(raw: Record<string, string>, name: string, fallback: boolean): boolean {
  const value = raw[name];
  if (value === '') return fallback;
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  throw new InputError(`${name} "${value}" is not a boolean; accepted: true, false`);
}

export const DEFAULT_CACHE_TIMEOUT_SECONDS = 300;

function cacheTimeout(value: string): number {
  if (value === '') return DEFAULT_CACHE_TIMEOUT_SECONDS;
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 3600)) {
    throw new InputError(
      `cache-timeout "${value}" is not accepted; accepted: whole seconds from 1 to 3600 (default ${DEFAULT_CACHE_TIMEOUT_SECONDS})`
    );
  }
  return n;
}

function cacheKeep(value: string): number {
  if (value === '') return 1;
  if (value === 'all') return 0;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 100)) {
    throw new InputError(
      `cache-keep "${value}" is not accepted; accepted: a whole number from 1 to 100, or all (default 1)`
    );
  }
  return n;
}

/** Empty means the action.yml default; `none` opts out of linker flags. */
function ldflags(value: string): string {
  if (value === '') return DEFAULT_LDFLAGS;
  if (value === 'none') return '';
  checkLdflags(value);
  // GOFLAGS quoting has no escapes: a value can be wrapped in one kind of quote only.
  if (value.includes("'") && value.includes('"')) {
    throw new InputError(
      `ldflags ${JSON.stringify(value)} uses both ' and " quotes; accepted: flags quoted with one kind of quote`
    );
  }
  return value;
}

function emulator(value: string): EmulatorMode {
  if (value === '') return 'auto';
  if (value === 'auto' || value === 'install' || value === 'none') return value;
  throw new InputError(`emulator "${value}" is not accepted; accepted: auto, install, none`);
}

function failOn(value: string): FailOn {
  if (value === '') return 'error';
  if (value === 'error' || value === 'warning' || value === 'never') return value;
  throw new InputError(`fail-on "${value}" is not accepted; accepted: error, warning, never`);
}

/** https only, except loopback hosts (a local mirror in tests or on a runner). */
export function parseBaseUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      `${name} "${redactUrls(value)}" is not a URL; accepted: an https:// URL such as ${DEFAULT_DOWNLOAD_BASE_URL}`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      `${name} "${redactUrls(value)}" must not carry a query, fragment or credentials; accepted: an https:// base URL`
    );
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(
      `${name} "${redactUrls(value)}" must use https (http is accepted only for loopback hosts such as 127.0.0.1)`
    );
  }
  return url.toString().replace(/\/+$/, '');
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
