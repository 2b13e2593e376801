#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/targets/table.ts
/**
 * The one target table: every GOOS/GOARCH pair Go's `go tool dist list` has
 * shipped (go1.19 .. go1.23 union) and the binary facts Go's linker writes for
 * each. Used by input validation (is this a Go target? which variant
 * variable?) and by the verifier (what header should this binary have?).
 */
// ELF e_machine values (elf.h).
const EM = {
    I386: 3,
    MIPS: 8,
    PPC64: 21,
    S390: 22,
    ARM: 40,
    X86_64: 62,
    AARCH64: 183,
    RISCV: 243,
    LOONGARCH: 258
};
const ARCH_LIST = [
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
const OS_LIST = [
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
const DIST_LIST = [
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
function archInfo(goarch) {
    return ARCHES.get(goarch);
}
function osInfo(goos) {
    return OSES.get(goos);
}
function isDistPair(goos, goarch) {
    return PAIRS.has(`${goos}/${goarch}`);
}
/** Everything a correct binary for goos/goarch looks like, or undefined if not a Go target. */
function targetFacts(goos, goarch) {
    const os = OSES.get(goos);
    const arch = ARCHES.get(goarch);
    if (!os || !arch || !isDistPair(goos, goarch))
        return undefined;
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
function goarchForElf(machine, bits, endian) {
    return ARCH_LIST.find(a => a.elfMachine === machine && a.bits === bits && a.endian === endian && a.goarch !== 'wasm')?.goarch;
}
function goarchForMachoCpu(cpu) {
    return ARCH_LIST.find(a => a.machoCpu === cpu)?.goarch;
}
function goarchForPeMachine(machine) {
    return ARCH_LIST.find(a => a.peMachine === machine)?.goarch;
}
/** The GOOS an ELF OS/ABI byte says; 0 (System V) is what Go writes for linux and others, so it reads as linux. */
function goosForElfOsabi(osabi) {
    if (osabi === 0)
        return 'linux';
    return OS_LIST.find(o => o.format === 'elf' && o.elfOsabi === osabi)?.goos;
}
/** Names of ELF OS/ABI values, as readelf prints them. */
const OSABI_NAMES = {
    0: 'UNIX - System V',
    1: 'HP-UX',
    2: 'NetBSD',
    3: 'Linux (GNU)',
    6: 'Solaris',
    9: 'FreeBSD',
    12: 'OpenBSD'
};
/** Human name of an ELF e_machine, from the table or a few common others. */
function elfMachineName(machine) {
    const known = ARCH_LIST.find(a => a.elfMachine === machine && a.goarch !== 'wasm');
    if (known)
        return known.machineName;
    const others = { 2: 'SPARC', 20: 'PowerPC', 43: 'SPARC V9', 50: 'IA-64' };
    return others[machine] ?? `machine ${machine}`;
}
/** GOOS targets whose binaries always have an ELF interpreter (they link libc dynamically). */
const ALWAYS_DYNAMIC_GOOS = new Set(['openbsd', 'solaris', 'illumos']);

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/verify/reader.ts
/**
 * Bounded positional reads. Parsers never see the whole file: they ask for
 * (offset, length) ranges, and every range is checked against the file size
 * before any I/O, so a lying header becomes a FormatError, not a huge read.
 */

/** The file is not a well-formed binary of the format it claims. */
class FormatError extends Error {
    name = 'FormatError';
}
/** The file could not be opened or read at all (missing, directory, permission). */
class ReadError extends Error {
    name = 'ReadError';
}
/** Largest single read a parser may ask for; real headers and build info are far smaller. */
const MAX_READ = 4 * 1024 * 1024;
class Reader {
    source;
    base;
    size;
    parent;
    /** Total bytes fetched from the source: tests use it to prove large files are not slurped. */
    bytesRead = 0;
    reads = 0;
    constructor(source, 
    /** Offset of this view inside the source (a slice of a fat Mach-O). */
    base = 0, size = source.size - base, parent) {
        this.source = source;
        this.base = base;
        this.size = size;
        this.parent = parent;
    }
    /** A view of [base, base+size) of this reader, sharing the byte counter. */
    slice(offset, size, what) {
        this.check(offset, size, what);
        return new Reader(this.source, this.base + offset, size, this.root());
    }
    root() {
        return this.parent ?? this;
    }
    check(offset, length, what) {
        if (!Number.isSafeInteger(offset) ||
            !Number.isSafeInteger(length) ||
            offset < 0 ||
            length < 0) {
            throw new FormatError(`${what}: invalid offset ${offset} / size ${length}`);
        }
        if (offset > this.size || length > this.size - offset) {
            throw new FormatError(`${what} at offset ${offset} (${length} bytes) runs past the end of the file (${this.size} bytes)`);
        }
    }
    /** Exactly `length` bytes at `offset`, or a FormatError naming `what`. */
    async bytes(offset, length, what) {
        this.check(offset, length, what);
        if (length > MAX_READ)
            throw new FormatError(`${what} is implausibly large (${length} bytes)`);
        // Unsafe is fine: every byte is overwritten below or the read throws.
        const buf = Buffer.allocUnsafe(length);
        if (length === 0)
            return buf;
        let done = 0;
        while (done < length) {
            const n = await this.source.readInto(buf.subarray(done), this.base + offset + done);
            if (n <= 0)
                throw new FormatError(`${what}: file ended early (it changed while being read?)`);
            done += n;
        }
        const root = this.root();
        root.bytesRead += length;
        root.reads += 1;
        return buf;
    }
    /** Up to `length` bytes at `offset`, clipped at the end of the file. */
    async upTo(offset, length, what) {
        if (offset >= this.size)
            return Buffer.alloc(0);
        return this.bytes(offset, Math.min(length, this.size - offset), what);
    }
}
/**
 * Synchronous positional reads on a file descriptor: the reads are a few KiB
 * from the page cache, where a thread-pool round trip per read would cost
 * more than the read itself (see bench/verify.mjs).
 */
class FileSource {
    fd;
    size;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    async readInto(buf, position) {
        return (0,external_node_fs_namespaceObject.readSync)(this.fd, buf, 0, buf.length, position);
    }
    async close() {
        (0,external_node_fs_namespaceObject.closeSync)(this.fd);
    }
}
/** An in-memory source, for callers that already hold the bytes (fuzzing, tests). */
class reader_BufferSource {
    data;
    constructor(data) {
        this.data = data;
    }
    get size() {
        return this.data.length;
    }
    async readInto(buf, position) {
        const n = Math.max(0, Math.min(buf.length, this.data.length - position));
        buf.set(this.data.subarray(position, position + n));
        return n;
    }
    async close() { }
}
/** Opens a regular file for positional reads; ReadError for anything else. */
async function openFile(path) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on regular files).
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        throw new ReadError(describeIoError(path, err));
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (st.isDirectory())
            throw new ReadError(`${path}: is a directory`);
        if (!st.isFile())
            throw new ReadError(`${path}: not a regular file`);
        return new FileSource(fd, st.size);
    }
    catch (err) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw err instanceof ReadError ? err : new ReadError(describeIoError(path, err));
    }
}
function describeIoError(path, err) {
    const code = err?.code;
    switch (code) {
        case 'ENOENT':
            return `${path}: no such file (or a dangling symlink)`;
        case 'EISDIR':
            return `${path}: is a directory`;
        case 'EACCES':
        case 'EPERM':
            return `${path}: permission denied`;
        case 'ELOOP':
            return `${path}: too many levels of symbolic links`;
        default:
            return `${path}: cannot read (${code ?? err?.message ?? 'unknown error'})`;
    }
}

;// CONCATENATED MODULE: ./src/verify/binary.ts
/**
 * Binary-reading helpers shared by the ELF, Mach-O and PE parsers: endian-aware
 * integer and string access to a buffer the Reader read (out-of-range access is
 * a FormatError, never a RangeError), the truncation test, the DWARF section
 * naming rule, and the address-to-offset map build info decoding uses.
 */

class Fields {
    buf;
    little;
    what;
    constructor(buf, little, what) {
        this.buf = buf;
        this.little = little;
        this.what = what;
    }
    need(off, n) {
        if (off < 0 || off + n > this.buf.length) {
            throw new FormatError(`${this.what}: field at ${off} (${n} bytes) is outside the ${this.buf.length}-byte record`);
        }
    }
    u8(off) {
        this.need(off, 1);
        return this.buf[off];
    }
    u16(off) {
        this.need(off, 2);
        return this.little ? this.buf.readUInt16LE(off) : this.buf.readUInt16BE(off);
    }
    u32(off) {
        this.need(off, 4);
        return this.little ? this.buf.readUInt32LE(off) : this.buf.readUInt32BE(off);
    }
    /** A 64-bit value as a number (two 32-bit reads: no BigInt); above 2^53 it loses precision, which bounds checks then reject. */
    u64(off) {
        this.need(off, 8);
        const b = this.buf;
        const hi = this.little ? b.readUInt32LE(off + 4) : b.readUInt32BE(off);
        const lo = this.little ? b.readUInt32LE(off) : b.readUInt32BE(off + 4);
        return hi * 0x100000000 + lo;
    }
    /** 4- or 8-byte word, as the file's class says. */
    word(off, size) {
        return size === 8 ? this.u64(off) : this.u32(off);
    }
}
/** A NUL-terminated string starting at `off` inside `buf`; `null` if it has no terminator within `max`. */
function cString(buf, off, max = 4096) {
    if (off < 0 || off >= buf.length)
        return null;
    const end = buf.indexOf(0, off);
    if (end < 0 || end - off > max)
        return null;
    return buf.toString('utf8', off, end);
}
/** A fixed-width, NUL-padded name (Mach-O segname/sectname, PE short section names). */
function fixedString(buf, off, len) {
    const raw = buf.subarray(off, off + len);
    const nul = raw.indexOf(0);
    return raw.toString('latin1', 0, nul < 0 ? raw.length : nul);
}
/** The first region that ends past the end of the file, described; null if all fit. */
function beyondEnd(size, regions) {
    const bad = regions.find(x => x.end > size);
    return bad
        ? `${bad.what} ends at byte ${bad.end}, past the end of the file (${size} bytes)`
        : null;
}
function isDwarfName(name) {
    // ELF/PE .debug_* and (compressed, Go <= 1.19 and PE) .zdebug_*; Mach-O __debug_* / __zdebug_*.
    return /^(\.|__)z?debug_/.test(name);
}

;// CONCATENATED MODULE: ./src/verify/elf.ts
/**
 * ELF facts (32/64-bit, either byte order): header, program headers with the
 * interpreter and DT_NEEDED names, section headers with names, notes. Modelled
 * on Go's debug/elf structure; reads only headers and the few small tables
 * it needs. No policy here: checks.ts decides what is wrong.
 */


