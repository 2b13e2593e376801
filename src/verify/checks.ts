/**
 * Policy: turns facts (Inspection) and what the user asked for (VerifyOptions)
 * into findings, each with a stable check name and a message that says what
 * was found and what was expected, in the words of the target table.
 */
import {
  ALWAYS_DYNAMIC_GOOS,
  archInfo,
  goarchForElf,
  goarchForMachoCpu,
  goarchForPeMachine,
  goosForElfOsabi,
  type VariantVar,
  OSABI_NAMES,
  targetFacts,
  type TargetFacts
} from '../targets/table.js';
import type { Target } from '../targets/parse.js';
import { elfDwarf, elfStripped, machoHasDwarf, type Inspection } from './inspect.js';
import { ELF_TYPES, ET } from './elf.js';
import { IMAGE_FILE_DLL, IMAGE_FILE_EXECUTABLE_IMAGE, peHasDwarf } from './pe.js';
import { MACHO_CPUS, machoOwnSymbols } from './macho.js';
import { elfMachineName } from '../targets/table.js';
import type { CheckName, Finding, Severity } from './report.js';
import { buildMinor, parseBuildVersion } from './goversion.js';

export interface VerifyOptions {
  /** The intended target; without it, the header is checked against what the build info says. */
  target?: Target;
  /** Pinned Go version, '1.22.12' or 'go1.22.12'. */
  goVersion?: string;
  /** CGO_ENABLED=1 was intended: drops the static check, expects CGO_ENABLED=1. Default false. */
  cgo?: boolean;
  /** -ldflags had -s -w: expect no symbol table and no DWARF. Default true (the action's default). */
  stripped?: boolean;
  /** -trimpath was intended: expect build setting -trimpath=true. Default true (the action's default). */
  trimpath?: boolean;
  /** The commit being built (GITHUB_SHA): compared with vcs.revision when both are known. */
  githubSha?: string;
  /**
   * The pinned Go's default per variant variable (GOAMD64=v1 …): a target that
   * names no variant is checked against it, so a variant set elsewhere (a job
   * env, an earlier step) cannot slip into its binary unnoticed.
   */
  variantDefaults?: Partial<Record<VariantVar, string>>;
}

const FORMAT_NAMES: Record<string, string> = {
  elf: 'ELF',
  macho: 'Mach-O',
  pe: 'PE (Windows)',
  wasm: 'WebAssembly',
  xcoff: 'XCOFF (AIX)',
  plan9: 'Plan 9 a.out'
};

/** What the header alone says the binary is for (GOOS/GOARCH guesses). */
export function headerTarget(ins: Inspection): { goos?: string; goarch?: string } {
  if (ins.elf) {
    const e = ins.elf;
    return { goos: goosForElfOsabi(e.osabi), goarch: goarchForElf(e.machine, e.bits, e.endian) };
  }
  if (ins.macho)
    return {
      goos: ins.macho.platform === 2 ? 'ios' : 'darwin',
      goarch: goarchForMachoCpu(ins.macho.cpu)
    };
  if (ins.pe) return { goos: 'windows', goarch: goarchForPeMachine(ins.pe.machine) };
  return {};
}

/** GOOS/GOARCH the binary says it is: build info first, else its header. */
export function claimedTarget(ins: Inspection): { goos: string | null; goarch: string | null } {
  const s = ins.go?.mod.settings ?? {};
  const h = headerTarget(ins);
  return { goos: s.GOOS ?? h.goos ?? null, goarch: s.GOARCH ?? h.goarch ?? null };
}

