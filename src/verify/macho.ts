/**
 * Mach-O facts: thin 32/64-bit (either byte order) and fat/universal files
 * (every arch). cputype, filetype, flags, segments and sections, dylibs,
 * symbol table presence, DWARF, platform. Structure as Go's debug/macho.
 */
import { beyondEnd, cString, Fields, fixedString, isDwarfName, type Segment } from './binary.js';
import { FormatError, type Reader } from './reader.js';

const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM = 0xcefaedfe;
const MH_CIGAM_64 = 0xcffaedfe;
export const FAT_MAGIC = 0xcafebabe;
export const FAT_MAGIC_64 = 0xcafebabf;

const LC_SEGMENT = 0x1;
const LC_SYMTAB = 0x2;
const LC_DYSYMTAB = 0xb;
const LC_LOAD_DYLIB = 0xc;
const LC_ID_DYLIB = 0xd;
const LC_LOAD_WEAK_DYLIB = 0x80000018;
const LC_REEXPORT_DYLIB = 0x8000001f;
const LC_LAZY_LOAD_DYLIB = 0x20;
const LC_LOAD_UPWARD_DYLIB = 0x80000023;
const LC_SEGMENT_64 = 0x19;
const LC_UUID = 0x1b;
const LC_VERSION_MIN_MACOSX = 0x24;
const LC_VERSION_MIN_IPHONEOS = 0x25;
const LC_BUILD_VERSION = 0x32;

const MAX_FAT_ARCHES = 64;
const MAX_NCMDS = 4096;
const MAX_SIZEOFCMDS = 1024 * 1024;
const MAX_NSECTS = 1024;

export const MACHO_FILETYPES: Record<number, string> = {
  1: 'object',
  2: 'execute',
  3: 'fvmlib',
  4: 'core',
  5: 'preload',
  6: 'dylib',
  7: 'dylinker',
  8: 'bundle',
  9: 'dylib_stub',
  10: 'dsym',
  11: 'kext_bundle'
};

export const MACHO_CPUS: Record<number, string> = {
  7: 'i386',
  0x01000007: 'x86_64',
  12: 'arm',
  0x0100000c: 'arm64',
  0x0200000c: 'arm64_32',
  18: 'ppc',
  0x01000012: 'ppc64'
};

export interface MachOSection {
  segment: string;
  name: string;
  addr: number;
  size: number;
  offset: number;
}

export interface MachOSegment {
  name: string;
  vmaddr: number;
  vmsize: number;
  fileoff: number;
  filesize: number;
}

export interface MachOFacts {
  bits: 32 | 64;
  endian: 'little' | 'big';
  cpu: number;
  cpuSubtype: number;
  filetype: number;
  flags: number;
  segments: MachOSegment[];
  sections: MachOSection[];
  dylibs: string[];
  /** Symbols in LC_SYMTAB. */
  nsyms: number;
  /** Undefined (imported) symbols per LC_DYSYMTAB; dyld needs these even in a stripped binary. */
  nundefsym: number;
  uuid: string | null;
  /** LC_BUILD_VERSION / LC_VERSION_MIN_* platform: 1 macOS, 2 iOS, ... */
  platform: number | null;
  /** Set when a segment claims file bytes past the end (an incomplete copy). */
  truncated: string | null;
}

export interface FatArch {
  cpu: number;
  cpuSubtype: number;
  offset: number;
  size: number;
}

export function machoKind(head: Buffer): 'thin' | 'fat' | null {
  if (head.length < 8) return null;
  const le = head.readUInt32LE(0);
  if (le === MH_MAGIC || le === MH_MAGIC_64 || le === MH_CIGAM || le === MH_CIGAM_64) return 'thin';
  const be = head.readUInt32BE(0);
  // Java class files share 0xcafebabe; their next word (version >= 45) is far above any arch count.
  if (
    (be === FAT_MAGIC || be === FAT_MAGIC_64) &&
    head.readUInt32BE(4) > 0 &&
    head.readUInt32BE(4) < 45
  )
    return 'fat';
  return null;
}

export async function parseFat(r: Reader): Promise<FatArch[]> {
  const h = new Fields(await r.bytes(0, 8, 'fat header'), false, 'fat header');
  const is64 = h.u32(0) === FAT_MAGIC_64;
  const n = h.u32(4);
  if (n > MAX_FAT_ARCHES) throw new FormatError(`fat Mach-O claims ${n} architectures`);
  const entSize = is64 ? 32 : 20;
  const t = new Fields(await r.bytes(8, n * entSize, 'fat arch table'), false, 'fat arch table');
  const arches: FatArch[] = [];
  for (let i = 0; i < n; i++) {
    const o = i * entSize;
    arches.push({
      cpu: t.u32(o),
      cpuSubtype: t.u32(o + 4),
      offset: is64 ? t.u64(o + 8) : t.u32(o + 8),
      size: is64 ? t.u64(o + 16) : t.u32(o + 12)
    });
  }
  // Every arch must lie inside the file, not just the one we will inspect.
  arches.forEach((a, i) => r.check(a.offset, a.size, `fat Mach-O arch ${i}`));
  return arches;
}

