import { describe, expect, it } from '@jest/globals';
import { goMinorOf, variantSupport } from '../../src/targets/versions.js';
import { checkTargetForGo, parsePorts, type Port } from '../../src/toolchain/ports.js';
import { parseTarget } from '../../src/targets/parse.js';

describe('variantSupport', () => {
  it.each([
    ['GORISCV64', 'rva23u64', 24, false],
    ['GORISCV64', 'rva23u64', 25, true],
    ['GORISCV64', 'rva22u64', 22, false],
    ['GORISCV64', 'rva22u64', 23, true],
    ['GOARM64', 'v8.2,lse', 22, false],
    ['GOARM64', 'v9.5,lse,crypto', 23, true],
    ['GOARM', '7', 19, true],
    ['GOARM', '6,softfloat', 21, false],
    ['GOARM', '6,softfloat', 22, true],
    ['GOPPC64', 'power10', 19, false],
    ['GOPPC64', 'power10', 21, true],
    ['GOAMD64', 'v4', 19, true],
    ['GO386', 'softfloat', 27, true],
    ['GOMIPS', 'softfloat', 19, true]
  ] as const)('%s=%s on 1.%d: %s', (name, value, minor, ok) => {
    expect(variantSupport(name, value, minor).ok).toBe(ok);
  });

  it('says what the version accepts and from when the value exists', () => {
    expect(variantSupport('GORISCV64', 'rva23u64', 24)).toEqual({
      ok: false,
      accepted: 'rva20u64, rva22u64',
      since: 25
    });
    expect(variantSupport('GOARM64', 'v8.2', 21)).toEqual({ ok: false, accepted: '', since: 23 });
  });

  it('reads minors', () => {
    expect(goMinorOf('go1.27.4')).toBe(27);
    expect(goMinorOf('1.19.8')).toBe(19);
    expect(goMinorOf('devel')).toBeUndefined();
  });
});

const PORTS: Port[] = [
  { GOOS: 'linux', GOARCH: 'riscv64', FirstClass: false },
  { GOOS: 'linux', GOARCH: 'arm64', FirstClass: true },
  { GOOS: 'windows', GOARCH: 'amd64', FirstClass: true },
  { GOOS: 'windows', GOARCH: 'arm64', FirstClass: false },
  { GOOS: 'freebsd', GOARCH: 'riscv64', Broken: true }
];

function messageOf(target: string, go: string, allowBroken = false): string {
  try {
    checkTargetForGo(parseTarget(target), PORTS, go, allowBroken);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
}

describe('checkTargetForGo', () => {
  it('rejects a pair the toolchain does not list, naming what it has for that GOOS', () => {
    expect(messageOf('windows/arm', 'go1.27.4')).toBe(
      'target "windows/arm" is not a port of Go 1.27.4 (go tool dist list); accepted for windows: windows/amd64, windows/arm64'
    );
  });

  it('rejects broken ports unless allowed', () => {
    expect(messageOf('freebsd/riscv64', 'go1.27.4')).toBe(
      'target "freebsd/riscv64" is marked broken in Go 1.27.4 (go tool dist list -broken); set allow-broken-port: true to build it anyway, or pick another Go version'
    );
    expect(messageOf('freebsd/riscv64', 'go1.27.4', true)).toBe('accepted');
  });

  it('checks the variant against the version', () => {
    expect(messageOf('linux/riscv64/rva23u64', 'go1.24.4')).toBe(
      'target "linux/riscv64/rva23u64": Go 1.24.4 accepts GORISCV64 rva20u64, rva22u64; GORISCV64=rva23u64 needs Go 1.25+'
    );
    expect(messageOf('linux/riscv64/rva23u64', 'go1.25.12')).toBe('accepted');
    expect(messageOf('linux/arm64/v8.2', 'go1.22.12')).toBe(
      'target "linux/arm64/v8.2": Go 1.22.12 has no GOARM64 (use linux/arm64); GOARM64=v8.2 needs Go 1.23+'
    );
  });

  it('parses dist list JSON and drops malformed entries', () => {
    expect(parsePorts('[{"GOOS":"linux","GOARCH":"amd64","Broken":true},{"GOOS":1},null]')).toEqual(
      [{ GOOS: 'linux', GOARCH: 'amd64', Broken: true }]
    );
    expect(() => parsePorts('{}')).toThrow('did not print an array');
  });
});
