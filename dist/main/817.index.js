export const id = 817;
export const ids = [817];
export const modules = {

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

/***/ 3280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ parseElf),
/* harmony export */   ET: () => (/* binding */ ET),
/* harmony export */   Nc: () => (/* binding */ hasSymtab),
/* harmony export */   PF: () => (/* binding */ PF),
/* harmony export */   PT: () => (/* binding */ PT),
/* harmony export */   _m: () => (/* binding */ elfSegments),
/* harmony export */   aB: () => (/* binding */ isElf),
/* harmony export */   gh: () => (/* binding */ ELF_TYPES)
/* harmony export */ });
/* harmony import */ var _binary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9968);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4846);
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
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF class byte is ${cls}, not 1 (32-bit) or 2 (64-bit)`);
    if (data !== 1 && data !== 2)
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF data byte is ${data}, not 1 (little) or 2 (big endian)`);
    const bits = cls === 2 ? 64 : 32;
    const little = data === 1;
    const w = bits === 64 ? 8 : 4;
    const ehsize = bits === 64 ? 64 : 52;
    const h = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(0, ehsize, 'ELF header'), little, 'ELF header');
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
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF section header size ${shentsize} is too small`);
        const s0 = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(shoff, shdrSize, 'ELF section header 0'), little, 'section 0');
        if (shnum === 0)
            shnum = s0.word(bits === 64 ? 32 : 20, w);
        if (shstrndx === 0xffff)
            shstrndx = s0.u32(bits === 64 ? 40 : 24);
        if (phnum === 0xffff)
            phnum = s0.u32(bits === 64 ? 44 : 28);
    }
    if (phnum > 0) {
        if (phnum > MAX_PHNUM)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF header claims ${phnum} program headers`);
        if (phentsize < phdrSize)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF program header size ${phentsize} is too small`);
        const t = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(phoff, phnum * phentsize, 'ELF program header table'), little, 'program headers');
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
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF header claims ${shnum} sections (more than ${MAX_SHNUM}: not a plausible executable)`);
        if (shentsize < shdrSize)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF section header size ${shentsize} is too small`);
        const t = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(shoff, shnum * shentsize, 'ELF section header table'), little, 'section headers');
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
                throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF section name table index ${shstrndx} is not below the section count ${shnum}`);
            const strtab = raw[shstrndx];
            if (strtab.size > MAX_STRTAB)
                throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF section name table is implausibly large (${strtab.size} bytes)`);
            const names = await r.bytes(strtab.offset, strtab.size, 'ELF section name table');
            for (let i = 0; i < raw.length; i++) {
                const name = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .cString */ .ry)(names, nameOffs[i], 1024);
                if (name === null)
                    throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`ELF section ${i} has a name offset (${nameOffs[i]}) outside the section name table`);
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
            ? (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .beyondEnd */ .D6)(r.size, [
                { what: `program header ${p}`, end: facts.programs[p].offset + facts.programs[p].filesz }
            ])
            : sec
                ? (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .beyondEnd */ .D6)(r.size, [
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
    const table = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(dyn.offset, count * entSize, 'ELF dynamic section'), little, 'dynamic');
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
        const s = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .cString */ .ry)(strs, o);
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
        const n = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(buf, little, 'note');
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


/***/ }),

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i7: () => (/* binding */ elfDwarf),
  vL: () => (/* binding */ elfStripped),
  Nn: () => (/* binding */ inspect),
  dW: () => (/* reexport */ macho/* machoHasDwarf */.dW)
});

// EXTERNAL MODULE: ./src/verify/elf.ts
var elf = __webpack_require__(3280);
// EXTERNAL MODULE: ./src/verify/macho.ts
var macho = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/verify/pe.ts
var pe = __webpack_require__(666);
// EXTERNAL MODULE: ./src/verify/binary.ts
var binary = __webpack_require__(9968);
// EXTERNAL MODULE: ./src/verify/reader.ts
var reader = __webpack_require__(4846);
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
        throw new reader/* FormatError */.IF(`Go build info has pointer size ${ptrSize}, not 4 or 8`);
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
        const f = new binary/* Fields */.C8(data.subarray(at, at + HEADER_SIZE), !bigEndian, 'Go build info header');
        version = (await readGoString(r, f.word(16, ptrSize), ptrSize, bigEndian, segments, 'Go version string')).toString('utf8');
        mod = await readGoString(r, f.word(16 + ptrSize, ptrSize), ptrSize, bigEndian, segments, 'Go module info');
    }
    if (version === '')
        throw new reader/* FormatError */.IF('Go build info has an empty Go version');
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
            throw new reader/* FormatError */.IF('Go build info: length varint runs past the end of the data');
        const b = buf[off + i];
        if (i === 9 && b > 1)
            throw new reader/* FormatError */.IF('Go build info: length varint overflows 64 bits');
        x |= BigInt(b & 0x7f) << shift;
        if (b < 0x80) {
            if (x > BigInt(Number.MAX_SAFE_INTEGER))
                throw new reader/* FormatError */.IF('Go build info: string length is implausibly large');
            return [Number(x), i + 1];
        }
        shift += 7n;
    }
    throw new reader/* FormatError */.IF('Go build info: length varint is longer than 10 bytes');
}
async function readVarString(r, off, what) {
    const head = await r.upTo(off, 10, what);
    const [len, n] = uvarint(head, 0);
    if (len > MAX_STRING)
        throw new reader/* FormatError */.IF(`${what} is implausibly long (${len} bytes)`);
    return [await r.bytes(off + n, len, what), off + n + len];
}
function mapAddress(addr, length, segments, what) {
    for (const s of segments) {
        if (addr >= s.vaddr && addr - s.vaddr + length <= s.size)
            return s.offset + (addr - s.vaddr);
    }
    throw new reader/* FormatError */.IF(`${what}: address 0x${addr.toString(16)} is not in any loaded segment`);
}
/** Reads a Go string header {data, len} at virtual address `addr`, then the data. */
async function readGoString(r, addr, ptrSize, bigEndian, segments, what) {
    const hdrOff = mapAddress(addr, 2 * ptrSize, segments, what);
    const hdr = new binary/* Fields */.C8(await r.bytes(hdrOff, 2 * ptrSize, what), !bigEndian, what);
    const dataAddr = hdr.word(0, ptrSize);
    const len = hdr.word(ptrSize, ptrSize);
    if (len === 0)
        return Buffer.alloc(0);
    if (len > MAX_STRING)
        throw new reader/* FormatError */.IF(`${what} is implausibly long (${len} bytes)`);
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
    if ((0,elf/* isElf */.aB)(head))
        return 'elf';
    if ((0,macho/* machoKind */.Jn)(head))
        return 'macho';
    if ((0,pe/* isPe */.cK)(head))
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
        if (!(err instanceof reader/* FormatError */.IF))
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
    const f = await (0,elf/* parseElf */.$b)(r);
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
        const seg = f.programs.find(p => p.type === elf.PT.LOAD && (p.flags & (elf.PF.X | elf.PF.W)) === elf.PF.W);
        if (seg)
            region = { offset: seg.offset, size: seg.filesz, vaddr: seg.vaddr };
    }
    await decodeGo(r, region, (0,elf/* elfSegments */._m)(f), ins);
}
async function inspectMachO(r, ins, preferCpu) {
    let view = r;
    let f;
    if ((0,macho/* machoKind */.Jn)(ins.head) === 'fat') {
        const arches = await (0,macho/* parseFat */.BX)(r);
        if (arches.length === 0)
            throw new reader/* FormatError */.IF('fat Mach-O with no architectures');
        // Every arch is parsed (a broken one is a broken file); the target's is the one checked.
        const facts = [];
        for (const [i, a] of arches.entries()) {
            facts.push(await (0,macho/* parseMachO */.Gp)(r.slice(a.offset, a.size, `fat Mach-O arch ${i}`)));
        }
        const found = arches.findIndex(a => a.cpu === preferCpu);
        const chosen = found < 0 ? 0 : found;
        ins.fat = { arches, facts, chosen };
        view = r.slice(arches[chosen].offset, arches[chosen].size, `fat Mach-O arch ${chosen}`);
        f = facts[chosen];
    }
    else {
        f = await (0,macho/* parseMachO */.Gp)(view);
    }
    ins.macho = f;
    for (const name of ['__go_buildinfo', '__gopclntab', '__go_module', '__gosymtab']) {
        if (f.sections.some(s => s.name === name))
            ins.goMarkers.push(name);
    }
    const sec = f.sections.find(s => s.name === '__go_buildinfo') ??
        f.sections.find(s => s.segment === '__DATA' && s.name === '__data');
    const region = sec ? { offset: sec.offset, size: sec.size, vaddr: sec.addr } : null;
    await decodeGo(view, region, (0,macho/* machoSegments */.td)(f), ins);
    if (ins.goMarkers.length === 0)
        await findBuildIdInText(view, f.sections.find(s => s.name === '__text'), ins);
}
async function inspectPe(r, ins) {
    const f = await (0,pe/* parsePe */.tH)(r);
    ins.pe = f;
    // Go's linker writes a (possibly empty) COFF ".symtab" section no other common linker does.
    if (f.sections.some(s => s.name === '.symtab'))
        ins.goMarkers.push('.symtab section (Go linker)');
    const data = f.sections.find(pe/* isPeDataSection */.n5);
    const region = data
        ? {
            offset: data.rawOffset,
            size: Math.min(data.rawSize, data.virtualSize || data.rawSize),
            vaddr: f.imageBase + data.virtualAddress
        }
        : null;
    await decodeGo(r, region, (0,pe/* peSegments */.gT)(f), ins);
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
    return !(0,elf/* hasSymtab */.Nc)(f);
}
function elfDwarf(f) {
    return f.sections.some(s => (0,binary/* isDwarfName */._s)(s.name));
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

/***/ 666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ IMAGE_FILE_DLL),
/* harmony export */   cK: () => (/* binding */ isPe),
/* harmony export */   gT: () => (/* binding */ peSegments),
/* harmony export */   jo: () => (/* binding */ PE_SUBSYSTEMS),
/* harmony export */   n5: () => (/* binding */ isPeDataSection),
/* harmony export */   of: () => (/* binding */ IMAGE_FILE_EXECUTABLE_IMAGE),
/* harmony export */   qt: () => (/* binding */ peHasDwarf),
/* harmony export */   tH: () => (/* binding */ parsePe),
/* harmony export */   tK: () => (/* binding */ PE_MACHINES)
/* harmony export */ });
/* unused harmony exports IMAGE_SCN_CNT_INITIALIZED_DATA, IMAGE_SCN_ALIGN_32BYTES, IMAGE_SCN_MEM_READ, IMAGE_SCN_MEM_WRITE */
/* harmony import */ var _binary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9968);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4846);
/**
 * PE/COFF facts: machine, PE32/PE32+, subsystem, characteristics, sections
 * (long names resolved through the COFF string table), COFF symbols, and the
 * imported DLLs. Structure as Go's debug/pe.
 */


const MAX_SECTIONS = 4096;
const MAX_IMPORTS = 1024;
const MAX_STRTAB = 1024 * 1024;
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
    const dos = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(0, 64, 'DOS header'), true, 'DOS header');
    const peOff = dos.u32(0x3c);
    const sig = await r.bytes(peOff, 4, 'PE signature');
    if (sig.readUInt32BE(0) !== 0x50450000)
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF('MZ file without a PE signature (not a PE executable)');
    const coff = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(peOff + 4, 20, 'COFF header'), true, 'COFF header');
    const nsects = coff.u16(2);
    const symOff = coff.u32(8);
    const nsyms = coff.u32(12);
    const optSize = coff.u16(16);
    if (nsects > MAX_SECTIONS)
        throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`PE header claims ${nsects} sections`);
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
        const opt = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(await r.bytes(optOff, optSize, 'PE optional header'), true, 'optional header');
        facts.magic = opt.u16(0);
        if (facts.magic !== 0x10b && facts.magic !== 0x20b)
            throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`PE optional header magic 0x${facts.magic.toString(16)} is neither PE32 nor PE32+`);
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
        const s = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(table.subarray(i * 40, i * 40 + 40), true, `section ${i}`);
        let name = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .fixedString */ .o9)(table, i * 40, 8);
        if (/^\/\d+$/.test(name)) {
            if (strtab === null && symOff !== 0) {
                const lenBuf = await r.bytes(strtabOff, 4, 'COFF string table');
                const len = lenBuf.readUInt32LE(0);
                if (len > MAX_STRTAB)
                    throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`COFF string table claims ${len} bytes`);
                strtab = await r.bytes(strtabOff, Math.max(4, len), 'COFF string table');
            }
            const resolved = strtab ? (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .cString */ .ry)(strtab, Number(name.slice(1)), 256) : null;
            if (resolved === null)
                throw new _reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`PE section ${i} name ${name} is outside the COFF string table`);
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
    facts.truncated = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .beyondEnd */ .D6)(r.size, [
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
        const d = new _binary_js__WEBPACK_IMPORTED_MODULE_0__/* .Fields */ .C8(table.subarray(i, i + 20), true, 'import descriptor');
        const nameRva = d.u32(12);
        if (nameRva === 0 && d.u32(0) === 0 && d.u32(16) === 0)
            break;
        const nameOff = rvaToOffset(f, nameRva);
        const name = nameOff === null ? null : (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .cString */ .ry)(await r.upTo(nameOff, 256, 'PE import name'), 0, 255);
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
    return f.sections.some(s => (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .isDwarfName */ ._s)(s.name));
}


/***/ }),

/***/ 4846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ ReadError),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   Tq: () => (/* binding */ openFile),
/* harmony export */   _r: () => (/* binding */ BufferSource),
/* harmony export */   mP: () => (/* binding */ Reader)
/* harmony export */ });
/* unused harmony export MAX_READ */
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
