/**
 * Binary-reading helpers shared by the ELF, Mach-O and PE parsers: endian-aware
 * integer and string access to a buffer the Reader read (out-of-range access is
 * a FormatError, never a RangeError), the truncation test, the DWARF section
 * naming rule, and the address-to-offset map build info decoding uses.
 */
import { FormatError } from './reader.js';

export class Fields {
  constructor(
    readonly buf: Buffer,
    readonly little: boolean,
    private readonly what: string
  ) {}

  private need(off: number, n: number): void {
    if (off < 0 || off + n > this.buf.length) {
      throw new FormatError(
        `${this.what}: field at ${off} (${n} bytes) is outside the ${this.buf.length}-byte record`
      );
    }
  }
  u8(off: number): number {
    this.need(off, 1);
    return this.buf[off];
  }
  u16(off: number): number {
    this.need(off, 2);
    return this.little ? this.buf.readUInt16LE(off) : this.buf.readUInt16BE(off);
  }
  u32(off: number): number {
    this.need(off, 4);
    return this.little ? this.buf.readUInt32LE(off) : this.buf.readUInt32BE(off);
  }
  /** A 64-bit value as a number (two 32-bit reads: no BigInt); above 2^53 it loses precision, which bounds checks then reject. */
  u64(off: number): number {
    this.need(off, 8);
    const b = this.buf;
    const hi = this.little ? b.readUInt32LE(off + 4) : b.readUInt32BE(off);
    const lo = this.little ? b.readUInt32LE(off) : b.readUInt32BE(off + 4);
    return hi * 0x100000000 + lo;
  }
  /** 4- or 8-byte word, as the file's class says. */
  word(off: number, size: 4 | 8): number {
    return size === 8 ? this.u64(off) : this.u32(off);
  }
}

/** A NUL-terminated string starting at `off` inside `buf`; `null` if it has no terminator within `max`. */
export function cString(buf: Buffer, off: number, max = 4096): string | null {
  if (off < 0 || off >= buf.length) return null;
  const end = buf.indexOf(0, off);
  if (end < 0 || end - off > max) return null;
  return buf.toString('utf8', off, end);
}

/** A fixed-width, NUL-padded name (Mach-O segname/sectname, PE short section names). */
export function fixedString(buf: Buffer, off: number, len: number): string {
  const raw = buf.subarray(off, off + len);
  const nul = raw.indexOf(0);
  return raw.toString('latin1', 0, nul < 0 ? raw.length : nul);
}

/** Maps a virtual address range to file bytes (a segment or section). */
export interface Segment {
  vaddr: number;
  offset: number;
  size: number;
}

/** The first region that ends past the end of the file, described; null if all fit. */
export function beyondEnd(size: number, regions: { what: string; end: number }[]): string | null {
  const bad = regions.find(x => x.end > size);
  return bad
    ? `${bad.what} ends at byte ${bad.end}, past the end of the file (${size} bytes)`
    : null;
}

export function isDwarfName(name: string): boolean {
  // ELF/PE .debug_* and (compressed, Go <= 1.19 and PE) .zdebug_*; Mach-O __debug_* / __zdebug_*.
  return /^(\.|__)z?debug_/.test(name);
}
