/**
 * Facts about one file: detects the format from its first bytes, runs the
 * matching parser, locates and decodes Go build info, and decides whether the
 * file is a Go binary. Still no policy: checks.ts judges these facts.
 */
import { elfSegments, hasSymtab, isElf, parseElf, PF, PT, type ElfFacts } from './elf.js';
import {
  machoHasDwarf,
  machoKind,
  machoSegments,
  parseFat,
  parseMachO,
  type FatArch,
  type MachOFacts
} from './macho.js';
import { isPe, isPeDataSection, parsePe, peSegments, type PeFacts } from './pe.js';
import { isDwarfName, type Segment } from './binary.js';
import { readBuildInfo, type DataRegion, type RawBuildInfo } from './buildinfo.js';
import { parseModInfo, type ModInfo } from './modinfo.js';
import { FormatError, type Reader } from './reader.js';

export type Format = 'elf' | 'macho' | 'pe' | 'wasm' | 'xcoff' | 'plan9';

export interface GoFacts {
  raw: RawBuildInfo;
  mod: ModInfo;
}

export interface Inspection {
  format: Format | null;
  elf?: ElfFacts;
  macho?: MachOFacts;
  /** A fat Mach-O: every architecture (its fat entry and parsed header), and the one checked. */
  fat?: { arches: FatArch[]; facts: MachOFacts[]; chosen: number };
  pe?: PeFacts;
  go: GoFacts | null;
  /** Go-specific structure found (pclntab, build id, ...) even when build info is missing. */
  goMarkers: string[];
  /** Why the format could not be read further (malformed); facts up to here are kept. */
  error?: string;
  /** First bytes, to describe an unknown file. */
  head: Buffer;
}

const GO_BUILD_ID = Buffer.from('\xff Go build ID: "', 'latin1');

function sniff(head: Buffer): Format | null {
  if (isElf(head)) return 'elf';
  if (machoKind(head)) return 'macho';
  if (isPe(head)) return 'pe';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x0061736d) return 'wasm';
  if (head.length >= 2 && (head.readUInt16BE(0) === 0x01df || head.readUInt16BE(0) === 0x01f7))
    return 'xcoff';
  return null;
}

/**
 * Inspects a file. `preferCpu` picks the arch of a fat Mach-O (the target's
 * cputype). A FormatError is caught and recorded in `error` with the facts
 * gathered so far; only I/O failures propagate.
 */
export async function inspect(r: Reader, preferCpu?: number): Promise<Inspection> {
  const head = await r.upTo(0, 64, 'file header');
  const ins: Inspection = { format: sniff(head), go: null, goMarkers: [], head };
  try {
    switch (ins.format) {
      case 'elf':
        await inspectElf(r, ins);
        break;
      case 'macho':
        await inspectMachO(r, ins, preferCpu);
        break;
      case 'pe':
        await inspectPe(r, ins);
        break;
      default:
        break;
    }
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    ins.error = err.message;
  }
  return ins;
}

async function decodeGo(
  r: Reader,
  region: DataRegion | null,
  segments: Segment[],
  ins: Inspection
): Promise<void> {
  if (!region) return;
  const raw = await readBuildInfo(r, region, segments);
  if (raw) ins.go = { raw, mod: parseModInfo(raw.modinfo) };
}

async function inspectElf(r: Reader, ins: Inspection): Promise<void> {
  const f = await parseElf(r);
  ins.elf = f;
  for (const name of ['.go.buildinfo', '.gopclntab', '.go.module', '.note.go.buildid']) {
    if (f.sections.some(s => s.name === name)) ins.goMarkers.push(name);
  }
  if (f.goBuildId !== null && !ins.goMarkers.includes('.note.go.buildid'))
    ins.goMarkers.push('Go build ID note');
  // Go's debug/buildinfo: the .go.buildinfo section, else the first writable, non-executable PT_LOAD.
  const sec = f.sections.find(s => s.name === '.go.buildinfo');
  let region: DataRegion | null = sec
    ? { offset: sec.offset, size: sec.size, vaddr: sec.addr }
    : null;
  if (!region) {
    const seg = f.programs.find(p => p.type === PT.LOAD && (p.flags & (PF.X | PF.W)) === PF.W);
    if (seg) region = { offset: seg.offset, size: seg.filesz, vaddr: seg.vaddr };
  }
  await decodeGo(r, region, elfSegments(f), ins);
}

async function inspectMachO(r: Reader, ins: Inspection, preferCpu?: number): Promise<void> {
  let view = r;
  let f: MachOFacts;
  if (machoKind(ins.head) === 'fat') {
    const arches = await parseFat(r);
    if (arches.length === 0) throw new FormatError('fat Mach-O with no architectures');
    // Every arch is parsed (a broken one is a broken file); the target's is the one checked.
    const facts: MachOFacts[] = [];
    for (const [i, a] of arches.entries()) {
      facts.push(await parseMachO(r.slice(a.offset, a.size, `fat Mach-O arch ${i}`)));
    }
    const found = arches.findIndex(a => a.cpu === preferCpu);
    const chosen = found < 0 ? 0 : found;
    ins.fat = { arches, facts, chosen };
    view = r.slice(arches[chosen].offset, arches[chosen].size, `fat Mach-O arch ${chosen}`);
    f = facts[chosen];
  } else {
    f = await parseMachO(view);
  }
  ins.macho = f;
  for (const name of ['__go_buildinfo', '__gopclntab', '__go_module', '__gosymtab']) {
    if (f.sections.some(s => s.name === name)) ins.goMarkers.push(name);
  }
  const sec =
    f.sections.find(s => s.name === '__go_buildinfo') ??
    f.sections.find(s => s.segment === '__DATA' && s.name === '__data');
  const region = sec ? { offset: sec.offset, size: sec.size, vaddr: sec.addr } : null;
  await decodeGo(view, region, machoSegments(f), ins);
  if (ins.goMarkers.length === 0)
    await findBuildIdInText(
      view,
      f.sections.find(s => s.name === '__text'),
      ins
    );
}

async function inspectPe(r: Reader, ins: Inspection): Promise<void> {
  const f = await parsePe(r);
  ins.pe = f;
  // Go's linker writes a (possibly empty) COFF ".symtab" section no other common linker does.
  if (f.sections.some(s => s.name === '.symtab')) ins.goMarkers.push('.symtab section (Go linker)');
  const data = f.sections.find(isPeDataSection);
  const region = data
    ? {
        offset: data.rawOffset,
        size: Math.min(data.rawSize, data.virtualSize || data.rawSize),
        vaddr: f.imageBase + data.virtualAddress
      }
    : null;
  await decodeGo(r, region, peSegments(f), ins);
  const text = f.sections.find(s => s.name === '.text');
  await findBuildIdInText(r, text && { offset: text.rawOffset }, ins);
}

/** Go's linker puts `\xff Go build ID: "..."` at the start of the text of Mach-O and PE files. */
async function findBuildIdInText(
  r: Reader,
  text: { offset: number } | undefined,
  ins: Inspection
): Promise<void> {
  if (!text) return;
  const buf = await r.upTo(text.offset, 4096, 'text section start');
  if (buf.indexOf(GO_BUILD_ID) >= 0) ins.goMarkers.push('Go build ID');
}

export function elfStripped(f: ElfFacts): boolean {
  return !hasSymtab(f);
}

export function elfDwarf(f: ElfFacts): boolean {
  return f.sections.some(s => isDwarfName(s.name));
}

export { machoHasDwarf };
