/**
 * Malformed input never escapes as an exception: real binaries truncated at
 * every header/table boundary, fields pointing past EOF, huge counts, bad
 * name offsets, a never-ending uvarint, odd files, and a seeded random
 * mutation run. Each gives a report with a clear finding.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseTarget } from '../../src/targets/parse.js';
import {
  verifyBytes,
  verifyFile,
  verifyFileResult,
  type FileReport
} from '../../src/verify/index.js';
import { inspect, type Inspection } from '../../src/verify/inspect.js';
import { BufferSource, Reader } from '../../src/verify/reader.js';
import { uvarint } from '../../src/verify/buildinfo.js';
import { FormatError } from '../../src/verify/reader.js';
import { esbuildFixtures, fixture, rngSeeded, targetOf } from './helpers.js';
import { expectValidReport } from '../support/report-schema.js';

const BASES = [
  'go1.23_linux_amd64', // ELF64 LE
  'go1.23_linux_mips', // ELF32 BE
  'go1.23_linux_amd64_cgo', // dynamic: INTERP, DYNAMIC, NEEDED
  'go1.23_darwin_arm64', // Mach-O
  'go1.23_windows_386', // PE32
  'go1.23_windows_amd64_plain' // PE32+ with long section names via the COFF string table
];

function load(id: string): Buffer {
  return readFileSync(fixture(id).path);
}

async function facts(data: Buffer): Promise<Inspection> {
  return inspect(new Reader(new BufferSource(data)));
}

/** A report that is a clean outcome: findings with messages, no leaked JS error text. */
function expectClean(r: FileReport): void {
  expect(Array.isArray(r.findings)).toBe(true);
  for (const f of r.findings) {
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/RangeError|TypeError|ERR_|undefined|NaN|\n\s+at /);
  }
  if (!r.ok) expect(r.findings.some(f => f.severity === 'error')).toBe(true);
  expectValidReport(r);
}

/** File offsets where a parser moves from one structure to the next. */
async function boundaries(data: Buffer): Promise<number[]> {
  const ins = await facts(data);
  const b = new Set<number>([0, 1, 2, 3, 4, 5, 15, 16, 17, 51, 52, 53, 63, 64, 65]);
  const span = (off: number, size: number) => {
    for (const x of [off - 1, off, off + 1, off + size - 1, off + size]) b.add(x);
  };
  if (ins.elf) {
    const e = ins.elf;
    for (const p of e.programs) span(p.offset, Math.min(p.filesz, 4096));
    for (const s of e.sections) if (s.type !== 8 && s.size < 1 << 20) span(s.offset, s.size);
    // Program and section header tables, every entry.
    const h = data;
    const is64 = e.bits === 64;
    const rd = (o: number, n: number) =>
      n === 8
        ? Number(e.endian === 'little' ? h.readBigUInt64LE(o) : h.readBigUInt64BE(o))
        : e.endian === 'little'
          ? h.readUInt32LE(o)
          : h.readUInt32BE(o);
    const phoff = rd(is64 ? 32 : 28, is64 ? 8 : 4);
    const shoff = rd(is64 ? 40 : 32, is64 ? 8 : 4);
    for (let i = 0; i <= e.programs.length; i++) b.add(phoff + i * (is64 ? 56 : 32));
    for (let i = 0; i <= e.sections.length; i++) b.add(shoff + i * (is64 ? 64 : 40));
  }
  if (ins.macho) {
    const m = ins.macho;
    for (const s of m.sections) if (s.offset) span(s.offset, Math.min(s.size, 4096));
    for (let off = 32; off < 32 + 4096; off += 8) b.add(off); // through the load commands
  }
  if (ins.pe) {
    const peOff = data.readUInt32LE(0x3c);
    for (const x of [0x3c, 0x40, peOff, peOff + 4, peOff + 24, peOff + 24 + 0xf0]) b.add(x);
    for (const s of ins.pe.sections) span(s.rawOffset, Math.min(s.rawSize, 4096));
  }
  if (ins.go) {
    const o = ins.go.raw.offset;
    for (let i = 0; i <= 40; i++) b.add(o + i);
    b.add(o + 32 + ins.go.raw.version.length + 1);
  }
  return [...b].filter(x => x >= 0 && x < data.length).sort((x, y) => x - y);
}

describe('truncation at every header and table boundary', () => {
  it.each(BASES.map(id => [id]))('%s', async id => {
    const data = load(id);
    const cuts = await boundaries(data);
    expect(cuts.length).toBeGreaterThan(30);
    let failed = 0;
    for (const n of cuts) {
      const r = await verifyBytes(`${id}[:${n}]`, data.subarray(0, n), {
        target: parseTarget(`${fixture(id).goos}/${fixture(id).goarch}`)
      });
      expectClean(r);
      if (!r.ok) failed++;
    }
    // Headers claim bytes up to the end of the file, so every cut is detected.
    expect(failed).toBe(cuts.length);
  });
});

