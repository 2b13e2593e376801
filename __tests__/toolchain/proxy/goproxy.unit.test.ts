import { describe, expect, it } from '@jest/globals';
import { hash1 } from '../../../src/toolchain/proxy/dirhash.js';
import {
  escapeModule,
  moduleUrl,
  parseToolchainList,
  resolveFromList,
  toolchainModuleVersion
} from '../../../src/toolchain/proxy/goproxy.js';
import { entryPath, goFileMode } from '../../../src/toolchain/proxy/module-zip.js';
import { parseVersionSpec } from '../../../src/toolchain/version.js';

describe('toolchain module names', () => {
  it('names versions and URLs as cmd/go does', () => {
    expect(toolchainModuleVersion('go1.23.5', 'linux', 'amd64')).toBe(
      'v0.0.1-go1.23.5.linux-amd64'
    );
    expect(toolchainModuleVersion('go1.23.5', 'linux', 'armv6l')).toBe('v0.0.1-go1.23.5.linux-arm');
    expect(moduleUrl('https://p.example', 'v0.0.1-go1.23.5.linux-amd64', 'zip')).toBe(
      'https://p.example/golang.org/toolchain/@v/v0.0.1-go1.23.5.linux-amd64.zip'
    );
    expect(escapeModule('github.com/Azure/x')).toBe('github.com/!azure/x');
  });
});

describe('resolving with @v/list', () => {
  const list = [
    'v0.0.1-go1.22.12.linux-amd64',
    'v0.0.1-go1.23.5.linux-amd64',
    'v0.0.1-go1.23.4.linux-amd64',
    'v0.0.1-go1.24rc1.linux-amd64',
    'v0.0.1-go1.24.0.darwin-arm64',
    'v0.0.1-go1.21.13.linux-amd64',
    'garbage'
  ].join('\n');
  const versions = parseToolchainList(list, 'linux', 'amd64');
  const pick = (s: string) => resolveFromList(parseVersionSpec(s), versions, s);

  it("keeps the host's platform only", () => {
    expect(versions.sort()).toEqual([
      'go1.21.13',
      'go1.22.12',
      'go1.23.4',
      'go1.23.5',
      'go1.24rc1'
    ]);
  });

  it('resolves minors, ranges, aliases; rc only by name', () => {
    expect(pick('1.23')).toBe('go1.23.5');
    expect(pick('^1.21')).toBe('go1.23.5');
    expect(pick('stable')).toBe('go1.23.5');
    expect(pick('oldstable')).toBe('go1.22.12');
    expect(pick('1.24rc1')).toBe('go1.24rc1');
    expect(() => pick('1.24')).toThrow(/matches no stable release the module proxy lists/);
    expect(() => pick('1.23.9')).toThrow(/lists no go1\.23\.9/);
  });
});

describe('module zip entries', () => {
  const prefix = 'golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64/';
  it('strips the module prefix', () => {
    expect(entryPath(prefix + 'bin/go', prefix)).toBe('bin/go');
  });
  it.each([
    ['../x', 'outside'],
    [prefix + '../evil', '".."'],
    [prefix + 'a//b', 'empty'],
    [prefix + './a', '"."'],
    ['/etc/passwd', 'outside'],
    [prefix, 'module root'],
    [prefix + 'a\\b', 'relative slash-separated'],
    ['golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/bin/go', 'outside']
  ])('refuses %j', (name, why) => {
    expect(() => entryPath(name, prefix)).toThrow(why);
  });

  it("sets the executable bits cmd/go's toolchain switch sets", () => {
    expect(goFileMode('bin/go')).toBe(0o755);
    expect(goFileMode('pkg/tool/linux_amd64/compile')).toBe(0o755);
    expect(goFileMode('lib/wasm/go_js_wasm_exec')).toBe(0o755);
    expect(goFileMode('lib/wasm/wasm_exec.js')).toBe(0o644);
    expect(goFileMode('src/cmd/go/main.go')).toBe(0o644);
  });
});

describe('dirhash Hash1', () => {
  it('hashes sorted "<sha>  <name>" lines', () => {
    // Order-independent, and equal to hashing the sorted listing by hand.
    const a = { name: 'm@v/b', sha256: 'bb' };
    const b = { name: 'm@v/a', sha256: 'aa' };
    expect(hash1([a, b])).toBe(hash1([b, a]));
    expect(hash1([a, b])).not.toBe(hash1([a]));
  });
});
