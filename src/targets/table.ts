/**
 * The one target table: every GOOS/GOARCH pair Go's `go tool dist list` has
 * shipped (go1.19 .. go1.23 union) and the binary facts Go's linker writes for
 * each. Used by input validation (is this a Go target? which variant
 * variable?) and by the verifier (what header should this binary have?).
 */

export type BinaryFormat = 'elf' | 'macho' | 'pe' | 'xcoff' | 'plan9' | 'wasm';
export type Endian = 'little' | 'big';

/** The architecture-level variable that selects a variant (GOARM=7 ...). */
export type VariantVar =
  'GOARM' | 'GOAMD64' | 'GOARM64' | 'GO386' | 'GOMIPS' | 'GOMIPS64' | 'GOPPC64' | 'GORISCV64';

export interface ArchInfo {
  goarch: string;
  bits: 32 | 64;
  endian: Endian;
  /** ELF e_machine. */
  elfMachine: number;
  /** Human name of the machine, as a user would say it. */
  machineName: string;
  /** Mach-O cputype, when Go can target darwin/ios with this arch. */
  machoCpu?: number;
  /** PE/COFF machine, when Go can target windows with this arch. */
  peMachine?: number;
  variantVar?: VariantVar;
  /** Accepted variant values, as a regex over the whole value, plus a readable list. */
  variantPattern?: RegExp;
  variantAccepted?: string;
}

export interface OsInfo {
  goos: string;
  format: BinaryFormat;
  /** ELF e_ident[EI_OSABI] Go's linker writes (ELF targets only). */
  elfOsabi?: number;
}

// ELF e_machine values (elf.h).
export const EM = {
  I386: 3,
  MIPS: 8,
  PPC64: 21,
  S390: 22,
  ARM: 40,
  X86_64: 62,
  AARCH64: 183,
  RISCV: 243,
  LOONGARCH: 258
} as const;

const ARCH_LIST: ArchInfo[] = [
  {
    goarch: '386',
    bits: 32,
    endian: 'little',
    elfMachine: EM.I386,
    machineName: 'Intel 80386',
    peMachine: 0x14c,
    variantVar: 'GO386',
    variantPattern: /^(sse2|softfloat)$/,
    variantAccepted: 'sse2, softfloat'
  },
  {
    goarch: 'amd64',
    bits: 64,
    endian: 'little',
    elfMachine: EM.X86_64,
    machineName: 'x86-64',
    machoCpu: 0x01000007,
    peMachine: 0x8664,
    variantVar: 'GOAMD64',
    variantPattern: /^v[1-4]$/,
    variantAccepted: 'v1, v2, v3, v4'
  },
  {
    goarch: 'arm',
    bits: 32,
    endian: 'little',
    elfMachine: EM.ARM,
    machineName: 'ARM',
    peMachine: 0x1c4,
    variantVar: 'GOARM',
    variantPattern: /^[5-7](,(softfloat|hardfloat))?$/,
    variantAccepted: '5, 6, 7, optionally with ,softfloat or ,hardfloat'
  },
  {
    goarch: 'arm64',
    bits: 64,
    endian: 'little',
    elfMachine: EM.AARCH64,
    machineName: 'AArch64',
    machoCpu: 0x0100000c,
    peMachine: 0xaa64,
    variantVar: 'GOARM64',
    variantPattern: /^v(8\.[0-9]|9\.[0-5])(,(lse|crypto))*$/,
    variantAccepted: 'v8.0 .. v8.9, v9.0 .. v9.5, optionally with ,lse and/or ,crypto'
  },
  {
    goarch: 'loong64',
    bits: 64,
    endian: 'little',
    elfMachine: EM.LOONGARCH,
    machineName: 'LoongArch'
  },
  {
    goarch: 'mips',
    bits: 32,
    endian: 'big',
    elfMachine: EM.MIPS,
    machineName: 'MIPS',
    variantVar: 'GOMIPS',
    variantPattern: /^(hardfloat|softfloat)$/,
    variantAccepted: 'hardfloat, softfloat'
  },
  {
    goarch: 'mipsle',
    bits: 32,
    endian: 'little',
    elfMachine: EM.MIPS,
    machineName: 'MIPS',
    variantVar: 'GOMIPS',
    variantPattern: /^(hardfloat|softfloat)$/,
    variantAccepted: 'hardfloat, softfloat'
  },
  {
    goarch: 'mips64',
    bits: 64,
    endian: 'big',
    elfMachine: EM.MIPS,
    machineName: 'MIPS64',
    variantVar: 'GOMIPS64',
    variantPattern: /^(hardfloat|softfloat)$/,
    variantAccepted: 'hardfloat, softfloat'
  },
  {
    goarch: 'mips64le',
    bits: 64,
    endian: 'little',
    elfMachine: EM.MIPS,
    machineName: 'MIPS64',
    variantVar: 'GOMIPS64',
    variantPattern: /^(hardfloat|softfloat)$/,
    variantAccepted: 'hardfloat, softfloat'
  },
  {
    goarch: 'ppc64',
    bits: 64,
    endian: 'big',
    elfMachine: EM.PPC64,
    machineName: 'PowerPC64',
    variantVar: 'GOPPC64',
    variantPattern: /^power(8|9|10)$/,
    variantAccepted: 'power8, power9, power10'
  },
  {
    goarch: 'ppc64le',
    bits: 64,
    endian: 'little',
    elfMachine: EM.PPC64,
    machineName: 'PowerPC64',
    variantVar: 'GOPPC64',
    variantPattern: /^power(8|9|10)$/,
    variantAccepted: 'power8, power9, power10'
  },
  {
    goarch: 'riscv64',
    bits: 64,
    endian: 'little',
    elfMachine: EM.RISCV,
    machineName: 'RISC-V',
    variantVar: 'GORISCV64',
    variantPattern: /^rva2[023]u64$/,
    variantAccepted: 'rva20u64, rva22u64, rva23u64'
  },
  {
    goarch: 's390x',
    bits: 64,
    endian: 'big',
    elfMachine: EM.S390,
    machineName: 'IBM S/390',
    machoCpu: undefined
  },
  { goarch: 'wasm', bits: 32, endian: 'little', elfMachine: 0, machineName: 'WebAssembly' }
];

