import { describe, expect, it } from '@jest/globals';
import { topDir } from '../../src/build/gitignore.js';
import { describeChanges, parsePorcelain } from '../../src/run/worktree.js';

describe('output directories', () => {
  it('the first directory under the workspace is the one that gets the .gitignore', () => {
    expect(topDir('/ws/dist/app_linux_arm64', '/ws')).toBe('/ws/dist');
    expect(topDir('/ws/out/linux/arm64/app', '/ws')).toBe('/ws/out');
    expect(topDir('/ws/app', '/ws')).toBeUndefined();
    expect(topDir('/elsewhere/dist/app', '/ws')).toBeUndefined();
  });
});

describe('git status --porcelain', () => {
  it('names paths and what happened to them', () => {
    expect(parsePorcelain(' M go.mod\n?? dist/\nD  old.go\nR  a.go -> b.go\n')).toEqual([
      'go.mod (modified)',
      'dist/ (untracked)',
      'old.go (deleted)',
      'a.go -> b.go (modified)'
    ]);
    expect(parsePorcelain('')).toEqual([]);
  });

  it('bounds the list it prints', () => {
    const many = Array.from({ length: 13 }, (_, i) => `f${i} (untracked)`);
    expect(describeChanges(many)).toBe(`${many.slice(0, 10).join(', ')} and 3 more`);
    expect(describeChanges(['a (modified)'])).toBe('a (modified)');
  });
});
