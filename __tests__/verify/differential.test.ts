/**
 * Differential test: for every fixture binary (our builds and esbuild's npm
 * binaries), the verifier's facts equal what readelf, `go version -m` and
 * file(1) print. Zero differences allowed.
 */
import { describe, expect, it } from '@jest/globals';
import { verifyFile, type FileReport } from '../../src/verify/index.js';
import {
  esbuildFixtures,
  fixtures,
  goVersionM,
  parseReadelf,
  tool,
  type GoVersionFacts
} from './helpers.js';

const all = [
  ...fixtures().map(f => ({ id: f.id, path: f.path, goos: f.goos })),
  ...esbuildFixtures().map(f => ({ id: f.spec, path: f.path, goos: f.goos }))
];

function ourGo(r: FileReport): GoVersionFacts | null {
  if (!r.go) return null;
  return {
    version: r.go.version,
    path: r.go.path,
    main: r.go.main,
    deps: r.go.deps,
    settings: r.go.settings
  };
}

async function compareGo(r: FileReport, file: string): Promise<void> {
  const theirs = await goVersionM(file);
  // Normalise optional fields: a dep without a replacement has no `replace` key on either side.
  expect(JSON.parse(JSON.stringify(ourGo(r)))).toEqual(JSON.parse(JSON.stringify(theirs)));
}

describe('differential: ELF facts equal readelf -h -l -d -S -W', () => {
  const elves = all.filter(b => !['darwin', 'windows'].includes(b.goos));
  it.each(elves.map(b => [b.id, b.path]))('%s', async (_id, file) => {
    const r = await verifyFile(file, {});
    const { stdout, code } = await tool('readelf', ['-h', '-l', '-d', '-S', '-W', file]);
    expect(code).toBe(0);
    const re = parseReadelf(stdout);
    expect(r.format).toBe('elf');
    const e = r.elf!;
    expect({
      class: e.class,
      endian: e.endian,
      machine: e.machine,
      osabi: e.osabi,
      type: e.type,
      flags: e.flags,
      interpreter: e.interpreter,
      needed: e.needed,
      symtab: !e.stripped,
      dwarf: e.dwarf
    }).toEqual({
      class: re.class,
      endian: re.endian,
      machine: re.machine,
      osabi: re.osabi,
      type: re.type,
      flags: re.flags,
      interpreter: re.interpreter,
      needed: re.needed,
      symtab: re.symtab,
      dwarf: re.dwarf
    });
    await compareGo(r, file);
  });
});

describe('differential: Mach-O and PE facts equal file(1) and go version -m', () => {
  const others = all.filter(b => ['darwin', 'windows'].includes(b.goos));
  it.each(others.map(b => [b.id, b.path, b.goos]))('%s', async (_id, file, goos) => {
    const r = await verifyFile(file, {});
    const { stdout } = await tool('file', ['-b', file]);
    if (goos === 'darwin') {
      // e.g. "Mach-O 64-bit arm64 executable, flags:<|DYLDLINK|PIE>"
      const m = stdout.match(/^Mach-O (64-bit )?(\S+) (\S+)/);
      expect(m).not.toBeNull();
      const m2 = r.macho!;
      expect([m2.bits, m2.cpuName, m2.type === 'execute' ? 'executable' : m2.type]).toEqual([
        m![1] ? 64 : 32,
        m![2],
        m![3].replace(/,$/, '')
      ]);
    } else {
      // e.g. "PE32+ executable (console) x86-64, for MS Windows, 8 sections"
      const m = stdout.match(
        /^(PE32\+?) executable \((\w+)\) (x86-64|Intel 80386|Aarch64|\S+)[ ,]/
      );
      expect(m).not.toBeNull();
      const p = r.pe!;
      const fileMachine: Record<string, number> = {
        'x86-64': 0x8664,
        'Intel 80386': 0x14c,
        Aarch64: 0xaa64
      };
      const machineWord = m![3];
      expect([p.magic, p.subsystemName, p.machine]).toEqual([
        m![1],
        m![2] === 'console' ? 'windows-cui' : 'windows-gui',
        fileMachine[machineWord]
      ]);
    }
    await compareGo(r, file);
  });
});
