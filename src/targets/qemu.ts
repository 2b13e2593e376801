import type { Target } from './parse.js';
import type { VariantVar } from './table.js';

/**
 * How QEMU user-mode emulation runs each GOARCH: the emulator's name
 * (qemu-<name>[-static]) and the CPU to emulate for each variant, so that
 * the variant's instructions exist and nothing newer does (a GOARM=7
 * program on the v6 CPU dies of SIGILL, as it would on a Raspberry Pi 1).
 * CPU names are from Debian's qemu 7.2 `qemu-<name>-static -cpu help`, each
 * checked by running Go 1.19 and 1.27 programs of that variant under it
 * (__tests__/env/exec-wrapper.test.ts runs a selection).
 *
 * The rules are matched in order; `match` is a shell `case` pattern (a
 * literal, optionally ending in `*`, alternatives joined by `|`), because the
 * exec wrapper script matches the same patterns against the variant
 * variable at run time. With the variable unset the program was built for
 * the toolchain's default variant, which `cpu` (the emulator's most capable
 * CPU, or its only one) always runs.
 */
export interface QemuRule {
  match: string;
  /** The CPU to emulate; absent with `unsupported`. */
  cpu?: string;
  /** Why qemu cannot run this variant: one line for users. */
  unsupported?: string;
}

export interface QemuArch {
  /** qemu-<name>-static / qemu-<name>. */
  name: string;
  /** CPU for the default variant; undefined: qemu's own default (the arch has one CPU). */
  cpu?: string;
  variant?: { name: VariantVar; rules: QemuRule[] };
  /** A GODEBUG setting the program needs under this emulator (appended to the user's). */
  godebug?: string;
  /** GOMAXPROCS when the user sets none: fewer threads starting at once under this emulator. */
  gomaxprocs?: number;
}

export const QEMU_ARCH: Readonly<Record<string, QemuArch>> = {
  // qemu-i386 keeps one GDT for all guest threads, so a thread can run on another's TLS.
  // Go's preemption signal hits it always: without asyncpreemptoff every Go 1.19..1.27 386
  // program dies with "fatal: bad g in signal handler". Threads starting at once hit it
  // sometimes ("wirep: already in go"): 6 of 2,000 starts of a go1.27 program on a loaded
  // machine, 1 of 2,000 with GOMAXPROCS=1 (qemu 7.2). A kernel with IA32 emulation (GitHub's
  // hosted runners) runs 386 natively and never needs either.
  '386': { name: 'i386', cpu: 'max', godebug: 'asyncpreemptoff=1', gomaxprocs: 1 },
  amd64: {
    name: 'x86_64',
    cpu: 'max',
    variant: {
      name: 'GOAMD64',
      rules: [
        {
          match: 'v4',
          unsupported:
            'GOAMD64=v4 needs AVX-512, which qemu does not emulate; test v4 code on an AVX-512 machine, or test with GOAMD64=v3'
        }
      ]
    }
  },
  arm: {
    name: 'arm',
    cpu: 'max',
    variant: {
      name: 'GOARM',
      rules: [
        { match: '5*', cpu: 'arm926' }, // ARMv5TEJ, no VFP
        { match: '6*', cpu: 'arm1176' }, // ARMv6KZ + VFPv2 (Raspberry Pi 1, Zero)
        { match: '7*', cpu: 'cortex-a8' } // the first ARMv7-A: VFPv3, NEON, no hardware divide
      ]
    }
  },
  arm64: { name: 'aarch64', cpu: 'max' }, // max has every GOARM64 feature Go uses (LSE, crypto)
  loong64: { name: 'loongarch64' },
  mips: {
    name: 'mips',
    cpu: '24Kf',
    variant: { name: 'GOMIPS', rules: [{ match: 'softfloat', cpu: '24Kc' }] } // 24Kc: no FPU
  },
  mipsle: {
    name: 'mipsel',
    cpu: '24Kf',
    variant: { name: 'GOMIPS', rules: [{ match: 'softfloat', cpu: '24Kc' }] }
  },
  mips64: {
    name: 'mips64',
    cpu: '5KEf',
    variant: { name: 'GOMIPS64', rules: [{ match: 'softfloat', cpu: '5KEc' }] }
  },
  mips64le: {
    name: 'mips64el',
    cpu: '5KEf',
    variant: { name: 'GOMIPS64', rules: [{ match: 'softfloat', cpu: '5KEc' }] }
  },
  ppc64: {
    name: 'ppc64',
    cpu: 'power8', // Go's default GOPPC64
    variant: {
      name: 'GOPPC64',
      rules: [
        { match: 'power9', cpu: 'power9' },
        { match: 'power10', cpu: 'power10' }
      ]
    }
  },
  ppc64le: {
    name: 'ppc64le',
    cpu: 'power8',
    variant: {
      name: 'GOPPC64',
      rules: [
        { match: 'power9', cpu: 'power9' },
        { match: 'power10', cpu: 'power10' }
      ]
    }
  },
  riscv64: {
    name: 'riscv64',
    cpu: 'rv64', // has Zba/Zbb/Zbs, so rva22u64 runs too
    variant: {
      name: 'GORISCV64',
      rules: [
        // rva23u64 code uses the vector unit: without it, SIGILL (measured with Go 1.27).
        { match: 'rva23u64', cpu: 'rv64,v=true,vext_spec=v1.0,vlen=128' }
      ]
    }
  },
  s390x: { name: 's390x', cpu: 'max' }
};

