import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { archInfo, DIST_LIST, type VariantVar } from '../targets/table.js';
import type { Target } from '../targets/parse.js';

const execFileP = promisify(execFile);

export type VariantDefaults = Partial<Record<VariantVar, string>>;

/** The variant variables the targets' arches have (GOAMD64 for amd64 …), each once. */
export function variantVars(targets: Target[]): VariantVar[] {
  const vars = targets.map(t => archInfo(t.goarch)?.variantVar).filter(v => v !== undefined);
  return [...new Set(vars)];
}

/** One GOARCH that reads the variable (GOMIPS: mips), to ask go for its default. */
function archReading(name: VariantVar): string | undefined {
  for (const pair of DIST_LIST) {
    const goarch = pair.split('/')[1];
    if (archInfo(goarch)?.variantVar === name) return goarch;
  }
  return undefined;
}

/**
 * What the pinned Go uses for each variable when nothing sets it. Defaults
 * differ by version and by how the toolchain was built (GOARM is 5 in
 * Debian's go1.19 and 7 later; `7,hardfloat` in its 1.22/1.23), so Go itself
 * is asked: `go env` for that GOARCH with the variable and GOENV unset. A
 * variable the version does not know (GOARM64 before 1.23) is left out.
 * Remembered beside the toolchain in `memo`, as the port list is.
 */
export async function variantDefaults(
  goBin: string,
  names: VariantVar[],
  memo?: string
): Promise<VariantDefaults> {
  let known: VariantDefaults & Record<string, string> = {};
  if (memo) known = await readMemo(memo);
  const missing = names.filter(n => !(n in known));
  if (!missing.length) return pick(known, names);
  const answers = await Promise.all(
    missing.map(async name => [name, await askGo(goBin, name)] as const)
  );
  for (const [name, value] of answers) known[name] = value;
  if (memo) await writeFile(memo, JSON.stringify(known)).catch(() => undefined);
  return pick(known, names);
}

function pick(known: Record<string, string>, names: VariantVar[]): VariantDefaults {
  const out: VariantDefaults = {};
  for (const n of names) if (known[n]) out[n] = known[n];
  return out;
}

async function readMemo(memo: string): Promise<Record<string, string>> {
  try {
    const data: unknown = JSON.parse(await readFile(memo, 'utf8'));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string'));
  } catch {
    return {};
  }
}

/** '' when this Go has no such variable (it prints an empty line). */
async function askGo(goBin: string, name: VariantVar): Promise<string> {
  const goarch = archReading(name);
  if (!goarch) return '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GOOS: 'linux',
    GOARCH: goarch,
    GOENV: 'off',
    GOTOOLCHAIN: 'local'
  };
  delete env[name];
  const { stdout } = await execFileP(goBin, ['env', name], {
    env,
    maxBuffer: 1 << 16,
    timeout: 60_000
  });
  return stdout.trim();
}

/** The target as it builds: its variant, or the pinned Go's default for its arch. */
export function effectiveVariant(
  target: Target,
  defaults: VariantDefaults
): Target['variant'] | undefined {
  if (target.variant) return target.variant;
  const name = archInfo(target.goarch)?.variantVar;
  const value = name && defaults[name];
  return name && value ? { name, value } : undefined;
}
