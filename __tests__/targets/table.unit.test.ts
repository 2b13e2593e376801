import { describe, expect, it } from '@jest/globals';
import { DIST_LIST, targetFacts, archInfo } from '../../src/targets/table.js';

describe('target table', () => {
  it('knows every dist pair', () => {
    for (const pair of DIST_LIST) {
      const [goos, goarch] = pair.split('/');
      expect(targetFacts(goos, goarch)).toBeDefined();
    }
  });
  it('gives linux/arm64 the AArch64 ELF facts', () => {
    expect(targetFacts('linux', 'arm64')).toMatchObject({
      format: 'elf',
      bits: 64,
      endian: 'little',
      elfMachine: 183,
      elfOsabi: 0
    });
  });
  it('rejects pairs Go does not know', () => {
    expect(targetFacts('linux', 'arm65')).toBeUndefined();
    expect(targetFacts('darwin', '386')).toBeUndefined();
  });
  it('accepts documented variants', () => {
    expect(archInfo('arm64')?.variantPattern?.test('v8.2,lse')).toBe(true);
    expect(archInfo('arm')?.variantPattern?.test('7,softfloat')).toBe(true);
    expect(archInfo('amd64')?.variantPattern?.test('v5')).toBe(false);
  });
});
