/**
 * ELF facts (32/64-bit, either byte order): header, program headers with the
 * interpreter and DT_NEEDED names, section headers with names, notes. Modelled
 * on Go's debug/elf structure; reads only headers and the few small tables
 * it needs. No policy here: checks.ts decides what is wrong.
 */
import { Fields, cString } from './fields.js';
import { FormatError, type Reader } from './reader.js';
import type { Segment } from './buildinfo.js';

export const PT = { LOAD: 1, DYNAMIC: 2, INTERP: 3, NOTE: 4 } as const;
export const PF = { X: 1, W: 2, R: 4 } as const;
const SHT_SYMTAB = 2;
const SHT_NOTE = 7;
const SHT_NOBITS = 8;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;

// Caps on counts and sizes read from the file (real Go binaries are far below).
const MAX_PHNUM = 4096;
const MAX_SHNUM = 65536;
const MAX_DYN = 8192;
const MAX_NOTES_BYTES = 64 * 1024;
const MAX_STRTAB = 1024 * 1024;

export const ELF_TYPES: Record<number, string> = {
  0: 'none',
  1: 'rel',
  2: 'exec',
  3: 'dyn',
  4: 'core'
};

export interface ElfProgram {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
}

export interface ElfSection {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
}

export interface ElfFacts {
  bits: 32 | 64;
  endian: 'little' | 'big';
  osabi: number;
  abiVersion: number;
  type: number;
  machine: number;
  version: number;
  flags: number;
  entry: number;
  programs: ElfProgram[];
  sections: ElfSection[];
  interpreter: string | null;
  hasDynamic: boolean;
  needed: string[];
  /** `.note.go.buildid` descriptor, when present. */
  goBuildId: string | null;
  /** NT_GNU_BUILD_ID as hex, when present. */
  gnuBuildId: string | null;
  /** Problems that do not stop parsing (e.g. a bad dynamic string offset). */
  warnings: string[];
  /** Set when a segment or section claims bytes past the end of the file (an incomplete copy). */
  truncated: string | null;
}

export function isElf(head: Buffer): boolean {
  return (
    head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46
  );
}

