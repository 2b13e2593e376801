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


/***/ })

};
