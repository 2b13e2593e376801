import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { joinFat } from '../../src/release/universal.js';
import { verifyFile } from '../../src/verify/index.js';
import { parseFat } from '../../src/verify/macho.js';
import { openFile, Reader } from '../../src/verify/reader.js';
import { debianGo, goEnv, run, writeModule } from '../support/go.js';

const LIPO = ['/usr/bin/llvm-lipo', '/usr/bin/llvm-lipo-14'].find(p => existsSync(p));
const UNIVERSAL = { goos: 'darwin', goarch: 'universal' };

/** Real darwin builds joined in TypeScript, checked against llvm-lipo and file(1). */
describe('darwin/universal', () => {
  let dir: string;
  let amd64: Buffer;
  let arm64: Buffer;
  let fat: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'universal-'));
    const ws = await writeModule(path.join(dir, 'ws'));
    const go = debianGo('1.23');
    for (const arch of ['amd64', 'arm64'])
      await run(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', `../hello_${arch}`, '.'], {
        cwd: ws,
        env: goEnv({ GOOS: 'darwin', GOARCH: arch, CGO_ENABLED: '0', GOCACHE: path.join(dir, 'c') })
      });
    amd64 = await readFile(path.join(dir, 'hello_amd64'));
    arm64 = await readFile(path.join(dir, 'hello_arm64'));
    fat = path.join(dir, 'hello_darwin_universal');
    // Given in arm64-first order: the layout must not depend on it.
    await writeFile(
      fat,
      joinFat([
        { name: 'arm64', data: arm64 },
        { name: 'amd64', data: amd64 }
      ])
    );
  });

  it('is byte-identical to what llvm-lipo -create writes, and lipo/file read it', async () => {
    if (!LIPO) {
      console.log('skipped: llvm-lipo is not installed (apt-get install llvm-14)');
      return;
    }
    const ref = path.join(dir, 'lipo_universal');
    await run(LIPO, [
      '-create',
      path.join(dir, 'hello_amd64'),
      path.join(dir, 'hello_arm64'),
      '-output',
      ref
    ]);
    expect((await readFile(fat)).equals(await readFile(ref))).toBe(true);
    expect((await run(LIPO, ['-info', fat])).stdout).toMatch(/are: x86_64 arm64\s*$/);
    await run(LIPO, [fat, '-verify_arch', 'x86_64', 'arm64']);
    await expect(run(LIPO, [fat, '-verify_arch', 'i386'])).rejects.toThrow();
    for (const [arch, thin] of [
      ['x86_64', amd64],
      ['arm64', arm64]
    ] as const) {
      const out = path.join(dir, `thin_${arch}`);
      await run(LIPO, ['-thin', arch, fat, '-output', out]);
      expect((await readFile(out)).equals(thin)).toBe(true);
    }
    expect((await run('file', [fat])).stdout).toMatch(
      /Mach-O universal binary with 2 architectures: \[x86_64.*\[.*arm64/s
    );
  });

  it('gives back each slice byte-identical, page-aligned', async () => {
    const data = await readFile(fat);
    const source = await openFile(fat);
    const arches = await parseFat(new Reader(source));
    await source.close();
    expect(arches.map(a => [a.cpu, a.offset % 4096, a.size])).toEqual([
      [0x01000007, 0, amd64.length],
      [0x0100000c, 0, arm64.length]
    ]);
    expect(arches[1].offset % 16384).toBe(0);
    expect(data.subarray(arches[0].offset, arches[0].offset + arches[0].size).equals(amd64)).toBe(
      true
    );
    expect(data.subarray(arches[1].offset, arches[1].offset + arches[1].size).equals(arm64)).toBe(
      true
    );
  });

  it('verifies as darwin/universal: both slices, each against its own arch', async () => {
    const r = await verifyFile(fat, { target: UNIVERSAL, goVersion: '1.23.5', trimpath: true });
    expect(r.findings.filter(f => f.severity === 'error')).toEqual([]);
    expect(r).toMatchObject({ ok: true, format: 'macho', goos: 'darwin', goarch: 'amd64+arm64' });
    expect(r.macho?.arches?.map(a => a.cpuName)).toEqual(['x86_64', 'arm64']);
  });

  it('fails a thin file, and a fat file missing a slice, as darwin/universal', async () => {
    const thin = await verifyFile(path.join(dir, 'hello_arm64'), { target: UNIVERSAL });
    expect(thin.ok).toBe(false);
    expect(thin.findings.map(f => f.message).join('\n')).toMatch(
      /thin Mach-O file, expected a universal/
    );
    // Two arm64 slices cannot be joined; a fat file with an x86_64 slice where arm64 should be:
    const wrong = path.join(dir, 'wrong');
    const buf = Buffer.from(await readFile(fat));
    buf.writeUInt32BE(0x01000007, 8 + 20); // second entry claims x86_64
    await writeFile(wrong, buf);
    const r = await verifyFile(wrong, { target: UNIVERSAL });
    expect(r.ok).toBe(false);
    expect(
      r.findings
        .filter(f => f.severity === 'error')
        .map(f => f.message)
        .join('\n')
    ).toMatch(/expected exactly x86_64 and arm64|arm64 slice/);
  });

  it('refuses to join what lipo would refuse', () => {
    expect(() =>
      joinFat([
        { name: 'a', data: arm64 },
        { name: 'b', data: arm64 }
      ])
    ).toThrow(/two slices are arm64/);
    expect(() =>
      joinFat([
        { name: 'a', data: Buffer.from('not mach-o at all, not at all!!!!') },
        { name: 'b', data: arm64 }
      ])
    ).toThrow(/not a thin 64-bit Mach-O/);
  });
});
