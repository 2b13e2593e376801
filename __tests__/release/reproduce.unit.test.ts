import { describe, expect, it } from '@jest/globals';
import {
  describeDifference,
  firstDifference,
  firstDifferingSection,
  locate,
  settingsDiff
} from '../../src/release/reproduce.js';

describe('explaining a rebuild that differs', () => {
  const ranges = [
    { name: '.text', offset: 0x1000, size: 0x5000 },
    { name: '.gopclntab', offset: 0x8000, size: 0x2000 },
    { name: 'arm64 slice', offset: 0x8000, size: 0x10000 }
  ];

  it('names the innermost section holding the offset, and the offset inside it', () => {
    expect(locate(ranges, 0x1010)).toBe('section .text (+0x10)');
    expect(locate(ranges, 0x8004)).toBe('section .gopclntab (+0x4)');
    expect(locate(ranges, 0xa000)).toBe('section arm64 slice (+0x2000)');
    expect(locate(ranges, 0x10)).toBe('headers or padding outside any section');
  });

  it('finds the first differing byte, or the end of the shorter file', () => {
    expect(firstDifference(Buffer.from('abcd'), Buffer.from('abXd'))).toBe(2);
    expect(firstDifference(Buffer.from('abcd'), Buffer.from('abcd'))).toBe(-1);
    expect(firstDifference(Buffer.from('abc'), Buffer.from('abcd'))).toBe(3);
  });

  it('names the first section whose bytes differ (a header byte is in none)', () => {
    const a = Buffer.alloc(0x10);
    const b = Buffer.from(a);
    b[2] = 1; // header
    b[0xa] = 1; // second section
    const r = [
      { name: '.b', offset: 8, size: 8 },
      { name: '.a', offset: 4, size: 4 }
    ];
    expect(locate(r, firstDifference(a, b))).toBe('headers or padding outside any section');
    expect(firstDifferingSection(r, a, b)).toBe('section .b (+0x2)');
  });

  it('lists the build settings that differ', () => {
    expect(
      settingsDiff(
        { '-trimpath': 'true', GOOS: 'linux' },
        { GOOS: 'linux', 'vcs.modified': 'true' }
      )
    ).toEqual(['-trimpath: true -> (unset)', 'vcs.modified: (unset) -> true']);
    expect(
      describeDifference({
        offset: 0x1010,
        where: 'section .text (+0x10)',
        sizes: [5, 6],
        settings: []
      })
    ).toBe(
      'not reproducible: a rebuild from the same sources in a fresh GOCACHE under another path differs first at offset 0x1010, in section .text (+0x10) (sizes 5 and 6 bytes); the build settings are the same'
    );
  });
});
