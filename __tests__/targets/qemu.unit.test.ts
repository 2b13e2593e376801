import { describe, expect, it } from '@jest/globals';
import { qemuGoEnv } from '../../src/targets/qemu.js';

describe('qemuGoEnv: what a Go program gets under qemu', () => {
  it("386: asyncpreemptoff after the user's GODEBUG, GOMAXPROCS=1 unless the user set one", () => {
    expect(qemuGoEnv('386', {})).toEqual({ GODEBUG: 'asyncpreemptoff=1', GOMAXPROCS: '1' });
    expect(qemuGoEnv('386', { GODEBUG: 'gctrace=1', GOMAXPROCS: '4' })).toEqual({
      GODEBUG: 'gctrace=1,asyncpreemptoff=1'
    });
    // An empty value counts as unset, as `${GOMAXPROCS:-1}` in the wrapper treats it.
    expect(qemuGoEnv('386', { GOMAXPROCS: '' })).toEqual({
      GODEBUG: 'asyncpreemptoff=1',
      GOMAXPROCS: '1'
    });
  });
  it('other arches add nothing', () => {
    for (const goarch of ['arm64', 'arm', 'riscv64', 's390x', 'nope']) {
      expect(qemuGoEnv(goarch, { GODEBUG: 'x=1' })).toEqual({});
    }
  });
});