export function runChecks(ins: Inspection, opts: VerifyOptions): Finding[] {
  const out: Finding[] = [];
  const add = (check: CheckName, severity: Severity, message: string) =>
    out.push({ check, severity, message });
  const claimed = claimedTarget(ins);
  const settings = ins.go?.mod.settings ?? {};

  // What to compare against: the intended target, else what the build info claims.
  const wanted =
    opts.target ??
    (settings.GOOS && settings.GOARCH
      ? { goos: settings.GOOS, goarch: settings.GOARCH }
      : undefined);
  const expected = wanted ? targetFacts(wanted.goos, wanted.goarch) : undefined;
  const expName = wanted ? `${wanted.goos}/${wanted.goarch}` : '';
  const foundName = claimed.goos && claimed.goarch ? ` (${claimed.goos}/${claimed.goarch})` : '';
  const byTarget = opts.target ? 'expected' : 'but its build info says';

  if (ins.format === null) {
    add(
      'format',
      'error',
      `not an executable: not ELF, Mach-O or PE (starts with ${describeHead(ins.head)})`
    );
    return out;
  }
  if (expected && expected.format !== ins.format) {
    add(
      'format',
      'error',
      `is ${article(FORMAT_NAMES[ins.format])} file, ${byTarget} ${FORMAT_NAMES[expected.format]} (${expName})`
    );
  }
  if (ins.format !== 'elf' && ins.format !== 'macho' && ins.format !== 'pe') {
    add(
      'format',
      'warning',
      `${FORMAT_NAMES[ins.format]} binaries are recognised but not verifiable`
    );
    return out;
  }
  if (ins.error) add('format', 'error', `malformed ${FORMAT_NAMES[ins.format]} file: ${ins.error}`);
  const truncated =
    ins.elf?.truncated ??
    ins.macho?.truncated ??
    ins.fat?.facts.find(a => a.truncated)?.truncated ??
    ins.pe?.truncated;
  if (truncated && !ins.error)
    add('format', 'error', `incomplete file (truncated copy?): ${truncated}`);
  // Odd but tolerated structure the parser noticed (a library name it could not read, ...).
  for (const note of ins.elf?.warnings ?? ins.pe?.warnings ?? []) add('format', 'info', note);

  if (expected && expected.format === ins.format)
    headerChecks(ins, expected, expName, foundName, byTarget, add);
  typeAndLinkChecks(ins, opts, claimed.goos, settings, add);
  if (opts.stripped ?? true) strippedChecks(ins, add);
  if (!ins.error || ins.go) goChecks(ins, opts, add);
  return out;
}

type Add = (check: CheckName, severity: Severity, message: string) => void;

function headerChecks(
  ins: Inspection,
  t: TargetFacts,
  expName: string,
  foundName: string,
  byTarget: string,
  add: Add
): void {
  if (ins.elf) {
    const e = ins.elf;
    if (e.bits !== t.bits)
      add(
        'class',
        'error',
        `is a ${e.bits}-bit ELF${foundName}, ${byTarget} ${t.bits}-bit (${expName})`
      );
    if (e.endian !== t.endian)
      add(
        'endian',
        'error',
        `is ${e.endian}-endian${foundName}, ${byTarget} ${t.endian}-endian (${expName})`
      );
    if (e.machine !== t.elfMachine) {
      add(
        'machine',
        'error',
        `built for ${elfMachineName(e.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`
      );
    }
    if (t.elfOsabi !== undefined && e.osabi !== t.elfOsabi) {
      add(
        'osabi',
        'error',
        `ELF OS/ABI is ${e.osabi} (${OSABI_NAMES[e.osabi] ?? 'unknown'})${foundName}, ${byTarget} ${t.elfOsabi} (${OSABI_NAMES[t.elfOsabi]}, ${t.goos})`
      );
    }
  } else if (ins.macho) {
    const m = ins.macho;
    if (m.cpu !== t.machoCpu) {
      const have = ins.fat
        ? `a fat file with ${ins.fat.arches.map(a => MACHO_CPUS[a.cpu] ?? a.cpu).join(', ')}`
        : `built for ${MACHO_CPUS[m.cpu] ?? `cpu 0x${m.cpu.toString(16)}`}${foundName}`;
      add('machine', 'error', `${have}, ${byTarget} ${t.machineName} (${expName})`);
    }
    if (m.bits !== t.bits)
      add(
        'class',
        'error',
        `is a ${m.bits}-bit Mach-O${foundName}, ${byTarget} ${t.bits}-bit (${expName})`
      );
    if (m.endian !== t.endian)
      add(
        'endian',
        'error',
        `is ${m.endian}-endian${foundName}, ${byTarget} ${t.endian}-endian (${expName})`
      );
  } else if (ins.pe) {
    const p = ins.pe;
    const bits = p.magic === 0x20b ? 64 : 32;
    if (p.machine !== t.peMachine) {
      add(
        'machine',
        'error',
        `built for ${describePeMachine(p.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`
      );
    }
    if (p.magic !== 0 && bits !== t.bits)
      add(
        'class',
        'error',
        `is a ${bits}-bit PE${foundName}, ${byTarget} ${t.bits}-bit (${expName})`
      );
  }
}