const PT = { LOAD: 1, DYNAMIC: 2, INTERP: 3, NOTE: 4 };
const PF = { X: 1, W: 2, R: 4 };
const SHT_SYMTAB = 2;
const SHT_NOTE = 7;
const SHT_NOBITS = 8;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
// Caps on counts and sizes read from the file (real Go binaries are far below).
const MAX_PHNUM = 4096;
// Linked executables have tens of sections; 16384 bounds the work on a lying header (each is an object).
const MAX_SHNUM = 16384;
const MAX_DYN = 8192;
const MAX_NOTES_BYTES = 64 * 1024;
const MAX_STRTAB = 1024 * 1024;
/** e_type values (ET_*). */
const ET = { NONE: 0, REL: 1, EXEC: 2, DYN: 3, CORE: 4 };
/** Each e_type once: the report's short name and the words a finding uses. */
const ELF_TYPES = {
    [ET.NONE]: { name: 'none', what: 'none' },
    [ET.REL]: { name: 'rel', what: 'relocatable object' },
    [ET.EXEC]: { name: 'exec', what: 'executable' },
    [ET.DYN]: { name: 'dyn', what: 'shared object' },
    [ET.CORE]: { name: 'core', what: 'core dump' }
};
function isElf(head) {
    return (head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46);
}
async function parseElf(r) {
    const ident = await r.bytes(0, 16, 'ELF identification');
    const cls = ident[4];
    const data = ident[5];
    if (cls !== 1 && cls !== 2)
        throw new FormatError(`ELF class byte is ${cls}, not 1 (32-bit) or 2 (64-bit)`);
    if (data !== 1 && data !== 2)
        throw new FormatError(`ELF data byte is ${data}, not 1 (little) or 2 (big endian)`);
    const bits = cls === 2 ? 64 : 32;
    const little = data === 1;
    const w = bits === 64 ? 8 : 4;
    const ehsize = bits === 64 ? 64 : 52;
    const h = new Fields(await r.bytes(0, ehsize, 'ELF header'), little, 'ELF header');
    const type = h.u16(16);
    const machine = h.u16(18);
    const version = h.u32(20);
    const entry = h.word(24, w);
    const phoff = h.word(24 + w, w);
    const shoff = h.word(24 + 2 * w, w);
    const flags = h.u32(24 + 3 * w);
    const phentsize = h.u16(28 + 3 * w + 2);
    let phnum = h.u16(28 + 3 * w + 4);
    const shentsize = h.u16(28 + 3 * w + 6);
    let shnum = h.u16(28 + 3 * w + 8);
    let shstrndx = h.u16(28 + 3 * w + 10);
    const facts = {
        bits,
        endian: little ? 'little' : 'big',
        osabi: ident[7],
        abiVersion: ident[8],
        type,
        machine,
        version,
        flags,
        entry,
        programs: [],
        sections: [],
        interpreter: null,
        hasDynamic: false,
        needed: [],
        goBuildId: null,
        gnuBuildId: null,
        warnings: [],
        truncated: null
    };
    const shdrSize = bits === 64 ? 64 : 40;
    const phdrSize = bits === 64 ? 56 : 32;
    // Extended numbering (Go's debug/elf): counts that do not fit live in section 0.
    if (shoff !== 0 && (shnum === 0 || shstrndx === 0xffff || phnum === 0xffff)) {
        if (shentsize < shdrSize)
            throw new FormatError(`ELF section header size ${shentsize} is too small`);
        const s0 = new Fields(await r.bytes(shoff, shdrSize, 'ELF section header 0'), little, 'section 0');
        if (shnum === 0)
            shnum = s0.word(bits === 64 ? 32 : 20, w);
        if (shstrndx === 0xffff)
            shstrndx = s0.u32(bits === 64 ? 40 : 24);
        if (phnum === 0xffff)
            phnum = s0.u32(bits === 64 ? 44 : 28);
    }
    if (phnum > 0) {
        if (phnum > MAX_PHNUM)
            throw new FormatError(`ELF header claims ${phnum} program headers`);
        if (phentsize < phdrSize)
            throw new FormatError(`ELF program header size ${phentsize} is too small`);
        const t = new Fields(await r.bytes(phoff, phnum * phentsize, 'ELF program header table'), little, 'program headers');
        for (let i = 0, o = 0; i < phnum; i++, o += phentsize) {
            facts.programs.push(bits === 64
                ? {
                    type: t.u32(o),
                    flags: t.u32(o + 4),
                    offset: t.u64(o + 8),
                    vaddr: t.u64(o + 16),
                    filesz: t.u64(o + 32),
                    memsz: t.u64(o + 40)
                }
                : {
                    type: t.u32(o),
                    offset: t.u32(o + 4),
                    vaddr: t.u32(o + 8),
                    filesz: t.u32(o + 16),
                    memsz: t.u32(o + 20),
                    flags: t.u32(o + 24)
                });
        }
    }
    if (shoff !== 0 && shnum > 0) {
        if (shnum > MAX_SHNUM)
            throw new FormatError(`ELF header claims ${shnum} sections (more than ${MAX_SHNUM}: not a plausible executable)`);
        if (shentsize < shdrSize)
            throw new FormatError(`ELF section header size ${shentsize} is too small`);
        const t = new Fields(await r.bytes(shoff, shnum * shentsize, 'ELF section header table'), little, 'section headers');
        const raw = [];
        const nameOffs = [];
        for (let i = 0, o = 0; i < shnum; i++, o += shentsize) {
            raw.push(bits === 64
                ? {
                    name: '',
                    type: t.u32(o + 4),
                    flags: t.u64(o + 8),
                    addr: t.u64(o + 16),
                    offset: t.u64(o + 24),
                    size: t.u64(o + 32),
                    link: t.u32(o + 40)
                }
                : {
                    name: '',
                    type: t.u32(o + 4),
                    flags: t.u32(o + 8),
                    addr: t.u32(o + 12),
                    offset: t.u32(o + 16),
                    size: t.u32(o + 20),
                    link: t.u32(o + 24)
                });
            nameOffs.push(t.u32(o));
        }
        if (shstrndx !== 0) {
            if (shstrndx >= shnum)
                throw new FormatError(`ELF section name table index ${shstrndx} is not below the section count ${shnum}`);
            const strtab = raw[shstrndx];
            if (strtab.size > MAX_STRTAB)
                throw new FormatError(`ELF section name table is implausibly large (${strtab.size} bytes)`);
            const names = await r.bytes(strtab.offset, strtab.size, 'ELF section name table');
            for (let i = 0; i < raw.length; i++) {
                const name = cString(names, nameOffs[i], 1024);
                if (name === null)
                    throw new FormatError(`ELF section ${i} has a name offset (${nameOffs[i]}) outside the section name table`);
                raw[i].name = name;
            }
        }
        facts.sections = raw;
    }
    // Cheap scan first; words only for the one region that does not fit.
    const p = facts.programs.findIndex(x => x.offset + x.filesz > r.size);
    const sec = facts.sections.find(x => x.type !== SHT_NOBITS && x.offset + x.size > r.size);
    facts.truncated =
        p >= 0
            ? beyondEnd(r.size, [
                { what: `program header ${p}`, end: facts.programs[p].offset + facts.programs[p].filesz }
            ])
            : sec
                ? beyondEnd(r.size, [
                    { what: `section ${sec.name || '(unnamed)'}`, end: sec.offset + sec.size }
                ])
                : null;
    const interp = facts.programs.find(p => p.type === PT.INTERP);
    if (interp) {
        const bytes = await r.bytes(interp.offset, Math.min(interp.filesz, 4096), 'ELF interpreter (PT_INTERP)');
        const nul = bytes.indexOf(0);
        facts.interpreter = bytes.toString('utf8', 0, nul < 0 ? bytes.length : nul);
    }
    const dyn = facts.programs.find(p => p.type === PT.DYNAMIC);
    if (dyn) {
        facts.hasDynamic = true;
        facts.needed = await readNeeded(r, facts, dyn, little, w);
    }
    await readNotes(r, facts, little);
    return facts;
}
/** Segments that map virtual addresses to file bytes (for pointer-format build info). */
function elfSegments(f) {
    return f.programs
        .filter(p => p.type === PT.LOAD)
        .map(p => ({ vaddr: p.vaddr, offset: p.offset, size: p.filesz }));
}
async function readNeeded(r, f, dyn, little, w) {
    const entSize = 2 * w;
    const count = Math.min(Math.floor(dyn.filesz / entSize), MAX_DYN);
    const table = new Fields(await r.bytes(dyn.offset, count * entSize, 'ELF dynamic section'), little, 'dynamic');
    const neededOffs = [];
    let strtabAddr = null;
    let strsz = null;
    for (let i = 0; i < count; i++) {
        const tag = table.word(i * entSize, w);
        const val = table.word(i * entSize + w, w);
        if (tag === DT_NULL)
            break;
        if (tag === DT_NEEDED)
            neededOffs.push(val);
        else if (tag === DT_STRTAB)
            strtabAddr = val;
        else if (tag === DT_STRSZ)
            strsz = val;
    }
    if (neededOffs.length === 0)
        return [];
    // Prefer the section the dynamic section links to (as readelf does), else map DT_STRTAB.
    let strOff = null;
    let strSize = null;
    const dynSec = f.sections.find(s => s.offset === dyn.offset && s.type !== SHT_NOBITS);
    const linked = dynSec ? f.sections[dynSec.link] : undefined;
    if (linked && linked.type !== SHT_NOBITS) {
        strOff = linked.offset;
        strSize = linked.size;
    }
    else if (strtabAddr !== null) {
        const seg = elfSegments(f).find(s => strtabAddr >= s.vaddr && strtabAddr < s.vaddr + s.size);
        if (seg) {
            strOff = seg.offset + (strtabAddr - seg.vaddr);
            strSize = strsz ?? seg.size - (strtabAddr - seg.vaddr);
        }
    }
    if (strOff === null || strSize === null) {
        f.warnings.push('dynamic section has DT_NEEDED entries but no string table');
        return neededOffs.map(o => `<unknown:${o}>`);
    }
    const strs = await r.bytes(strOff, Math.min(strSize, MAX_STRTAB, Math.max(0, r.size - strOff)), 'ELF dynamic string table');
    return neededOffs.map(o => {
        const s = cString(strs, o);
        if (s === null) {
            f.warnings.push(`DT_NEEDED name offset ${o} is outside the dynamic string table`);
            return `<invalid:${o}>`;
        }
        return s;
    });
}
/** Go build ID and GNU build ID from SHT_NOTE sections (or PT_NOTE segments without sections). */
async function readNotes(r, f, little) {
    const regions = f.sections.length > 0
        ? f.sections.filter(s => s.type === SHT_NOTE).map(s => ({ offset: s.offset, size: s.size }))
        : f.programs.filter(p => p.type === PT.NOTE).map(p => ({ offset: p.offset, size: p.filesz }));
    for (const reg of regions.slice(0, 16)) {
        const buf = await r.bytes(reg.offset, Math.min(reg.size, MAX_NOTES_BYTES), 'ELF note');
        const n = new Fields(buf, little, 'note');
        let off = 0;
        while (off + 12 <= buf.length) {
            const namesz = n.u32(off);
            const descsz = n.u32(off + 4);
            const type = n.u32(off + 8);
            const nameStart = off + 12;
            const descStart = nameStart + align4(namesz);
            const next = descStart + align4(descsz);
            if (next > buf.length || next <= off)
                break;
            const name = buf.toString('latin1', nameStart, nameStart + namesz).replace(/\0+$/, '');
            const desc = buf.subarray(descStart, descStart + descsz);
            if (name === 'Go' && type === 4)
                f.goBuildId = desc.toString('latin1');
            if (name === 'GNU' && type === 3)
                f.gnuBuildId = desc.toString('hex');
            off = next;
        }
    }
}
function align4(n) {
    return Math.ceil(n / 4) * 4;
}
function hasSymtab(f) {
    return f.sections.some(s => s.type === SHT_SYMTAB || s.name === '.symtab');
}

;// CONCATENATED MODULE: ./src/verify/macho.ts
/**
 * Mach-O facts: thin 32/64-bit (either byte order) and fat/universal files
 * (every arch). cputype, filetype, flags, segments and sections, dylibs,
 * symbol table presence, DWARF, platform. Structure as Go's debug/macho.
 */


