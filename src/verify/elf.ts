/**
 * ELF facts (32/64-bit, either byte order): header, program headers with the
 * interpreter and DT_NEEDED names, section headers with names, notes. Modelled
 * on Go's debug/elf structure; reads only headers and the few small tables
 * it needs. No policy here: checks.ts decides what is wrong.
 */
import { beyondEnd, cString, Fields, type Segment } from './binary.js';
import { FormatError, type Reader } from './reader.js';

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
// Linked executables have tens of sections; 16384 bounds the work on a lying header (each is an object).
const MAX_SHNUM = 16384;
const MAX_DYN = 8192;
const MAX_NOTES_BYTES = 64 * 1024;
const MAX_STRTAB = 1024 * 1024;

/** e_type values (ET_*). */
export const ET = { NONE: 0, REL: 1, EXEC: 2, DYN: 3, CORE: 4 } as const;

/** Each e_type once: the report's short name and the words a finding uses. */
export const ELF_TYPES: Record<number, { name: string; what: string }> = {
  [ET.NONE]: { name: 'none', what: 'none' },
  [ET.REL]: { name: 'rel', what: 'relocatable object' },
  [ET.EXEC]: { name: 'exec', what: 'executable' },
  [ET.DYN]: { name: 'dyn', what: 'shared object' },
  [ET.CORE]: { name: 'core', what: 'core dump' }
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
    const t = new Fields(
      await r.bytes(phoff, phnum * phentsize, 'ELF program header table'),
      little,
      'program headers'
    );
    for (let i = 0, o = 0; i < phnum; i++, o += phentsize) {
      facts.programs.push(
        bits === 64
          ? {
              type: t.u32(o),
              flags: t.u32(o + 4),
              offset: t.u64(o + 8),
              vaddr: t.u64(o + 16),
              filesz: t.u64(o + 32),
              memsz: t.u64(o + 40)
            }
          : {
              type: t.u32(o),
              offset: t.u32(o + 4),
              vaddr: t.u32(o + 8),
              filesz: t.u32(o + 16),
              memsz: t.u32(o + 20),
              flags: t.u32(o + 24)
            }
      );
    }
  }

  if (shoff !== 0 && shnum > 0) {
    if (shnum > MAX_SHNUM)
      throw new FormatError(
        `ELF header claims ${shnum} sections (more than ${MAX_SHNUM}: not a plausible executable)`
      );
    if (shentsize < shdrSize)
      throw new FormatError(`ELF section header size ${shentsize} is too small`);
    const t = new Fields(
      await r.bytes(shoff, shnum * shentsize, 'ELF section header table'),
      little,
      'section headers'
    );
    const raw: ElfSection[] = [];
    const nameOffs: number[] = [];
    for (let i = 0, o = 0; i < shnum; i++, o += shentsize) {
      raw.push(
        bits === 64
          ? {
              name: '',
              type: t.u32(o + 4),
              flags: t.u64(o + 8),
              addr: t.u64(o + 16),
              offset: t.u64(o + 24),
              size: t.u64(o + 32),
              link: t.u32(o + 40)
            }
          : {
              name: '',
              type: t.u32(o + 4),
              flags: t.u32(o + 8),
              addr: t.u32(o + 12),
              offset: t.u32(o + 16),
              size: t.u32(o + 20),
              link: t.u32(o + 24)
            }
      );
      nameOffs.push(t.u32(o));
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
      for (let i = 0; i < raw.length; i++) {
        const name = cString(names, nameOffs[i], 1024);
        if (name === null)
          throw new FormatError(
            `ELF section ${i} has a name offset (${nameOffs[i]}) outside the section name table`
          );
        raw[i].name = name;
      }
    }
    facts.sections = raw;
  }

  // Cheap scan first; words only for the one region that does not fit.
  const p = facts.programs.findIndex(x => x.offset + x.filesz > r.size);
  const sec = facts.sections.find(x => x.type !== SHT_NOBITS && x.offset + x.size > r.size);
  facts.truncated =
    p >= 0
      ? beyondEnd(r.size, [
          { what: `program header ${p}`, end: facts.programs[p].offset + facts.programs[p].filesz }
        ])
      : sec
        ? beyondEnd(r.size, [
            { what: `section ${sec.name || '(unnamed)'}`, end: sec.offset + sec.size }
          ])
        : null;

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
    const seg = elfSegments(f).find(s => strtabAddr >= s.vaddr && strtabAddr < s.vaddr + s.size);
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

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}

export function hasSymtab(f: ElfFacts): boolean {
  return f.sections.some(s => s.type === SHT_SYMTAB || s.name === '.symtab');
}
