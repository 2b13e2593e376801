export const id = 643;
export const ids = [643];
export const modules = {

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareRebuilds: () => (/* binding */ compareRebuilds),
  describeCopy: () => (/* binding */ describeCopy),
  rebuildFailed: () => (/* binding */ rebuildFailed)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/verify/macho.ts
var macho = __webpack_require__(8823);
;// CONCATENATED MODULE: ./src/release/reproduce.ts

/** File ranges of an inspected binary's sections (fat Mach-O: every slice's, by absolute offset). */
function sectionRanges(ins) {
    if (ins.elf)
        // SHT_NOBITS (8) sections take no file bytes.
        return ins.elf.sections
            .filter(s => s.type !== 8 && s.size > 0 && s.name)
            .map(s => ({ name: s.name, offset: s.offset, size: s.size }));
    if (ins.fat)
        return ins.fat.facts.flatMap((f, i) => {
            const base = ins.fat.arches[i].offset;
            const arch = macho/* MACHO_CPUS */.Ji[ins.fat.arches[i].cpu] ?? `slice ${i}`;
            return [
                { name: `${arch} slice`, offset: base, size: ins.fat.arches[i].size },
                ...f.sections
                    .filter(s => s.offset > 0 && s.size > 0)
                    .map(s => ({
                    name: `${arch} ${s.segment},${s.name}`,
                    offset: base + s.offset,
                    size: s.size
                }))
            ];
        });
    if (ins.macho)
        return ins.macho.sections
            .filter(s => s.offset > 0 && s.size > 0)
            .map(s => ({ name: `${s.segment},${s.name}`, offset: s.offset, size: s.size }));
    if (ins.pe)
        return ins.pe.sections
            .filter(s => s.rawSize > 0)
            .map(s => ({ name: s.name, offset: s.rawOffset, size: s.rawSize }));
    return [];
}
/** The innermost named range holding `offset`, or where it falls between them. */
function locate(ranges, offset) {
    const holding = ranges
        .filter(r => offset >= r.offset && offset < r.offset + r.size)
        .sort((a, b) => a.size - b.size);
    if (holding.length) {
        const r = holding[0];
        return `section ${r.name} (+0x${(offset - r.offset).toString(16)})`;
    }
    return 'headers or padding outside any section';
}
/** The first section (by file offset) whose bytes differ between the two files. */
function firstDifferingSection(ranges, a, b) {
    for (const r of [...ranges].sort((x, y) => x.offset - y.offset || y.size - x.size)) {
        const end = r.offset + r.size;
        const i = firstDifference(a.subarray(r.offset, end), b.subarray(r.offset, end));
        if (i >= 0)
            return `section ${r.name} (+0x${i.toString(16)})`;
    }
    return undefined;
}
/** First index where two buffers differ; -1 when equal. */
function firstDifference(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
            return i;
    return a.length === b.length ? -1 : n;
}
/** Build settings whose values differ (or exist in one build only), as `key: a -> b`. */
function settingsDiff(a, b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys
        .filter(k => a[k] !== b[k])
        .map(k => `${k}: ${a[k] ?? '(unset)'} -> ${b[k] ?? '(unset)'}`);
}
/** The finding's message. */
function describeDifference(d) {
    const size = d.sizes[0] === d.sizes[1] ? '' : ` (sizes ${d.sizes[0]} and ${d.sizes[1]} bytes)`;
    const settings = d.settings.length
        ? `; build settings that differ: ${d.settings.join(', ')}`
        : '; the build settings are the same';
    const section = d.section && d.section !== d.where ? `; first differing ${d.section}` : '';
    return `not reproducible: a rebuild from the same sources in a fresh GOCACHE under another path differs first at offset 0x${d.offset.toString(16)}, in ${d.where}${section}${size}${settings}`;
}

// EXTERNAL MODULE: ./src/release/write.ts
var write = __webpack_require__(906);
// EXTERNAL MODULE: ./src/verify/inspect.ts + 2 modules
var inspect = __webpack_require__(817);
// EXTERNAL MODULE: ./src/verify/reader.ts
var reader = __webpack_require__(4846);
// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
;// CONCATENATED MODULE: ./src/run/reproduce-step.ts







/**
 * Compares each artifact with its rebuild (matched by package): equal
 * SHA-256, or an error finding naming the first differing section and the
 * build settings that differ.
 */
async function compareRebuilds(original, rebuilt) {
    const out = new Map();
    for (const a of original) {
        const b = rebuilt.find(x => x.importPath === a.importPath);
        if (!b) {
            out.set(a.file, {
                check: 'reproducible',
                severity: 'error',
                message: `not reproducible: the rebuild produced no ${a.importPath}`
            });
            continue;
        }
        const [ha, hb] = [await (0,write/* sha256File */.Q)(a.file), await (0,write/* sha256File */.Q)(b.file)];
        if (ha === hb) {
            out.set(a.file, {
                check: 'reproducible',
                severity: 'info',
                message: `reproducible: a rebuild in a fresh GOCACHE under another path has the same SHA-256 (${ha})`
            });
            continue;
        }
        out.set(a.file, {
            check: 'reproducible',
            severity: 'error',
            message: await explain(a.file, b.file)
        });
    }
    return out;
}
async function explain(a, b) {
    // Our own two builds of one package: small enough to compare in memory.
    const [da, db] = [await (0,promises_.readFile)(a), await (0,promises_.readFile)(b)];
    const offset = firstDifference(da, db);
    const [ia, ib] = [await inspectFile(a), await inspectFile(b)];
    const ranges = sectionRanges(ia);
    const message = describeDifference({
        offset,
        where: locate(ranges, offset),
        section: firstDifferingSection(ranges, da, db),
        sizes: [da.length, db.length],
        settings: settingsDiff(ia.go?.mod.settings ?? {}, ib.go?.mod.settings ?? {})
    });
    core/* info */.pq(message);
    return message;
}
async function inspectFile(file) {
    const source = await (0,reader/* openFile */.Tq)(file);
    try {
        return await (0,inspect/* inspect */.Nn)(new reader/* Reader */.mP(source));
    }
    finally {
        await source.close();
    }
}
/** A rebuild that could not run (copy, build): one error finding per artifact, the cause in one line. */
function rebuildFailed(artifacts, err) {
    const message = (0,log_escape/* line */.n8) `not reproducible: the rebuild could not run (${err?.message ?? String(err)})`;
    core/* error */.z3(message);
    return new Map(artifacts.map(a => [a.file, { check: 'reproducible', severity: 'error', message }]));
}
/** One info line: what the copy holds and what it left out, and what it cost. */
function describeCopy(c) {
    const left = [
        c.skippedDirs.length ? `${c.skippedDirs.length} VCS/node_modules dir(s)` : '',
        c.skippedSpecial.length ? `${c.skippedSpecial.length} FIFO/socket/device file(s)` : ''
    ].filter(Boolean);
    const repos = c.repos.length
        ? `; git stamp from ${c.repos.map(r => r || 'the workspace').join(', ')} (objects shared, not copied)`
        : '';
    return (0,log_escape/* line */.n8) `reproducible: copied ${c.files} file(s), ${(c.bytes / 1048576).toFixed(1)} MiB in ${c.ms} ms${left.length ? `, left out ${left.join(' and ')}` : ''}${repos}`;
}


/***/ })

};
