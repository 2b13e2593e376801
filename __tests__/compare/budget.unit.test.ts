import { describe, expect, it } from '@jest/globals';
import { formatBytes, overBudget, parseSizeBudget } from '../../src/compare/budget.js';
import { compareBuilds } from '../../src/compare/diff.js';
import type { ArtifactFacts } from '../../src/compare/facts.js';

const art = (size: number): ArtifactFacts => ({
  name: 'app',
  path: 'dist/app',
  target: 'linux/arm64',
  size,
  sha256: null,
  sections: {},
  go: null
});
const diff = (base: number, head: number) => compareBuilds([art(base)], [art(head)]).artifacts[0];

describe('size-budget', () => {
  it.each([
    ['5%', { kind: 'percent', value: 5 }],
    ['0.5 %', { kind: 'percent', value: 0.5 }],
    ['300KiB', { kind: 'bytes', value: 300 * 1024 }],
    ['2MB', { kind: 'bytes', value: 2_000_000 }],
    ['1.5MiB', { kind: 'bytes', value: 1572864 }],
    ['4096', { kind: 'bytes', value: 4096 }]
  ])('parses %s', (text, want) => expect(parseSizeBudget(text)).toMatchObject(want));

  it.each(['', '5 percent', '-5%', '3 parsecs', '1e3KB', '%'])('refuses %j', text =>
    expect(parseSizeBudget(text)).toBeNull()
  );

  it('flags growth beyond a percentage or an amount, and never shrinking or equal growth', () => {
    const pct = parseSizeBudget('5%')!;
    expect(overBudget(diff(1000, 1051), pct)).toBe(
      'app (linux/arm64) grew by +51 B (+5.1%), over the size budget of 5%'
    );
    expect(overBudget(diff(1000, 1050), pct)).toBeNull();
    expect(overBudget(diff(1000, 900), pct)).toBeNull();
    const kib = parseSizeBudget('1KiB')!;
    expect(overBudget(diff(1000, 2024), kib)).toBeNull();
    expect(overBudget(diff(1000, 2025), kib)).toMatch(
      /grew by \+1\.0 KiB .* over the size budget of 1KiB/
    );
    // A new artifact has no base to grow from.
    expect(overBudget(compareBuilds([], [art(5000)]).artifacts[0], kib)).toBeNull();
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536, true)).toBe('+1.5 KiB');
    expect(formatBytes(-3 * 1024 * 1024, true)).toBe('-3.0 MiB');
    expect(formatBytes(0, true)).toBe('±0 B');
  });
});
