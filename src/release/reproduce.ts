/**
 * Explains why a rebuild differs: the section holding the first differing
 * byte (from the parsed section tables) and the build settings that differ.
 * Pure.
 */
import type { Inspection } from '../verify/inspect.js';
import { MACHO_CPUS } from '../verify/macho.js';

export interface FileRange {
  name: string;
  offset: number;
  size: number;
}

/** File ranges of an inspected binary's sections (fat Mach-O: every slice's, by absolute offset). */
export function sectionRanges(ins: Inspection): FileRange[] {
  if (ins.elf)
    // SHT_NOBITS (8) sections take no file bytes.
    return ins.elf.sections
      .filter(s => s.type !== 8 && s.size > 0 && s.name)
      .map(s => ({ name: s.name, offset: s.offset, size: s.size }));
  if (ins.fat)
    return ins.fat.facts.flatMap((f, i) => {
      const base = ins.fat!.arches[i].offset;
      const arch = MACHO_CPUS[ins.fat!.arches[i].cpu] ?? `slice ${i}`;
      return [
        { name: `${arch} slice`, offset: base, size: ins.fat!.arches[i].size },
        ...f.sections
          .filter(s => s.offset > 0 && s.size > 0)
          .map(s => ({
            name: `${arch} ${s.segment},${s.name}`,
            offset: base + s.offset,
            size: s.size
          }))
      ];
    });
  if (ins.macho)
    return ins.macho.sections
      .filter(s => s.offset > 0 && s.size > 0)
      .map(s => ({ name: `${s.segment},${s.name}`, offset: s.offset, size: s.size }));
  if (ins.pe)
    return ins.pe.sections
      .filter(s => s.rawSize > 0)
      .map(s => ({ name: s.name, offset: s.rawOffset, size: s.rawSize }));
  return [];
}

/** The innermost named range holding `offset`, or where it falls between them. */
export function locate(ranges: FileRange[], offset: number): string {
  const holding = ranges
    .filter(r => offset >= r.offset && offset < r.offset + r.size)
    .sort((a, b) => a.size - b.size);
  if (holding.length) {
    const r = holding[0];
    return `section ${r.name} (+0x${(offset - r.offset).toString(16)})`;
  }
  return 'headers or padding outside any section';
}

/** The first section (by file offset) whose bytes differ between the two files. */
export function firstDifferingSection(
  ranges: FileRange[],
  a: Uint8Array,
  b: Uint8Array
): string | undefined {
  for (const r of [...ranges].sort((x, y) => x.offset - y.offset || y.size - x.size)) {
    const end = r.offset + r.size;
    const i = firstDifference(a.subarray(r.offset, end), b.subarray(r.offset, end));
    if (i >= 0) return `section ${r.name} (+0x${i.toString(16)})`;
  }
  return undefined;
}

/** First index where two buffers differ; -1 when equal. */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/** Build settings whose values differ (or exist in one build only), as `key: a -> b`. */
export function settingsDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter(k => a[k] !== b[k])
    .map(k => `${k}: ${a[k] ?? '(unset)'} -> ${b[k] ?? '(unset)'}`);
}

/** The finding's message. */
export function describeDifference(d: {
  offset: number;
  where: string;
  /** When the first byte is in no section: the first section that differs. */
  section?: string;
  sizes: [number, number];
  settings: string[];
}): string {
  const size = d.sizes[0] === d.sizes[1] ? '' : ` (sizes ${d.sizes[0]} and ${d.sizes[1]} bytes)`;
  const settings = d.settings.length
    ? `; build settings that differ: ${d.settings.join(', ')}`
    : '; the build settings are the same';
  const section = d.section && d.section !== d.where ? `; first differing ${d.section}` : '';
  return `not reproducible: a rebuild from the same sources in a fresh GOCACHE under another path differs first at offset 0x${d.offset.toString(16)}, in ${d.where}${section}${size}${settings}`;
}
