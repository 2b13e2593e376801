/**
 * The smallest program that tells whether this runner executes another
 * GOARCH natively: a static ELF executable whose only instructions are
 * exit(42). 386 on amd64 needs the kernel's IA32 emulation (off on some
 * hardened kernels and in WSL 1); 32-bit ARM on arm64 needs a CPU with
 * AArch32 at EL0, which many arm64 server CPUs (Neoverse N2/V1, Graviton 3+)
 * lack. Pure: returns the bytes; the env stage writes and runs them.
 */

/** The exit status the probe program returns. */
export const PROBE_EXIT = 42;

interface ProbeArch {
  machine: number;
  flags: number;
  base: number;
  /** exit(42) in the arch's own instructions. */
  code: number[];
}

const PROBES: Record<string, ProbeArch> = {
  // mov ebx,42; mov eax,1 (exit); int 0x80
  '386': {
    machine: 3,
    flags: 0,
    base: 0x08048000,
    code: [0xbb, PROBE_EXIT, 0, 0, 0, 0xb8, 1, 0, 0, 0, 0xcd, 0x80]
  },
  // mov r0,#42; mov r7,#1 (exit); svc #0 — A32 words, little-endian
  arm: {
    machine: 40,
    flags: 0x05000000, // EABI version 5, as Go writes
    base: 0x10000,
    code: [PROBE_EXIT, 0x00, 0xa0, 0xe3, 0x01, 0x70, 0xa0, 0xe3, 0x00, 0x00, 0x00, 0xef]
  }
};

/** The GOARCHes a probe exists for. */
export const PROBE_ARCHES: readonly string[] = Object.keys(PROBES);

const EHDR = 52;
const PHDR = 32;

/** A 32-bit little-endian static ELF executable (one PT_LOAD, no sections) that exits 42. */
export function probeElf(goarch: string): Uint8Array {
  const p = PROBES[goarch];
  if (!p) throw new Error(`no native probe for ${goarch}`);
  const size = EHDR + PHDR + p.code.length;
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 1 /* ELFCLASS32 */, 1 /* LSB */, 1 /* EV_CURRENT */]);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, p.machine, true);
  v.setUint32(20, 1, true); // e_version
  v.setUint32(24, p.base + EHDR + PHDR, true); // e_entry: the code right after the headers
  v.setUint32(28, EHDR, true); // e_phoff
  v.setUint32(32, 0, true); // e_shoff: no sections
  v.setUint32(36, p.flags, true);
  v.setUint16(40, EHDR, true);
  v.setUint16(42, PHDR, true);
  v.setUint16(44, 1, true); // e_phnum
  v.setUint16(46, 40, true); // e_shentsize
  // Program header: load the whole file read+execute at base.
  v.setUint32(EHDR + 0, 1, true); // PT_LOAD
  v.setUint32(EHDR + 4, 0, true); // p_offset
  v.setUint32(EHDR + 8, p.base, true); // p_vaddr
  v.setUint32(EHDR + 12, p.base, true); // p_paddr
  v.setUint32(EHDR + 16, size, true); // p_filesz
  v.setUint32(EHDR + 20, size, true); // p_memsz
  v.setUint32(EHDR + 24, 5, true); // PF_R | PF_X
  v.setUint32(EHDR + 28, 0x1000, true); // p_align
  b.set(p.code, EHDR + PHDR);
  return b;
}
