import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DEBIAN_GO, debianGo, goEnv } from '../support/go.js';
import { variantSupport } from '../../src/targets/versions.js';
import type { VariantVar } from '../../src/targets/table.js';
import { checkTargetForGo, listPorts } from '../../src/toolchain/ports.js';
import { parseTarget } from '../../src/targets/parse.js';

const run = promisify(execFile);

/** Values at the edges of each variable's accepted set, per GOARCH that reads it. */
const PROBES: [VariantVar, string, string[]][] = [
  ['GOAMD64', 'amd64', ['v1', 'v4', 'v5']],
  ['GO386', '386', ['sse2', 'softfloat', '387']],
  ['GOARM', 'arm', ['5', '7', '8', '7,softfloat', '6,hardfloat', '7,vfp']],
  ['GOARM64', 'arm64', ['v8.0', 'v9.5,lse,crypto', 'v9.6', 'v8.2,sve']],
  ['GOMIPS', 'mips', ['hardfloat', 'softfloat', 'soft']],
  ['GOMIPS64', 'mips64le', ['softfloat', 'hard']],
  ['GOPPC64', 'ppc64le', ['power8', 'power9', 'power10', 'power11']],
  ['GORISCV64', 'riscv64', ['rva20u64', 'rva22u64', 'rva23u64', 'rva24u64']]
];

/** Does this toolchain's go command accept VAR=value (`go env` runs buildcfg.Check)? */
async function goAccepts(goBin: string, goarch: string, name: string, value: string) {
  try {
    await run(goBin, ['env', 'GOARCH'], {
      env: goEnv({ GOOS: 'linux', GOARCH: goarch, [name]: value })
    });
    return true;
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr);
    expect(stderr).toContain(`invalid ${name}`);
    return false;
  }
}

/**
 * The per-version variant table against each installed toolchain. Where Go
 * judges a value itself, the table must agree; where Go cannot (the variable
 * does not exist yet; GO386, which the go command never checks; or — from
 * 1.23 — GOAMD64/GOARM, because the GOARM64 parse resets buildcfg.Error),
 * Go must accept
 * everything, which is why the action checks the table instead.
 */
describe.each(Object.keys(DEBIAN_GO))('Go %s: targets and variants', minorText => {
  const minor = Number(minorText.split('.')[1]);
  const goBin = debianGo(minorText);

  it('variant values: the table agrees with go wherever go checks', async () => {
    // `go env -json` lists the variant variable of the GOARCH it is run for, when that Go has one.
    const known = new Set<string>();
    for (const [name, goarch] of PROBES) {
      const { stdout } = await run(goBin, ['env', '-json'], {
        env: goEnv({ GOOS: 'linux', GOARCH: goarch })
      });
      if (name in (JSON.parse(stdout) as Record<string, string>)) known.add(name);
    }
    // GO386 is never checked by the go command (only by the compiler, later); the others are
    // masked from 1.23 on.
    const masked = new Set(minor >= 23 ? ['GO386', 'GOAMD64', 'GOARM'] : ['GO386']);
    const rows: string[] = [];
    for (const [name, goarch, values] of PROBES) {
      for (const value of values) {
        const go = await goAccepts(goBin, goarch, name, value);
        const table = variantSupport(name, value, minor).ok;
        rows.push(`${name}=${value}: go ${go ? 'accepts' : 'rejects'}, table ${table}`);
        if (!known.has(name) || masked.has(name)) {
          expect({ name, value, go }).toEqual({ name, value, go: true });
          if (!known.has(name))
            expect({ name, value, table }).toEqual({ name, value, table: false });
        } else {
          expect({ name, value, table }).toEqual({ name, value, table: go });
        }
      }
    }
    expect(rows.length).toBe(PROBES.reduce((n, p) => n + p[2].length, 0));
  });

  it('ports: windows/arm and openbsd/mips64 as this toolchain lists them', async () => {
    const ports = await listPorts(goBin, goEnv({}));
    expect(ports.find(p => p.GOOS === 'linux' && p.GOARCH === 'arm64')).toBeTruthy();
    const state = (pair: string) => {
      const [goos, goarch] = pair.split('/');
      const p = ports.find(x => x.GOOS === goos && x.GOARCH === goarch);
      return p ? (p.Broken ? 'broken' : 'ok') : 'absent';
    };
    // Measured with `go tool dist list -json -broken` (1.19 has no -broken and marks nothing).
    const windowsArm = minor >= 26 ? 'absent' : minor >= 24 ? 'broken' : 'ok';
    const openbsdMips64 = minor >= 27 ? 'absent' : minor >= 21 ? 'broken' : 'ok';
    expect({ windowsArm: state('windows/arm'), openbsdMips64: state('openbsd/mips64') }).toEqual({
      windowsArm,
      openbsdMips64
    });
    const verdict = (target: string) => {
      try {
        checkTargetForGo(parseTarget(target), ports, `go${minorText}.0`, false);
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    if (windowsArm === 'absent')
      expect(verdict('windows/arm')).toMatch(/^target "windows\/arm" is not a port of Go 1\.\d+/);
    if (windowsArm === 'broken') expect(verdict('windows/arm')).toMatch(/allow-broken-port: true/);
    if (windowsArm === 'ok') expect(verdict('windows/arm/v7')).toBe('accepted');
    const rva23 = verdict('linux/riscv64/rva23u64');
    expect(rva23 === 'accepted').toBe(minor >= 25);
  });
});
