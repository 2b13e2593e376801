/**
 * The report shape (docs/verify-report.md, docs/verify-report.schema.json: the
 * names are a contract) and its renderings: facts -> JSON-ready objects, and a
 * compact text table.
 */
import { elfMachineName } from '../targets/table.js';
import { ELF_TYPES } from './elf.js';
import { MACHO_CPUS, MACHO_FILETYPES, machoOwnSymbols } from './macho.js';
import {
  IMAGE_FILE_DLL,
  IMAGE_FILE_EXECUTABLE_IMAGE,
  PE_MACHINES,
  PE_SUBSYSTEMS,
  peHasDwarf
} from './pe.js';
import { elfDwarf, elfStripped, machoHasDwarf, type Inspection } from './inspect.js';
import type { Module } from './modinfo.js';
import { parseBuildVersion } from './goversion.js';
import { untrusted } from '../log/escape.js';

export type Severity = 'error' | 'warning' | 'info';

/** Every check name a finding can carry (docs/verify-report.md lists what each means). */
export const CHECK_NAMES = [
  'read',
  'format',
  'class',
  'endian',
  'machine',
  'osabi',
  'type',
  'static',
  'stripped',
  'dwarf',
  'buildinfo',
  'go-version',
  'goos',
  'goarch',
  'variant',
  'cgo',
  'trimpath',
  'vcs-revision',
  'vcs-modified',
  'smoke-run',
  'reproducible',
  'image'
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export interface Finding {
  check: CheckName;
  severity: Severity;
  message: string;
}

export interface ElfReport {
  class: 32 | 64;
  endian: 'little' | 'big';
  machine: number;
  machineName: string;
  osabi: number;
  type: string;
  flags: number;
  interpreter: string | null;
  needed: string[];
  stripped: boolean;
  dwarf: boolean;
  goBuildId: string | null;
  gnuBuildId: string | null;
}

export interface MachOReport {
  bits: 32 | 64;
  endian: 'little' | 'big';
  cpu: number;
  cpuName: string;
  type: string;
  flags: number;
  dylibs: string[];
  stripped: boolean;
  dwarf: boolean;
  /** For a fat file: every arch in it; the other fields describe the one checked. */
  arches: MachOArch[] | null;
}

export interface MachOArch {
  cpu: number;
  cpuName: string;
  bits: 32 | 64;
  type: string;
  stripped: boolean;
  dwarf: boolean;
}

export interface PeReport {
  bits: 32 | 64;
  machine: number;
  machineName: string;
  magic: 'PE32' | 'PE32+' | null;
  type: 'exec' | 'dll' | 'object';
  subsystem: number;
  subsystemName: string;
  imports: boolean;
  dlls: string[];
  stripped: boolean;
  dwarf: boolean;
}

export interface GoReport {
  version: string;
  /** GOEXPERIMENT values recorded in the version (go1.27.4-X:arenas -> ["arenas"]); empty when none. */
  experiments: string[];
  /** Main package path. */
  path: string | null;
  main: Module | null;
  settings: Record<string, string>;
  deps: Module[];
  /** "inline" (Go 1.18+) or "pointer" (older Go). */
  buildInfoFormat: 'inline' | 'pointer';
}

export interface VerifyStats {
  bytesRead: number;
  reads: number;
  fileSize: number;
  ms: number;
}

/** One section of the binary (of the checked arch for a fat Mach-O) and its size in bytes. */
export interface SectionSize {
  /** ELF/PE section name (`.text`), Mach-O `segment,section` (`__TEXT,__text`). */
  name: string;
  /** ELF sh_size, Mach-O size, PE VirtualSize (else SizeOfRawData): memory size, so `.bss` counts. */
  size: number;
}

export interface FileReport {
  path: string;
  /** The file's size in bytes (null when it could not be opened). */
  size: number | null;
  ok: boolean;
  format: string | null;
  goos: string | null;
  goarch: string | null;
  elf: ElfReport | null;
  macho: MachOReport | null;
  pe: PeReport | null;
  go: GoReport | null;
  /** Section sizes (optional in the schema: reports of older versions lack it); comparisons use it. */
  sections?: SectionSize[];
  findings: Finding[];
}

/** The report of a file that could not be looked at: one finding says why. */
export function failedReport(
  path: string,
  finding: Finding,
  size: number | null = null
): FileReport {
  return {
    path,
    size,
    ok: false,
    format: null,
    goos: null,
    goarch: null,
    elf: null,
    macho: null,
    pe: null,
    go: null,
    findings: [finding]
  };
}

export function elfReport(ins: Inspection): ElfReport | null {
  const f = ins.elf;
  if (!f) return null;
  return {
    class: f.bits,
    endian: f.endian,
    machine: f.machine,
    machineName: elfMachineName(f.machine),
    osabi: f.osabi,
    type: ELF_TYPES[f.type]?.name ?? `0x${f.type.toString(16)}`,
    flags: f.flags,
    interpreter: f.interpreter,
    needed: f.needed,
    stripped: elfStripped(f),
    dwarf: elfDwarf(f),
    goBuildId: f.goBuildId,
    gnuBuildId: f.gnuBuildId
  };
}

const cpuName = (cpu: number) => MACHO_CPUS[cpu] ?? `cpu 0x${cpu.toString(16)}`;

export function machoReport(ins: Inspection): MachOReport | null {
  const f = ins.macho;
  if (!f) return null;
  return {
    bits: f.bits,
    endian: f.endian,
    cpu: f.cpu,
    cpuName: cpuName(f.cpu),
    type: MACHO_FILETYPES[f.filetype] ?? `filetype ${f.filetype}`,
    flags: f.flags,
    dylibs: f.dylibs,
    stripped: machoOwnSymbols(f) === 0,
    dwarf: machoHasDwarf(f),
    arches: ins.fat
      ? ins.fat.facts.map(a => ({
          cpu: a.cpu,
          cpuName: cpuName(a.cpu),
          bits: a.bits,
          type: MACHO_FILETYPES[a.filetype] ?? `filetype ${a.filetype}`,
          stripped: machoOwnSymbols(a) === 0,
          dwarf: machoHasDwarf(a)
        }))
      : null
  };
}

export function peReport(ins: Inspection): PeReport | null {
  const f = ins.pe;
  if (!f) return null;
  return {
    bits: f.magic === 0x20b ? 64 : 32,
    machine: f.machine,
    machineName: PE_MACHINES[f.machine] ?? `machine 0x${f.machine.toString(16)}`,
    magic: f.magic === 0x20b ? 'PE32+' : f.magic === 0x10b ? 'PE32' : null,
    type:
      f.characteristics & IMAGE_FILE_DLL
        ? 'dll'
        : f.characteristics & IMAGE_FILE_EXECUTABLE_IMAGE
          ? 'exec'
          : 'object',
    subsystem: f.subsystem,
    subsystemName: PE_SUBSYSTEMS[f.subsystem] ?? `subsystem ${f.subsystem}`,
    imports: f.dlls.length > 0,
    dlls: f.dlls,
    stripped: f.nsyms === 0,
    dwarf: peHasDwarf(f)
  };
}

/** The sections with their sizes, in header order; unnamed (index 0) and empty ones left out. */
export function sectionSizes(ins: Inspection): SectionSize[] {
  if (ins.elf)
    return ins.elf.sections
      .filter(s => s.name && s.size > 0)
      .map(s => ({ name: s.name, size: s.size }));
  if (ins.macho)
    return ins.macho.sections
      .filter(s => s.size > 0)
      .map(s => ({ name: `${s.segment},${s.name}`, size: s.size }));
  if (ins.pe)
    return ins.pe.sections
      .map(s => ({ name: s.name, size: s.virtualSize || s.rawSize }))
      .filter(s => s.name && s.size > 0);
  return [];
}

export function goReport(ins: Inspection): GoReport | null {
  if (!ins.go) return null;
  const { raw, mod } = ins.go;
  return {
    version: raw.version,
    experiments: parseBuildVersion(raw.version).experiments,
    path: mod.path,
    main: mod.main,
    settings: mod.settings,
    deps: mod.deps,
    buildInfoFormat: raw.format
  };
}

/** One line per file plus indented findings: compact enough for a terminal or a CI log. */
export function formatTable(reports: FileReport[]): string {
  // File names, build-info strings and finding text are untrusted: the table is
  // often printed into a CI log, where a raw newline, `::` or ESC is a command.
  const rows = reports.map(r =>
    [
      r.ok ? 'ok' : 'FAIL',
      r.path,
      r.format ?? '-',
      r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '-',
      r.go?.version ?? '-',
      summary(r)
    ].map(untrusted)
  );
  const head = ['', 'file', 'format', 'target', 'go', 'facts'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(row => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(head)];
  reports.forEach((r, i) => {
    out.push(line(rows[i]));
    for (const f of r.findings) {
      if (f.severity === 'info') continue;
      out.push(
        `    ${f.severity === 'error' ? 'error' : 'warn '} ${f.check}: ${untrusted(f.message)}`
      );
    }
  });
  const failed = reports.filter(r => !r.ok).length;
  out.push(`${reports.length} file(s), ${failed} failed`);
  return out.join('\n');
}

function summary(r: FileReport): string {
  const parts: string[] = [];
  const bin = r.elf ?? r.macho ?? r.pe;
  if (r.elf) {
    parts.push(`${r.elf.class}-bit ${r.elf.endian}`, r.elf.machineName, r.elf.type);
    parts.push(r.elf.interpreter || r.elf.needed.length ? 'dynamic' : 'static');
  } else if (r.macho) {
    parts.push(`${r.macho.bits}-bit`, r.macho.cpuName, r.macho.type);
  } else if (r.pe) {
    parts.push(r.pe.magic ?? 'PE', r.pe.machineName, r.pe.type);
  }
  if (bin) parts.push(bin.stripped ? 'stripped' : 'symbols', bin.dwarf ? 'dwarf' : 'no-dwarf');
  return parts.join(', ');
}