function typeAndLinkChecks(
  ins: Inspection,
  opts: VerifyOptions,
  goos: string | null,
  settings: Record<string, string>,
  add: Add
): void {
  const goosNow = opts.target?.goos ?? goos;
  if (ins.elf) {
    const e = ins.elf;
    if (e.type !== ET.EXEC && e.type !== ET.DYN)
      add(
        'type',
        'error',
        `is an ELF ${ELF_TYPES[e.type]?.what ?? `type ${e.type}`}, not an executable`
      );
    if (e.type === ET.DYN && settings['-buildmode'] === 'c-shared')
      add('type', 'error', 'is a shared library (-buildmode=c-shared), not an executable');
    if (opts.cgo) return;
    if (goosNow && ALWAYS_DYNAMIC_GOOS.has(goosNow)) {
      if (e.interpreter)
        add(
          'static',
          'info',
          `${goosNow} binaries always use the system dynamic loader (${e.interpreter}); static check skipped`
        );
      return;
    }
    const why =
      settings['-buildmode'] === 'pie'
        ? ' (built with -buildmode=pie)'
        : settings.CGO_ENABLED === '1'
          ? ' (built with CGO_ENABLED=1)'
          : '';
    if (e.interpreter)
      add(
        'static',
        'error',
        `is dynamically linked: needs the loader ${e.interpreter}${why}; expected a static binary (CGO_ENABLED=0)`
      );
    if (e.needed.length)
      add(
        'static',
        'error',
        `needs shared libraries ${e.needed.join(', ')}${why}; expected a static binary (CGO_ENABLED=0)`
      );
    if (e.hasDynamic && !e.interpreter && e.needed.length === 0)
      add(
        'static',
        'error',
        `has a dynamic section (PT_DYNAMIC)${why}; expected a static binary with none`
      );
  } else if (ins.macho) {
    if (ins.macho.filetype !== 2)
      add(
        'type',
        'error',
        `is a Mach-O of file type ${ins.macho.filetype}, not an executable (MH_EXECUTE)`
      );
  } else if (ins.pe) {
    const c = ins.pe.characteristics;
    if (c & IMAGE_FILE_DLL) add('type', 'error', 'is a DLL, not an executable');
    else if (!(c & IMAGE_FILE_EXECUTABLE_IMAGE))
      add('type', 'error', 'is not marked executable (IMAGE_FILE_EXECUTABLE_IMAGE unset)');
  }
}

function strippedChecks(ins: Inspection, add: Add): void {
  let symbols = false;
  let dwarf = false;
  let symWhere = '';
  if (ins.elf) {
    symbols = !elfStripped(ins.elf);
    dwarf = elfDwarf(ins.elf);
    symWhere = 'a symbol table (.symtab)';
  } else if (ins.macho) {
    symbols = machoOwnSymbols(ins.macho) > 0;
    dwarf = machoHasDwarf(ins.macho);
    symWhere = `${machoOwnSymbols(ins.macho)} symbols beyond its imports (LC_SYMTAB)`;
  } else if (ins.pe) {
    symbols = ins.pe.nsyms > 0;
    dwarf = peHasDwarf(ins.pe);
    symWhere = `${ins.pe.nsyms} COFF symbols`;
  }
  if (symbols && ins.macho && goMinor(ins) !== null && goMinor(ins)! < 22) {
    // Measured: go1.21 and older keep the Mach-O symbol table with -s; go1.22 strips it.
    add(
      'stripped',
      'warning',
      `has ${symWhere}: Go ${parseBuildVersion(ins.go!.raw.version).release} keeps the Mach-O symbol table even with -ldflags=-s (Go 1.22+ strips it)`
    );
  } else if (symbols) {
    add('stripped', 'error', `has ${symWhere}: expected it stripped (-ldflags=-s)`);
  }
  if (dwarf)
    add(
      'dwarf',
      'error',
      'has DWARF debug info (.debug_*/.zdebug_* sections): expected none (-ldflags=-w)'
    );
}