/** Writes a copy of `data` with a field changed (little or big endian). */
function patch(
  data: Buffer,
  off: number,
  bytes: number,
  value: number | bigint,
  little = true
): Buffer {
  const c = Buffer.from(data);
  if (bytes === 8) {
    if (little) c.writeBigUInt64LE(BigInt(value), off);
    else c.writeBigUInt64BE(BigInt(value), off);
  } else if (bytes === 4) {
    if (little) c.writeUInt32LE(Number(value), off);
    else c.writeUInt32BE(Number(value), off);
  } else if (little) c.writeUInt16LE(Number(value), off);
  else c.writeUInt16BE(Number(value), off);
  return c;
}

const formatError = async (data: Buffer, re: RegExp) => {
  const r = await verifyBytes('x', data, {});
  expectClean(r);
  expect(r.ok).toBe(false);
  const f = r.findings.find(x => x.check === 'format' && x.severity === 'error');
  expect(f?.message).toMatch(re);
  return r;
};

describe('fields that lie', () => {
  const elf = load('go1.23_linux_amd64');
  const elfBe = load('go1.23_linux_mips');
  it('ELF program/section header offsets past EOF', async () => {
    await formatError(
      patch(elf, 32, 8, 0xffffffffffffn),
      /program header table .* runs past the end|invalid offset/
    );
    await formatError(
      patch(elf, 40, 8, elf.length + 10),
      /section header table .* runs past the end/
    );
    await formatError(
      patch(elfBe, 28, 4, 0xfffffff0, false),
      /program header table .* runs past the end/
    );
  });
  it('ELF huge counts and undersized entries', async () => {
    await formatError(patch(elf, 60, 2, 0xfffe), /claims 65534 sections \(more than 16384/);
    await formatError(
      patch(elf, 60, 2, 0x3000),
      /outside the section name table|runs past the end/
    );
    await formatError(patch(elf, 56, 2, 0xfffe), /claims 65534 program headers/);
    await formatError(patch(elf, 58, 2, 8), /section header size 8 is too small/);
  });
  it('ELF section name table index and name offsets out of range', async () => {
    await formatError(
      patch(elf, 62, 2, 0x7fff),
      /name table index 32767 is not below the section count/
    );
    const shoff = Number(elf.readBigUInt64LE(40));
    await formatError(
      patch(elf, shoff + 64, 4, 0x7fffffff),
      /section 1 has a name offset \(2147483647\) outside/
    );
  });
  it('PT_INTERP and PT_DYNAMIC pointing past EOF', async () => {
    const cgo = load('go1.23_linux_amd64_cgo');
    const ins = await facts(cgo);
    const phoff = Number(cgo.readBigUInt64LE(32));
    const interp = ins.elf!.programs.findIndex(p => p.type === 3);
    const dyn = ins.elf!.programs.findIndex(p => p.type === 2);
    await formatError(
      patch(cgo, phoff + interp * 56 + 8, 8, cgo.length),
      /interpreter .* runs past the end/
    );
    await formatError(
      patch(cgo, phoff + dyn * 56 + 8, 8, cgo.length - 8),
      /dynamic section .* runs past the end/
    );
  });
  it('a never-ending uvarint and a huge string length in build info', async () => {
    const ins = await facts(elf);
    const o = ins.go!.raw.offset;
    const endless = Buffer.from(elf);
    endless.fill(0xff, o + 32, o + 32 + 40);
    await formatError(endless, /varint/);
    const huge = Buffer.from(elf);
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]).copy(huge, o + 32);
    await formatError(huge, /implausibly long|runs past the end/);
    expect(() => uvarint(Buffer.from([0x80, 0x80]), 0)).toThrow(FormatError);
    expect(() => uvarint(Buffer.alloc(11, 0x80), 0)).toThrow(/overflows 64 bits/);
    expect(uvarint(Buffer.from([0xac, 0x02]), 0)).toEqual([300, 2]);
  });
  it('pointer-format build info with addresses outside every segment', async () => {
    const old = readFileSync(
      esbuildFixtures().find(b => b.spec === 'esbuild-linux-64@0.13.15')!.path
    );
    const ins = await facts(old);
    expect(ins.go?.raw.format).toBe('pointer');
    await formatError(
      patch(old, ins.go!.raw.offset + 16, 8, 0xdead0000),
      /address 0xdead0000 is not in any loaded segment/
    );
  });
  it('Mach-O: huge ncmds, bad cmdsize, sizeofcmds past EOF', async () => {
    const m = load('go1.23_darwin_arm64');
    await formatError(patch(m, 16, 4, 1_000_000), /claims 1000000 load commands/);
    await formatError(patch(m, 32 + 4, 4, 0), /load command 0 has bad size 0/);
    await formatError(patch(m, 20, 4, 0x7fffffff), /claim 2147483647 bytes/);
  });
  it('PE: e_lfanew past EOF, missing signature, huge section count', async () => {
    const p = load('go1.23_windows_386');
    await formatError(patch(p, 0x3c, 4, p.length + 100), /PE signature .* runs past the end/);
    await formatError(patch(p, p.readUInt32LE(0x3c), 4, 0x12345678), /without a PE signature/);
    await formatError(patch(p, p.readUInt32LE(0x3c) + 6, 2, 0xffff), /claims 65535 sections/);
  });
});