const OS_LIST: OsInfo[] = [
  { goos: 'aix', format: 'xcoff' },
  { goos: 'android', format: 'elf', elfOsabi: 0 },
  { goos: 'darwin', format: 'macho' },
  { goos: 'dragonfly', format: 'elf', elfOsabi: 0 },
  { goos: 'freebsd', format: 'elf', elfOsabi: 9 },
  { goos: 'illumos', format: 'elf', elfOsabi: 0 },
  { goos: 'ios', format: 'macho' },
  { goos: 'js', format: 'wasm' },
  { goos: 'linux', format: 'elf', elfOsabi: 0 },
  { goos: 'netbsd', format: 'elf', elfOsabi: 2 },
  { goos: 'openbsd', format: 'elf', elfOsabi: 12 },
  { goos: 'plan9', format: 'plan9' },
  { goos: 'solaris', format: 'elf', elfOsabi: 0 },
  { goos: 'wasip1', format: 'wasm' },
  { goos: 'windows', format: 'pe' }
];

/** Union of `go tool dist list` over the Go versions we support. */
export const DIST_LIST: readonly string[] = [
  'aix/ppc64',
  'android/386',
  'android/amd64',
  'android/arm',
  'android/arm64',
  'darwin/amd64',
  'darwin/arm64',
  'dragonfly/amd64',
  'freebsd/386',
  'freebsd/amd64',
  'freebsd/arm',
  'freebsd/arm64',
  'freebsd/riscv64',
  'illumos/amd64',
  'ios/amd64',
  'ios/arm64',
  'js/wasm',
  'linux/386',
  'linux/amd64',
  'linux/arm',
  'linux/arm64',
  'linux/loong64',
  'linux/mips',
  'linux/mips64',
  'linux/mips64le',
  'linux/mipsle',
  'linux/ppc64',
  'linux/ppc64le',
  'linux/riscv64',
  'linux/s390x',
  'netbsd/386',
  'netbsd/amd64',
  'netbsd/arm',
  'netbsd/arm64',
  'openbsd/386',
  'openbsd/amd64',
  'openbsd/arm',
  'openbsd/arm64',
  'openbsd/mips64',
  'openbsd/ppc64',
  'openbsd/riscv64',
  'plan9/386',
  'plan9/amd64',
  'plan9/arm',
  'solaris/amd64',
  'wasip1/wasm',
  'windows/386',
  'windows/amd64',
  'windows/arm',
  'windows/arm64'
];

