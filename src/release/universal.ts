/**
 * Joins thin Mach-O executables into one universal (fat) file, laid out as
 * llvm-lipo writes it: big-endian fat header (0xcafebabe, nfat_arch), one
 * fat_arch {cputype, cpusubtype, offset, size, align} per slice, slices sorted
 * by alignment (arm64 last) and each at a multiple of 2^align. Pure.
 */
import { FAT_MAGIC, MACHO_CPUS } from '../verify/macho.js';

const MH_MAGIC_64 = 0xfeedfacf;
const CPU_TYPE_X86_64 = 0x01000007;
const CPU_TYPE_ARM64 = 0x0100000c;

/** Page alignment (log2) per cputype, as lipo uses for executables: 16 KiB on arm64, 4 KiB otherwise. */
export function sliceAlign(cpu: number): number {
  return cpu === CPU_TYPE_ARM64 ? 14 : 12;
}

export class UniversalError extends Error {}

export interface FatEntry {
  cpu: number;
  cpuSubtype: number;
  offset: number;
  size: number;
  align: number;
}

/** The arch table for thin files of these sizes/cpus, in lipo's order. */
export function fatLayout(thin: { cpu: number; cpuSubtype: number; size: number }[]): FatEntry[] {
  const sorted = thin
    .map((t, i) => ({ ...t, i, align: sliceAlign(t.cpu) }))
    .sort((a, b) => a.align - b.align || a.i - b.i);
  let end = 8 + 20 * thin.length;
  return sorted.map(t => {
    const page = 2 ** t.align;
    const offset = Math.ceil(end / page) * page;
    end = offset + t.size;
    return { cpu: t.cpu, cpuSubtype: t.cpuSubtype, offset, size: t.size, align: t.align };
  });
}

/** Reads cputype/cpusubtype of a thin little-endian 64-bit Mach-O (what Go writes for darwin). */
export function thinHeader(data: Uint8Array, name: string): { cpu: number; cpuSubtype: number } {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length < 32 || b.readUInt32LE(0) !== MH_MAGIC_64)
    throw new UniversalError(`${name} is not a thin 64-bit Mach-O file`);
  return { cpu: b.readUInt32LE(4), cpuSubtype: b.readUInt32LE(8) };
}

/** The universal file's bytes: header, arch table, zero padding, slices. */
export function joinFat(thin: { name: string; data: Uint8Array }[]): Buffer {
  if (thin.length < 2) throw new UniversalError('a universal binary needs at least two slices');
  const heads = thin.map(t => ({ ...thinHeader(t.data, t.name), size: t.data.length }));
  const cpus = heads.map(h => h.cpu);
  const dup = cpus.find((c, i) => cpus.indexOf(c) !== i);
  if (dup !== undefined)
    throw new UniversalError(`two slices are ${MACHO_CPUS[dup] ?? `cpu 0x${dup.toString(16)}`}`);
  if (!cpus.every(c => c === CPU_TYPE_X86_64 || c === CPU_TYPE_ARM64))
    throw new UniversalError('universal binaries are joined from x86_64 and arm64 slices only');
  const layout = fatLayout(heads);
  const last = layout[layout.length - 1];
  const out = Buffer.alloc(last.offset + last.size);
  out.writeUInt32BE(FAT_MAGIC, 0);
  out.writeUInt32BE(layout.length, 4);
  layout.forEach((e, i) => {
    const o = 8 + 20 * i;
    out.writeUInt32BE(e.cpu, o);
    out.writeUInt32BE(e.cpuSubtype, o + 4);
    out.writeUInt32BE(e.offset, o + 8);
    out.writeUInt32BE(e.size, o + 12);
    out.writeUInt32BE(e.align, o + 16);
    const src = thin[heads.findIndex(h => h.cpu === e.cpu)].data;
    out.set(src, e.offset);
  });
  return out;
}
