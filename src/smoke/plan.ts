import { NODE_ARCH_TO_GOARCH, NODE_PLATFORM_TO_GOOS } from '../targets/host.js';
import type { Target } from '../targets/parse.js';
import { QEMU_ARCH, qemuCpu, qemuCpuArgs, qemuEmulators } from '../targets/qemu.js';

export type SmokePlan =
  | { how: 'direct' }
  /** args: what goes before the program (`-cpu X`, the variant's CPU, as the exec wrapper picks it). */
  | { how: 'qemu'; emulator: string; args: string[] }
  | { how: 'skip'; reason: string };

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
  const qemu = QEMU_ARCH[target.goarch]?.name;
  const cpu = qemuCpu(target);
  if (!qemu || !cpu)
    return { how: 'skip', reason: `no QEMU user emulator exists for ${target.goarch}` };
  if ('unsupported' in cpu) return { how: 'skip', reason: cpu.unsupported };
  for (const name of qemuEmulators(target.goarch)) {
    if (which(name)) return { how: 'qemu', emulator: name, args: qemuCpuArgs(cpu) };
  }
  return {
    how: 'skip',
    reason: `neither qemu-${qemu}-static nor qemu-${qemu} is on PATH (install qemu-user-static, or use docker/setup-qemu-action)`
  };
}
