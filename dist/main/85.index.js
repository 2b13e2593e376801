export const id = 85;
export const ids = [85];
export const modules = {

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  joinUniversal: () => (/* binding */ joinUniversal)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/build/naming.ts
var naming = __webpack_require__(1830);
// EXTERNAL MODULE: ./src/targets/universal.ts
var universal = __webpack_require__(4171);
// EXTERNAL MODULE: ./src/verify/macho.ts
var macho = __webpack_require__(8823);
;// CONCATENATED MODULE: ./src/release/universal.ts
/**
 * Joins thin Mach-O executables into one universal (fat) file, laid out as
 * llvm-lipo writes it: big-endian fat header (0xcafebabe, nfat_arch), one
 * fat_arch {cputype, cpusubtype, offset, size, align} per slice, slices sorted
 * by alignment (arm64 last) and each at a multiple of 2^align. Pure.
 */

const MH_MAGIC_64 = 0xfeedfacf;
const CPU_TYPE_X86_64 = 0x01000007;
const CPU_TYPE_ARM64 = 0x0100000c;
/** Page alignment (log2) per cputype, as lipo uses for executables: 16 KiB on arm64, 4 KiB otherwise. */
function sliceAlign(cpu) {
    return cpu === CPU_TYPE_ARM64 ? 14 : 12;
}
class UniversalError extends Error {
}
/** The arch table for thin files of these sizes/cpus, in lipo's order. */
function fatLayout(thin) {
    const sorted = thin
        .map((t, i) => ({ ...t, i, align: sliceAlign(t.cpu) }))
        .sort((a, b) => a.align - b.align || a.i - b.i);
    let end = 8 + 20 * thin.length;
    return sorted.map(t => {
        const page = 2 ** t.align;
        const offset = Math.ceil(end / page) * page;
        end = offset + t.size;
        return { cpu: t.cpu, cpuSubtype: t.cpuSubtype, offset, size: t.size, align: t.align };
    });
}
/** Reads cputype/cpusubtype of a thin little-endian 64-bit Mach-O (what Go writes for darwin). */
function thinHeader(data, name) {
    const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (b.length < 32 || b.readUInt32LE(0) !== MH_MAGIC_64)
        throw new UniversalError(`${name} is not a thin 64-bit Mach-O file`);
    return { cpu: b.readUInt32LE(4), cpuSubtype: b.readUInt32LE(8) };
}
/** The universal file's bytes: header, arch table, zero padding, slices. */
function joinFat(thin) {
    if (thin.length < 2)
        throw new UniversalError('a universal binary needs at least two slices');
    const heads = thin.map(t => ({ ...thinHeader(t.data, t.name), size: t.data.length }));
    const cpus = heads.map(h => h.cpu);
    const dup = cpus.find((c, i) => cpus.indexOf(c) !== i);
    if (dup !== undefined)
        throw new UniversalError(`two slices are ${macho/* MACHO_CPUS */.Ji[dup] ?? `cpu 0x${dup.toString(16)}`}`);
    if (!cpus.every(c => c === CPU_TYPE_X86_64 || c === CPU_TYPE_ARM64))
        throw new UniversalError('universal binaries are joined from x86_64 and arm64 slices only');
    const layout = fatLayout(heads);
    const last = layout[layout.length - 1];
    const out = Buffer.alloc(last.offset + last.size);
    out.writeUInt32BE(macho/* FAT_MAGIC */.OS, 0);
    out.writeUInt32BE(layout.length, 4);
    layout.forEach((e, i) => {
        const o = 8 + 20 * i;
        out.writeUInt32BE(e.cpu, o);
        out.writeUInt32BE(e.cpuSubtype, o + 4);
        out.writeUInt32BE(e.offset, o + 8);
        out.writeUInt32BE(e.size, o + 12);
        out.writeUInt32BE(e.align, o + 16);
        const src = thin[heads.findIndex(h => h.cpu === e.cpu)].data;
        out.set(src, e.offset);
    });
    return out;
}

// EXTERNAL MODULE: ./src/targets/parse.ts
var parse = __webpack_require__(5701);
;// CONCATENATED MODULE: ./src/run/universal-step.ts







/**
 * darwin/universal: builds each thin slice (outside the output directory),
 * then joins each package's slices into `{name}_darwin_universal`.
 */
async function joinUniversal(slices, 
/** Where the thin slices are built. */
root, 
/** The output template, absolute. */
output, build) {
    const thinDir = root;
    const perSlice = [];
    for (const t of slices)
        perSlice.push(await build(t, external_node_path_default().join(thinDir, '{name}_{goos}_{goarch}')));
    const artifacts = [];
    for (const a of perSlice[0]) {
        const thin = perSlice.map((list, i) => {
            const match = list.find(x => x.importPath === a.importPath);
            if (!match)
                throw new Error(`${(0,parse/* formatTarget */.P4)(slices[i])} build has no ${a.importPath}`);
            return match.file;
        });
        const data = await Promise.all(thin.map(f => (0,promises_.readFile)(f)));
        const fat = joinFat(thin.map((f, i) => ({ name: f, data: data[i] })));
        const file = (0,naming/* outputPath */.XC)(output, (0,naming/* binaryName */.fW)(a.importPath), universal/* UNIVERSAL */.af);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, fat);
        await (0,promises_.chmod)(file, 0o755);
        core/* info */.pq(`joined ${slices.map(parse/* formatTarget */.P4).join(' + ')} into ${external_node_path_default().basename(file)} (${fat.length} bytes)`);
        artifacts.push({ importPath: a.importPath, file });
    }
    return artifacts;
}