const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM = 0xcefaedfe;
const MH_CIGAM_64 = 0xcffaedfe;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
const LC_SEGMENT = 0x1;
const LC_SYMTAB = 0x2;
const LC_DYSYMTAB = 0xb;
const LC_LOAD_DYLIB = 0xc;
const LC_ID_DYLIB = 0xd;
const LC_LOAD_WEAK_DYLIB = 0x80000018;
const LC_REEXPORT_DYLIB = 0x8000001f;
const LC_LAZY_LOAD_DYLIB = 0x20;
const LC_LOAD_UPWARD_DYLIB = 0x80000023;
const LC_SEGMENT_64 = 0x19;
const LC_UUID = 0x1b;
const LC_VERSION_MIN_MACOSX = 0x24;
const LC_VERSION_MIN_IPHONEOS = 0x25;
const LC_BUILD_VERSION = 0x32;
const MAX_FAT_ARCHES = 64;
const MAX_NCMDS = 4096;
const MAX_SIZEOFCMDS = 1024 * 1024;
const MAX_NSECTS = 1024;
const MACHO_FILETYPES = {
    1: 'object',
    2: 'execute',
    3: 'fvmlib',
    4: 'core',
    5: 'preload',
    6: 'dylib',
    7: 'dylinker',
    8: 'bundle',
    9: 'dylib_stub',
    10: 'dsym',
    11: 'kext_bundle'
};
const MACHO_CPUS = {
    7: 'i386',
    0x01000007: 'x86_64',
    12: 'arm',
    0x0100000c: 'arm64',
    0x0200000c: 'arm64_32',
    18: 'ppc',
    0x01000012: 'ppc64'
};
function machoKind(head) {
    if (head.length < 8)
        return null;
    const le = head.readUInt32LE(0);
    if (le === MH_MAGIC || le === MH_MAGIC_64 || le === MH_CIGAM || le === MH_CIGAM_64)
        return 'thin';
    const be = head.readUInt32BE(0);
    // Java class files share 0xcafebabe; their next word (version >= 45) is far above any arch count.
    if ((be === FAT_MAGIC || be === FAT_MAGIC_64) &&
        head.readUInt32BE(4) > 0 &&
        head.readUInt32BE(4) < 45)
        return 'fat';
    return null;
}
async function parseFat(r) {
    const h = new Fields(await r.bytes(0, 8, 'fat header'), false, 'fat header');
    const is64 = h.u32(0) === FAT_MAGIC_64;
    const n = h.u32(4);
    if (n > MAX_FAT_ARCHES)
        throw new FormatError(`fat Mach-O claims ${n} architectures`);
    const entSize = is64 ? 32 : 20;
    const t = new Fields(await r.bytes(8, n * entSize, 'fat arch table'), false, 'fat arch table');
    const arches = [];
    for (let i = 0; i < n; i++) {
        const o = i * entSize;
        arches.push({
            cpu: t.u32(o),
            cpuSubtype: t.u32(o + 4),
            offset: is64 ? t.u64(o + 8) : t.u32(o + 8),
            size: is64 ? t.u64(o + 16) : t.u32(o + 12)
        });
    }
    // Every arch must lie inside the file, not just the one we will inspect.
    arches.forEach((a, i) => r.check(a.offset, a.size, `fat Mach-O arch ${i}`));
    return arches;
}
async function parseMachO(r) {
    const magicBuf = await r.bytes(0, 4, 'Mach-O magic');
    const le = magicBuf.readUInt32LE(0);
    const little = le === MH_MAGIC || le === MH_MAGIC_64;
    const bits = le === MH_MAGIC_64 || le === MH_CIGAM_64 ? 64 : 32;
    if (!little && le !== MH_CIGAM && le !== MH_CIGAM_64)
        throw new FormatError('not a Mach-O file (bad magic)');
    const hsize = bits === 64 ? 32 : 28;
    const h = new Fields(await r.bytes(0, hsize, 'Mach-O header'), little, 'Mach-O header');
    const facts = {
        bits,
        endian: little ? 'little' : 'big',
        cpu: h.u32(4),
        cpuSubtype: h.u32(8),
        filetype: h.u32(12),
        flags: h.u32(24),
        segments: [],
        sections: [],
        dylibs: [],
        nsyms: 0,
        nundefsym: 0,
        uuid: null,
        platform: null,
        truncated: null
    };
    const ncmds = h.u32(16);
    const sizeofcmds = h.u32(20);
    if (ncmds > MAX_NCMDS)
        throw new FormatError(`Mach-O header claims ${ncmds} load commands`);
    if (sizeofcmds > MAX_SIZEOFCMDS)
        throw new FormatError(`Mach-O load commands claim ${sizeofcmds} bytes`);
    const cmds = await r.bytes(hsize, sizeofcmds, 'Mach-O load commands');
    const c = new Fields(cmds, little, 'Mach-O load commands');
    let off = 0;
    for (let i = 0; i < ncmds; i++) {
        if (off + 8 > cmds.length)
            throw new FormatError(`Mach-O load command ${i} is outside sizeofcmds`);
        const cmd = c.u32(off);
        const size = c.u32(off + 4);
        if (size < 8 || off + size > cmds.length)
            throw new FormatError(`Mach-O load command ${i} has bad size ${size}`);
        const body = new Fields(cmds.subarray(off, off + size), little, `load command ${i}`);
        switch (cmd) {
            case LC_SEGMENT:
            case LC_SEGMENT_64:
                readSegment(facts, body, cmd === LC_SEGMENT_64);
                break;
            case LC_SYMTAB:
                facts.nsyms = body.u32(12);
                break;
            case LC_DYSYMTAB:
                facts.nundefsym = body.u32(28);
                break;
            case LC_LOAD_DYLIB:
            case LC_LOAD_WEAK_DYLIB:
            case LC_REEXPORT_DYLIB:
            case LC_LAZY_LOAD_DYLIB:
            case LC_LOAD_UPWARD_DYLIB: {
                const name = cString(body.buf, body.u32(8), 4096);
                facts.dylibs.push(name ?? '<invalid>');
                break;
            }
            case LC_UUID:
                facts.uuid = body.buf.subarray(8, 24).toString('hex');
                break;
            case LC_BUILD_VERSION:
                facts.platform = body.u32(8);
                break;
            case LC_VERSION_MIN_MACOSX:
                facts.platform ??= 1;
                break;
            case LC_VERSION_MIN_IPHONEOS:
                facts.platform ??= 2;
                break;
            case LC_ID_DYLIB:
            default:
                break;
        }
        off += size;
    }
    facts.truncated = beyondEnd(r.size, facts.segments.map(s => ({
        what: `segment ${s.name || '(unnamed)'}`,
        end: s.fileoff + s.filesize
    })));
    return facts;
}
function readSegment(f, b, is64) {
    const w = is64 ? 8 : 4;
    const seg = {
        name: fixedString(b.buf, 8, 16),
        vmaddr: b.word(24, w),
        vmsize: b.word(24 + w, w),
        fileoff: b.word(24 + 2 * w, w),
        filesize: b.word(24 + 3 * w, w)
    };
    f.segments.push(seg);
    const nsectsOff = 24 + 4 * w + 8;
    const nsects = b.u32(nsectsOff);
    if (nsects > MAX_NSECTS)
        throw new FormatError(`Mach-O segment ${seg.name} claims ${nsects} sections`);
    const secSize = is64 ? 80 : 68;
    let off = nsectsOff + 8;
    for (let i = 0; i < nsects; i++, off += secSize) {
        if (off + secSize > b.buf.length)
            throw new FormatError(`Mach-O segment ${seg.name}: section ${i} is outside the command`);
        f.sections.push({
            name: fixedString(b.buf, off, 16),
            segment: fixedString(b.buf, off + 16, 16),
            addr: b.word(off + 32, w),
            size: b.word(off + 32 + w, w),
            offset: b.u32(off + 32 + 2 * w)
        });
    }
}
function machoSegments(f) {
    return f.segments.map(s => ({
        vaddr: s.vmaddr,
        offset: s.fileoff,
        size: Math.min(s.filesize, s.vmsize)
    }));
}
/** Symbols beyond the imports dyld needs: what -ldflags=-s removes. */
function machoOwnSymbols(f) {
    return Math.max(0, f.nsyms - f.nundefsym);
}
function machoHasDwarf(f) {
    return f.sections.some(s => s.segment === '__DWARF' || isDwarfName(s.name));
}

;// CONCATENATED MODULE: ./src/verify/pe.ts
/**
 * PE/COFF facts: machine, PE32/PE32+, subsystem, characteristics, sections
 * (long names resolved through the COFF string table), COFF symbols, and the
 * imported DLLs. Structure as Go's debug/pe.
 */


const MAX_SECTIONS = 4096;
const MAX_IMPORTS = 1024;
const pe_MAX_STRTAB = 1024 * 1024;
const IMAGE_FILE_EXECUTABLE_IMAGE = 0x2;
const IMAGE_FILE_DLL = 0x2000;
// Section characteristics, named as in Go's debug/pe.
const IMAGE_SCN_CNT_INITIALIZED_DATA = 0x40;
const IMAGE_SCN_ALIGN_32BYTES = 0x600000;
const IMAGE_SCN_MEM_READ = 0x40000000;
const IMAGE_SCN_MEM_WRITE = 0x80000000;
/**
 * Go's debug/buildinfo looks for build info in the first section that is
 * initialized, readable, writable data (alignment bits ignored): this one.
 */
function isPeDataSection(s) {
    const want = (IMAGE_SCN_CNT_INITIALIZED_DATA | IMAGE_SCN_MEM_READ | IMAGE_SCN_MEM_WRITE) >>> 0;
    return (s.virtualAddress !== 0 &&
        s.rawSize !== 0 &&
        (s.characteristics & ~IMAGE_SCN_ALIGN_32BYTES) >>> 0 === want);
}
const PE_MACHINES = {
    0x14c: 'Intel 386',
    0x8664: 'x86-64',
    0x1c0: 'ARM',
    0x1c4: 'ARMv7 Thumb-2',
    0xaa64: 'AArch64',
    0x5064: 'RISC-V 64',
    0x6264: 'LoongArch64'
};
const PE_SUBSYSTEMS = {
    1: 'native',
    2: 'windows-gui',
    3: 'windows-cui',
    9: 'windows-ce-gui',
    10: 'efi-application'
};
function isPe(head) {
    return head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a; // "MZ"
}
async function parsePe(r) {
    const dos = new Fields(await r.bytes(0, 64, 'DOS header'), true, 'DOS header');
    const peOff = dos.u32(0x3c);
    const sig = await r.bytes(peOff, 4, 'PE signature');
    if (sig.readUInt32BE(0) !== 0x50450000)
        throw new FormatError('MZ file without a PE signature (not a PE executable)');
    const coff = new Fields(await r.bytes(peOff + 4, 20, 'COFF header'), true, 'COFF header');
    const nsects = coff.u16(2);
    const symOff = coff.u32(8);
    const nsyms = coff.u32(12);
    const optSize = coff.u16(16);
    if (nsects > MAX_SECTIONS)
        throw new FormatError(`PE header claims ${nsects} sections`);
    const facts = {
        machine: coff.u16(0),
        characteristics: coff.u16(18),
        magic: 0,
        imageBase: 0,
        subsystem: 0,
        sections: [],
        nsyms: symOff === 0 ? 0 : nsyms,
        dlls: [],
        warnings: [],
        truncated: null
    };
    let importRva = 0;
    let importSize = 0;
    const optOff = peOff + 24;
    if (optSize >= 2) {
        const opt = new Fields(await r.bytes(optOff, optSize, 'PE optional header'), true, 'optional header');
        facts.magic = opt.u16(0);
        if (facts.magic !== 0x10b && facts.magic !== 0x20b)
            throw new FormatError(`PE optional header magic 0x${facts.magic.toString(16)} is neither PE32 nor PE32+`);
        const plus = facts.magic === 0x20b;
        facts.imageBase = plus ? opt.u64(24) : opt.u32(28);
        facts.subsystem = opt.u16(68);
        const ndirs = opt.u32(plus ? 108 : 92);
        const dirs = plus ? 112 : 96;
        if (ndirs > 1 && dirs + 16 <= optSize) {
            importRva = opt.u32(dirs + 8);
            importSize = opt.u32(dirs + 12);
        }
    }
    // Long section names are "/<decimal offset>" into the COFF string table after the symbols.
    let strtab = null;
    const strtabOff = symOff + nsyms * 18;
    const table = await r.bytes(optOff + optSize, nsects * 40, 'PE section table');
    for (let i = 0; i < nsects; i++) {
        const s = new Fields(table.subarray(i * 40, i * 40 + 40), true, `section ${i}`);
        let name = fixedString(table, i * 40, 8);
        if (/^\/\d+$/.test(name)) {
            if (strtab === null && symOff !== 0) {
                const lenBuf = await r.bytes(strtabOff, 4, 'COFF string table');
                const len = lenBuf.readUInt32LE(0);
                if (len > pe_MAX_STRTAB)
                    throw new FormatError(`COFF string table claims ${len} bytes`);
                strtab = await r.bytes(strtabOff, Math.max(4, len), 'COFF string table');
            }
            const resolved = strtab ? cString(strtab, Number(name.slice(1)), 256) : null;
            if (resolved === null)
                throw new FormatError(`PE section ${i} name ${name} is outside the COFF string table`);
            name = resolved;
        }
        facts.sections.push({
            name,
            virtualSize: s.u32(8),
            virtualAddress: s.u32(12),
            rawSize: s.u32(16),
            rawOffset: s.u32(20),
            characteristics: s.u32(36)
        });
    }
    facts.truncated = beyondEnd(r.size, [
        ...facts.sections.map(s => ({
            what: `section ${s.name || '(unnamed)'}`,
            end: s.rawOffset + s.rawSize
        })),
        ...(symOff !== 0 ? [{ what: 'COFF symbol table', end: strtabOff }] : [])
    ]);
    if (importRva !== 0 && importSize !== 0)
        facts.dlls = await readImports(r, facts, importRva);
    return facts;
}
function rvaToOffset(f, rva) {
    for (const s of f.sections) {
        const size = Math.min(s.rawSize, s.virtualSize || s.rawSize);
        if (rva >= s.virtualAddress && rva < s.virtualAddress + size)
            return s.rawOffset + (rva - s.virtualAddress);
    }
    return null;
}
/** DLL names from the import directory (20-byte descriptors ending with a zero one). */
async function readImports(r, f, rva) {
    const off = rvaToOffset(f, rva);
    if (off === null) {
        f.warnings.push('import directory is not inside any section');
        return [];
    }
    const dlls = [];
    const table = await r.upTo(off, MAX_IMPORTS * 20, 'PE import directory');
    for (let i = 0; i + 20 <= table.length; i += 20) {
        const d = new Fields(table.subarray(i, i + 20), true, 'import descriptor');
        const nameRva = d.u32(12);
        if (nameRva === 0 && d.u32(0) === 0 && d.u32(16) === 0)
            break;
        const nameOff = rvaToOffset(f, nameRva);
        const name = nameOff === null ? null : cString(await r.upTo(nameOff, 256, 'PE import name'), 0, 255);
        if (name === null)
            f.warnings.push(`import descriptor ${i / 20} has a bad name address`);
        dlls.push(name ?? '<invalid>');
    }
    return dlls;
}
function peSegments(f) {
    return f.sections.map(s => ({
        vaddr: f.imageBase + s.virtualAddress,
        offset: s.rawOffset,
        size: Math.min(s.rawSize, s.virtualSize || s.rawSize)
    }));
}
function peHasDwarf(f) {
    return f.sections.some(s => isDwarfName(s.name));
}

