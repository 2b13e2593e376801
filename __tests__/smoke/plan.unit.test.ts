import { describe, expect, it } from '@jest/globals';
import { smokePlan } from '../../src/smoke/plan.js';
import { splitArgs } from '../../src/inputs/args.js';
import { InputError } from '../../src/inputs/errors.js';
import { parseTarget } from '../../src/targets/parse.js';

const linuxX64 = { platform: 'linux', arch: 'x64' };
const has =
  (...names: string[]) =>
  (n: string) =>
    names.includes(n);

describe('smokePlan', () => {
  it('runs natively when the target is the runner', () => {
    expect(smokePlan(parseTarget('linux/amd64/v3'), linuxX64, has())).toEqual({ how: 'direct' });
    expect(smokePlan(parseTarget('linux/386'), linuxX64, has(), true)).toEqual({ how: 'direct' });
    expect(
      smokePlan(parseTarget('darwin/arm64'), { platform: 'darwin', arch: 'arm64' }, has())
    ).toEqual({ how: 'direct' });
    expect(
      smokePlan(parseTarget('windows/amd64'), { platform: 'win32', arch: 'x64' }, has())
    ).toEqual({ how: 'direct' });
  });

  it('386 on amd64 and arm on arm64 run directly only when the probe says the kernel runs them', () => {
    const arm64 = { platform: 'linux', arch: 'arm64' };
    expect(smokePlan(parseTarget('linux/arm/v7'), arm64, has('qemu-arm'), true)).toEqual({
      how: 'direct'
    });
    // No IA32 emulation in the kernel (a Firecracker VM): qemu-i386 (with qemuGoEnv's settings).
    expect(smokePlan(parseTarget('linux/386'), linuxX64, has('qemu-i386-static'), false)).toEqual({
      how: 'qemu',
      emulator: 'qemu-i386-static',
      args: ['-cpu', 'max']
    });
    // The probe never makes another pair direct.
    expect(smokePlan(parseTarget('linux/arm64'), linuxX64, has(), true)).toMatchObject({
      how: 'skip'
    });
  });

  it('prefers qemu-<arch>-static, then qemu-<arch>', () => {
    expect(
      smokePlan(parseTarget('linux/arm64'), linuxX64, has('qemu-aarch64-static', 'qemu-aarch64'))
    ).toEqual({
      how: 'qemu',
      emulator: 'qemu-aarch64-static',
      args: ['-cpu', 'max']
    });
    expect(smokePlan(parseTarget('linux/arm/v7'), linuxX64, has('qemu-arm'))).toEqual({
      how: 'qemu',
      emulator: 'qemu-arm',
      args: ['-cpu', 'cortex-a8']
    });
    expect(
      smokePlan(parseTarget('linux/mipsle'), linuxX64, has('qemu-mipsel-static'))
    ).toMatchObject({ how: 'qemu' });
    expect(
      smokePlan(
        parseTarget('linux/amd64'),
        { platform: 'linux', arch: 'arm64' },
        has('qemu-x86_64')
      )
    ).toMatchObject({ how: 'qemu' });
  });

  it('says why it skips', () => {
    expect(smokePlan(parseTarget('linux/riscv64'), linuxX64, has())).toEqual({
      how: 'skip',
      reason:
        'neither qemu-riscv64-static nor qemu-riscv64 is on PATH (install qemu-user-static, or use docker/setup-qemu-action)'
    });
    expect(smokePlan(parseTarget('windows/amd64'), linuxX64, has())).toEqual({
      how: 'skip',
      reason: 'a windows/amd64 binary cannot run on this linux/amd64 runner'
    });
    expect(
      smokePlan(parseTarget('linux/arm64'), { platform: 'darwin', arch: 'arm64' }, has())
    ).toMatchObject({ how: 'skip' });
  });
});

describe('splitArgs', () => {
  it('splits like a shell for quotes, without a shell', () => {
    expect(splitArgs('--version')).toEqual(['--version']);
    expect(splitArgs(`  run --name "a b" 'c d' e''f ""`)).toEqual([
      'run',
      '--name',
      'a b',
      'c d',
      'ef',
      ''
    ]);
    expect(splitArgs('$(rm -rf /) ; echo')).toEqual(['$(rm', '-rf', '/)', ';', 'echo']);
  });
  it('rejects an unclosed quote naming smoke-run', () => {
    expect(() => splitArgs('--name "x')).toThrow(InputError);
    expect(() => splitArgs('--name "x')).toThrow(
      /^smoke-run "--name \\"x" has an unclosed " quote/
    );
  });
});