describe('odd but tolerated structure: parser notes become info findings', () => {
  it('PE import directory outside every section', async () => {
    const p = load('go1.23_windows_amd64');
    const optOff = p.readUInt32LE(0x3c) + 24;
    expect(p.readUInt16LE(optOff)).toBe(0x20b);
    const r = await verifyBytes('x.exe', patch(p, optOff + 112 + 8, 4, 0x7fff0000), {});
    expectClean(r);
    expect(r.findings).toContainEqual({
      check: 'format',
      severity: 'info',
      message: 'import directory is not inside any section'
    });
  });
  it('ELF DT_NEEDED name offset outside the dynamic string table', async () => {
    const cgo = load('go1.23_linux_amd64_cgo');
    const dyn = (await facts(cgo)).elf!.programs.find(p => p.type === 2)!;
    let at = -1;
    for (let o = dyn.offset; o + 16 <= dyn.offset + dyn.filesz; o += 16) {
      if (cgo.readBigUInt64LE(o) === 1n) {
        at = o + 8;
        break;
      }
    }
    expect(at).toBeGreaterThan(0);
    const r = await verifyBytes('x', patch(cgo, at, 8, 0x7fffffff), { cgo: true });
    expectClean(r);
    expect(r.findings).toContainEqual({
      check: 'format',
      severity: 'info',
      message: 'DT_NEEDED name offset 2147483647 is outside the dynamic string table'
    });
  });
});

describe('ELF without section headers (sstrip-style)', () => {
  it.each([['go1.23_linux_amd64'], ['go1.23_linux_s390x'], ['go1.19_linux_arm_GOARM-7']])(
    '%s: build info found by scanning the writable PT_LOAD, as Go does',
    async id => {
      const full = load(id);
      const ins = await facts(full);
      const is64 = ins.elf!.bits === 64;
      const little = ins.elf!.endian === 'little';
      // e_shoff = 0, e_shnum = 0, e_shstrndx = 0: no section table at all.
      let cut = patch(full, is64 ? 40 : 32, is64 ? 8 : 4, 0, little);
      cut = patch(cut, is64 ? 60 : 48, 2, 0, little);
      cut = patch(cut, is64 ? 62 : 50, 2, 0, little);
      const r = await verifyBytes(id, cut, { target: targetOf(fixture(id)) });
      expect(r.go?.version).toBe(fixture(id).goVersion);
      expect(r.go?.settings).toEqual((await verifyBytes(id, full, {})).go?.settings);
      expect(r.elf?.goBuildId).toBe(ins.elf!.goBuildId); // from PT_NOTE
      expect(r.ok).toBe(true);
    }
  );
});

describe('fat Mach-O', () => {
  it('every arch is listed; the one matching the target is checked', async () => {
    const a = load('go1.23_darwin_amd64');
    const b = load('go1.23_darwin_arm64');
    const align = 1 << 14;
    const offA = align;
    const offB = offA + Math.ceil(a.length / align) * align;
    const fat = Buffer.alloc(offB + b.length);
    fat.writeUInt32BE(0xcafebabe, 0);
    fat.writeUInt32BE(2, 4);
    [
      [0x01000007, 3, offA, a.length],
      [0x0100000c, 0, offB, b.length]
    ].forEach(([cpu, sub, off, size], i) => {
      const o = 8 + i * 20;
      fat.writeUInt32BE(cpu, o);
      fat.writeUInt32BE(sub, o + 4);
      fat.writeUInt32BE(off, o + 8);
      fat.writeUInt32BE(size, o + 12);
      fat.writeUInt32BE(14, o + 16);
    });
    a.copy(fat, offA);
    b.copy(fat, offB);
    const r = await verifyBytes('fat', fat, { target: parseTarget('darwin/arm64') });
    const arch = { bits: 64, type: 'execute', stripped: true, dwarf: false };
    expect(r.macho?.arches).toEqual([
      { cpu: 0x01000007, cpuName: 'x86_64', ...arch },
      { cpu: 0x0100000c, cpuName: 'arm64', ...arch }
    ]);
    expect([r.macho?.cpuName, r.goarch, r.ok]).toEqual(['arm64', 'arm64', true]);
    const wrong = await verifyBytes('fat', fat, { target: parseTarget('ios/arm64') });
    expect(wrong.ok).toBe(false); // GOOS darwin in build info, ios wanted
    const broken = patch(fat, 8 + 20 + 8, 4, fat.length, false);
    await formatError(broken, /fat Mach-O arch 1 .* runs past the end/);
  });
});

