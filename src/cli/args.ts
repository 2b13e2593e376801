/**
 * Argument parsing for `setup-go-cross verify`. Usage errors are a UsageError
 * with one line naming the option and the bad value; the CLI exits 2 on them.
 */
import { UNIVERSAL } from '../targets/universal.js';
import { formatTarget, parseTarget, TargetError, type Target } from '../targets/parse.js';
import { parseGoVersion } from '../toolchain/go-version.js';
import { parseSizeBudget, SIZE_BUDGET_ACCEPTED, type SizeBudget } from '../compare/budget.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface VerifyArgs {
  command: 'verify';
  /** Each --target given; with several, each file is checked against the one it is built for. */
  targets: Target[];
  goVersion?: string;
  cgo: boolean;
  stripped: boolean;
  trimpath: boolean;
  githubSha?: string;
  json: boolean;
  /** --compare: a JSON report of another build (the base) to compare these files with. */
  compare?: string;
  /** --size-budget: growth against --compare beyond it fails (exit 1). */
  sizeBudget?: SizeBudget;
  files: string[];
}

export type Args = VerifyArgs | { command: 'help' } | { command: 'version' };

const SHA = /^[0-9a-f]{7,64}$/i;

export function parseArgs(argv: string[], env: Record<string, string | undefined> = {}): Args {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')
    return { command: 'help' };
  if (argv[0] === '--version') return { command: 'version' };
  if (argv[0] !== 'verify')
    throw new UsageError(`unknown command "${argv[0]}"; the only command is "verify"`);

  const out: VerifyArgs = {
    command: 'verify',
    cgo: false,
    stripped: true,
    trimpath: true,
    json: false,
    files: [],
    targets: []
  };
  const sha = env.GITHUB_SHA?.trim();
  if (sha && SHA.test(sha)) out.githubSha = sha;
  let onlyFiles = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      out.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`option ${name} needs a value`);
      if (/[\u0000-\u001f\u007f]/.test(v))
        throw new UsageError(
          `option ${name} value ${JSON.stringify(v)} contains control characters`
        );
      return v;
    };
    const flag = () => {
      if (inline !== undefined)
        throw new UsageError(`option ${name} takes no value (got "${inline}")`);
    };
    switch (name) {
      case '--target': {
        const v = value();
        let t: Target;
        try {
          t = v.trim() === 'darwin/universal' ? UNIVERSAL : parseTarget(v, '--target');
        } catch (err) {
          if (err instanceof TargetError) throw new UsageError(err.message);
          throw err;
        }
        if (out.targets.some(o => formatTarget(o) === formatTarget(t)))
          throw new UsageError(`--target ${formatTarget(t)} is given twice`);
        out.targets.push(t);
        break;
      }
      case '--go-version': {
        const v = value().trim();
        if (parseGoVersion(v)?.major !== 1)
          throw new UsageError(
            `--go-version "${v}" is not an exact Go version; use e.g. 1.22.12 or go1.22.12`
          );
        out.goVersion = v.startsWith('go') ? v : `go${v}`;
        break;
      }
      case '--github-sha': {
        const v = value().trim();
        if (!SHA.test(v))
          throw new UsageError(`--github-sha "${v}" is not a commit hash (7 to 64 hex digits)`);
        out.githubSha = v;
        break;
      }
      case '--compare':
        out.compare = value();
        break;
      case '--size-budget': {
        const v = value();
        const budget = parseSizeBudget(v);
        if (!budget)
          throw new UsageError(`--size-budget "${v}" is not a budget; use ${SIZE_BUDGET_ACCEPTED}`);
        out.sizeBudget = budget;
        break;
      }
      case '--cgo':
        flag();
        out.cgo = true;
        break;
      case '--no-stripped':
        flag();
        out.stripped = false;
        break;
      case '--no-trimpath':
        flag();
        out.trimpath = false;
        break;
      case '--json':
        flag();
        out.json = true;
        break;
      case '--help':
      case '-h':
        return { command: 'help' };
      default:
        throw new UsageError(`unknown option ${JSON.stringify(name)}; see --help`);
    }
  }
  if (out.files.length === 0) throw new UsageError('verify needs at least one FILE');
  if (out.sizeBudget && !out.compare)
    throw new UsageError(
      '--size-budget needs --compare BASE-REPORT.json to measure growth against'
    );
  return out;
}

export const USAGE = `Usage: setup-go-cross verify [options] FILE...

Checks Go binaries against the intended target without readelf or Go:
format, class, byte order, machine, OS/ABI, type, static linking, stripping,
DWARF, and the Go build info (version, GOOS/GOARCH/variant, CGO_ENABLED,
-trimpath, vcs.revision, vcs.modified).

Options:
  --target GOOS/GOARCH[/variant]  intended target, e.g. linux/arm64, linux/arm/v7,
                                  darwin/universal (without it, the header is checked
                                  against the build info). Repeat it for a dist/ of
                                  several targets: each file is checked against the one
                                  it is built for, and one that is none of them fails.
  --go-version V                  expected Go version, e.g. 1.22.12
  --cgo                           cgo was on: allow dynamic linking, expect CGO_ENABLED=1
  --no-stripped                   do not require -ldflags=-s -w (symbols, DWARF)
  --no-trimpath                   do not require -trimpath
  --github-sha SHA                expected vcs.revision (default: $GITHUB_SHA when set)
  --json                          print {"files":[REPORT...]} instead of a table
  --compare BASE.json             compare with the --json report of another build (the
                                  base): size and sections, linked modules, Go version,
                                  build settings, artifacts new or gone (by name and target)
  --size-budget B                 with --compare: growth beyond B (5%, 300KiB) is exit 1

Exit status: 0 all passed, 1 an error-level finding (or over --size-budget),
2 usage error or unreadable file (or an unreadable --compare report).`;
