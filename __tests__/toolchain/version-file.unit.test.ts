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

describe('versionFromFile refuses what is not a version (issue 14, item 9)', () => {
  it('does not echo a foreign file', () => {
    const passwd = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n';
    expect(() => versionFromFile('/etc/passwd', passwd)).toThrow(
      'go-version-file "/etc/passwd" is not a Go version file: the version it names (31 characters) is not a Go version; accepted: go.mod, go.work, .tool-versions, or a .go-version whose first line is a version such as 1.22.12'
    );
  });
  it.each([
    ['.go-version', '<img src=x>\n'],
    ['go.mod', 'module m\ngo <b>1.22\n'],
    ['.tool-versions', 'golang ::warning::x\n']
  ])('refuses %s holding %j', (file, content) => {
    expect(() => versionFromFile(file, content)).toThrow(/is not a Go version file/);
  });
  it('stops the first line at a lone CR', () => {
    expect(versionFromFile('.go-version', '1.23.5\r::warning::forged\n')).toBe('1.23.5');
    expect(versionFromFile('.go-version', '>=1.21 <1.23\n')).toBe('>=1.21 <1.23');
  });
});
