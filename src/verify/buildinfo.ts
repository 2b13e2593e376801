/**
 * Go build info (what `go version -m` reads), per Go's debug/buildinfo:
 * a 16-byte aligned blob starting "\xff Go buildinf:", then either two
 * uvarint-prefixed strings (Go 1.18+, flag bit 1) or two pointers to Go
 * string headers (older Go), mapped to file offsets through the segments.
 */
import { FormatError, type Reader } from './reader.js';
import { Fields, type Segment } from './binary.js';

export const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_SIZE = 32;
const ALIGN = 16;
/** Go's own scan window over the data section (debug/buildinfo read 64 KiB before 1.22). */
export const SCAN_BUDGET = 64 * 1024;
/** Longest version or modinfo string we accept (real ones are a few KiB). */
const MAX_STRING = 1024 * 1024;

/** Where to look: the file range of the data region and its virtual address. */
export interface DataRegion {
  offset: number;
  size: number;
  vaddr: number;
}

export interface RawBuildInfo {
  /** "go1.22.12" (possibly followed by " X:..." experiments). */
  version: string;
  /** The modinfo text with the 16-byte sentinels removed; "" when absent. */
  modinfo: string;
  format: 'inline' | 'pointer';
  ptrSize: 4 | 8;
  bigEndian: boolean;
  /** File offset of the blob. */
  offset: number;
}

/** Finds and decodes build info in `region`; null when there is no magic there. */
export async function readBuildInfo(
  r: Reader,
  region: DataRegion,
  segments: Segment[]
): Promise<RawBuildInfo | null> {
  const size = Math.min(region.size, SCAN_BUDGET, Math.max(0, r.size - region.offset));
  if (size < HEADER_SIZE || region.offset < 0) return null;
  // The linker puts the blob at the start of the region, so read a small chunk first, then more.
  let data: Buffer = Buffer.alloc(0);
  let at = -1;
  let from = 0;
  for (let chunk = 4096; at < 0 && data.length < size; chunk *= 4) {
    const more = await r.bytes(
      region.offset + data.length,
      Math.min(chunk, size - data.length),
      'Go build info region'
    );
    data = data.length ? Buffer.concat([data, more]) : more;
    // Native search, then Go's rule: only a 16-byte aligned match with a whole header counts.
    for (
      let i = data.indexOf(BUILDINFO_MAGIC, from);
      i >= 0;
      i = data.indexOf(BUILDINFO_MAGIC, from)
    ) {
      if (i + HEADER_SIZE > data.length) break;
      if (i % ALIGN === 0) {
        at = i;
        break;
      }
      from = i + 1;
    }
    if (at < 0) from = Math.max(from, data.length - HEADER_SIZE + 1);
  }
  if (at < 0) return null;
  const offset = region.offset + at;
  const ptrSize = data[at + 14];
  const flags = data[at + 15];
  const bigEndian = (flags & 1) !== 0;
  if (ptrSize !== 4 && ptrSize !== 8)
    throw new FormatError(`Go build info has pointer size ${ptrSize}, not 4 or 8`);

  let version: string;
  let mod: Buffer;
  let format: RawBuildInfo['format'];
  if (flags & 2) {
    format = 'inline';
    const [v, next] = await readVarString(r, offset + HEADER_SIZE, 'Go version string');
    const [m] = await readVarString(r, next, 'Go module info');
    version = v.toString('utf8');
    mod = m;
  } else {
    format = 'pointer';
    const f = new Fields(data.subarray(at, at + HEADER_SIZE), !bigEndian, 'Go build info header');
    version = (
      await readGoString(r, f.word(16, ptrSize), ptrSize, bigEndian, segments, 'Go version string')
    ).toString('utf8');
    mod = await readGoString(
      r,
      f.word(16 + ptrSize, ptrSize),
      ptrSize,
      bigEndian,
      segments,
      'Go module info'
    );
  }
  if (version === '') throw new FormatError('Go build info has an empty Go version');
  // Modinfo is framed by 16-byte sentinels; the byte before the trailing one is '\n'.
  const modinfo =
    mod.length >= 33 && mod[mod.length - 17] === 0x0a
      ? mod.subarray(16, mod.length - 16).toString('utf8')
      : '';
  return { version, modinfo, format, ptrSize, bigEndian, offset };
}

/** Decodes an unsigned LEB128 varint (at most 10 bytes, no overflow), as Go's binary.Uvarint. */
export function uvarint(buf: Buffer, off: number): [value: number, length: number] {
  let x = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (off + i >= buf.length)
      throw new FormatError('Go build info: length varint runs past the end of the data');
    const b = buf[off + i];
    if (i === 9 && b > 1) throw new FormatError('Go build info: length varint overflows 64 bits');
    x |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) {
      if (x > BigInt(Number.MAX_SAFE_INTEGER))
        throw new FormatError('Go build info: string length is implausibly large');
      return [Number(x), i + 1];
    }
    shift += 7n;
  }
  throw new FormatError('Go build info: length varint is longer than 10 bytes');
}

async function readVarString(r: Reader, off: number, what: string): Promise<[Buffer, number]> {
  const head = await r.upTo(off, 10, what);
  const [len, n] = uvarint(head, 0);
  if (len > MAX_STRING) throw new FormatError(`${what} is implausibly long (${len} bytes)`);
  return [await r.bytes(off + n, len, what), off + n + len];
}

function mapAddress(addr: number, length: number, segments: Segment[], what: string): number {
  for (const s of segments) {
    if (addr >= s.vaddr && addr - s.vaddr + length <= s.size) return s.offset + (addr - s.vaddr);
  }
  throw new FormatError(`${what}: address 0x${addr.toString(16)} is not in any loaded segment`);
}

/** Reads a Go string header {data, len} at virtual address `addr`, then the data. */
async function readGoString(
  r: Reader,
  addr: number,
  ptrSize: 4 | 8,
  bigEndian: boolean,
  segments: Segment[],
  what: string
): Promise<Buffer> {
  const hdrOff = mapAddress(addr, 2 * ptrSize, segments, what);
  const hdr = new Fields(await r.bytes(hdrOff, 2 * ptrSize, what), !bigEndian, what);
  const dataAddr = hdr.word(0, ptrSize);
  const len = hdr.word(ptrSize, ptrSize);
  if (len === 0) return Buffer.alloc(0);
  if (len > MAX_STRING) throw new FormatError(`${what} is implausibly long (${len} bytes)`);
  return r.bytes(mapAddress(dataAddr, len, segments, what), len, what);
}
