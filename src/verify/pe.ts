/**
 * PE/COFF facts: machine, PE32/PE32+, subsystem, characteristics, sections
 * (long names resolved through the COFF string table), COFF symbols, and the
 * imported DLLs. Structure as Go's debug/pe.
 */
import { beyondEnd, cString, Fields, fixedString, isDwarfName, type Segment } from './binary.js';
import { FormatError, type Reader } from './reader.js';

const MAX_SECTIONS = 4096;
const MAX_IMPORTS = 1024;
const MAX_STRTAB = 1024 * 1024;
export const IMAGE_FILE_EXECUTABLE_IMAGE = 0x2;
export const IMAGE_FILE_DLL = 0x2000;

// Section characteristics, named as in Go's debug/pe.
export const IMAGE_SCN_CNT_INITIALIZED_DATA = 0x40;
export const IMAGE_SCN_ALIGN_32BYTES = 0x600000;
export const IMAGE_SCN_MEM_READ = 0x40000000;
export const IMAGE_SCN_MEM_WRITE = 0x80000000;

/**
 * Go's debug/buildinfo looks for build info in the first section that is
 * initialized, readable, writable data (alignment bits ignored): this one.
 */
export function isPeDataSection(s: PeSection): boolean {
  const want = (IMAGE_SCN_CNT_INITIALIZED_DATA | IMAGE_SCN_MEM_READ | IMAGE_SCN_MEM_WRITE) >>> 0;
  return (
    s.virtualAddress !== 0 &&
    s.rawSize !== 0 &&
    (s.characteristics & ~IMAGE_SCN_ALIGN_32BYTES) >>> 0 === want
  );
}

export const PE_MACHINES: Record<number, string> = {
  0x14c: 'Intel 386',
  0x8664: 'x86-64',
  0x1c0: 'ARM',
  0x1c4: 'ARMv7 Thumb-2',
  0xaa64: 'AArch64',
  0x5064: 'RISC-V 64',
  0x6264: 'LoongArch64'
};

export const PE_SUBSYSTEMS: Record<number, string> = {
  1: 'native',
  2: 'windows-gui',
  3: 'windows-cui',
  9: 'windows-ce-gui',
  10: 'efi-application'
};

export interface PeSection {
  name: string;
  virtualSize: number;
  virtualAddress: number;
  rawSize: number;
  rawOffset: number;
  characteristics: number;
}

export interface PeFacts {
  machine: number;
  characteristics: number;
  /** 0x10b PE32, 0x20b PE32+; 0 when there is no optional header. */
  magic: number;
  imageBase: number;
  subsystem: number;
  sections: PeSection[];
  /** COFF symbol table entries (Go's -s leaves none). */
  nsyms: number;
  dlls: string[];
  warnings: string[];
  /** Set when a section or the symbol table claims bytes past the end (an incomplete copy). */
  truncated: string | null;
}

export function isPe(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a; // "MZ"
}