export async function parseElf(r: Reader): Promise<ElfFacts> {
  const ident = await r.bytes(0, 16, 'ELF identification');
  const cls = ident[4];
  const data = ident[5];
  if (cls !== 1 && cls !== 2)
    throw new FormatError(`ELF class byte is ${cls}, not 1 (32-bit) or 2 (64-bit)`);
  if (data !== 1 && data !== 2)
    throw new FormatError(`ELF data byte is ${data}, not 1 (little) or 2 (big endian)`);
  const bits = cls === 2 ? 64 : 32;
  const little = data === 1;
  const w: 4 | 8 = bits === 64 ? 8 : 4;
  const ehsize = bits === 64 ? 64 : 52;
  const h = new Fields(await r.bytes(0, ehsize, 'ELF header'), little, 'ELF header');

  const type = h.u16(16);
  const machine = h.u16(18);
  const version = h.u32(20);
  const entry = h.word(24, w);
  const phoff = h.word(24 + w, w);
  const shoff = h.word(24 + 2 * w, w);
  const flags = h.u32(24 + 3 * w);
  const phentsize = h.u16(28 + 3 * w + 2);
  let phnum = h.u16(28 + 3 * w + 4);
  const shentsize = h.u16(28 + 3 * w + 6);
  let shnum = h.u16(28 + 3 * w + 8);
  let shstrndx = h.u16(28 + 3 * w + 10);

  const facts: ElfFacts = {
    bits,
    endian: little ? 'little' : 'big',
    osabi: ident[7],
    abiVersion: ident[8],
    type,
    machine,
    version,
    flags,
    entry,
    programs: [],
    sections: [],
    interpreter: null,
    hasDynamic: false,
    needed: [],
    goBuildId: null,
    gnuBuildId: null,
    warnings: [],
    truncated: null
  };

  const shdrSize = bits === 64 ? 64 : 40;
  const phdrSize = bits === 64 ? 56 : 32;

  // Extended numbering (Go's debug/elf): counts that do not fit live in section 0.
  if (shoff !== 0 && (shnum === 0 || shstrndx === 0xffff || phnum === 0xffff)) {
    if (shentsize < shdrSize)
      throw new FormatError(`ELF section header size ${shentsize} is too small`);
    const s0 = new Fields(
      await r.bytes(shoff, shdrSize, 'ELF section header 0'),
      little,
      'section 0'
    );
    if (shnum === 0) shnum = s0.word(bits === 64 ? 32 : 20, w);
    if (shstrndx === 0xffff) shstrndx = s0.u32(bits === 64 ? 40 : 24);
    if (phnum === 0xffff) phnum = s0.u32(bits === 64 ? 44 : 28);
  }

  if (phnum > 0) {
    if (phnum > MAX_PHNUM) throw new FormatError(`ELF header claims ${phnum} program headers`);
    if (phentsize < phdrSize)
      throw new FormatError(`ELF program header size ${phentsize} is too small`);
    const table = await r.bytes(phoff, phnum * phentsize, 'ELF program header table');
    for (let i = 0; i < phnum; i++) {
      const p = new Fields(
        table.subarray(i * phentsize, i * phentsize + phdrSize),
        little,
        `program header ${i}`
      );
      facts.programs.push(
        bits === 64
          ? {
              type: p.u32(0),
              flags: p.u32(4),
              offset: p.u64(8),
              vaddr: p.u64(16),
              filesz: p.u64(32),
              memsz: p.u64(40)
            }
          : {
              type: p.u32(0),
              offset: p.u32(4),
              vaddr: p.u32(8),
              filesz: p.u32(16),
              memsz: p.u32(20),
              flags: p.u32(24)
            }
      );
    }
  }

  if (shoff !== 0 && shnum > 0) {
    if (shnum > MAX_SHNUM) throw new FormatError(`ELF header claims ${shnum} sections`);
    if (shentsize < shdrSize)
      throw new FormatError(`ELF section header size ${shentsize} is too small`);
    const table = await r.bytes(shoff, shnum * shentsize, 'ELF section header table');
    const raw: (ElfSection & { nameOff: number })[] = [];
    for (let i = 0; i < shnum; i++) {
      const s = new Fields(
        table.subarray(i * shentsize, i * shentsize + shdrSize),
        little,
        `section header ${i}`
      );
      raw.push(
        bits === 64
          ? {
              name: '',
              nameOff: s.u32(0),
              type: s.u32(4),
              flags: s.u64(8),
              addr: s.u64(16),
              offset: s.u64(24),
              size: s.u64(32),
              link: s.u32(40)
            }
          : {
              name: '',
              nameOff: s.u32(0),
              type: s.u32(4),
              flags: s.u32(8),
              addr: s.u32(12),
              offset: s.u32(16),
              size: s.u32(20),
              link: s.u32(24)
            }
      );
    }
    if (shstrndx !== 0) {
      if (shstrndx >= shnum)
        throw new FormatError(
          `ELF section name table index ${shstrndx} is not below the section count ${shnum}`
        );
      const strtab = raw[shstrndx];
      if (strtab.size > MAX_STRTAB)
        throw new FormatError(`ELF section name table is implausibly large (${strtab.size} bytes)`);
      const names = await r.bytes(strtab.offset, strtab.size, 'ELF section name table');
      for (const [i, s] of raw.entries()) {
        const name = cString(names, s.nameOff, 1024);
        if (name === null)
          throw new FormatError(
            `ELF section ${i} has a name offset (${s.nameOff}) outside the section name table`
          );
        s.name = name;
      }
    }
    facts.sections = raw.map(({ nameOff: _n, ...s }) => s);
  }

  facts.truncated = beyondEnd(r.size, [
    ...facts.programs.map((p, i) => ({ what: `program header ${i}`, end: p.offset + p.filesz })),
    ...facts.sections
      .filter(s => s.type !== SHT_NOBITS)
      .map(s => ({ what: `section ${s.name || '(unnamed)'}`, end: s.offset + s.size }))
  ]);

  const interp = facts.programs.find(p => p.type === PT.INTERP);
  if (interp) {
    const bytes = await r.bytes(
      interp.offset,
      Math.min(interp.filesz, 4096),
      'ELF interpreter (PT_INTERP)'
    );
    const nul = bytes.indexOf(0);
    facts.interpreter = bytes.toString('utf8', 0, nul < 0 ? bytes.length : nul);
  }

  const dyn = facts.programs.find(p => p.type === PT.DYNAMIC);
  if (dyn) {
    facts.hasDynamic = true;
    facts.needed = await readNeeded(r, facts, dyn, little, w);
  }

  await readNotes(r, facts, little);
  return facts;
}

/** Segments that map virtual addresses to file bytes (for pointer-format build info). */
export function elfSegments(f: ElfFacts): Segment[] {
  return f.programs
    .filter(p => p.type === PT.LOAD)
    .map(p => ({ vaddr: p.vaddr, offset: p.offset, size: p.filesz }));
}