/***/ }),

/***/ 9968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ Fields),
/* harmony export */   D6: () => (/* binding */ beyondEnd),
/* harmony export */   _s: () => (/* binding */ isDwarfName),
/* harmony export */   o9: () => (/* binding */ fixedString),
/* harmony export */   ry: () => (/* binding */ cString)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4846);
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
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(`${this.what}: field at ${off} (${n} bytes) is outside the ${this.buf.length}-byte record`);
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


/***/ }),

/***/ 8823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ parseFat),
/* harmony export */   Gp: () => (/* binding */ parseMachO),
/* harmony export */   Ji: () => (/* binding */ MACHO_CPUS),
/* harmony export */   Jn: () => (/* binding */ machoKind),
/* harmony export */   OS: () => (/* binding */ FAT_MAGIC),
/* harmony export */   dW: () => (/* binding */ machoHasDwarf),
/* harmony export */   td: () => (/* binding */ machoSegments),
/* harmony export */   w5: () => (/* binding */ machoOwnSymbols),
/* harmony export */   xI: () => (/* binding */ MACHO_FILETYPES)
/* harmony export */ });
/* unused harmony export FAT_MAGIC_64 */
/* harmony import */ var _binary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9968);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4846);
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
    const h = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(0, 8, 'fat header'), false, 'fat header');
    const is64 = h.u32(0) === FAT_MAGIC_64;
    const n = h.u32(4);
    if (n > MAX_FAT_ARCHES)
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`fat Mach-O claims ${n} architectures`);
    const entSize = is64 ? 32 : 20;
    const t = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(8, n * entSize, 'fat arch table'), false, 'fat arch table');
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
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF('not a Mach-O file (bad magic)');
    const hsize = bits === 64 ? 32 : 28;
    const h = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(0, hsize, 'Mach-O header'), little, 'Mach-O header');
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
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`Mach-O header claims ${ncmds} load commands`);
    if (sizeofcmds > MAX_SIZEOFCMDS)
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`Mach-O load commands claim ${sizeofcmds} bytes`);
    const cmds = await r.bytes(hsize, sizeofcmds, 'Mach-O load commands');
    const c = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(cmds, little, 'Mach-O load commands');
    let off = 0;
    for (let i = 0; i < ncmds; i++) {
        if (off + 8 > cmds.length)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`Mach-O load command ${i} is outside sizeofcmds`);
        const cmd = c.u32(off);
        const size = c.u32(off + 4);
        if (size < 8 || off + size > cmds.length)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`Mach-O load command ${i} has bad size ${size}`);
        const body = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(cmds.subarray(off, off + size), little, `load command ${i}`);
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
                const name = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .cString */ .ry)(body.buf, body.u32(8), 4096);
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
    facts.truncated = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .beyondEnd */ .D6)(r.size, facts.segments.map(s => ({
        what: `segment ${s.name || '(unnamed)'}`,
        end: s.fileoff + s.filesize
    })));
    return facts;
}
function readSegment(f, b, is64) {
    const w = is64 ? 8 : 4;
    const seg = {
        name: (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedString */ .o9)(b.buf, 8, 16),
        vmaddr: b.word(24, w),
        vmsize: b.word(24 + w, w),
        fileoff: b.word(24 + 2 * w, w),
        filesize: b.word(24 + 3 * w, w)
    };
    f.segments.push(seg);
    const nsectsOff = 24 + 4 * w + 8;
    const nsects = b.u32(nsectsOff);
    if (nsects > MAX_NSECTS)
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`Mach-O segment ${seg.name} claims ${nsects} sections`);
    const secSize = is64 ? 80 : 68;
    let off = nsectsOff + 8;
    for (let i = 0; i < nsects; i++, off += secSize) {
        if (off + secSize > b.buf.length)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`Mach-O segment ${seg.name}: section ${i} is outside the command`);
        f.sections.push({
            name: (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedString */ .o9)(b.buf, off, 16),
            segment: (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedString */ .o9)(b.buf, off + 16, 16),
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
    return f.sections.some(s => s.segment === '__DWARF' || (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .isDwarfName */ ._s)(s.name));
}


/***/ }),

/***/ 4846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ ReadError),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   Tq: () => (/* binding */ openFile),
/* harmony export */   mP: () => (/* binding */ Reader)
/* harmony export */ });
/* unused harmony exports MAX_READ, BufferSource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buf, 0, buf.length, position);
    }
    async close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** An in-memory source, for callers that already hold the bytes (fuzzing, tests). */
class BufferSource {
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        throw new ReadError(describeIoError(path, err));
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            throw new ReadError(`${path}: is a directory`);
        if (!st.isFile())
            throw new ReadError(`${path}: not a regular file`);
        return new FileSource(fd, st.size);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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


/***/ })

};
