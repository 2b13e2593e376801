import { describe, expect, it } from '@jest/globals';
import { versionFromFile, VersionFileError } from '../../src/toolchain/version-file.js';

describe('versionFromFile', () => {
  it('prefers the go.mod toolchain line', () => {
    const mod =
      'module example.com/app\n\ngo 1.21\n\ntoolchain go1.22.12\n\nrequire golang.org/x/sys v0.20.0\n';
    expect(versionFromFile('go.mod', mod)).toBe('1.22.12');
  });
  it('falls back to the go line', () => {
    expect(versionFromFile('sub/go.mod', 'module m\ngo 1.22.3 // pinned\n')).toBe('1.22.3');
    expect(versionFromFile('go.mod', 'module m\n\ngo 1.21\ntoolchain default\n')).toBe('1.21');
  });
  it('keeps the version of a suffixed toolchain name', () => {
    expect(versionFromFile('go.mod', 'module m\ngo 1.21\ntoolchain go1.21.13+auto\n')).toBe(
      '1.21.13'
    );
  });
  it('reads go.work the same way', () => {
    expect(versionFromFile('go.work', 'go 1.23.5\n\nuse ./a\n')).toBe('1.23.5');
  });
  it('reads .go-version and .tool-versions', () => {
    expect(versionFromFile('.go-version', '\uFEFF# pinned\n1.19.8\n')).toBe('1.19.8');
    expect(versionFromFile('.tool-versions', 'nodejs 20.1.0\ngolang 1.22.12 # ci\n')).toBe(
      '1.22.12'
    );
  });
  it.each([
    ['go.mod', 'module m\n', /has no "go" or "toolchain" line/],
    ['.tool-versions', 'nodejs 20\n', /has no "golang" line/],
    ['.go-version', '\n# nothing\n', /is empty/]
  ])('explains a useless %s', (file, content, message) => {
    expect(() => versionFromFile(file, content)).toThrow(VersionFileError);
    expect(() => versionFromFile(file, content)).toThrow(message);
  });
});
