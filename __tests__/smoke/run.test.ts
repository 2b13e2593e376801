/**
 * Smoke runs under qemu with the variant's CPU (the table the exec wrappers
 * use): real fixture binaries, Debian's qemu-user-static, no binfmt_misc.
 */
import { describe, expect, it } from '@jest/globals';
import { smokeRun } from '../../src/smoke/run.js';
import { parseTarget } from '../../src/targets/parse.js';
import { fixture } from '../verify/helpers.js';

describe('smokeRun under qemu', () => {
  it('a GOARM=7 binary runs on the v7 CPU, and on the v6 CPU a GOARM=6 target dies of SIGILL', async () => {
    const file = fixture('go1.19_linux_arm_GOARM-7').path;
    const emulators = new Set(['qemu-arm-static']);
    const ok = await smokeRun(file, parseTarget('linux/arm/v7'), [], emulators);
    expect(ok).toMatchObject({ status: 'pass' });
    expect(ok.message).toMatch(/ran under qemu-arm-static and exited 0/);
    // Smoke-running it as if it were a v6 target emulates an arm1176: the v7 code cannot run there.
    const v6 = await smokeRun(file, parseTarget('linux/arm/v6'), [], emulators);
    expect(v6).toMatchObject({ status: 'fail' });
    expect(v6.message).toMatch(/was killed by SIGILL/);
  });

  it('arguments that look like qemu options (-cpu x) reach the program, after --', async () => {
    const file = fixture('go1.19_linux_arm64').path;
    const r = await smokeRun(
      file,
      parseTarget('linux/arm64'),
      ['-cpu', 'x'],
      new Set(['qemu-aarch64-static'])
    );
    expect(r.status).toBe('pass');
  });

  it('a linux/386 binary passes whether or not the kernel runs 386 itself (the probe decides)', async () => {
    const file = fixture('go1.23_linux_386').path;
    const r = await smokeRun(file, parseTarget('linux/386'), [], new Set(['qemu-i386-static']));
    // Where the kernel has IA32 emulation it runs natively; where it has not (this kind of
    // VM: ENOEXEC), under qemu-i386 with GODEBUG=asyncpreemptoff=1, never "could not start".
    expect(r.status).toBe('pass');
    expect(r.message).toMatch(/ran (natively|under qemu-i386-static) and exited 0/);
    console.log(`linux/386 smoke run on this machine: ${r.message}`);
  });
});
