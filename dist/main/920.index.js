export const id = 920;
export const ids = [920];
export const modules = {

/***/ 9920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kS: () => (/* reexport */ failedReport),
  readSliceBuildInfo: () => (/* binding */ readSliceBuildInfo),
  RV: () => (/* binding */ verifyBytes),
  verifyFile: () => (/* binding */ verifyFile),
  F4: () => (/* binding */ verifyFileForTargets),
  verifyFileResult: () => (/* binding */ verifyFileResult)
});

// UNUSED EXPORTS: FormatError, ReadError, formatTable

// EXTERNAL MODULE: ./src/targets/table.ts
var table = __webpack_require__(7086);
// EXTERNAL MODULE: ./src/verify/inspect.ts + 2 modules
var inspect = __webpack_require__(817);
// EXTERNAL MODULE: ./src/verify/elf.ts
var elf = __webpack_require__(3280);
// EXTERNAL MODULE: ./src/verify/pe.ts
var pe = __webpack_require__(666);
// EXTERNAL MODULE: ./src/verify/macho.ts
var macho = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/toolchain/go-version.ts
var go_version = __webpack_require__(5444);
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
    const v = (0,go_version/* leadingGoVersion */.b)(rest);
    const release = v ? `go${v.text}` : undefined;
    // The release is only what is followed by nothing, a +suffix, or -suffix/space (vendor builds).
    if (!release || !/^(?:$|[+ -])/.test(rest.slice(release.length)))
        return { raw, release: undefined, devel: false, experiments };
    return { raw, release, devel: false, experiments };
}
/** Minor version (27 for go1.27.4), or null when the version is not a release. */
function buildMinor(v) {
    const parsed = v.release ? (0,go_version/* leadingGoVersion */.b)(v.release) : undefined;
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
        return { goos: (0,table/* goosForElfOsabi */.Jv)(e.osabi), goarch: (0,table/* goarchForElf */.rU)(e.machine, e.bits, e.endian) };
    }
    if (ins.macho)
        return {
            goos: ins.macho.platform === 2 ? 'ios' : 'darwin',
            goarch: (0,table/* goarchForMachoCpu */.YM)(ins.macho.cpu)
        };
    if (ins.pe)
        return { goos: 'windows', goarch: (0,table/* goarchForPeMachine */.O1)(ins.pe.machine) };
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
    const expected = wanted ? (0,table/* targetFacts */.hz)(wanted.goos, wanted.goarch) : undefined;
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
            add('machine', 'error', `built for ${(0,table/* elfMachineName */.E5)(e.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (t.elfOsabi !== undefined && e.osabi !== t.elfOsabi) {
            add('osabi', 'error', `ELF OS/ABI is ${e.osabi} (${table/* OSABI_NAMES */.is[e.osabi] ?? 'unknown'})${foundName}, ${byTarget} ${t.elfOsabi} (${table/* OSABI_NAMES */.is[t.elfOsabi]}, ${t.goos})`);
        }
    }
    else if (ins.macho) {
        const m = ins.macho;
        if (m.cpu !== t.machoCpu) {
            const have = ins.fat
                ? `a fat file with ${ins.fat.arches.map(a => macho/* MACHO_CPUS */.Ji[a.cpu] ?? a.cpu).join(', ')}`
                : `built for ${macho/* MACHO_CPUS */.Ji[m.cpu] ?? `cpu 0x${m.cpu.toString(16)}`}${foundName}`;
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
        if (e.type !== elf.ET.EXEC && e.type !== elf.ET.DYN)
            add('type', 'error', `is an ELF ${elf/* ELF_TYPES */.gh[e.type]?.what ?? `type ${e.type}`}, not an executable`);
        if (e.type === elf.ET.DYN && settings['-buildmode'] === 'c-shared')
            add('type', 'error', 'is a shared library (-buildmode=c-shared), not an executable');
        if (opts.cgo)
            return;
        if (goosNow && table/* ALWAYS_DYNAMIC_GOOS */.JZ.has(goosNow)) {
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
        if (c & pe/* IMAGE_FILE_DLL */.A2)
            add('type', 'error', 'is a DLL, not an executable');
        else if (!(c & pe/* IMAGE_FILE_EXECUTABLE_IMAGE */.of))
            add('type', 'error', 'is not marked executable (IMAGE_FILE_EXECUTABLE_IMAGE unset)');
    }
}
function strippedChecks(ins, add) {
    let symbols = false;
    let dwarf = false;
    let symWhere = '';
    if (ins.elf) {
        symbols = !(0,inspect/* elfStripped */.vL)(ins.elf);
        dwarf = (0,inspect/* elfDwarf */.i7)(ins.elf);
        symWhere = 'a symbol table (.symtab)';
    }
    else if (ins.macho) {
        symbols = (0,macho/* machoOwnSymbols */.w5)(ins.macho) > 0;
        dwarf = (0,inspect/* machoHasDwarf */.dW)(ins.macho);
        symWhere = `${(0,macho/* machoOwnSymbols */.w5)(ins.macho)} symbols beyond its imports (LC_SYMTAB)`;
    }
    else if (ins.pe) {
        symbols = ins.pe.nsyms > 0;
        dwarf = (0,pe/* peHasDwarf */.qt)(ins.pe);
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
    const name = (0,table/* archInfo */.RS)(goarch)?.variantVar;
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
    const arch = (0,table/* goarchForPeMachine */.O1)(machine);
    return arch ? ((0,table/* archInfo */.RS)(arch)?.machineName ?? arch) : `PE machine 0x${machine.toString(16)}`;
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

// EXTERNAL MODULE: ./src/targets/parse.ts
var parse = __webpack_require__(5701);
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
        message: `${what}; not one of the targets ${targets.map(parse/* formatTarget */.P4).join(', ')}`
    };
}

// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
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
    'reproducible',
    'image'
]));
/** The report of a file that could not be looked at: one finding says why. */
function failedReport(path, finding, size = null) {
    return {
        path,
        size,
        ok: false,
        format: null,
        goos: null,
        goarch: null,
        elf: null,
        macho: null,
        pe: null,
        go: null,
        findings: [finding]
    };
}
function elfReport(ins) {
    const f = ins.elf;
    if (!f)
        return null;
    return {
        class: f.bits,
        endian: f.endian,
        machine: f.machine,
        machineName: (0,table/* elfMachineName */.E5)(f.machine),
        osabi: f.osabi,
        type: elf/* ELF_TYPES */.gh[f.type]?.name ?? `0x${f.type.toString(16)}`,
        flags: f.flags,
        interpreter: f.interpreter,
        needed: f.needed,
        stripped: (0,inspect/* elfStripped */.vL)(f),
        dwarf: (0,inspect/* elfDwarf */.i7)(f),
        goBuildId: f.goBuildId,
        gnuBuildId: f.gnuBuildId
    };
}
const cpuName = (cpu) => macho/* MACHO_CPUS */.Ji[cpu] ?? `cpu 0x${cpu.toString(16)}`;
function machoReport(ins) {
    const f = ins.macho;
    if (!f)
        return null;
    return {
        bits: f.bits,
        endian: f.endian,
        cpu: f.cpu,
        cpuName: cpuName(f.cpu),
        type: macho/* MACHO_FILETYPES */.xI[f.filetype] ?? `filetype ${f.filetype}`,
        flags: f.flags,
        dylibs: f.dylibs,
        stripped: (0,macho/* machoOwnSymbols */.w5)(f) === 0,
        dwarf: (0,inspect/* machoHasDwarf */.dW)(f),
        arches: ins.fat
            ? ins.fat.facts.map(a => ({
                cpu: a.cpu,
                cpuName: cpuName(a.cpu),
                bits: a.bits,
                type: macho/* MACHO_FILETYPES */.xI[a.filetype] ?? `filetype ${a.filetype}`,
                stripped: (0,macho/* machoOwnSymbols */.w5)(a) === 0,
                dwarf: (0,inspect/* machoHasDwarf */.dW)(a)
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
        machineName: pe/* PE_MACHINES */.tK[f.machine] ?? `machine 0x${f.machine.toString(16)}`,
        magic: f.magic === 0x20b ? 'PE32+' : f.magic === 0x10b ? 'PE32' : null,
        type: f.characteristics & pe/* IMAGE_FILE_DLL */.A2
            ? 'dll'
            : f.characteristics & pe/* IMAGE_FILE_EXECUTABLE_IMAGE */.of
                ? 'exec'
                : 'object',
        subsystem: f.subsystem,
        subsystemName: pe/* PE_SUBSYSTEMS */.jo[f.subsystem] ?? `subsystem ${f.subsystem}`,
        imports: f.dlls.length > 0,
        dlls: f.dlls,
        stripped: f.nsyms === 0,
        dwarf: (0,pe/* peHasDwarf */.qt)(f)
    };
}
/** The sections with their sizes, in header order; unnamed (index 0) and empty ones left out. */
function sectionSizes(ins) {
    if (ins.elf)
        return ins.elf.sections
            .filter(s => s.name && s.size > 0)
            .map(s => ({ name: s.name, size: s.size }));
    if (ins.macho)
        return ins.macho.sections
            .filter(s => s.size > 0)
            .map(s => ({ name: `${s.segment},${s.name}`, size: s.size }));
    if (ins.pe)
        return ins.pe.sections
            .map(s => ({ name: s.name, size: s.virtualSize || s.rawSize }))
            .filter(s => s.name && s.size > 0);
    return [];
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
    // File names, build-info strings and finding text are untrusted: the table is
    // often printed into a CI log, where a raw newline, `::` or ESC is a command.
    const rows = reports.map(r => [
        r.ok ? 'ok' : 'FAIL',
        r.path,
        r.format ?? '-',
        r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '-',
        r.go?.version ?? '-',
        summary(r)
    ].map(untrusted));
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
            out.push(`    ${f.severity === 'error' ? 'error' : 'warn '} ${f.check}: ${untrusted(f.message)}`);
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
        const ins = await (0,inspect/* inspect */.Nn)(r, (0,table/* archInfo */.RS)(goarch)?.machoCpu);
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
    const names = ins.fat?.arches.map(a => macho/* MACHO_CPUS */.Ji[a.cpu] ?? `cpu 0x${a.cpu.toString(16)}`) ?? [];
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
    return (UNIVERSAL_SLICE_ARCHES.find(a => (0,table/* archInfo */.RS)(a)?.machoCpu === cpu) ??
        macho/* MACHO_CPUS */.Ji[cpu] ??
        String(cpu));
}
/**
 * Every slice's Go build info of a fat Mach-O, in file order, each named by
 * its GOARCH; undefined for any other file. A universal binary is two
 * programs: what one slice links (a `//go:build arm64` import) the other
 * may not, so a description of the file needs them all.
 */
async function sliceBuildInfo(r) {
    const first = await (0,inspect/* inspect */.Nn)(r);
    if (!first.fat)
        return undefined;
    const out = [];
    for (const [i, arch] of first.fat.arches.entries()) {
        const ins = await (0,inspect/* inspect */.Nn)(r, arch.cpu);
        out.push({ goarch: sliceGoarch(first, i), go: goReport(ins) });
    }
    return out;
}

// EXTERNAL MODULE: ./src/verify/reader.ts
var verify_reader = __webpack_require__(4846);
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
        source = await (0,verify_reader/* openFile */.Tq)(path);
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
/**
 * Each slice's build info when the file is a fat Mach-O (undefined for any
 * other file, and for one that cannot be read: verification reports that).
 */
async function readSliceBuildInfo(path) {
    const source = await (0,verify_reader/* openFile */.Tq)(path).catch(() => undefined);
    if (!source)
        return undefined;
    try {
        return await sliceBuildInfo(new verify_reader/* Reader */.mP(source));
    }
    catch {
        return undefined;
    }
    finally {
        await source.close().catch(() => undefined);
    }
}
/** Verifies bytes already in memory (fuzzing and tests use it; same code path after the open). */
async function verifyBytes(path, data, options = {}) {
    return (await verifySource(path, new verify_reader/* BufferSource */._r(data), options, performance.now())).report;
}
async function verifySource(path, source, options, started) {
    const reader = new verify_reader/* Reader */.mP(source);
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
                sections: sectionSizes(u.ins),
                findings: u.findings
            };
            return withStats(report, reader, source.size, started, false);
        }
        const preferCpu = t
            ? ((0,table/* targetFacts */.hz)(t.goos, t.goarch)?.machoCpu ?? (0,table/* archInfo */.RS)(t.goarch)?.machoCpu)
            : undefined;
        const ins = await (0,inspect/* inspect */.Nn)(reader, preferCpu);
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
            sections: sectionSizes(ins),
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
    const message = err instanceof verify_reader/* ReadError */.F_
        ? err.message
        : `${path}: cannot read (${err?.message ?? String(err)})`;
    const report = failedReport(path, { check: 'read', severity: 'error', message }, size || null);
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


/***/ })

};