export async function parseMachO(r: Reader): Promise<MachOFacts> {
  const magicBuf = await r.bytes(0, 4, 'Mach-O magic');
  const le = magicBuf.readUInt32LE(0);
  const little = le === MH_MAGIC || le === MH_MAGIC_64;
  const bits = le === MH_MAGIC_64 || le === MH_CIGAM_64 ? 64 : 32;
  if (!little && le !== MH_CIGAM && le !== MH_CIGAM_64)
    throw new FormatError('not a Mach-O file (bad magic)');
  const hsize = bits === 64 ? 32 : 28;
  const h = new Fields(await r.bytes(0, hsize, 'Mach-O header'), little, 'Mach-O header');
  const facts: MachOFacts = {
    bits,
    endian: little ? 'little' : 'big',
    cpu: h.u32(4),
    cpuSubtype: h.u32(8),
    filetype: h.u32(12),
    flags: h.u32(24),
    segments: [],
    sections: [],
    dylibs: [],
    nsyms: 0,
    nundefsym: 0,
    uuid: null,
    platform: null,
    truncated: null
  };
  const ncmds = h.u32(16);
  const sizeofcmds = h.u32(20);
  if (ncmds > MAX_NCMDS) throw new FormatError(`Mach-O header claims ${ncmds} load commands`);
  if (sizeofcmds > MAX_SIZEOFCMDS)
    throw new FormatError(`Mach-O load commands claim ${sizeofcmds} bytes`);
  const cmds = await r.bytes(hsize, sizeofcmds, 'Mach-O load commands');
  const c = new Fields(cmds, little, 'Mach-O load commands');
  let off = 0;
  for (let i = 0; i < ncmds; i++) {
    if (off + 8 > cmds.length)
      throw new FormatError(`Mach-O load command ${i} is outside sizeofcmds`);
    const cmd = c.u32(off);
    const size = c.u32(off + 4);
    if (size < 8 || off + size > cmds.length)
      throw new FormatError(`Mach-O load command ${i} has bad size ${size}`);
    const body = new Fields(cmds.subarray(off, off + size), little, `load command ${i}`);
    switch (cmd) {
      case LC_SEGMENT:
      case LC_SEGMENT_64:
        readSegment(facts, body, cmd === LC_SEGMENT_64);
        break;
      case LC_SYMTAB:
        facts.nsyms = body.u32(12);
        break;
      case LC_DYSYMTAB:
        facts.nundefsym = body.u32(28);
        break;
      case LC_LOAD_DYLIB:
      case LC_LOAD_WEAK_DYLIB:
      case LC_REEXPORT_DYLIB:
      case LC_LAZY_LOAD_DYLIB:
      case LC_LOAD_UPWARD_DYLIB: {
        const name = cString(body.buf, body.u32(8), 4096);
        facts.dylibs.push(name ?? '<invalid>');
        break;
      }
      case LC_UUID:
        facts.uuid = body.buf.subarray(8, 24).toString('hex');
        break;
      case LC_BUILD_VERSION:
        facts.platform = body.u32(8);
        break;
      case LC_VERSION_MIN_MACOSX:
        facts.platform ??= 1;
        break;
      case LC_VERSION_MIN_IPHONEOS:
        facts.platform ??= 2;
        break;
      case LC_ID_DYLIB:
      default:
        break;
    }
    off += size;
  }
  facts.truncated = beyondEnd(
    r.size,
    facts.segments.map(s => ({
      what: `segment ${s.name || '(unnamed)'}`,
      end: s.fileoff + s.filesize
    }))
  );
  return facts;
}

function readSegment(f: MachOFacts, b: Fields, is64: boolean): void {
  const w: 4 | 8 = is64 ? 8 : 4;
  const seg: MachOSegment = {
    name: fixedString(b.buf, 8, 16),
    vmaddr: b.word(24, w),
    vmsize: b.word(24 + w, w),
    fileoff: b.word(24 + 2 * w, w),
    filesize: b.word(24 + 3 * w, w)
  };
  f.segments.push(seg);
  const nsectsOff = 24 + 4 * w + 8;
  const nsects = b.u32(nsectsOff);
  if (nsects > MAX_NSECTS)
    throw new FormatError(`Mach-O segment ${seg.name} claims ${nsects} sections`);
  const secSize = is64 ? 80 : 68;
  let off = nsectsOff + 8;
  for (let i = 0; i < nsects; i++, off += secSize) {
    if (off + secSize > b.buf.length)
      throw new FormatError(`Mach-O segment ${seg.name}: section ${i} is outside the command`);
    f.sections.push({
      name: fixedString(b.buf, off, 16),
      segment: fixedString(b.buf, off + 16, 16),
      addr: b.word(off + 32, w),
      size: b.word(off + 32 + w, w),
      offset: b.u32(off + 32 + 2 * w)
    });
  }
}

export function machoSegments(f: MachOFacts): Segment[] {
  return f.segments.map(s => ({
    vaddr: s.vmaddr,
    offset: s.fileoff,
    size: Math.min(s.filesize, s.vmsize)
  }));
}

/** Symbols beyond the imports dyld needs: what -ldflags=-s removes. */
export function machoOwnSymbols(f: MachOFacts): number {
  return Math.max(0, f.nsyms - f.nundefsym);
}

export function machoHasDwarf(f: MachOFacts): boolean {
  return f.sections.some(s => s.segment === '__DWARF' || isDwarfName(s.name));
}