;// CONCATENATED MODULE: ./src/verify/buildinfo.ts
/**
 * Go build info (what `go version -m` reads), per Go's debug/buildinfo:
 * a 16-byte aligned blob starting "\xff Go buildinf:", then either two
 * uvarint-prefixed strings (Go 1.18+, flag bit 1) or two pointers to Go
 * string headers (older Go), mapped to file offsets through the segments.
 */


const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_SIZE = 32;
const ALIGN = 16;
/** Go's own scan window over the data section (debug/buildinfo read 64 KiB before 1.22). */
const SCAN_BUDGET = 64 * 1024;
/** Longest version or modinfo string we accept (real ones are a few KiB). */
const MAX_STRING = 1024 * 1024;
/** Finds and decodes build info in `region`; null when there is no magic there. */
async function readBuildInfo(r, region, segments) {
    const size = Math.min(region.size, SCAN_BUDGET, Math.max(0, r.size - region.offset));
    if (size < HEADER_SIZE || region.offset < 0)
        return null;
    // The linker puts the blob at the start of the region, so read a small chunk first, then more.
    let data = Buffer.alloc(0);
    let at = -1;
    let from = 0;
    for (let chunk = 4096; at < 0 && data.length < size; chunk *= 4) {
        const more = await r.bytes(region.offset + data.length, Math.min(chunk, size - data.length), 'Go build info region');
        data = data.length ? Buffer.concat([data, more]) : more;
        // Native search, then Go's rule: only a 16-byte aligned match with a whole header counts.
        for (let i = data.indexOf(BUILDINFO_MAGIC, from); i >= 0; i = data.indexOf(BUILDINFO_MAGIC, from)) {
            if (i + HEADER_SIZE > data.length)
                break;
            if (i % ALIGN === 0) {
                at = i;
                break;
            }
            from = i + 1;
        }
        if (at < 0)
            from = Math.max(from, data.length - HEADER_SIZE + 1);
    }
    if (at < 0)
        return null;
    const offset = region.offset + at;
    const ptrSize = data[at + 14];
    const flags = data[at + 15];
    const bigEndian = (flags & 1) !== 0;
    if (ptrSize !== 4 && ptrSize !== 8)
        throw new FormatError(`Go build info has pointer size ${ptrSize}, not 4 or 8`);
    let version;
    let mod;
    let format;
    if (flags & 2) {
        format = 'inline';
        const [v, next] = await readVarString(r, offset + HEADER_SIZE, 'Go version string');
        const [m] = await readVarString(r, next, 'Go module info');
        version = v.toString('utf8');
        mod = m;
    }
    else {
        format = 'pointer';
        const f = new Fields(data.subarray(at, at + HEADER_SIZE), !bigEndian, 'Go build info header');
        version = (await readGoString(r, f.word(16, ptrSize), ptrSize, bigEndian, segments, 'Go version string')).toString('utf8');
        mod = await readGoString(r, f.word(16 + ptrSize, ptrSize), ptrSize, bigEndian, segments, 'Go module info');
    }
    if (version === '')
        throw new FormatError('Go build info has an empty Go version');
    // Modinfo is framed by 16-byte sentinels; the byte before the trailing one is '\n'.
    const modinfo = mod.length >= 33 && mod[mod.length - 17] === 0x0a
        ? mod.subarray(16, mod.length - 16).toString('utf8')
        : '';
    return { version, modinfo, format, ptrSize, bigEndian, offset };
}
/** Decodes an unsigned LEB128 varint (at most 10 bytes, no overflow), as Go's binary.Uvarint. */
function uvarint(buf, off) {
    let x = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
        if (off + i >= buf.length)
            throw new FormatError('Go build info: length varint runs past the end of the data');
        const b = buf[off + i];
        if (i === 9 && b > 1)
            throw new FormatError('Go build info: length varint overflows 64 bits');
        x |= BigInt(b & 0x7f) << shift;
        if (b < 0x80) {
            if (x > BigInt(Number.MAX_SAFE_INTEGER))
                throw new FormatError('Go build info: string length is implausibly large');
            return [Number(x), i + 1];
        }
        shift += 7n;
    }
    throw new FormatError('Go build info: length varint is longer than 10 bytes');
}
async function readVarString(r, off, what) {
    const head = await r.upTo(off, 10, what);
    const [len, n] = uvarint(head, 0);
    if (len > MAX_STRING)
        throw new FormatError(`${what} is implausibly long (${len} bytes)`);
    return [await r.bytes(off + n, len, what), off + n + len];
}
function mapAddress(addr, length, segments, what) {
    for (const s of segments) {
        if (addr >= s.vaddr && addr - s.vaddr + length <= s.size)
            return s.offset + (addr - s.vaddr);
    }
    throw new FormatError(`${what}: address 0x${addr.toString(16)} is not in any loaded segment`);
}
/** Reads a Go string header {data, len} at virtual address `addr`, then the data. */
async function readGoString(r, addr, ptrSize, bigEndian, segments, what) {
    const hdrOff = mapAddress(addr, 2 * ptrSize, segments, what);
    const hdr = new Fields(await r.bytes(hdrOff, 2 * ptrSize, what), !bigEndian, what);
    const dataAddr = hdr.word(0, ptrSize);
    const len = hdr.word(ptrSize, ptrSize);
    if (len === 0)
        return Buffer.alloc(0);
    if (len > MAX_STRING)
        throw new FormatError(`${what} is implausibly long (${len} bytes)`);
    return r.bytes(mapAddress(dataAddr, len, segments, what), len, what);
}

;// CONCATENATED MODULE: ./src/verify/modinfo.ts
/**
 * Parses Go's modinfo text (runtime/debug.BuildInfo.String format) into the
 * main package path, main module, deps (with `=>` replacements) and build
 * settings, unquoting keys/values the way strconv.Unquote does.
 */
function parseModInfo(text) {
    const info = { path: null, main: null, deps: [], settings: {}, bad: [] };
    let last = null;
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const kind = tab < 0 ? line : line.slice(0, tab);
        const rest = tab < 0 ? '' : line.slice(tab + 1);
        switch (kind) {
            case 'path':
                info.path = rest;
                last = null;
                break;
            case 'mod':
            case 'dep': {
                const m = moduleLine(rest);
                if (!m) {
                    info.bad.push(line);
                    last = null;
                    break;
                }
                if (kind === 'mod')
                    info.main = m;
                else
                    info.deps.push(m);
                last = m;
                break;
            }
            case '=>': {
                const m = moduleLine(rest);
                if (!m || !last)
                    info.bad.push(line);
                else
                    last.replace = m;
                last = null;
                break;
            }
            case 'build': {
                const kv = buildSetting(rest);
                if (kv)
                    info.settings[kv[0]] = kv[1];
                else
                    info.bad.push(line);
                break;
            }
            default:
                // Unknown line kinds are ignored (forward compatibility), as Go does for blank lines.
                info.bad.push(line);
        }
    }
    return info;
}
/** `path \t version [\t sum]`; a replacement may be a bare directory with no version. */
function moduleLine(rest) {
    const elem = rest.split('\t');
    if (elem.length < 1 || elem.length > 3 || elem[0] === '')
        return null;
    return { path: elem[0], version: elem[1] ?? '', sum: elem[2] ?? '' };
}
/** `key=value`, where key or value may be Go-quoted (double quotes or backticks). */
function buildSetting(kv) {
    let key;
    let rest;
    if (kv.startsWith('"') || kv.startsWith('`')) {
        const prefix = quotedPrefix(kv);
        if (prefix === null)
            return null;
        const k = unquote(prefix);
        if (k === null)
            return null;
        key = k;
        rest = kv.slice(prefix.length);
        if (!rest.startsWith('='))
            return null;
        rest = rest.slice(1);
    }
    else {
        const eq = kv.indexOf('=');
        if (eq < 0)
            return null;
        key = kv.slice(0, eq);
        rest = kv.slice(eq + 1);
    }
    if (key === '')
        return null;
    if (rest.startsWith('"') || rest.startsWith('`')) {
        const v = unquote(rest);
        if (v === null)
            return null;
        return [key, v];
    }
    return [key, rest];
}
/** The quoted literal at the start of s (like strconv.QuotedPrefix), or null. */
function quotedPrefix(s) {
    const q = s[0];
    if (q === '`') {
        const end = s.indexOf('`', 1);
        return end < 0 ? null : s.slice(0, end + 1);
    }
    if (q !== '"')
        return null;
    for (let i = 1; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '"')
            return s.slice(0, i + 1);
        else if (s[i] === '\n')
            return null;
    }
    return null;
}
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    f: 12,
    n: 10,
    r: 13,
    t: 9,
    v: 11,
    '\\': 92,
    '"': 34
};
/**
 * strconv.Unquote for double-quoted and backtick literals. Works on bytes so
 * \x and octal escapes produce raw bytes, then decodes UTF-8. Null if invalid.
 */