const ARCHES = new Map(ARCH_LIST.map(a => [a.goarch, a]));
const OSES = new Map(OS_LIST.map(o => [o.goos, o]));
const PAIRS = new Set(DIST_LIST);

export function archInfo(goarch: string): ArchInfo | undefined {
  return ARCHES.get(goarch);
}

export function osInfo(goos: string): OsInfo | undefined {
  return OSES.get(goos);
}

export function isDistPair(goos: string, goarch: string): boolean {
  return PAIRS.has(`${goos}/${goarch}`);
}

export interface TargetFacts {
  goos: string;
  goarch: string;
  format: BinaryFormat;
  bits: 32 | 64;
  endian: Endian;
  elfMachine?: number;
  elfOsabi?: number;
  machoCpu?: number;
  peMachine?: number;
  machineName: string;
}

/** Everything a correct binary for goos/goarch looks like, or undefined if not a Go target. */
export function targetFacts(goos: string, goarch: string): TargetFacts | undefined {
  const os = OSES.get(goos);
  const arch = ARCHES.get(goarch);
  if (!os || !arch || !isDistPair(goos, goarch)) return undefined;
  return {
    goos,
    goarch,
    format: os.format,
    bits: arch.bits,
    endian: arch.endian,
    elfMachine: os.format === 'elf' ? arch.elfMachine : undefined,
    elfOsabi: os.elfOsabi,
    machoCpu: os.format === 'macho' ? arch.machoCpu : undefined,
    peMachine: os.format === 'pe' ? arch.peMachine : undefined,
    machineName: arch.machineName
  };
}

// ---- Reverse lookups for the verifier: header facts -> the Go names users know. ----

/** GOARCH values whose ELF header looks like this (mips/mipsle share e_machine; endianness splits them). */
export function goarchForElf(machine: number, bits: 32 | 64, endian: Endian): string | undefined {
  return ARCH_LIST.find(
    a => a.elfMachine === machine && a.bits === bits && a.endian === endian && a.goarch !== 'wasm'
  )?.goarch;
}

export function goarchForMachoCpu(cpu: number): string | undefined {
  return ARCH_LIST.find(a => a.machoCpu === cpu)?.goarch;
}

export function goarchForPeMachine(machine: number): string | undefined {
  return ARCH_LIST.find(a => a.peMachine === machine)?.goarch;
}

/** The GOOS an ELF OS/ABI byte says; 0 (System V) is what Go writes for linux and others, so it reads as linux. */
export function goosForElfOsabi(osabi: number): string | undefined {
  if (osabi === 0) return 'linux';
  return OS_LIST.find(o => o.format === 'elf' && o.elfOsabi === osabi)?.goos;
}

/** Names of ELF OS/ABI values, as readelf prints them. */
export const OSABI_NAMES: Record<number, string> = {
  0: 'UNIX - System V',
  1: 'HP-UX',
  2: 'NetBSD',
  3: 'Linux (GNU)',
  6: 'Solaris',
  9: 'FreeBSD',
  12: 'OpenBSD'
};

/** Human name of an ELF e_machine, from the table or a few common others. */
export function elfMachineName(machine: number): string {
  const known = ARCH_LIST.find(a => a.elfMachine === machine && a.goarch !== 'wasm');
  if (known) return known.machineName;
  const others: Record<number, string> = { 2: 'SPARC', 20: 'PowerPC', 43: 'SPARC V9', 50: 'IA-64' };
  return others[machine] ?? `machine ${machine}`;
}

/** GOOS targets whose binaries always have an ELF interpreter (they link libc dynamically). */
export const ALWAYS_DYNAMIC_GOOS: ReadonlySet<string> = new Set(['openbsd', 'solaris', 'illumos']);