async function readNeeded(
  r: Reader,
  f: ElfFacts,
  dyn: ElfProgram,
  little: boolean,
  w: 4 | 8
): Promise<string[]> {
  const entSize = 2 * w;
  const count = Math.min(Math.floor(dyn.filesz / entSize), MAX_DYN);
  const table = new Fields(
    await r.bytes(dyn.offset, count * entSize, 'ELF dynamic section'),
    little,
    'dynamic'
  );
  const neededOffs: number[] = [];
  let strtabAddr: number | null = null;
  let strsz: number | null = null;
  for (let i = 0; i < count; i++) {
    const tag = table.word(i * entSize, w);
    const val = table.word(i * entSize + w, w);
    if (tag === DT_NULL) break;
    if (tag === DT_NEEDED) neededOffs.push(val);
    else if (tag === DT_STRTAB) strtabAddr = val;
    else if (tag === DT_STRSZ) strsz = val;
  }
  if (neededOffs.length === 0) return [];
  // Prefer the section the dynamic section links to (as readelf does), else map DT_STRTAB.
  let strOff: number | null = null;
  let strSize: number | null = null;
  const dynSec = f.sections.find(s => s.offset === dyn.offset && s.type !== SHT_NOBITS);
  const linked = dynSec ? f.sections[dynSec.link] : undefined;
  if (linked && linked.type !== SHT_NOBITS) {
    strOff = linked.offset;
    strSize = linked.size;
  } else if (strtabAddr !== null) {
    const seg = elfSegments(f).find(s => strtabAddr! >= s.vaddr && strtabAddr! < s.vaddr + s.size);
    if (seg) {
      strOff = seg.offset + (strtabAddr - seg.vaddr);
      strSize = strsz ?? seg.size - (strtabAddr - seg.vaddr);
    }
  }
  if (strOff === null || strSize === null) {
    f.warnings.push('dynamic section has DT_NEEDED entries but no string table');
    return neededOffs.map(o => `<unknown:${o}>`);
  }
  const strs = await r.bytes(
    strOff,
    Math.min(strSize, MAX_STRTAB, Math.max(0, r.size - strOff)),
    'ELF dynamic string table'
  );
  return neededOffs.map(o => {
    const s = cString(strs, o);
    if (s === null) {
      f.warnings.push(`DT_NEEDED name offset ${o} is outside the dynamic string table`);
      return `<invalid:${o}>`;
    }
    return s;
  });
}

/** Go build ID and GNU build ID from SHT_NOTE sections (or PT_NOTE segments without sections). */
async function readNotes(r: Reader, f: ElfFacts, little: boolean): Promise<void> {
  const regions =
    f.sections.length > 0
      ? f.sections.filter(s => s.type === SHT_NOTE).map(s => ({ offset: s.offset, size: s.size }))
      : f.programs.filter(p => p.type === PT.NOTE).map(p => ({ offset: p.offset, size: p.filesz }));
  for (const reg of regions.slice(0, 16)) {
    const buf = await r.bytes(reg.offset, Math.min(reg.size, MAX_NOTES_BYTES), 'ELF note');
    const n = new Fields(buf, little, 'note');
    let off = 0;
    while (off + 12 <= buf.length) {
      const namesz = n.u32(off);
      const descsz = n.u32(off + 4);
      const type = n.u32(off + 8);
      const nameStart = off + 12;
      const descStart = nameStart + align4(namesz);
      const next = descStart + align4(descsz);
      if (next > buf.length || next <= off) break;
      const name = buf.toString('latin1', nameStart, nameStart + namesz).replace(/\0+$/, '');
      const desc = buf.subarray(descStart, descStart + descsz);
      if (name === 'Go' && type === 4) f.goBuildId = desc.toString('latin1');
      if (name === 'GNU' && type === 3) f.gnuBuildId = desc.toString('hex');
      off = next;
    }
  }
}

/** The first region that ends past the end of the file, described; null if all fit. */
export function beyondEnd(size: number, regions: { what: string; end: number }[]): string | null {
  const bad = regions.find(x => x.end > size);
  return bad
    ? `${bad.what} ends at byte ${bad.end}, past the end of the file (${size} bytes)`
    : null;
}

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

export function hasSymtab(f: ElfFacts): boolean {
  return f.sections.some(s => s.type === SHT_SYMTAB || s.name === '.symtab');
}

export function isDwarfName(name: string): boolean {
  return /^\.(z?debug_|zdebug)/.test(name) || /^__z?debug_/.test(name);
}
