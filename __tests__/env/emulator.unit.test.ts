import { describe, expect, it } from '@jest/globals';
import {
  aptCommands,
  emulatorLines,
  emulatorMarkdown,
  installPlan
} from '../../src/env/emulator.js';
import { PROBE_EXIT, probeElf } from '../../src/env/native-probe.js';

const linux = { platform: 'linux', root: false, aptGet: true, sudo: true };

describe('installPlan', () => {
  it('root installs directly; a user through passwordless sudo', () => {
    expect(installPlan({ ...linux, root: true })).toEqual({ prefix: [] });
    expect(installPlan(linux)).toEqual({ prefix: ['sudo', '-n'] });
  });
  it('says in one line why it cannot', () => {
    const errors = [
      installPlan({ ...linux, platform: 'darwin' }),
      installPlan({ ...linux, platform: 'win32' }),
      installPlan({ ...linux, aptGet: false }),
      installPlan({ ...linux, sudo: false })
    ].map(p => ('error' in p ? p.error : ''));
    expect(errors[0]).toMatch(/^emulator: cannot install qemu-user-static on a macOS runner/);
    expect(errors[1]).toMatch(/on a Windows runner/);
    expect(errors[2]).toMatch(/apt-get is not on PATH/);
    expect(errors[3]).toMatch(/sudo -n needs a password/);
    for (const e of errors) expect(e).not.toMatch(/\n/);
  });
});

describe('aptCommands', () => {
  it('argument arrays, non-interactive, the distribution package only', () => {
    const { install, update } = aptCommands(['sudo', '-n']);
    expect(install).toEqual([
      'sudo',
      '-n',
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      '-q',
      '-y',
      '-o',
      'Dpkg::Use-Pty=0',
      'install',
      '--no-install-recommends',
      'qemu-user-static'
    ]);
    expect(update.slice(-1)).toEqual(['update']);
  });
});

describe('emulator report', () => {
  it('log lines and summary escape what they show', () => {
    const status = {
      found: new Map([
        ['arm64', '/usr/bin/qemu-aarch64-static'],
        ['arm', '/x/::error::<b>']
      ]),
      missing: ['riscv64'],
      package: { name: 'qemu-user-static', version: '1:7.2+dfsg-7+deb12u18+b3' },
      installSeconds: 12.34
    };
    const lines = emulatorLines(status);
    expect(lines[0]).toBe(
      'emulator: qemu-user-static 1:7.2+dfsg-7+deb12u18+b3 (installed by this step in 12.3 s)'
    );
    expect(lines.join('\n')).not.toMatch(/(^|\n)::error::/);
    expect(lines).toContain(
      'emulator: none on PATH for riscv64 (qemu-riscv64-static, qemu-riscv64)'
    );
    const md = emulatorMarkdown(status);
    expect(md).toContain('<h3>Emulator</h3>');
    expect(md).toContain('installed by this step in 12.3 s');
    expect(md).toContain('<code>/usr/bin/qemu-aarch64-static</code>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('<tr><td>riscv64</td><td>none on PATH</td></tr>');
  });
});

describe('probeElf', () => {
  it('is a 32-bit little-endian ET_EXEC for the arch, entry right after the headers', () => {
    for (const [goarch, machine] of [
      ['386', 3],
      ['arm', 40]
    ] as const) {
      const b = probeElf(goarch);
      const v = new DataView(b.buffer);
      expect([...b.subarray(0, 6)]).toEqual([0x7f, 0x45, 0x4c, 0x46, 1, 1]);
      expect(v.getUint16(16, true)).toBe(2);
      expect(v.getUint16(18, true)).toBe(machine);
      const base = v.getUint32(52 + 8, true);
      expect(v.getUint32(24, true)).toBe(base + 84);
      expect(v.getUint32(52 + 16, true)).toBe(b.length);
      expect(b).toContain(PROBE_EXIT);
    }
    expect(() => probeElf('mips')).toThrow(/no native probe/);
  });
});