function unquote(s) {
    if (s.length < 2)
        return null;
    if (s[0] === '`') {
        if (s[s.length - 1] !== '`' || s.slice(1, -1).includes('`'))
            return null;
        return s.slice(1, -1).replace(/\r/g, ''); // Go drops CRs from raw strings.
    }
    if (s[0] !== '"' || s[s.length - 1] !== '"')
        return null;
    const body = s.slice(1, -1);
    // Most values have no escapes: the text is the value (the byte path below is for \x and octal).
    if (!body.includes('\\'))
        return body.includes('"') || body.includes('\n') ? null : body;
    const out = [];
    const pushUtf8 = (str) => out.push(...Buffer.from(str, 'utf8'));
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c === '"' || c === '\n')
            return null;
        if (c !== '\\') {
            const cp = body.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            pushUtf8(ch);
            i += ch.length;
            continue;
        }
        const e = body[i + 1];
        if (e === undefined)
            return null;
        if (e in SIMPLE_ESCAPES) {
            out.push(SIMPLE_ESCAPES[e]);
            i += 2;
        }
        else if (e === 'x') {
            const h = body.slice(i + 2, i + 4);
            if (!/^[0-9a-fA-F]{2}$/.test(h))
                return null;
            out.push(parseInt(h, 16));
            i += 4;
        }
        else if (e >= '0' && e <= '7') {
            const o = body.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255)
                return null;
            out.push(parseInt(o, 8));
            i += 4;
        }
        else if (e === 'u' || e === 'U') {
            const n = e === 'u' ? 4 : 8;
            const h = body.slice(i + 2, i + 2 + n);
            if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h))
                return null;
            const cp = parseInt(h, 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
                return null;
            pushUtf8(String.fromCodePoint(cp));
            i += 2 + n;
        }
        else {
            return null; // \' is only valid in rune literals; anything else is not an escape.
        }
    }
    return Buffer.from(out).toString('utf8');
}

;// CONCATENATED MODULE: ./src/verify/inspect.ts
/**
 * Facts about one file: detects the format from its first bytes, runs the
 * matching parser, locates and decodes Go build info, and decides whether the
 * file is a Go binary. Still no policy: checks.ts judges these facts.
 */







const GO_BUILD_ID = Buffer.from('\xff Go build ID: "', 'latin1');
function sniff(head) {
    if (isElf(head))
        return 'elf';
    if (machoKind(head))
        return 'macho';
    if (isPe(head))
        return 'pe';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x0061736d)
        return 'wasm';
    if (head.length >= 2 && (head.readUInt16BE(0) === 0x01df || head.readUInt16BE(0) === 0x01f7))
        return 'xcoff';
    return null;
}
/**
 * Inspects a file. `preferCpu` picks the arch of a fat Mach-O (the target's
 * cputype). A FormatError is caught and recorded in `error` with the facts
 * gathered so far; only I/O failures propagate.
 */
async function inspect(r, preferCpu) {
    const head = await r.upTo(0, 64, 'file header');
    const ins = { format: sniff(head), go: null, goMarkers: [], head };
    try {
        switch (ins.format) {
            case 'elf':
                await inspectElf(r, ins);
                break;
            case 'macho':
                await inspectMachO(r, ins, preferCpu);
                break;
            case 'pe':
                await inspectPe(r, ins);
                break;
            default:
                break;
        }
    }
    catch (err) {
        if (!(err instanceof FormatError))
            throw err;
        ins.error = err.message;
    }
    return ins;
}
async function decodeGo(r, region, segments, ins) {
    if (!region)
        return;
    const raw = await readBuildInfo(r, region, segments);
    if (raw)
        ins.go = { raw, mod: parseModInfo(raw.modinfo) };
}
async function inspectElf(r, ins) {
    const f = await parseElf(r);
    ins.elf = f;
    for (const name of ['.go.buildinfo', '.gopclntab', '.go.module', '.note.go.buildid']) {
        if (f.sections.some(s => s.name === name))
            ins.goMarkers.push(name);
    }
    if (f.goBuildId !== null && !ins.goMarkers.includes('.note.go.buildid'))
        ins.goMarkers.push('Go build ID note');
    // Go's debug/buildinfo: the .go.buildinfo section, else the first writable, non-executable PT_LOAD.
    const sec = f.sections.find(s => s.name === '.go.buildinfo');
    let region = sec
        ? { offset: sec.offset, size: sec.size, vaddr: sec.addr }
        : null;
    if (!region) {
        const seg = f.programs.find(p => p.type === PT.LOAD && (p.flags & (PF.X | PF.W)) === PF.W);
        if (seg)
            region = { offset: seg.offset, size: seg.filesz, vaddr: seg.vaddr };
    }
    await decodeGo(r, region, elfSegments(f), ins);
}
async function inspectMachO(r, ins, preferCpu) {
    let view = r;
    let f;
    if (machoKind(ins.head) === 'fat') {
        const arches = await parseFat(r);
        if (arches.length === 0)
            throw new FormatError('fat Mach-O with no architectures');
        // Every arch is parsed (a broken one is a broken file); the target's is the one checked.
        const facts = [];
        for (const [i, a] of arches.entries()) {
            facts.push(await parseMachO(r.slice(a.offset, a.size, `fat Mach-O arch ${i}`)));
        }
        const found = arches.findIndex(a => a.cpu === preferCpu);
        const chosen = found < 0 ? 0 : found;
        ins.fat = { arches, facts, chosen };
        view = r.slice(arches[chosen].offset, arches[chosen].size, `fat Mach-O arch ${chosen}`);
        f = facts[chosen];
    }
    else {
        f = await parseMachO(view);
    }
    ins.macho = f;
    for (const name of ['__go_buildinfo', '__gopclntab', '__go_module', '__gosymtab']) {
        if (f.sections.some(s => s.name === name))
            ins.goMarkers.push(name);
    }
    const sec = f.sections.find(s => s.name === '__go_buildinfo') ??
        f.sections.find(s => s.segment === '__DATA' && s.name === '__data');
    const region = sec ? { offset: sec.offset, size: sec.size, vaddr: sec.addr } : null;
    await decodeGo(view, region, machoSegments(f), ins);
    if (ins.goMarkers.length === 0)
        await findBuildIdInText(view, f.sections.find(s => s.name === '__text'), ins);
}
async function inspectPe(r, ins) {
    const f = await parsePe(r);
    ins.pe = f;
    // Go's linker writes a (possibly empty) COFF ".symtab" section no other common linker does.
    if (f.sections.some(s => s.name === '.symtab'))
        ins.goMarkers.push('.symtab section (Go linker)');
    const data = f.sections.find(isPeDataSection);
    const region = data
        ? {
            offset: data.rawOffset,
            size: Math.min(data.rawSize, data.virtualSize || data.rawSize),
            vaddr: f.imageBase + data.virtualAddress
        }
        : null;
    await decodeGo(r, region, peSegments(f), ins);
    const text = f.sections.find(s => s.name === '.text');
    await findBuildIdInText(r, text && { offset: text.rawOffset }, ins);
}
/** Go's linker puts `\xff Go build ID: "..."` at the start of the text of Mach-O and PE files. */
async function findBuildIdInText(r, text, ins) {
    if (!text)
        return;
    const buf = await r.upTo(text.offset, 4096, 'text section start');
    if (buf.indexOf(GO_BUILD_ID) >= 0)
        ins.goMarkers.push('Go build ID');
}
function elfStripped(f) {
    return !hasSymtab(f);
}
function elfDwarf(f) {
    return f.sections.some(s => isDwarfName(s.name));
}


;// CONCATENATED MODULE: ./src/toolchain/go-version.ts
/**
 * The syntax of a Go version, once: go1.22.12, 1.22.12, go1.20 (no .0 before
 * 1.21), go1.22rc1, go1.21beta1. Every place that reads a Go version (inputs,
 * version files, the CLI, build info) uses these; no dependencies, so the
 * CLI bundle stays small.
 */
const BODY = String.raw `(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?`;
const WHOLE = new RegExp(`^(?:go)?${BODY}$`);
const LEADING = new RegExp(`^go${BODY}`);
function parts(m, prefix) {
    if (!m)
        return undefined;
    const [whole, major, minor, patch, pre, preNum] = m;
    return {
        text: whole.slice(prefix),
        major: Number(major),
        minor: Number(minor),
        patch: patch === undefined ? undefined : Number(patch),
        pre: pre,
        preNum: preNum === undefined ? undefined : Number(preNum)
    };
}
/** A whole Go version, with or without `go`; undefined when `text` is not one. */
function parseGoVersion(text) {
    const m = WHOLE.exec(text);
    return parts(m, m && text.startsWith('go') ? 2 : 0);
}
/**
 * The Go version at the start of a `go`-prefixed string that may go on
 * (`go1.22.3+auto`, `go1.21.1-custom`, `go1.22.12 X:boringcrypto`).
 */
function leadingGoVersion(text) {
    return parts(LEADING.exec(text), 2);
}

;// CONCATENATED MODULE: ./src/verify/goversion.ts

function parseBuildVersion(raw) {
    let rest = raw.trim();
    let experiments = [];
    // " X:" first: a devel version or a custom suffix may itself contain "-".
    const x = rest.search(/[ -]X:/);
    if (x >= 0) {
        experiments = rest
            .slice(x + 3)
            .trim()
            .split(',')
            .map(s => s.trim())
            .filter(Boolean);
        rest = rest.slice(0, x).trim();
    }
    if (rest.startsWith('devel'))
        return { raw, devel: true, experiments };
    const v = leadingGoVersion(rest);
    const release = v ? `go${v.text}` : undefined;
    // The release is only what is followed by nothing, a +suffix, or -suffix/space (vendor builds).
    if (!release || !/^(?:$|[+ -])/.test(rest.slice(release.length)))
        return { raw, release: undefined, devel: false, experiments };
    return { raw, release, devel: false, experiments };
}
/** Minor version (27 for go1.27.4), or null when the version is not a release. */
function buildMinor(v) {
    const parsed = v.release ? leadingGoVersion(v.release) : undefined;
    return parsed?.major === 1 ? parsed.minor : null;
}

;// CONCATENATED MODULE: ./src/verify/checks.ts
/**
 * Policy: turns facts (Inspection) and what the user asked for (VerifyOptions)
 * into findings, each with a stable check name and a message that says what
 * was found and what was expected, in the words of the target table.
 */