export async function parsePe(r: Reader): Promise<PeFacts> {
  const dos = new Fields(await r.bytes(0, 64, 'DOS header'), true, 'DOS header');
  const peOff = dos.u32(0x3c);
  const sig = await r.bytes(peOff, 4, 'PE signature');
  if (sig.readUInt32BE(0) !== 0x50450000)
    throw new FormatError('MZ file without a PE signature (not a PE executable)');
  const coff = new Fields(await r.bytes(peOff + 4, 20, 'COFF header'), true, 'COFF header');
  const nsects = coff.u16(2);
  const symOff = coff.u32(8);
  const nsyms = coff.u32(12);
  const optSize = coff.u16(16);
  if (nsects > MAX_SECTIONS) throw new FormatError(`PE header claims ${nsects} sections`);
  const facts: PeFacts = {
    machine: coff.u16(0),
    characteristics: coff.u16(18),
    magic: 0,
    imageBase: 0,
    subsystem: 0,
    sections: [],
    nsyms: symOff === 0 ? 0 : nsyms,
    dlls: [],
    warnings: [],
    truncated: null
  };
  let importRva = 0;
  let importSize = 0;
  const optOff = peOff + 24;
  if (optSize >= 2) {
    const opt = new Fields(
      await r.bytes(optOff, optSize, 'PE optional header'),
      true,
      'optional header'
    );
    facts.magic = opt.u16(0);
    if (facts.magic !== 0x10b && facts.magic !== 0x20b)
      throw new FormatError(
        `PE optional header magic 0x${facts.magic.toString(16)} is neither PE32 nor PE32+`
      );
    const plus = facts.magic === 0x20b;
    facts.imageBase = plus ? opt.u64(24) : opt.u32(28);
    facts.subsystem = opt.u16(68);
    const ndirs = opt.u32(plus ? 108 : 92);
    const dirs = plus ? 112 : 96;
    if (ndirs > 1 && dirs + 16 <= optSize) {
      importRva = opt.u32(dirs + 8);
      importSize = opt.u32(dirs + 12);
    }
  }

  // Long section names are "/<decimal offset>" into the COFF string table after the symbols.
  let strtab: Buffer | null = null;
  const strtabOff = symOff + nsyms * 18;
  const table = await r.bytes(optOff + optSize, nsects * 40, 'PE section table');
  for (let i = 0; i < nsects; i++) {
    const s = new Fields(table.subarray(i * 40, i * 40 + 40), true, `section ${i}`);
    let name = fixedString(table, i * 40, 8);
    if (/^\/\d+$/.test(name)) {
      if (strtab === null && symOff !== 0) {
        const lenBuf = await r.bytes(strtabOff, 4, 'COFF string table');
        const len = lenBuf.readUInt32LE(0);
        if (len > MAX_STRTAB) throw new FormatError(`COFF string table claims ${len} bytes`);
        strtab = await r.bytes(strtabOff, Math.max(4, len), 'COFF string table');
      }
      const resolved = strtab ? cString(strtab, Number(name.slice(1)), 256) : null;
      if (resolved === null)
        throw new FormatError(`PE section ${i} name ${name} is outside the COFF string table`);
      name = resolved;
    }
    facts.sections.push({
      name,
      virtualSize: s.u32(8),
      virtualAddress: s.u32(12),
      rawSize: s.u32(16),
      rawOffset: s.u32(20),
      characteristics: s.u32(36)
    });
  }
  facts.truncated = beyondEnd(r.size, [
    ...facts.sections.map(s => ({
      what: `section ${s.name || '(unnamed)'}`,
      end: s.rawOffset + s.rawSize
    })),
    ...(symOff !== 0 ? [{ what: 'COFF symbol table', end: strtabOff }] : [])
  ]);
  if (importRva !== 0 && importSize !== 0) facts.dlls = await readImports(r, facts, importRva);
  return facts;
}

function rvaToOffset(f: PeFacts, rva: number): number | null {
  for (const s of f.sections) {
    const size = Math.min(s.rawSize, s.virtualSize || s.rawSize);
    if (rva >= s.virtualAddress && rva < s.virtualAddress + size)
      return s.rawOffset + (rva - s.virtualAddress);
  }
  return null;
}

/** DLL names from the import directory (20-byte descriptors ending with a zero one). */
async function readImports(r: Reader, f: PeFacts, rva: number): Promise<string[]> {
  const off = rvaToOffset(f, rva);
  if (off === null) {
    f.warnings.push('import directory is not inside any section');
    return [];
  }
  const dlls: string[] = [];
  const table = await r.upTo(off, MAX_IMPORTS * 20, 'PE import directory');
  for (let i = 0; i + 20 <= table.length; i += 20) {
    const d = new Fields(table.subarray(i, i + 20), true, 'import descriptor');
    const nameRva = d.u32(12);
    if (nameRva === 0 && d.u32(0) === 0 && d.u32(16) === 0) break;
    const nameOff = rvaToOffset(f, nameRva);
    const name =
      nameOff === null ? null : cString(await r.upTo(nameOff, 256, 'PE import name'), 0, 255);
    if (name === null) f.warnings.push(`import descriptor ${i / 20} has a bad name address`);
    dlls.push(name ?? '<invalid>');
  }
  return dlls;
}

export function peSegments(f: PeFacts): Segment[] {
  return f.sections.map(s => ({
    vaddr: f.imageBase + s.virtualAddress,
    offset: s.rawOffset,
    size: Math.min(s.rawSize, s.virtualSize || s.rawSize)
  }));
}

export function peHasDwarf(f: PeFacts): boolean {
  return f.sections.some(s => isDwarfName(s.name));
}