describe('files that are not binaries', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verify-odd-'));
    writeFileSync(path.join(dir, 'empty'), '');
    writeFileSync(path.join(dir, 'text.sh'), '#!/bin/sh\necho hello\n');
    mkdirSync(path.join(dir, 'a-dir'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('0-byte file: not an executable (a finding, not unreadable)', async () => {
    const { report: r, unreadable } = await verifyFileResult(path.join(dir, 'empty'), {});
    expect(r.findings).toEqual([
      {
        check: 'format',
        severity: 'error',
        message: 'not an executable: not ELF, Mach-O or PE (starts with nothing: the file is empty)'
      }
    ]);
    expect(unreadable).toBe(false);
  });
  it('WebAssembly: recognised, reported as not verifiable; an error when ELF was expected', async () => {
    const wasm = Buffer.from('0061736d01000000', 'hex');
    const r = await verifyBytes('app.wasm', wasm, { target: parseTarget('js/wasm') });
    expect([r.format, r.ok]).toEqual(['wasm', true]);
    expect(r.findings).toEqual([
      {
        check: 'format',
        severity: 'warning',
        message: 'WebAssembly binaries are recognised but not verifiable'
      }
    ]);
    const wrong = await verifyBytes('app.wasm', wasm, { target: parseTarget('linux/arm64') });
    expect(wrong.findings[0]).toEqual({
      check: 'format',
      severity: 'error',
      message: 'is a WebAssembly file, expected ELF (linux/arm64)'
    });
  });
  it('text file', async () => {
    const r = await verifyFile(path.join(dir, 'text.sh'), {});
    expect(r.findings[0].message).toBe(
      'not an executable: not ELF, Mach-O or PE (starts with text "#!/bin/sh\\necho h")'
    );
  });
  it.each([
    ['a-dir', 'is a directory'],
    ['dangling', 'no such file (or a dangling symlink)'],
    ['missing', 'no such file (or a dangling symlink)'],
    ['fifo', 'not a regular file'] // and no hang waiting for a writer
  ])('%s: unreadable with a read finding', async (name, msg) => {
    const { report: r, unreadable } = await verifyFileResult(path.join(dir, name), {});
    expect(unreadable).toBe(true);
    expect(r.findings).toEqual([
      { check: 'read', severity: 'error', message: `${path.join(dir, name)}: ${msg}` }
    ]);
    expect(r).not.toHaveProperty('unreadable');
    expectValidReport(r);
  });
});

describe('seeded random mutations', () => {
  it('300 mutants of real binaries: never an exception, always a clean report', async () => {
    const rand = rngSeeded(20240102);
    const bases = await Promise.all(
      BASES.map(async id => ({ id, data: load(id), hot: await boundaries(load(id)) }))
    );
    for (let i = 0; i < 300; i++) {
      const base = bases[i % bases.length];
      const m = Buffer.from(base.data);
      const edits = 1 + Math.floor(rand() * 8);
      for (let e = 0; e < edits; e++) {
        // Aim mostly at structure (near a boundary), sometimes anywhere.
        const anchor =
          rand() < 0.8
            ? base.hot[Math.floor(rand() * base.hot.length)]
            : Math.floor(rand() * m.length);
        const at = Math.min(m.length - 1, anchor + Math.floor(rand() * 16));
        const kind = rand();
        if (kind < 0.5) m[at] = Math.floor(rand() * 256);
        else if (kind < 0.8) m.fill(rand() < 0.5 ? 0xff : 0, at, Math.min(m.length, at + 4));
        else m[at] ^= 1 << Math.floor(rand() * 8);
      }
      const cut = rand() < 0.2 ? Math.floor(rand() * m.length) : m.length;
      const r = await verifyBytes(`${base.id}#${i}`, m.subarray(0, cut), {});
      expectClean(r);
    }
  });
});
