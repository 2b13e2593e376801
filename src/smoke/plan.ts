import { NODE_ARCH_TO_GOARCH, NODE_PLATFORM_TO_GOOS } from '../targets/host.js';
import type { Target } from '../targets/parse.js';

/** QEMU user-mode emulator names per GOARCH (qemu-<name>[-static]). */
const QEMU_ARCH: Record<string, string> = {
  '386': 'i386',
  amd64: 'x86_64',
  arm: 'arm',
  arm64: 'aarch64',
  loong64: 'loongarch64',
  mips: 'mips',
  mipsle: 'mipsel',
  mips64: 'mips64',
  mips64le: 'mips64el',
  ppc64: 'ppc64',
  ppc64le: 'ppc64le',
  riscv64: 'riscv64',
  s390x: 's390x'
};

/** The emulators that can run a GOARCH, preferred first (statically linked: works in containers). */
export function qemuEmulators(goarch: string): string[] {
  const qemu = QEMU_ARCH[goarch];
  return qemu ? [`qemu-${qemu}-static`, `qemu-${qemu}`] : [];
}

export type SmokePlan =
  { how: 'direct' } | { how: 'qemu'; emulator: string } | { how: 'skip'; reason: string };

/**
 * How to run a binary for `target` on this runner. Pure: `which` answers
 * whether a program is on PATH.
 */
export function smokePlan(
  target: Target,
  runner: { platform: string; arch: string },
  which: (name: string) => boolean
): SmokePlan {
  const runnerOs = NODE_PLATFORM_TO_GOOS[runner.platform];
  const runnerArch = NODE_ARCH_TO_GOARCH[runner.arch];
  const sameOs = runnerOs === target.goos;
  if (
    sameOs &&
    (runnerArch === target.goarch || (runnerArch === 'amd64' && target.goarch === '386'))
  ) {
    return { how: 'direct' };
  }
  if (target.goos !== 'linux' && !(target.goos === 'android' && runnerOs === 'linux')) {
    return {
      how: 'skip',
      reason: `a ${target.goos}/${target.goarch} binary cannot run on this ${runnerOs ?? runner.platform}/${runnerArch ?? runner.arch} runner`
    };
  }
  if (runnerOs !== 'linux') {
    return {
      how: 'skip',
      reason: `linux binaries need a linux runner (this one is ${runnerOs ?? runner.platform})`
    };
  }
  const qemu = QEMU_ARCH[target.goarch];
  if (!qemu) return { how: 'skip', reason: `no QEMU user emulator exists for ${target.goarch}` };
  for (const name of qemuEmulators(target.goarch)) {
    if (which(name)) return { how: 'qemu', emulator: name };
  }
  return {
    how: 'skip',
    reason: `neither qemu-${qemu}-static nor qemu-${qemu} is on PATH (install qemu-user-static, or use docker/setup-qemu-action)`
  };
}
