import { describe, expect, it } from '@jest/globals';
import { entryAction } from '../../src/release/workspace-copy.js';

const entry = (name: string, kind: 'file' | 'dir' | 'link' | 'fifo') => ({
  name,
  isFile: () => kind === 'file',
  isDirectory: () => kind === 'dir',
  isSymbolicLink: () => kind === 'link'
});

describe('what the reproducible copy takes', () => {
  it.each([
    ['main.go', 'file', 'copy'],
    ['pkg', 'dir', 'descend'],
    ['vendor', 'dir', 'descend'],
    ['.github', 'dir', 'descend'],
    ['link.go', 'link', 'link'],
    ['node_modules', 'dir', 'skip-dir'],
    ['.hg', 'dir', 'skip-dir'],
    ['.svn', 'dir', 'skip-dir'],
    ['.git', 'dir', 'repo-marker'],
    ['.git', 'file', 'repo-marker'], // a worktree's or a submodule's gitlink
    ['build.fifo', 'fifo', 'skip-special'],
    ['node_modules', 'link', 'link'] // a symlink is copied as a symlink, never followed
  ] as const)('%s (%s): %s', (name, kind, action) => {
    expect(entryAction(entry(name, kind))).toBe(action);
  });
});
