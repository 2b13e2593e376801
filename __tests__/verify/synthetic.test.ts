/**
 * Pre-1.18 (pointer-format) build info in big-endian files: no real binary of
 * that kind is at hand, so a minimal ELF is written byte by byte and the
 * verifier's reading is compared with what `go version -m` reads from it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyFile } from '../../src/verify/index.js';
import { goVersionM } from '../../scripts/fixtures/binaries/reference.mjs';

const MODINFO =
  'path\texample.com/old/cmd/x\nmod\texample.com/old\tv1.0.0\th1:abc=\ndep\tgolang.org/x/sys\tv0.1.0\th1:def=\n';

/** A one-segment ELF executable whose writable PT_LOAD holds pointer-format build info. */
function pointerElf(bits: 32 | 64, little: boolean, machine: number): Buffer {
  const w = bits / 8;
  const ehsize = bits === 64 ? 64 : 52;
  const phsize = bits === 64 ? 56 : 32;
  const dataOff = 0x100;
  const vaddr = 0x10000;
  const sentinel = Buffer.alloc(16, 0x30);
  const version = Buffer.from('go1.16.15');
  const mod = Buffer.concat([sentinel, Buffer.from(MODINFO), sentinel]);
  // Layout in the segment: header (32), two string headers, then the bytes.
  const hdrs = 32;
  const verHdr = vaddr + hdrs;
  const modHdr = verHdr + 2 * w;
  const verData = modHdr + 2 * w;
  const modData = verData + version.length;
  const seg = Buffer.alloc(hdrs + 4 * w + version.length + mod.length);
  const put = (off: number, v: number, size: number) => {
    if (size === 8) {
      if (little) seg.writeBigUInt64LE(BigInt(v), off);
      else seg.writeBigUInt64BE(BigInt(v), off);
    } else if (little) seg.writeUInt32LE(v, off);
    else seg.writeUInt32BE(v, off);
  };
  Buffer.from('\xff Go buildinf:', 'latin1').copy(seg, 0);
  seg[14] = w;
  seg[15] = little ? 0 : 1; // bit 0 = big-endian, bit 1 (inline) clear
  put(16, verHdr, w);
  put(16 + w, modHdr, w);
  put(hdrs, verData, w);
  put(hdrs + w, version.length, w);
  put(hdrs + 2 * w, modData, w);
  put(hdrs + 3 * w, mod.length, w);
  version.copy(seg, hdrs + 4 * w);
  mod.copy(seg, hdrs + 4 * w + version.length);

  const file = Buffer.alloc(dataOff + seg.length);
  const u16 = (o: number, v: number) =>
    little ? file.writeUInt16LE(v, o) : file.writeUInt16BE(v, o);
  const u32 = (o: number, v: number) =>
    little ? file.writeUInt32LE(v, o) : file.writeUInt32BE(v, o);
  const word = (o: number, v: number) => {
    if (w === 4) u32(o, v);
    else if (little) file.writeBigUInt64LE(BigInt(v), o);
    else file.writeBigUInt64BE(BigInt(v), o);
  };
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, bits === 64 ? 2 : 1, little ? 1 : 2, 1, 0]).copy(file, 0);
  u16(16, 2); // ET_EXEC
  u16(18, machine);
  u32(20, 1);
  word(24, vaddr); // entry
  word(24 + w, ehsize); // phoff
  word(24 + 2 * w, 0); // shoff: no sections
  u16(24 + 3 * w + 4, ehsize);
  u16(24 + 3 * w + 6, phsize);
  u16(24 + 3 * w + 8, 1); // phnum
  u16(24 + 3 * w + 10, bits === 64 ? 64 : 40);
  const p = ehsize;
  if (bits === 64) {
    u32(p, 1); // PT_LOAD
    u32(p + 4, 6); // PF_R | PF_W
    word(p + 8, dataOff);
    word(p + 16, vaddr);
    word(p + 24, vaddr);
    word(p + 32, seg.length);
    word(p + 40, seg.length);
  } else {
    u32(p, 1);
    u32(p + 4, dataOff);
    u32(p + 8, vaddr);
    u32(p + 12, vaddr);
    u32(p + 16, seg.length);
    u32(p + 20, seg.length);
    u32(p + 24, 6);
  }
  seg.copy(file, dataOff);
  return file;
}

describe('pointer-format build info, synthesized', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verify-synth-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['s390x, 64-bit big-endian', 64, false, 22],
    ['mips, 32-bit big-endian', 32, false, 8],
    ['386, 32-bit little-endian', 32, true, 3]
  ] as const)('%s: equals go version -m', async (_name, bits, little, machine) => {
    const file = path.join(dir, `x${bits}${little ? 'le' : 'be'}`);
    writeFileSync(file, pointerElf(bits, little, machine));
    const r = await verifyFile(file, {});
    expect(r.go?.buildInfoFormat).toBe('pointer');
    expect(r.go?.version).toBe('go1.16.15');
    expect(r.go?.deps).toEqual([{ path: 'golang.org/x/sys', version: 'v0.1.0', sum: 'h1:def=' }]);
    const theirs = await goVersionM(file);
    expect(theirs).not.toBeNull();
    expect({
      version: r.go?.version,
      path: r.go?.path,
      main: r.go?.main,
      deps: r.go?.deps,
      settings: r.go?.settings
    }).toEqual(theirs);
  });
});