const FORMAT_NAMES = {
    elf: 'ELF',
    macho: 'Mach-O',
    pe: 'PE (Windows)',
    wasm: 'WebAssembly',
    xcoff: 'XCOFF (AIX)',
    plan9: 'Plan 9 a.out'
};
/** What the header alone says the binary is for (GOOS/GOARCH guesses). */
function headerTarget(ins) {
    if (ins.elf) {
        const e = ins.elf;
        return { goos: goosForElfOsabi(e.osabi), goarch: goarchForElf(e.machine, e.bits, e.endian) };
    }
    if (ins.macho)
        return {
            goos: ins.macho.platform === 2 ? 'ios' : 'darwin',
            goarch: goarchForMachoCpu(ins.macho.cpu)
        };
    if (ins.pe)
        return { goos: 'windows', goarch: goarchForPeMachine(ins.pe.machine) };
    return {};
}
/** GOOS/GOARCH the binary says it is: build info first, else its header. */
function claimedTarget(ins) {
    const s = ins.go?.mod.settings ?? {};
    const h = headerTarget(ins);
    return { goos: s.GOOS ?? h.goos ?? null, goarch: s.GOARCH ?? h.goarch ?? null };
}
function runChecks(ins, opts) {
    const out = [];
    const add = (check, severity, message) => out.push({ check, severity, message });
    const claimed = claimedTarget(ins);
    const settings = ins.go?.mod.settings ?? {};
    // What to compare against: the intended target, else what the build info claims.
    const wanted = opts.target ??
        (settings.GOOS && settings.GOARCH
            ? { goos: settings.GOOS, goarch: settings.GOARCH }
            : undefined);
    const expected = wanted ? targetFacts(wanted.goos, wanted.goarch) : undefined;
    const expName = wanted ? `${wanted.goos}/${wanted.goarch}` : '';
    const foundName = claimed.goos && claimed.goarch ? ` (${claimed.goos}/${claimed.goarch})` : '';
    const byTarget = opts.target ? 'expected' : 'but its build info says';
    if (ins.format === null) {
        add('format', 'error', `not an executable: not ELF, Mach-O or PE (starts with ${describeHead(ins.head)})`);
        return out;
    }
    if (expected && expected.format !== ins.format) {
        add('format', 'error', `is ${article(FORMAT_NAMES[ins.format])} file, ${byTarget} ${FORMAT_NAMES[expected.format]} (${expName})`);
    }
    if (ins.format !== 'elf' && ins.format !== 'macho' && ins.format !== 'pe') {
        add('format', 'warning', `${FORMAT_NAMES[ins.format]} binaries are recognised but not verifiable`);
        return out;
    }
    if (ins.error)
        add('format', 'error', `malformed ${FORMAT_NAMES[ins.format]} file: ${ins.error}`);
    const truncated = ins.elf?.truncated ??
        ins.macho?.truncated ??
        ins.fat?.facts.find(a => a.truncated)?.truncated ??
        ins.pe?.truncated;
    if (truncated && !ins.error)
        add('format', 'error', `incomplete file (truncated copy?): ${truncated}`);
    // Odd but tolerated structure the parser noticed (a library name it could not read, ...).
    for (const note of ins.elf?.warnings ?? ins.pe?.warnings ?? [])
        add('format', 'info', note);
    if (expected && expected.format === ins.format)
        headerChecks(ins, expected, expName, foundName, byTarget, add);
    typeAndLinkChecks(ins, opts, claimed.goos, settings, add);
    if (opts.stripped ?? true)
        strippedChecks(ins, add);
    if (!ins.error || ins.go)
        goChecks(ins, opts, add);
    return out;
}
function headerChecks(ins, t, expName, foundName, byTarget, add) {
    if (ins.elf) {
        const e = ins.elf;
        if (e.bits !== t.bits)
            add('class', 'error', `is a ${e.bits}-bit ELF${foundName}, ${byTarget} ${t.bits}-bit (${expName})`);
        if (e.endian !== t.endian)
            add('endian', 'error', `is ${e.endian}-endian${foundName}, ${byTarget} ${t.endian}-endian (${expName})`);
        if (e.machine !== t.elfMachine) {
            add('machine', 'error', `built for ${elfMachineName(e.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (t.elfOsabi !== undefined && e.osabi !== t.elfOsabi) {
            add('osabi', 'error', `ELF OS/ABI is ${e.osabi} (${OSABI_NAMES[e.osabi] ?? 'unknown'})${foundName}, ${byTarget} ${t.elfOsabi} (${OSABI_NAMES[t.elfOsabi]}, ${t.goos})`);
        }
    }
    else if (ins.macho) {
        const m = ins.macho;
        if (m.cpu !== t.machoCpu) {
            const have = ins.fat
                ? `a fat file with ${ins.fat.arches.map(a => MACHO_CPUS[a.cpu] ?? a.cpu).join(', ')}`
                : `built for ${MACHO_CPUS[m.cpu] ?? `cpu 0x${m.cpu.toString(16)}`}${foundName}`;
            add('machine', 'error', `${have}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (m.bits !== t.bits)
            add('class', 'error', `is a ${m.bits}-bit Mach-O${foundName}, ${byTarget} ${t.bits}-bit (${expName})`);
        if (m.endian !== t.endian)
            add('endian', 'error', `is ${m.endian}-endian${foundName}, ${byTarget} ${t.endian}-endian (${expName})`);
    }
    else if (ins.pe) {
        const p = ins.pe;
        const bits = p.magic === 0x20b ? 64 : 32;
        if (p.machine !== t.peMachine) {
            add('machine', 'error', `built for ${describePeMachine(p.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (p.magic !== 0 && bits !== t.bits)
            add('class', 'error', `is a ${bits}-bit PE${foundName}, ${byTarget} ${t.bits}-bit (${expName})`);
    }
}
function typeAndLinkChecks(ins, opts, goos, settings, add) {
    const goosNow = opts.target?.goos ?? goos;
    if (ins.elf) {
        const e = ins.elf;
        if (e.type !== ET.EXEC && e.type !== ET.DYN)
            add('type', 'error', `is an ELF ${ELF_TYPES[e.type]?.what ?? `type ${e.type}`}, not an executable`);
        if (e.type === ET.DYN && settings['-buildmode'] === 'c-shared')
            add('type', 'error', 'is a shared library (-buildmode=c-shared), not an executable');
        if (opts.cgo)
            return;
        if (goosNow && ALWAYS_DYNAMIC_GOOS.has(goosNow)) {
            if (e.interpreter)
                add('static', 'info', `${goosNow} binaries always use the system dynamic loader (${e.interpreter}); static check skipped`);
            return;
        }
        const why = settings['-buildmode'] === 'pie'
            ? ' (built with -buildmode=pie)'
            : settings.CGO_ENABLED === '1'
                ? ' (built with CGO_ENABLED=1)'
                : '';
        if (e.interpreter)
            add('static', 'error', `is dynamically linked: needs the loader ${e.interpreter}${why}; expected a static binary (CGO_ENABLED=0)`);
        if (e.needed.length)
            add('static', 'error', `needs shared libraries ${e.needed.join(', ')}${why}; expected a static binary (CGO_ENABLED=0)`);
        if (e.hasDynamic && !e.interpreter && e.needed.length === 0)
            add('static', 'error', `has a dynamic section (PT_DYNAMIC)${why}; expected a static binary with none`);
    }
    else if (ins.macho) {
        if (ins.macho.filetype !== 2)
            add('type', 'error', `is a Mach-O of file type ${ins.macho.filetype}, not an executable (MH_EXECUTE)`);
    }
    else if (ins.pe) {
        const c = ins.pe.characteristics;
        if (c & IMAGE_FILE_DLL)
            add('type', 'error', 'is a DLL, not an executable');
        else if (!(c & IMAGE_FILE_EXECUTABLE_IMAGE))
            add('type', 'error', 'is not marked executable (IMAGE_FILE_EXECUTABLE_IMAGE unset)');
    }
}
function strippedChecks(ins, add) {
    let symbols = false;
    let dwarf = false;
    let symWhere = '';
    if (ins.elf) {
        symbols = !elfStripped(ins.elf);
        dwarf = elfDwarf(ins.elf);
        symWhere = 'a symbol table (.symtab)';
    }
    else if (ins.macho) {
        symbols = machoOwnSymbols(ins.macho) > 0;
        dwarf = machoHasDwarf(ins.macho);
        symWhere = `${machoOwnSymbols(ins.macho)} symbols beyond its imports (LC_SYMTAB)`;
    }
    else if (ins.pe) {
        symbols = ins.pe.nsyms > 0;
        dwarf = peHasDwarf(ins.pe);
        symWhere = `${ins.pe.nsyms} COFF symbols`;
    }
    if (symbols && ins.macho && goMinor(ins) !== null && goMinor(ins) < 22) {
        // Measured: go1.21 and older keep the Mach-O symbol table with -s; go1.22 strips it.
        add('stripped', 'warning', `has ${symWhere}: Go ${parseBuildVersion(ins.go.raw.version).release} keeps the Mach-O symbol table even with -ldflags=-s (Go 1.22+ strips it)`);
    }
    else if (symbols) {
        add('stripped', 'error', `has ${symWhere}: expected it stripped (-ldflags=-s)`);
    }
    if (dwarf)
        add('dwarf', 'error', 'has DWARF debug info (.debug_*/.zdebug_* sections): expected none (-ldflags=-w)');
}
function goChecks(ins, opts, add) {
    if (!ins.go) {
        const what = ins.goMarkers.length
            ? `a Go binary (${ins.goMarkers.join(', ')}) without Go build info`
            : 'no Go build info found: not a Go binary, or its build info was removed';
        add('buildinfo', 'warning', `${what}; Go version, GOOS/GOARCH and build settings cannot be checked`);
        return;
    }
    const { raw, mod } = ins.go;
    const s = mod.settings;
    const built = parseBuildVersion(raw.version);
    const version = built.release ?? raw.version;
    if (opts.goVersion) {
        // The pin is a release; experiments and +auto/+path suffixes do not change which Go built it.
        const want = opts.goVersion.startsWith('go') ? opts.goVersion : `go${opts.goVersion}`;
        if (built.release !== want)
            add('go-version', 'error', `built with ${raw.version}, expected ${want}`);
    }
    const t = opts.target;
    if (t) {
        if (s.GOOS !== undefined && s.GOOS !== t.goos)
            add('goos', 'error', `build info says GOOS=${s.GOOS}, expected GOOS=${t.goos}`);
        if (s.GOARCH !== undefined && s.GOARCH !== t.goarch)
            add('goarch', 'error', `build info says GOARCH=${s.GOARCH}, expected GOARCH=${t.goarch}`);
        const variant = t.variant ?? defaultVariant(t.goarch, opts.variantDefaults);
        if (variant && s.GOARCH === t.goarch) {
            const got = s[variant.name];
            const named = t.variant ? '' : ` (the default of the pinned Go: the target names no variant)`;
            if (got === undefined)
                add('variant', 'warning', `build info does not record ${variant.name}; expected ${variant.name}=${variant.value}${named}`);
            else if (!sameVariant(variant.name, got, variant.value)) {
                add('variant', 'error', `built with ${variant.name}=${got}, expected ${variant.name}=${variant.value}${named}`);
            }
        }
    }
    // Build settings exist from Go 1.18; older build info has none, so there is nothing to compare.
    const hasSettings = Object.keys(s).length > 0;
    if (hasSettings) {
        const wantCgo = opts.cgo ? '1' : '0';
        const gotCgo = s.CGO_ENABLED ?? '0';
        if (gotCgo !== wantCgo)
            add('cgo', 'error', `built with CGO_ENABLED=${gotCgo}, expected CGO_ENABLED=${wantCgo}`);
        if ((opts.trimpath ?? true) && s['-trimpath'] !== 'true')
            add('trimpath', 'error', 'built without -trimpath: local paths are embedded and the build is not reproducible');
    }
    else {
        add('buildinfo', 'info', `${version} does not record build settings; CGO_ENABLED, -trimpath and variant cannot be checked`);
    }
    const rev = s['vcs.revision'];
    if (opts.githubSha && rev && rev.toLowerCase() !== opts.githubSha.toLowerCase()) {
        add('vcs-revision', 'error', `built from commit ${rev.slice(0, 12)}, but this run is at ${opts.githubSha.slice(0, 12)} (GITHUB_SHA)`);
    }
    if (s['vcs.modified'] === 'true')
        add('vcs-modified', 'warning', 'built from a modified working tree (vcs.modified=true): the binary does not match any commit');
    if (mod.bad.length)
        add('buildinfo', 'info', `ignored ${mod.bad.length} unrecognised build info line(s)`);
}
/** Minor version of the Go that built the file (22 for go1.22.12), or null. */
function goMinor(ins) {
    return ins.go ? buildMinor(parseBuildVersion(ins.go.raw.version)) : null;
}
/**
 * GOARM=7 and GOARM=7,hardfloat are the same build (Go 1.22+ records the float
 * mode; 5 defaults to softfloat, 6 and 7 to hardfloat). Other variables compare as written.
 */
/** The default variant of a target that names none, when the pinned Go's defaults are known. */
function defaultVariant(goarch, defaults) {
    const name = archInfo(goarch)?.variantVar;
    const value = name && defaults?.[name];
    return name && value ? { name, value } : undefined;
}
function sameVariant(name, got, want) {
    if (name !== 'GOARM')
        return got === want;
    const norm = (v) => {
        const [level, fp] = v.split(',');
        return `${level},${fp ?? (level === '5' ? 'softfloat' : 'hardfloat')}`;
    };
    return norm(got) === norm(want);
}
function describePeMachine(machine) {
    const arch = goarchForPeMachine(machine);
    return arch ? (archInfo(arch)?.machineName ?? arch) : `PE machine 0x${machine.toString(16)}`;
}
function article(word) {
    return /^[AEIOU]/i.test(word) && !word.startsWith('PE') ? `an ${word}` : `a ${word}`;
}
function describeHead(head) {
    if (head.length === 0)
        return 'nothing: the file is empty';
    const text = head.subarray(0, 16);
    const printable = text.every(b => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
    return printable
        ? `text ${JSON.stringify(text.toString('latin1'))}`
        : `bytes ${text.subarray(0, 8).toString('hex')}`;
}

;// CONCATENATED MODULE: ./src/targets/parse.ts

class TargetError extends Error {
}
/**
 * Parses `GOOS/GOARCH[/variant]` (docker-style `linux/arm/v7` or Go-style
 * `linux/arm/7`). Throws TargetError with a one-line message naming the
 * `target` input, the value, and what is accepted.
 */
function parseTarget(raw, inputName = 'target') {
    const value = raw.trim();
    const parts = value.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some(p => p === '')) {
        throw new TargetError(`${inputName} "${raw}" is not of the form GOOS/GOARCH[/variant] (e.g. linux/arm64, linux/arm/v7, linux/amd64/v3)`);
    }
    const [goos, goarch, variantRaw] = parts;
    if (!isDistPair(goos, goarch)) {
        const guess = suggestPair(`${goos}/${goarch}`);
        const hint = guess
            ? `; did you mean ${guess}?`
            : '; run `go tool dist list` for the accepted pairs';
        throw new TargetError(`${inputName} "${raw}" is not a Go target${hint}`);
    }
    if (variantRaw === undefined)
        return { goos, goarch };
    const arch = archInfo(goarch);
    if (!arch?.variantVar || !arch.variantPattern) {
        throw new TargetError(`${inputName} "${raw}": ${goarch} has no variants; use ${goos}/${goarch}`);
    }
    const variantValue = normaliseVariant(arch.variantVar, variantRaw);
    if (!arch.variantPattern.test(variantValue)) {
        throw new TargetError(`${inputName} "${raw}": "${variantRaw}" is not a valid ${arch.variantVar} for ${goarch}; accepted: ${arch.variantAccepted}`);
    }
    return { goos, goarch, variant: { name: arch.variantVar, value: variantValue } };
}
/** GOARM takes a bare digit; docker-style platforms write it `v7`. */
function normaliseVariant(name, raw) {
    if (name === 'GOARM')
        return raw.replace(/^v(?=[0-9])/, '');
    return raw;
}
/** The variant as users write it in a target: GOARM=7 -> v7; others as Go spells them. */
function variantText(target) {
    if (!target.variant)
        return undefined;
    const { name, value } = target.variant;
    return name === 'GOARM' ? `v${value}` : value;
}
/** The variant as it appears in file names and keys (v7, v3, v6_softfloat). */
function variantLabel(target) {
    return variantText(target)?.replace(/[^A-Za-z0-9.]+/g, '_');
}
/** `linux/arm/v7` style string for logs and outputs. */
function formatTarget(target) {
    return [target.goos, target.goarch, variantText(target)].filter(Boolean).join('/');
}
/**
 * The target key names the GOCACHE directory and the cache key:
 * linux_arm64, linux_arm_v7, linux_amd64_v3, plus _cgo when cgo is on.
 */
function targetKey(target, cgo) {
    const parts = [target.goos, target.goarch];
    const label = variantLabel(target);
    if (label)
        parts.push(label);
    if (cgo)
        parts.push('cgo');
    return parts.join('_');
}
function suggestPair(wanted) {
    let best;
    let bestDistance = Infinity;
    for (const pair of DIST_LIST) {
        const d = editDistance(wanted, pair);
        if (d < bestDistance) {
            bestDistance = d;
            best = pair;
        }
    }
    return bestDistance <= 3 ? best : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/verify/match-target.ts
/**
 * Which of a step's several targets a binary is meant for, judged by what
 * it is (its header's GOOS/GOARCH, a fat Mach-O for darwin/universal) and,
 * between variants of one arch, by the variant its build info records.
 * The binary is then checked against that target like any other. Pure.
 */


function matchTarget(probe, targets) {
    if (probe.macho?.arches)
        return targets.find(t => t.goos === 'darwin' && t.goarch === 'universal');
    const same = targets.filter(t => t.goos === probe.goos && t.goarch === probe.goarch);
    if (same.length <= 1)
        return same[0];
    const settings = probe.go?.settings ?? {};
    return (same.find(t => {
        const got = t.variant && settings[t.variant.name];
        return got !== undefined && sameVariant(t.variant.name, got, t.variant.value);
    }) ??
        same.find(t => !t.variant) ??
        same[0]);
}
/** The finding for a binary that is none of the targets. */
function noTargetFinding(probe, targets) {
    const what = probe.macho?.arches
        ? `a fat Mach-O (${probe.macho.arches.map(a => a.cpuName).join(', ')})`
        : probe.goos && probe.goarch
            ? `built for ${probe.goos}/${probe.goarch}`
            : probe.format
                ? `a ${probe.format} file of no known GOOS/GOARCH`
                : 'not a recognised executable';
    return {
        check: 'goarch',
        severity: 'error',
        message: `${what}; not one of the targets ${targets.map(formatTarget).join(', ')}`
    };
}

;// CONCATENATED MODULE: ./src/verify/universal.ts




const UNIVERSAL_SLICE_ARCHES = ['amd64', 'arm64'];
function isUniversalTarget(t) {
    return t?.goos === 'darwin' && t.goarch === 'universal';
}
async function inspectUniversal(r, options) {
    const findings = [];
    let first;
    const perSlice = [];
    for (const goarch of UNIVERSAL_SLICE_ARCHES) {
        const ins = await inspect(r, archInfo(goarch)?.machoCpu);
        first ??= ins;
        if (!ins.fat) {
            if (ins.format === 'macho')
                findings.push({
                    check: 'format',
                    severity: 'error',
                    message: `is a thin Mach-O file, expected a universal binary with ${UNIVERSAL_SLICE_ARCHES.join(' and ')} slices (darwin/universal)`
                });
            findings.push(...runChecks(ins, { ...options, target: undefined }));
            return { ins, findings, goarch: claimedTarget(ins).goarch };
        }
        perSlice.push([goarch, runChecks(ins, { ...options, target: { goos: 'darwin', goarch } })]);
    }
    // A finding every slice has is said once; the others name their slice.
    const inAll = (m) => perSlice.every(([, fs]) => fs.some(f => f.message === m));
    const said = new Set();
    for (const [goarch, fs] of perSlice)
        for (const f of fs) {
            if (!inAll(f.message))
                findings.push({ ...f, message: `${goarch} slice: ${f.message}` });
            else if (!said.has(f.message))
                findings.push(f);
            said.add(f.message);
        }
    const ins = first;
    const names = ins.fat?.arches.map(a => MACHO_CPUS[a.cpu] ?? `cpu 0x${a.cpu.toString(16)}`) ?? [];
    const goarches = ins.fat?.facts.map((_, i) => sliceGoarch(ins, i)) ?? [];
    if (ins.fat &&
        (goarches.length !== 2 || !UNIVERSAL_SLICE_ARCHES.every(a => goarches.includes(a))))
        findings.push({
            check: 'machine',
            severity: 'error',
            message: `is a fat file with ${names.join(', ')}, expected exactly x86_64 and arm64 (darwin/universal)`
        });
    return { ins, findings, goarch: ins.fat ? goarches.join('+') : claimedTarget(ins).goarch };
}
function sliceGoarch(ins, i) {
    const cpu = ins.fat.arches[i].cpu;
    return (UNIVERSAL_SLICE_ARCHES.find(a => archInfo(a)?.machoCpu === cpu) ??
        MACHO_CPUS[cpu] ??
        String(cpu));
}

;// CONCATENATED MODULE: ./src/verify/report.ts
/**
 * The report shape (docs/verify-report.md, docs/verify-report.schema.json: the
 * names are a contract) and its renderings: facts -> JSON-ready objects, and a
 * compact text table.
 */






/** Every check name a finding can carry (docs/verify-report.md lists what each means). */
const CHECK_NAMES = (/* unused pure expression or super */ null && ([
    'read',
    'format',
    'class',
    'endian',
    'machine',
    'osabi',
    'type',
    'static',
    'stripped',
    'dwarf',
    'buildinfo',
    'go-version',
    'goos',
    'goarch',
    'variant',
    'cgo',
    'trimpath',
    'vcs-revision',
    'vcs-modified',
    'smoke-run',
    'reproducible'
]));
function elfReport(ins) {
    const f = ins.elf;
    if (!f)
        return null;
    return {
        class: f.bits,
        endian: f.endian,
        machine: f.machine,
        machineName: elfMachineName(f.machine),
        osabi: f.osabi,
        type: ELF_TYPES[f.type]?.name ?? `0x${f.type.toString(16)}`,
        flags: f.flags,
        interpreter: f.interpreter,
        needed: f.needed,
        stripped: elfStripped(f),
        dwarf: elfDwarf(f),
        goBuildId: f.goBuildId,
        gnuBuildId: f.gnuBuildId
    };
}
const cpuName = (cpu) => MACHO_CPUS[cpu] ?? `cpu 0x${cpu.toString(16)}`;
function machoReport(ins) {
    const f = ins.macho;
    if (!f)
        return null;
    return {
        bits: f.bits,
        endian: f.endian,
        cpu: f.cpu,
        cpuName: cpuName(f.cpu),
        type: MACHO_FILETYPES[f.filetype] ?? `filetype ${f.filetype}`,
        flags: f.flags,
        dylibs: f.dylibs,
        stripped: machoOwnSymbols(f) === 0,
        dwarf: machoHasDwarf(f),
        arches: ins.fat
            ? ins.fat.facts.map(a => ({
                cpu: a.cpu,
                cpuName: cpuName(a.cpu),
                bits: a.bits,
                type: MACHO_FILETYPES[a.filetype] ?? `filetype ${a.filetype}`,
                stripped: machoOwnSymbols(a) === 0,
                dwarf: machoHasDwarf(a)
            }))
            : null
    };
}
function peReport(ins) {
    const f = ins.pe;
    if (!f)
        return null;
    return {
        bits: f.magic === 0x20b ? 64 : 32,
        machine: f.machine,
        machineName: PE_MACHINES[f.machine] ?? `machine 0x${f.machine.toString(16)}`,
        magic: f.magic === 0x20b ? 'PE32+' : f.magic === 0x10b ? 'PE32' : null,
        type: f.characteristics & IMAGE_FILE_DLL
            ? 'dll'
            : f.characteristics & IMAGE_FILE_EXECUTABLE_IMAGE
                ? 'exec'
                : 'object',
        subsystem: f.subsystem,
        subsystemName: PE_SUBSYSTEMS[f.subsystem] ?? `subsystem ${f.subsystem}`,
        imports: f.dlls.length > 0,
        dlls: f.dlls,
        stripped: f.nsyms === 0,
        dwarf: peHasDwarf(f)
    };
}
function goReport(ins) {
    if (!ins.go)
        return null;
    const { raw, mod } = ins.go;
    return {
        version: raw.version,
        experiments: parseBuildVersion(raw.version).experiments,
        path: mod.path,
        main: mod.main,
        settings: mod.settings,
        deps: mod.deps,
        buildInfoFormat: raw.format
    };
}
/** One line per file plus indented findings: compact enough for a terminal or a CI log. */
function formatTable(reports) {
    const rows = reports.map(r => [
        r.ok ? 'ok' : 'FAIL',
        r.path,
        r.format ?? '-',
        r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '-',
        r.go?.version ?? '-',
        summary(r)
    ]);
    const head = ['', 'file', 'format', 'target', 'go', 'facts'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map(row => row[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [line(head)];
    reports.forEach((r, i) => {
        out.push(line(rows[i]));
        for (const f of r.findings) {
            if (f.severity === 'info')
                continue;
            out.push(`    ${f.severity === 'error' ? 'error' : 'warn '} ${f.check}: ${f.message}`);
        }
    });
    const failed = reports.filter(r => !r.ok).length;
    out.push(`${reports.length} file(s), ${failed} failed`);
    return out.join('\n');
}
function summary(r) {
    const parts = [];
    const bin = r.elf ?? r.macho ?? r.pe;
    if (r.elf) {
        parts.push(`${r.elf.class}-bit ${r.elf.endian}`, r.elf.machineName, r.elf.type);
        parts.push(r.elf.interpreter || r.elf.needed.length ? 'dynamic' : 'static');
    }
    else if (r.macho) {
        parts.push(`${r.macho.bits}-bit`, r.macho.cpuName, r.macho.type);
    }
    else if (r.pe) {
        parts.push(r.pe.magic ?? 'PE', r.pe.machineName, r.pe.type);
    }
    if (bin)
        parts.push(bin.stripped ? 'stripped' : 'symbols', bin.dwarf ? 'dwarf' : 'no-dwarf');
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/verify/index.ts
/**
 * The verifier's public API: verifyFile(path, options) -> FileReport (the
 * JSON shape in docs/verify-report.md). Never throws for a bad file:
 * unreadable or malformed input becomes a report with ok=false and a finding.
 */









/** Verifies one file on disk against `options`. */
async function verifyFile(path, options = {}) {
    return (await verifyFileResult(path, options)).report;
}
/** verifyFile, with the stats and the unreadable flag as data (the CLI's exit code uses them). */
async function verifyFileResult(path, options = {}) {
    const started = performance.now();
    let source;
    try {
        source = await openFile(path);
    }
    catch (err) {
        return unreadable(path, err, started);
    }
    try {
        return await verifySource(path, source, options, started);
    }
    finally {
        await source.close().catch(() => undefined);
    }
}
/**
 * The file verified against its target: the only one given (or
 * options.target), or with several the one it is built for (matchTarget,
 * from a first, target-free look at it). A file that is none of them keeps
 * that look's findings plus one goarch error, and no target.
 */
async function verifyFileForTargets(path, options, targets) {
    if (targets.length < 2) {
        const target = targets[0] ?? options.target;
        return { ...(await verifyFileResult(path, { ...options, target })), target };
    }
    const probe = await verifyFileResult(path, { ...options, target: undefined });
    if (probe.unreadable)
        return probe;
    const target = matchTarget(probe.report, targets);
    if (target)
        return { ...(await verifyFileResult(path, { ...options, target })), target };
    const finding = noTargetFinding(probe.report, targets);
    return {
        ...probe,
        report: { ...probe.report, ok: false, findings: [...probe.report.findings, finding] }
    };
}
/** Verifies bytes already in memory (fuzzing and tests use it; same code path after the open). */
async function verifyBytes(path, data, options = {}) {
    return (await verifySource(path, new BufferSource(data), options, performance.now())).report;
}
async function verifySource(path, source, options, started) {
    const reader = new Reader(source);
    try {
        const t = options.target;
        if (isUniversalTarget(t)) {
            const u = await inspectUniversal(reader, options);
            const report = {
                path,
                size: source.size,
                ok: !u.findings.some(f => f.severity === 'error'),
                format: u.ins.format,
                goos: claimedTarget(u.ins).goos,
                goarch: u.goarch,
                elf: elfReport(u.ins),
                macho: machoReport(u.ins),
                pe: peReport(u.ins),
                go: goReport(u.ins),
                findings: u.findings
            };
            return withStats(report, reader, source.size, started, false);
        }
        const preferCpu = t
            ? (targetFacts(t.goos, t.goarch)?.machoCpu ?? archInfo(t.goarch)?.machoCpu)
            : undefined;
        const ins = await inspect(reader, preferCpu);
        const findings = runChecks(ins, options);
        const claimed = claimedTarget(ins);
        const report = {
            path,
            size: source.size,
            ok: !findings.some(f => f.severity === 'error'),
            format: ins.format,
            goos: claimed.goos,
            goarch: claimed.goarch,
            elf: elfReport(ins),
            macho: machoReport(ins),
            pe: peReport(ins),
            go: goReport(ins),
            findings
        };
        return withStats(report, reader, source.size, started, false);
    }
    catch (err) {
        // Only I/O errors reach here (parsers turn malformed input into findings).
        return unreadable(path, err, started, reader, source.size);
    }
}
function unreadable(path, err, started, reader, size = 0) {
    const message = err instanceof ReadError
        ? err.message
        : `${path}: cannot read (${err?.message ?? String(err)})`;
    const report = {
        path,
        size: size || null,
        ok: false,
        format: null,
        goos: null,
        goarch: null,
        elf: null,
        macho: null,
        pe: null,
        go: null,
        findings: [{ check: 'read', severity: 'error', message }]
    };
    return withStats(report, reader, size, started, true);
}
function withStats(report, reader, fileSize, started, unreadable) {
    const stats = {
        bytesRead: reader?.bytesRead ?? 0,
        reads: reader?.reads ?? 0,
        fileSize,
        ms: performance.now() - started
    };
    return { report, stats, unreadable };
}

;// CONCATENATED MODULE: ./src/targets/universal.ts
/** darwin/universal: one fat Mach-O joined from the darwin/amd64 and darwin/arm64 builds. */
const UNIVERSAL = { goos: 'darwin', goarch: 'universal' };
function isUniversal(t) {
    return t.goos === UNIVERSAL.goos && t.goarch === UNIVERSAL.goarch;
}
/** The thin targets a universal binary is joined from, in the order lipo writes them. */
const UNIVERSAL_SLICES = [
    { goos: 'darwin', goarch: 'amd64' },
    { goos: 'darwin', goarch: 'arm64' }
];

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Argument parsing for `setup-go-cross verify`. Usage errors are a UsageError
 * with one line naming the option and the bad value; the CLI exits 2 on them.
 */



class UsageError extends Error {
    name = 'UsageError';
}
const SHA = /^[0-9a-f]{7,64}$/i;
function parseArgs(argv, env = {}) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')
        return { command: 'help' };
    if (argv[0] === '--version')
        return { command: 'version' };
    if (argv[0] !== 'verify')
        throw new UsageError(`unknown command "${argv[0]}"; the only command is "verify"`);
    const out = {
        command: 'verify',
        cgo: false,
        stripped: true,
        trimpath: true,
        json: false,
        files: [],
        targets: []
    };
    const sha = env.GITHUB_SHA?.trim();
    if (sha && SHA.test(sha))
        out.githubSha = sha;
    let onlyFiles = false;
    for (let i = 1; i < argv.length; i++) {
        const arg = argv[i];
        if (onlyFiles || !arg.startsWith('-') || arg === '-') {
            out.files.push(arg);
            continue;
        }
        if (arg === '--') {
            onlyFiles = true;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq < 0 ? arg : arg.slice(0, eq);
        const inline = eq < 0 ? undefined : arg.slice(eq + 1);
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined || (inline === undefined && v.startsWith('--')))
                throw new UsageError(`option ${name} needs a value`);
            if (/[\u0000-\u001f\u007f]/.test(v))
                throw new UsageError(`option ${name} value ${JSON.stringify(v)} contains control characters`);
            return v;
        };
        const flag = () => {
            if (inline !== undefined)
                throw new UsageError(`option ${name} takes no value (got "${inline}")`);
        };
        switch (name) {
            case '--target': {
                const v = value();
                let t;
                try {
                    t = v.trim() === 'darwin/universal' ? UNIVERSAL : parseTarget(v, '--target');
                }
                catch (err) {
                    if (err instanceof TargetError)
                        throw new UsageError(err.message);
                    throw err;
                }
                if (out.targets.some(o => formatTarget(o) === formatTarget(t)))
                    throw new UsageError(`--target ${formatTarget(t)} is given twice`);
                out.targets.push(t);
                break;
            }
            case '--go-version': {
                const v = value().trim();
                if (parseGoVersion(v)?.major !== 1)
                    throw new UsageError(`--go-version "${v}" is not an exact Go version; use e.g. 1.22.12 or go1.22.12`);
                out.goVersion = v.startsWith('go') ? v : `go${v}`;
                break;
            }
            case '--github-sha': {
                const v = value().trim();
                if (!SHA.test(v))
                    throw new UsageError(`--github-sha "${v}" is not a commit hash (7 to 64 hex digits)`);
                out.githubSha = v;
                break;
            }
            case '--cgo':
                flag();
                out.cgo = true;
                break;
            case '--no-stripped':
                flag();
                out.stripped = false;
                break;
            case '--no-trimpath':
                flag();
                out.trimpath = false;
                break;
            case '--json':
                flag();
                out.json = true;
                break;
            case '--help':
            case '-h':
                return { command: 'help' };
            default:
                throw new UsageError(`unknown option ${JSON.stringify(name)}; see --help`);
        }
    }
    if (out.files.length === 0)
        throw new UsageError('verify needs at least one FILE');
    return out;
}
const USAGE = `Usage: setup-go-cross verify [options] FILE...

Checks Go binaries against the intended target without readelf or Go:
format, class, byte order, machine, OS/ABI, type, static linking, stripping,
DWARF, and the Go build info (version, GOOS/GOARCH/variant, CGO_ENABLED,
-trimpath, vcs.revision, vcs.modified).

Options:
  --target GOOS/GOARCH[/variant]  intended target, e.g. linux/arm64, linux/arm/v7,
                                  darwin/universal (without it, the header is checked
                                  against the build info). Repeat it for a dist/ of
                                  several targets: each file is checked against the one
                                  it is built for, and one that is none of them fails.
  --go-version V                  expected Go version, e.g. 1.22.12
  --cgo                           cgo was on: allow dynamic linking, expect CGO_ENABLED=1
  --no-stripped                   do not require -ldflags=-s -w (symbols, DWARF)
  --no-trimpath                   do not require -trimpath
  --github-sha SHA                expected vcs.revision (default: $GITHUB_SHA when set)
  --json                          print {"files":[REPORT...]} instead of a table

Exit status: 0 all passed, 1 an error-level finding, 2 usage error or unreadable file.`;

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI as a function (argv, env, output streams -> exit code), so tests
 * and the bin entry share it. Never lets an exception or stack trace out.
 */


const NAME = 'setup-go-cross';
async function main(argv, io) {
    try {
        const args = parseArgs(argv, io.env);
        if (args.command === 'help') {
            io.out(USAGE);
            return 0;
        }
        if (args.command === 'version') {
            io.out(`${NAME} verify`);
            return 0;
        }
        const options = {
            goVersion: args.goVersion,
            cgo: args.cgo,
            stripped: args.stripped,
            trimpath: args.trimpath,
            githubSha: args.githubSha
        };
        const results = [];
        for (const file of args.files)
            results.push(await verifyFileForTargets(file, options, args.targets));
        const reports = results.map(r => r.report);
        io.out(args.json ? JSON.stringify({ files: reports }, null, 2) : formatTable(reports));
        if (results.some(r => r.unreadable))
            return 2;
        return reports.every(r => r.ok) ? 0 : 1;
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.err(`${NAME}: ${err.message}`);
            return 2;
        }
        // A bug, not the user's fault: one line, no stack trace (set SETUP_GO_CROSS_DEBUG=1 for it).
        io.err(`${NAME}: internal error: ${err?.message ?? String(err)}`);
        if (io.env.SETUP_GO_CROSS_DEBUG)
            io.err(String(err?.stack));
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** Entry of dist/cli/index.js and the package.json `bin`: `setup-go-cross verify ...`. */


/*
 * A CLI run is short: most of its cost per extra binary was V8's optimising
 * compiler (TurboFan) compiling the parsers it then used only a few hundred
 * times. Capping the process at the mid tier (Maglev) halves the marginal
 * cost for runs up to thousands of files (bench/verify.mjs prints it).
 * Set before any verifier function gets hot, so it applies to all of them.
 */
(0,external_node_v8_namespaceObject.setFlagsFromString)('--max-opt=2');
const write = (stream) => (text) => {
    stream.write(`${text}\n`);
};
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', err => {
    if (err.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2), {
    out: write(process.stdout),
    err: write(process.stderr),
    env: process.env
}).then(code => {
    process.exitCode = code;
}, err => {
    process.stderr.write(`setup-go-cross: internal error: ${err?.message ?? String(err)}\n`);
    process.exitCode = 2;
});

