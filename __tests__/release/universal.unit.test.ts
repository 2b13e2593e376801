import { describe, expect, it } from '@jest/globals';
import { fatLayout, sliceAlign } from '../../src/release/universal.js';

describe('fat layout', () => {
  it('puts x86_64 at 4 KiB and arm64 last at the next 16 KiB boundary, whatever the order given', () => {
    // Sizes of a real pair measured against llvm-lipo: x86_64 at 0x1000, arm64 at 0x180000.
    const layout = fatLayout([
      { cpu: 0x0100000c, cpuSubtype: 0, size: 0x17feb2 },
      { cpu: 0x01000007, cpuSubtype: 3, size: 0x17ddc0 }
    ]);
    expect(layout).toEqual([
      { cpu: 0x01000007, cpuSubtype: 3, offset: 0x1000, size: 0x17ddc0, align: 12 },
      { cpu: 0x0100000c, cpuSubtype: 0, offset: 0x180000, size: 0x17feb2, align: 14 }
    ]);
    expect(sliceAlign(0x0100000c)).toBe(14);
    expect(sliceAlign(0x01000007)).toBe(12);
  });
});
