import { describe, expect, it } from '@jest/globals';
import { parseTargetList } from '../../src/inputs/targets.js';
import type { Target } from '../../src/targets/parse.js';
import { matchTarget, noTargetFinding } from '../../src/verify/match-target.js';
import type { FileReport } from '../../src/verify/report.js';

const targets = (...t: string[]): Target[] => parseTargetList(t.join(','));

/** A report as the verifier gives it without a target: what the file says it is. */
function probe(over: Partial<FileReport> & { settings?: Record<string, string> }): FileReport {
  const { settings, ...rest } = over;
  return {
    path: 'dist/app',
    size: 1000,
    ok: true,
    format: 'elf',
    goos: 'linux',
    goarch: 'amd64',
    elf: null,
    macho: null,
    pe: null,
    go: settings ? ({ version: 'go1.23.5', settings } as unknown as FileReport['go']) : null,
    findings: [],
    ...rest
  };
}

const fat = {
  macho: {
    bits: 64,
    endian: 'little',
    cpu: 0x01000007,
    cpuName: 'x86_64',
    type: 'EXECUTE',
    flags: 0,
    dylibs: [],
    stripped: true,
    dwarf: false,
    arches: [
      { cpu: 0x01000007, cpuName: 'x86_64' },
      { cpu: 0x0100000c, cpuName: 'arm64' }
    ]
  }
} as unknown as Partial<FileReport>;

describe('matchTarget', () => {
  const list = targets(
    'linux/amd64',
    'linux/arm64',
    'linux/arm/v6',
    'linux/arm/v7',
    'darwin/universal'
  );

  it('by GOOS/GOARCH', () => {
    expect(matchTarget(probe({}), list)).toEqual(list[0]);
    expect(matchTarget(probe({ goarch: 'arm64' }), list)).toEqual(list[1]);
    expect(matchTarget(probe({ goos: 'windows' }), list)).toBeUndefined();
    expect(matchTarget(probe({ goarch: '386' }), list)).toBeUndefined();
  });

  it('between variants, by the variant the build info records (GOARM=7 and 7,hardfloat alike)', () => {
    expect(matchTarget(probe({ goarch: 'arm', settings: { GOARM: '6' } }), list)).toEqual(list[2]);
    expect(matchTarget(probe({ goarch: 'arm', settings: { GOARM: '7,hardfloat' } }), list)).toEqual(
      list[3]
    );
  });

  it('a variant none of the targets has: the first of its arch (the variant check then fails it)', () => {
    expect(matchTarget(probe({ goarch: 'arm', settings: { GOARM: '5' } }), list)).toEqual(list[2]);
    // A plain target is preferred over a variant when the build info says nothing.
    const plain = targets('linux/amd64/v3', 'linux/amd64');
    expect(matchTarget(probe({}), plain)).toEqual(plain[1]);
  });

  it('a fat Mach-O is darwin/universal or nothing', () => {
    expect(matchTarget(probe({ goos: 'darwin', goarch: 'amd64', ...fat }), list)).toEqual(list[4]);
    expect(
      matchTarget(probe({ goos: 'darwin', goarch: 'amd64', ...fat }), targets('darwin/amd64'))
    ).toBeUndefined();
  });
});

describe('noTargetFinding', () => {
  const list = targets('linux/amd64', 'darwin/arm64');
  it('names what the file is and every target, as a goarch error', () => {
    expect(noTargetFinding(probe({ goarch: '386' }), list)).toEqual({
      check: 'goarch',
      severity: 'error',
      message: 'built for linux/386; not one of the targets linux/amd64, darwin/arm64'
    });
    expect(noTargetFinding(probe({ goos: 'darwin', ...fat }), list).message).toBe(
      'a fat Mach-O (x86_64, arm64); not one of the targets linux/amd64, darwin/arm64'
    );
    expect(noTargetFinding(probe({ goos: null, goarch: null, format: null }), list).message).toBe(
      'not a recognised executable; not one of the targets linux/amd64, darwin/arm64'
    );
  });
});