function goChecks(ins: Inspection, opts: VerifyOptions, add: Add): void {
  if (!ins.go) {
    const what = ins.goMarkers.length
      ? `a Go binary (${ins.goMarkers.join(', ')}) without Go build info`
      : 'no Go build info found: not a Go binary, or its build info was removed';
    add(
      'buildinfo',
      'warning',
      `${what}; Go version, GOOS/GOARCH and build settings cannot be checked`
    );
    return;
  }
  const { raw, mod } = ins.go;
  const s = mod.settings;
  const built = parseBuildVersion(raw.version);
  const version = built.release ?? raw.version;
  if (opts.goVersion) {
    // The pin is a release; experiments and +auto/+path suffixes do not change which Go built it.
    const want = opts.goVersion.startsWith('go') ? opts.goVersion : `go${opts.goVersion}`;
    if (built.release !== want)
      add('go-version', 'error', `built with ${raw.version}, expected ${want}`);
  }
  const t = opts.target;
  if (t) {
    if (s.GOOS !== undefined && s.GOOS !== t.goos)
      add('goos', 'error', `build info says GOOS=${s.GOOS}, expected GOOS=${t.goos}`);
    if (s.GOARCH !== undefined && s.GOARCH !== t.goarch)
      add('goarch', 'error', `build info says GOARCH=${s.GOARCH}, expected GOARCH=${t.goarch}`);
    const variant = t.variant ?? defaultVariant(t.goarch, opts.variantDefaults);
    if (variant && s.GOARCH === t.goarch) {
      const got = s[variant.name];
      const named = t.variant ? '' : ` (the default of the pinned Go: the target names no variant)`;
      if (got === undefined)
        add(
          'variant',
          'warning',
          `build info does not record ${variant.name}; expected ${variant.name}=${variant.value}${named}`
        );
      else if (!sameVariant(variant.name, got, variant.value)) {
        add(
          'variant',
          'error',
          `built with ${variant.name}=${got}, expected ${variant.name}=${variant.value}${named}`
        );
      }
    }
  }
  // Build settings exist from Go 1.18; older build info has none, so there is nothing to compare.
  const hasSettings = Object.keys(s).length > 0;
  if (hasSettings) {
    const wantCgo = opts.cgo ? '1' : '0';
    const gotCgo = s.CGO_ENABLED ?? '0';
    if (gotCgo !== wantCgo)
      add('cgo', 'error', `built with CGO_ENABLED=${gotCgo}, expected CGO_ENABLED=${wantCgo}`);
    if ((opts.trimpath ?? true) && s['-trimpath'] !== 'true')
      add(
        'trimpath',
        'error',
        'built without -trimpath: local paths are embedded and the build is not reproducible'
      );
  } else {
    add(
      'buildinfo',
      'info',
      `${version} does not record build settings; CGO_ENABLED, -trimpath and variant cannot be checked`
    );
  }
  const rev = s['vcs.revision'];
  if (opts.githubSha && rev && rev.toLowerCase() !== opts.githubSha.toLowerCase()) {
    add(
      'vcs-revision',
      'error',
      `built from commit ${rev.slice(0, 12)}, but this run is at ${opts.githubSha.slice(0, 12)} (GITHUB_SHA)`
    );
  }
  if (s['vcs.modified'] === 'true')
    add(
      'vcs-modified',
      'warning',
      'built from a modified working tree (vcs.modified=true): the binary does not match any commit'
    );
  if (mod.bad.length)
    add('buildinfo', 'info', `ignored ${mod.bad.length} unrecognised build info line(s)`);
}

/** Minor version of the Go that built the file (22 for go1.22.12), or null. */
function goMinor(ins: Inspection): number | null {
  return ins.go ? buildMinor(parseBuildVersion(ins.go.raw.version)) : null;
}

/**
 * GOARM=7 and GOARM=7,hardfloat are the same build (Go 1.22+ records the float
 * mode; 5 defaults to softfloat, 6 and 7 to hardfloat). Other variables compare as written.
 */
/** The default variant of a target that names none, when the pinned Go's defaults are known. */
function defaultVariant(
  goarch: string,
  defaults: VerifyOptions['variantDefaults']
): { name: VariantVar; value: string } | undefined {
  const name = archInfo(goarch)?.variantVar;
  const value = name && defaults?.[name];
  return name && value ? { name, value } : undefined;
}

export function sameVariant(name: string, got: string, want: string): boolean {
  if (name !== 'GOARM') return got === want;
  const norm = (v: string) => {
    const [level, fp] = v.split(',');
    return `${level},${fp ?? (level === '5' ? 'softfloat' : 'hardfloat')}`;
  };
  return norm(got) === norm(want);
}

function describePeMachine(machine: number): string {
  const arch = goarchForPeMachine(machine);
  return arch ? (archInfo(arch)?.machineName ?? arch) : `PE machine 0x${machine.toString(16)}`;
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) && !word.startsWith('PE') ? `an ${word}` : `a ${word}`;
}

function describeHead(head: Buffer): string {
  if (head.length === 0) return 'nothing: the file is empty';
  const text = head.subarray(0, 16);
  const printable = text.every(b => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
  return printable
    ? `text ${JSON.stringify(text.toString('latin1'))}`
    : `bytes ${text.subarray(0, 8).toString('hex')}`;
}