/** The emulators that can run a GOARCH, preferred first (statically linked: works in containers). */
export function qemuEmulators(goarch: string): string[] {
  const qemu = QEMU_ARCH[goarch];
  return qemu ? [`qemu-${qemu.name}-static`, `qemu-${qemu.name}`] : [];
}

/** Does a `case` pattern of the table (literals, a trailing `*`, `|`) match the value? */
export function caseMatches(pattern: string, value: string): boolean {
  return pattern
    .split('|')
    .some(p => (p.endsWith('*') ? value.startsWith(p.slice(0, -1)) : value === p));
}

export type QemuCpu = { cpu?: string } | { unsupported: string };

/**
 * The CPU qemu emulates for a target (what the exec wrapper picks from the
 * variant variable at run time); undefined when no qemu runs the GOARCH.
 */
export function qemuCpu(target: Target): QemuCpu | undefined {
  const arch = QEMU_ARCH[target.goarch];
  if (!arch) return undefined;
  const value = target.variant?.name === arch.variant?.name ? target.variant?.value : undefined;
  const rule =
    value === undefined ? undefined : arch.variant?.rules.find(r => caseMatches(r.match, value));
  if (rule?.unsupported) return { unsupported: rule.unsupported };
  return { cpu: rule?.cpu ?? arch.cpu };
}

/** The qemu arguments before the program: `-cpu X` when the table names one. */
export function qemuCpuArgs(cpu: QemuCpu): string[] {
  return 'cpu' in cpu && cpu.cpu ? ['-cpu', cpu.cpu] : [];
}

/**
 * What a Go program gets added to its environment under qemu for `goarch`:
 * the arch's GODEBUG after the user's, and its GOMAXPROCS unless the user set
 * one. The exec wrapper does the same in sh.
 */
export function qemuGoEnv(
  goarch: string,
  env: Readonly<Record<string, string | undefined>>
): Record<string, string> {
  const arch = QEMU_ARCH[goarch];
  const out: Record<string, string> = {};
  if (arch?.godebug) out['GODEBUG'] = [env['GODEBUG'], arch.godebug].filter(Boolean).join(',');
  if (arch?.gomaxprocs && !env['GOMAXPROCS']) out['GOMAXPROCS'] = String(arch.gomaxprocs);
  return out;
}
