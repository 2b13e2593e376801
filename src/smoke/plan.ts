import { NODE_ARCH_TO_GOARCH, NODE_PLATFORM_TO_GOOS } from '../targets/host.js';
import type { Target } from '../targets/parse.js';
import { QEMU_ARCH, qemuCpu, qemuCpuArgs, qemuEmulators } from '../targets/qemu.js';

export type SmokePlan =
  | { how: 'direct' }
  /**
   * args: what goes before the program (`-cpu X`, the variant's CPU, as the
   * exec wrapper picks it); the environment Go needs under this emulator
   * is qemuGoEnv's.
   */
  | { how: 'qemu'; emulator: string; args: string[] }
  | { how: 'skip'; reason: string };

/**
 * The pairs a CPU may run without emulation when the kernel lets it (386 on
 * amd64, arm on arm64): whether it does is asked of the machine (a probe),
 * since not every kernel does (no IA32 emulation, no AArch32 EL0).
 */
export function nativeCandidate(
  target: Target,
  runner: { platform: string; arch: string }
): boolean {
  const runnerArch = NODE_ARCH_TO_GOARCH[runner.arch];
  return (
    NODE_PLATFORM_TO_GOOS[runner.platform] === target.goos &&
    ((runnerArch === 'amd64' && target.goarch === '386') ||
      (runnerArch === 'arm64' && target.goarch === 'arm'))
  );
}

/**
 * How to run a binary for `target` on this runner. Pure: `which` answers
 * whether a program is on PATH; `runsNatively` whether this machine runs a
 * nativeCandidate pair itself (the probe's answer).
 */
export function smokePlan(
  target: Target,
  runner: { platform: string; arch: string },
  which: (name: string) => boolean,
  runsNatively = false
): SmokePlan {
  const runnerOs = NODE_PLATFORM_TO_GOOS[runner.platform];
  const runnerArch = NODE_ARCH_TO_GOARCH[runner.arch];
  const sameOs = runnerOs === target.goos;
  if (sameOs && runnerArch === target.goarch) return { how: 'direct' };
  if (runsNatively && nativeCandidate(target, runner)) return { how: 'direct' };
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
