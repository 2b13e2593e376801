export const id = 290;
export const ids = [290,274];
export const modules = {

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   qj: () => (/* binding */ overBudget),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _inputs_size_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7748);

/** The growth over budget of one artifact, as one line; null when within it. */
function overBudget(a, budget) {
    if (!a.size || a.status === 'gone' || a.status === 'new' || a.size.delta <= 0)
        return null;
    const { delta, percent } = a.size;
    const grew = `grew by ${formatBytes(delta, true)}${percent === null ? '' : ` (${formatPercent(percent)})`}`;
    if (budget.kind === 'percent') {
        if (percent === null || percent <= budget.value)
            return null;
    }
    else if (delta <= budget.value)
        return null;
    return `${a.name} (${a.target}) ${grew}, over the size budget of ${budget.text}`;
}
/** 1536 -> "1.5 KiB"; with sign, "+1.5 KiB" / "-12 B". */
function formatBytes(n, sign = false) {
    const s = sign ? (n > 0 ? '+' : n < 0 ? '-' : '±') : n < 0 ? '-' : '';
    const a = Math.abs(n);
    if (a < 1024)
        return `${s}${a} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = a / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${s}${v.toFixed(1)} ${units[i]}`;
}
function formatPercent(p) {
    return `${p > 0 ? '+' : ''}${p.toFixed(1)}%`;
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ BASELINE_SCHEMA),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   qx: () => (/* binding */ factsFromReport)
/* harmony export */ });
/* unused harmony exports baseName, factsProblem, factsFromReportJson */
const BASELINE_SCHEMA = 'setup-go-cross-baseline/1';
/** Base name on either separator: reports from Windows runners use backslashes. */
function baseName(p) {
    return p.split(/[\\/]/).pop() ?? p;
}
function factsFromReport(r, sha256 = null) {
    const sections = {};
    for (const s of r.sections ?? [])
        sections[s.name] = (sections[s.name] ?? 0) + s.size;
    return {
        name: baseName(r.path),
        path: r.path,
        target: r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '',
        size: r.size ?? 0,
        sha256,
        sections,
        go: r.go
            ? {
                version: r.go.version,
                path: r.go.path,
                main: r.go.main,
                deps: r.go.deps,
                settings: r.go.settings
            }
            : null
    };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === 'string';
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Why `v` is not a Module (null when it is). */
function moduleProblem(v, where, depth = 0) {
    if (!isObject(v) || !isString(v.path) || !isString(v.version) || !isString(v.sum))
        return `${where} is not {path, version, sum}`;
    if (v.replace !== undefined) {
        if (depth > 0)
            return `${where}.replace is nested`;
        return moduleProblem(v.replace, `${where}.replace`, 1);
    }
    return null;
}
const stringMap = (v) => isObject(v) && Object.values(v).every(isString);
/** Why `v` is not ArtifactFacts (null when it is). */
function factsProblem(v, where) {
    if (!isObject(v))
        return `${where} is not an object`;
    if (!isString(v.name) || !isString(v.path) || !isString(v.target))
        return `${where} lacks name, path or target`;
    if (!isCount(v.size))
        return `${where}.size is not a byte count`;
    if (v.sha256 !== null && !(isString(v.sha256) && /^[0-9a-f]{64}$/.test(v.sha256)))
        return `${where}.sha256 is not a SHA-256`;
    if (!isObject(v.sections) || !Object.values(v.sections).every(isCount))
        return `${where}.sections is not a map of sizes`;
    if (v.go !== null) {
        const g = v.go;
        if (!isObject(g) || !isString(g.version))
            return `${where}.go has no version`;
        if (g.path !== null && !isString(g.path))
            return `${where}.go.path is not a string`;
        if (g.main !== null) {
            const p = moduleProblem(g.main, `${where}.go.main`);
            if (p)
                return p;
        }
        if (!Array.isArray(g.deps))
            return `${where}.go.deps is not a list`;
        for (const [i, d] of g.deps.entries()) {
            const p = moduleProblem(d, `${where}.go.deps[${i}]`);
            if (p)
                return p;
        }
        if (!stringMap(g.settings))
            return `${where}.go.settings is not a map of strings`;
    }
    return null;
}
/** Parses a stored baseline; throws one line saying what is wrong with it. */
function parseBaseline(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new Error('not JSON');
    }
    if (!isObject(v))
        throw new Error('not an object');
    if (v.schema !== BASELINE_SCHEMA)
        throw new Error(`schema is ${JSON.stringify(v.schema)}, not ${BASELINE_SCHEMA}`);
    if (!isString(v.ref) || !isString(v.sha) || !isString(v.target) || !isString(v.createdAt))
        throw new Error('lacks ref, sha, target or createdAt');
    if (!Array.isArray(v.artifacts))
        throw new Error('artifacts is not a list');
    for (const [i, a] of v.artifacts.entries()) {
        const p = factsProblem(a, `artifacts[${i}]`);
        if (p)
            throw new Error(p);
    }
    return v;
}
/**
 * The reports of a verify JSON report ({"files":[...]}), checked just enough
 * to compare (each file: path, size, optional go and sections); throws one
 * line naming what is wrong.
 */
function factsFromReportJson(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new Error('is not JSON');
    }
    if (!isObject(v) || !Array.isArray(v.files))
        throw new Error('is not a report ({"files":[...]})');
    return v.files.map((f, i) => {
        const where = `files[${i}]`;
        if (!isObject(f) || !isString(f.path))
            throw new Error(`${where} has no path`);
        if (f.size !== null && !isCount(f.size))
            throw new Error(`${where}.size is not a byte count`);
        if (f.goos !== null && f.goos !== undefined && !isString(f.goos))
            throw new Error(`${where}.goos is not a string`);
        if (f.goarch !== null && f.goarch !== undefined && !isString(f.goarch))
            throw new Error(`${where}.goarch is not a string`);
        if (f.sections !== undefined) {
            if (!Array.isArray(f.sections) ||
                !f.sections.every(s => isObject(s) && isString(s.name) && isCount(s.size)))
                throw new Error(`${where}.sections is not a list of {name, size}`);
        }
        const facts = factsFromReport(f);
        const problem = factsProblem(facts, where);
        if (problem)
            throw new Error(problem);
        return facts;
    });
}


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ comparisonText),
/* harmony export */   nP: () => (/* binding */ comparisonHtml),
/* harmony export */   r6: () => (/* binding */ moduleLine),
/* harmony export */   yg: () => (/* binding */ targetsHtml),
/* harmony export */   zo: () => (/* binding */ targetsCompactHtml)
/* harmony export */ });
/* unused harmony export moduleChangesOf */
/* harmony import */ var _log_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1967);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/**
 * A comparison for people: the job summary's "Compared with base" section
 * (HTML, every untrusted value escaped by log/escape.ts) and the CLI's text.
 */


const ICON = {
    added: '➕',
    removed: '➖',
    upgraded: '⬆️',
    downgraded: '⬇️',
    replaced: '🔀',
    're-replaced': '🔀',
    unreplaced: '↩️',
    changed: '✳️'
};
const shortSha = (sha) => sha.slice(0, 7);
function sizeCells(s) {
    if (!s)
        return ['–', '–', '–'];
    return [
        s.base ? (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(s.base) : '–',
        s.head ? (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(s.head) : '–',
        `${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(s.delta, true)}${s.percent === null ? '' : ` (${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(s.percent)})`}`
    ];
}
function status(a) {
    return a.status === 'new'
        ? 'new'
        : a.status === 'gone'
            ? 'gone'
            : a.status === 'unchanged'
                ? 'same'
                : 'changed';
}
const table = (head, rows) => `<table><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>${rows
    .map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>\n`;
function moduleLine(m) {
    const from = m.basePath ? `${m.basePath} ${m.base}` : m.base;
    switch (m.change) {
        case 'added':
            return `${m.path} ${m.head}`;
        case 'removed':
            return `${m.path} ${m.base}`;
        default:
            return `${m.path}: ${from} → ${m.head}${m.note ? ` (${m.note})` : ''}`;
    }
}
/** The "Compared with base" section for the job summary (HTML). */
function comparisonHtml(targets) {
    return `<h3>Compared with base</h3>\n${targetsHtml(targets)}`;
}
/** One table per target, then its findings and module changes (HTML). */
function targetsHtml(targets) {
    let out = '';
    for (const t of targets) {
        out += (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `<h4>${t.target}</h4>\n<p>Baseline: <code>${t.base.ref}</code> @ <code>${shortSha(t.base.sha)}</code>`;
        out +=
            t.base.how === 'exact'
                ? ' (the base commit)</p>\n'
                : ' (newest baseline of the base branch; none for the base commit)</p>\n';
        const rows = t.comparison.artifacts.map(a => [
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `<code>${a.name}</code>`,
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(status(a)),
            ...sizeCells(a.size).map(_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy),
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(a.sections
                .slice(0, 4)
                .map(s => `${s.name} ${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(s.delta, true)}`)
                .join(', ') || '–')
        ]);
        out += table(['artifact', '', 'base', 'this build', 'Δ size', 'sections moved'], rows);
        const items = [];
        for (const a of t.comparison.artifacts) {
            const tag = t.comparison.artifacts.length > 1 ? (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `<code>${a.name}</code>: ` : '';
            if (a.goVersion)
                items.push(`${tag}Go ${(0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `${a.goVersion.base ?? '–'} → ${a.goVersion.head ?? '–'}`}`);
            for (const s of a.settings)
                items.push(`${tag}build setting ${(0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `<code>${s.key}</code>: ${s.base ?? '(unset)'} → ${s.head ?? '(unset)'}`}`);
        }
        for (const line of t.overBudget)
            items.push(`${t.budgetSeverity === 'error' ? '❌' : '⚠️'} ${(0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(line)}`);
        if (items.length)
            out += `<ul>${items.map(i => `<li>${i}</li>`).join('')}</ul>\n`;
        const modules = moduleChangesOf(t.comparison);
        if (modules.length) {
            out += '<p><b>Linked modules</b></p>\n<ul>';
            for (const m of modules)
                out += `<li>${ICON[m.change]} ${(0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(m.change)} ${(0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `<code>${moduleLine(m)}</code>`}</li>`;
            out += '</ul>\n';
        }
    }
    return out;
}
/** The size change and number of module changes per target: the short form when the long one is too big. */
function targetsCompactHtml(targets) {
    const rows = targets.map(t => {
        const total = t.comparison.total;
        return [
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlLine */ .mJ) `<code>${t.target}</code>`,
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(`${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(total.delta, true)}${total.percent === null ? '' : ` (${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(total.percent)})`}`),
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(String(moduleChangesOf(t.comparison).length)),
            (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(t.overBudget.length ? `${t.overBudget.length} over size-budget` : '–')
        ];
    });
    return table(['target', 'Δ size', 'module changes', 'budget'], rows);
}
/** The module changes of a target's artifacts, once each (every artifact links the same set, usually). */
function moduleChangesOf(c) {
    const seen = new Set();
    const out = [];
    for (const a of c.artifacts) {
        if (a.status === 'new')
            continue;
        for (const m of a.modules) {
            const key = `${m.change}\u0000${m.path}\u0000${m.base}\u0000${m.head}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(m);
        }
    }
    return out;
}
/** The CLI's text: one line per artifact, then what changed in it. */
function comparisonText(c, baseName) {
    const out = [`Compared with ${baseName}:`];
    for (const a of c.artifacts) {
        const [b, h, d] = sizeCells(a.size);
        out.push(`  ${status(a).padEnd(7)} ${a.name} (${a.target || '?'})  ${b} -> ${h}  ${d}`);
        for (const s of a.sections.slice(0, 6))
            out.push(`    section ${s.name}: ${s.base ?? '-'} -> ${s.head ?? '-'} (${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(s.delta, true)})`);
        if (a.goVersion)
            out.push(`    go: ${a.goVersion.base ?? '-'} -> ${a.goVersion.head ?? '-'}`);
        for (const s of a.settings)
            out.push(`    setting ${s.key}: ${s.base ?? '(unset)'} -> ${s.head ?? '(unset)'}`);
        if (a.status !== 'new')
            for (const m of a.modules)
                out.push(`    ${m.change} ${moduleLine(m)}`);
    }
    const t = c.total;
    out.push(`  total (artifacts in both): ${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(t.delta, true)}${t.percent === null ? '' : ` (${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(t.percent)})`}`);
    // Module paths, names and settings come from the binaries: one visible line each.
    return out.map(l => (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .guardLine */ .Ql)((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(l))).join('\n');
}


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareStage: () => (/* binding */ compareStage)
});

// UNUSED EXPORTS: requireLine, runnerOs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
// EXTERNAL MODULE: ./src/targets/parse.ts
var parse = __webpack_require__(5701);
// EXTERNAL MODULE: ./src/compare/budget.ts
var budget = __webpack_require__(3386);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/compare/diff.ts
/**
 * The pure comparison of two builds: artifacts matched by name and target;
 * per artifact the size delta, the sections that moved, the linked modules
 * added / removed / upgraded / downgraded / (re-)replaced, a Go version
 * change and changed build settings. Versions are ordered as Go orders
 * them (semver, pseudo-versions as prereleases, +incompatible ignored).
 */

/** Settings that change with every commit: a difference there says nothing about the PR. */
const VOLATILE_SETTINGS = new Set(['vcs.revision', 'vcs.time']);
const matchKey = (a) => `${a.target}\u0000${a.name}`;
function compareBuilds(base, head) {
    const baseBy = new Map(base.map(a => [matchKey(a), a]));
    const headKeys = new Set(head.map(matchKey));
    const artifacts = [];
    for (const h of head) {
        const b = baseBy.get(matchKey(h));
        artifacts.push(b ? compareArtifact(b, h) : newArtifact(h));
    }
    for (const b of base)
        if (!headKeys.has(matchKey(b)))
            artifacts.push(goneArtifact(b));
    const both = artifacts.filter(a => a.size && a.status !== 'new' && a.status !== 'gone');
    return {
        artifacts,
        total: sizeDelta(both.reduce((n, a) => n + (a.size?.base ?? 0), 0), both.reduce((n, a) => n + (a.size?.head ?? 0), 0))
    };
}
function sizeDelta(base, head) {
    const delta = head - base;
    return {
        base,
        head,
        delta,
        percent: base > 0 ? Math.round((delta / base) * 10000) / 100 : null
    };
}
function compareArtifact(b, h) {
    const sections = compareSections(b.sections, h.sections);
    const modules = compareModules(b.go?.deps ?? [], h.go?.deps ?? []);
    const goVersion = (b.go?.version ?? null) !== (h.go?.version ?? null)
        ? { base: b.go?.version ?? null, head: h.go?.version ?? null }
        : null;
    const settings = compareSettings(b.go?.settings ?? {}, h.go?.settings ?? {});
    const size = sizeDelta(b.size, h.size);
    const same = size.delta === 0 &&
        (b.sha256 === null || h.sha256 === null || b.sha256 === h.sha256) &&
        !sections.length &&
        !modules.length &&
        !goVersion &&
        !settings.length;
    return {
        name: h.name,
        target: h.target,
        status: same ? 'unchanged' : 'changed',
        path: h.path,
        size,
        sections,
        modules,
        goVersion,
        settings
    };
}
function newArtifact(h) {
    return {
        name: h.name,
        target: h.target,
        status: 'new',
        path: h.path,
        size: sizeDelta(0, h.size),
        sections: [],
        modules: (h.go?.deps ?? []).map(d => ({
            change: 'added',
            path: d.path,
            base: null,
            head: moduleVersion(d)
        })),
        goVersion: null,
        settings: []
    };
}
function goneArtifact(b) {
    return {
        name: b.name,
        target: b.target,
        status: 'gone',
        path: b.path,
        size: sizeDelta(b.size, 0),
        sections: [],
        modules: [],
        goVersion: null,
        settings: []
    };
}
function compareSections(base, head) {
    const names = [...new Set([...Object.keys(base), ...Object.keys(head)])];
    return names
        .map(name => {
        const b = Object.hasOwn(base, name) ? base[name] : null;
        const h = Object.hasOwn(head, name) ? head[name] : null;
        return { name, base: b, head: h, delta: (h ?? 0) - (b ?? 0) };
    })
        .filter(s => s.delta !== 0 || (s.base === null) !== (s.head === null))
        .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name));
}
function compareSettings(base, head) {
    const keys = [...new Set([...Object.keys(base), ...Object.keys(head)])].filter(k => !VOLATILE_SETTINGS.has(k));
    return keys
        .map(key => ({
        key,
        base: Object.hasOwn(base, key) ? base[key] : null,
        head: Object.hasOwn(head, key) ? head[key] : null
    }))
        .filter(s => s.base !== s.head)
        .sort((x, y) => x.key.localeCompare(y.key));
}
/** A module as `go version -m` shows it: version, then `=> replacement [version]`. */
function moduleVersion(m) {
    const v = m.version || '(no version)';
    if (!m.replace)
        return v;
    const r = m.replace;
    return `${v} => ${r.path}${r.version ? ` ${r.version}` : ''}`;
}
/**
 * Go's ordering of two module versions: -1, 0, 1, or null when either is not
 * a semantic version (`(devel)`, a directory replacement's empty version).
 * `+incompatible` is build metadata, ignored by the order; pseudo-versions
 * are prereleases whose timestamps order them, as in Go.
 */
function compareVersions(a, b) {
    const pa = semver_default().parse(a.replace(/^v/, ''));
    const pb = semver_default().parse(b.replace(/^v/, ''));
    if (!pa || !pb || !a.startsWith('v') || !b.startsWith('v'))
        return null;
    return semver_default().compare(pa, pb);
}
/** `example.com/m/v2` -> `example.com/m`; `gopkg.in/yaml.v3` -> `gopkg.in/yaml`; else itself. */
function majorFamily(modPath) {
    const slash = /^(.+)\/v(\d+)$/.exec(modPath);
    if (slash && Number(slash[2]) >= 2)
        return slash[1];
    const gopkg = /^(gopkg\.in\/.+)\.v\d+$/.exec(modPath);
    if (gopkg)
        return gopkg[1];
    return modPath;
}
/** One dependency of the base against the same path in the head (null: nothing changed). */
function changeOf(b, h) {
    const base = moduleVersion(b);
    const head = moduleVersion(h);
    const out = (change, note) => ({
        change,
        path: h.path,
        ...(b.path !== h.path ? { basePath: b.path } : {}),
        base,
        head,
        ...(note ? { note } : {})
    });
    if (!b.replace && h.replace)
        return out('replaced');
    if (b.replace && !h.replace)
        return out('unreplaced');
    if (b.replace && h.replace) {
        if (b.replace.path !== h.replace.path)
            return out('re-replaced');
        // The same replacement path: what is linked is the replacement's version.
        if (b.replace.version !== h.replace.version)
            return byVersion(b.replace.version, h.replace.version, out);
        if (b.replace.sum !== h.replace.sum)
            return out('changed', 'same version, another sum');
        // A directory replacement has no version of its own: the required one moved (go.mod's require line).
        if (b.version !== h.version)
            return byVersion(b.version, h.version, out);
        return null;
    }
    if (b.version !== h.version)
        return byVersion(b.version, h.version, out);
    if (b.sum !== h.sum && b.sum && h.sum)
        return out('changed', 'same version, another sum');
    return null;
}
function byVersion(a, b, out) {
    const order = compareVersions(a, b);
    if (order === null)
        return out('changed');
    if (order < 0)
        return out('upgraded');
    if (order > 0)
        return out('downgraded');
    // Equal by semver but spelled differently: only +incompatible (build metadata) can do that.
    return out('changed', 'same version, other build metadata');
}
function compareModules(base, head) {
    const baseBy = new Map(base.map(m => [m.path, m]));
    const headBy = new Map(head.map(m => [m.path, m]));
    const changes = [];
    for (const h of head) {
        const b = baseBy.get(h.path);
        if (!b)
            continue;
        const c = changeOf(b, h);
        if (c)
            changes.push(c);
    }
    const added = head.filter(m => !baseBy.has(m.path));
    const removed = base.filter(m => !headBy.has(m.path));
    // A major-version move (m -> m/v2) is one module changing, not one added and one removed.
    for (const a of added) {
        const family = majorFamily(a.path);
        const i = removed.findIndex(r => r.path !== a.path && majorFamily(r.path) === family);
        if (i >= 0) {
            const [r] = removed.splice(i, 1);
            changes.push(changeOf(r, a) ?? {
                change: 'changed',
                path: a.path,
                basePath: r.path,
                base: moduleVersion(r),
                head: moduleVersion(a)
            });
            continue;
        }
        changes.push({ change: 'added', path: a.path, base: null, head: moduleVersion(a) });
    }
    for (const r of removed)
        changes.push({ change: 'removed', path: r.path, base: moduleVersion(r), head: null });
    const order = [
        'added',
        'upgraded',
        'downgraded',
        'replaced',
        're-replaced',
        'unreplaced',
        'changed',
        'removed'
    ];
    return changes.sort((x, y) => order.indexOf(x.change) - order.indexOf(y.change) || x.path.localeCompare(y.path));
}

;// CONCATENATED MODULE: ./src/compare/event.ts
/**
 * Which run this is, as far as baselines care: a pull request (compare with
 * the base) or a push (save a baseline). The base commit comes from the
 * event payload (GITHUB_EVENT_PATH), read with a byte cap and checked.
 */

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Event payloads are a few KiB to a few hundred; bigger is not one. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REF = /^[\x21-\x7e]{1,255}$/;
async function runKind(env) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (event === 'push')
        return { kind: 'push' };
    if (!PR_EVENTS.has(event))
        return { kind: 'other', event };
    return { kind: 'pull_request', pr: await readPullRequest(env['GITHUB_EVENT_PATH'], env) };
}
/** The base of the PR; fields that are missing or odd are null (the prefix lookup still works). */
async function readPullRequest(file, env) {
    const out = { number: null, baseSha: null, baseRef: null, headSha: null };
    const baseRef = env['GITHUB_BASE_REF'];
    if (baseRef && REF.test(baseRef))
        out.baseRef = baseRef;
    if (!file)
        return out;
    try {
        if ((await (0,promises_.stat)(file)).size > MAX_EVENT_BYTES)
            return out;
        const payload = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        const pr = payload.pull_request;
        const n = pr?.number ?? payload.number;
        if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0)
            out.number = n;
        const sha = pr?.base?.sha;
        if (typeof sha === 'string' && SHA.test(sha))
            out.baseSha = sha;
        const head = pr?.head?.sha;
        if (typeof head === 'string' && SHA.test(head))
            out.headSha = head;
        const ref = pr?.base?.ref;
        if (typeof ref === 'string' && REF.test(ref))
            out.baseRef = ref;
    }
    catch {
        // An unreadable payload: compare with the newest baseline by prefix.
    }
    return out;
}

// EXTERNAL MODULE: ./src/compare/facts.ts
var compare_facts = __webpack_require__(4904);
// EXTERNAL MODULE: ./src/compare/render.ts
var render = __webpack_require__(2831);
// EXTERNAL MODULE: ./src/compare/store.ts
var store = __webpack_require__(3274);
;// CONCATENATED MODULE: ./src/compare/stage.ts
/**
 * The compare stage, after verify, for every target of the step: on a push
 * it writes each target's baseline for the post step to save; on a pull
 * request it restores the base's baseline per target and compares, then
 * reports (log, "Compared with base" summary section, notices on go.mod,
 * size-budget findings, the size-delta / modules-delta outputs).
 *
 * Entry: compareStage(items, options), items = (target, file, report) of
 * every verified artifact. Never throws for a baseline problem: none is one
 * info line, a corrupt one a warning.
 */













async function compareStage(items, o) {
    const groups = groupByTarget(items, o.cgo);
    const run = await runKind(o.env);
    const result = { saves: [], comparisons: [] };
    if (run.kind === 'push') {
        if (o.cache && o.cacheWrite)
            result.saves = await writeBaselines(groups, o);
        else
            core/* info */.pq('baseline: cache or cache-write is off; this push saves no baseline');
    }
    if (run.kind === 'pull_request') {
        const missing = [];
        for (const g of groups) {
            const restored = await (0,store/* restoreBaseline */.W3)({
                root: o.root,
                runnerOs: runnerOs(o.env),
                targetKey: g.key,
                baseSha: run.pr.baseSha ?? undefined,
                timeoutMs: o.timeoutMs
            });
            const target = (0,parse/* formatTarget */.P4)(g.target);
            if (restored.kind === 'none') {
                missing.push(`${target} (${restored.why})`);
                continue;
            }
            if (restored.kind === 'corrupt') {
                core/* warning */.$e((0,log_escape/* line */.n8) `baseline ${restored.matchedKey} is unusable (${restored.why}); ${target} is not compared`);
                continue;
            }
            const head = await factsOf(g.items);
            const comparison = compareBuilds(restored.baseline.artifacts, head);
            const over = o.sizeBudget
                ? comparison.artifacts
                    .map(a => (0,budget/* overBudget */.qj)(a, o.sizeBudget))
                    .filter((l) => !!l)
                : [];
            result.comparisons.push({
                target,
                base: {
                    ref: restored.baseline.ref,
                    sha: restored.baseline.sha,
                    how: restored.exact ? 'exact' : 'newest'
                },
                comparison,
                overBudget: over,
                budgetSeverity: o.sizeBudgetFail ? 'error' : 'warning'
            });
        }
        if (missing.length)
            core/* info */.pq((0,log_escape/* line */.n8) `Compared with base: no baseline for ${missing.join(', ')}; nothing to compare (push runs with cache-write save them)`);
    }
    if (o.setOutputs)
        setOutputs(result.comparisons);
    if (result.comparisons.length) {
        logComparisons(result.comparisons);
        await noticesOnGoMod(result.comparisons, o.workspace);
        await writeComparisonSummary(result.comparisons);
        result.failed = budgetFindings(result.comparisons, o);
        if (o.prComment && run.kind === 'pull_request')
            await commentOnPullRequest(run.pr, result.comparisons, items, o);
    }
    else if (o.prComment && run.kind === 'pull_request') {
        core/* info */.pq('pr-comment: nothing compared (no baseline); no comment written');
    }
    if (o.prComment && run.kind !== 'pull_request')
        core/* info */.pq((0,log_escape/* line */.n8) `pr-comment: a ${run.kind === 'other' ? run.event || 'non-pull-request' : run.kind} run has no pull request to comment on`);
    return result;
}
/** The comparison as this job's section of the pull request's one comment. */
async function commentOnPullRequest(pr, comparisons, items, o) {
    if (pr.number === null) {
        core/* info */.pq('pr-comment: the event payload names no pull request number; no comment written');
        return;
    }
    const { buildSection } = await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 5210));
    const { publishPrComment } = await __webpack_require__.e(/* import() */ 213).then(__webpack_require__.bind(__webpack_require__, 213));
    const headSha = pr.headSha ?? o.env['GITHUB_SHA'] ?? '';
    const section = buildSection({
        job: o.env['GITHUB_JOB'] ?? '',
        runnerOs: runnerOs(o.env),
        phase: o.setOutputs ? 'main' : 'post',
        targets: comparisons.map(c => c.target),
        goVersions: items.map(i => i.report.go?.version ?? '').filter(Boolean)
    }, /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha) ? headSha : '0'.repeat(40), comparisons);
    await publishPrComment({
        apiUrl: o.env['GITHUB_API_URL'] || 'https://api.github.com',
        repository: o.env['GITHUB_REPOSITORY'] ?? '',
        token: o.token ?? '',
        number: pr.number,
        section
    });
}
function runnerOs(env) {
    const os = env['RUNNER_OS'] ?? '';
    return /^[A-Za-z0-9]{1,32}$/.test(os) ? os : process.platform;
}
function groupByTarget(items, cgo) {
    const groups = new Map();
    for (const item of items) {
        const key = (0,parse/* targetKey */.hD)(item.target, cgo);
        if (!groups.has(key))
            groups.set(key, { target: item.target, key, items: [] });
        groups.get(key).items.push(item);
    }
    return [...groups.values()];
}
async function sha256(file) {
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_.createReadStream)(file))
            hash.update(chunk);
        return hash.digest('hex');
    }
    catch {
        return null;
    }
}
async function factsOf(items) {
    const out = [];
    for (const i of items)
        out.push((0,compare_facts/* factsFromReport */.qx)(i.report, await sha256(i.file)));
    return out;
}
/** This run's baseline per target (added to what main wrote, when post verifies more). */
async function writeBaselines(groups, o) {
    const sha = o.env['GITHUB_SHA'] ?? '';
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        core/* info */.pq('baseline: GITHUB_SHA is not a commit hash; no baseline saved');
        return [];
    }
    const saves = [];
    for (const g of groups) {
        const dir = (0,store/* baselineDir */.n1)(o.root, g.key);
        const own = await (0,store/* readOwnBaseline */.mU)(dir);
        const facts = await factsOf(g.items);
        const names = new Set(facts.map(f => `${f.target}\u0000${f.name}`));
        const baseline = {
            schema: compare_facts/* BASELINE_SCHEMA */.iW,
            ref: o.env['GITHUB_REF'] ?? '',
            sha,
            target: (0,parse/* formatTarget */.P4)(g.target),
            createdAt: new Date().toISOString(),
            artifacts: [
                ...(own?.artifacts ?? []).filter(a => !names.has(`${a.target}\u0000${a.name}`)),
                ...facts
            ]
        };
        await (0,store/* writeBaseline */.B9)(o.root, g.key, baseline);
        const prefix = (0,store/* baselinePrefix */.Cz)(runnerOs(o.env), g.key);
        saves.push({ dir, key: (0,store/* baselineKey */.x2)(runnerOs(o.env), g.key, sha), prefix });
    }
    return saves;
}
function setOutputs(comparisons) {
    const sizes = comparisons.flatMap(t => t.comparison.artifacts.map(a => ({
        artifact: a.path,
        target: t.target,
        status: a.status,
        base: a.size?.base ?? 0,
        head: a.size?.head ?? 0,
        delta: a.size?.delta ?? 0,
        percent: a.size?.percent ?? null
    })));
    const modules = comparisons.flatMap(t => t.comparison.artifacts
        .filter(a => a.status !== 'new')
        .flatMap(a => a.modules.map(m => ({ artifact: a.path, target: t.target, ...m }))));
    core/* setOutput */.uH('size-delta', JSON.stringify(sizes));
    core/* setOutput */.uH('modules-delta', JSON.stringify(modules));
}
function logComparisons(comparisons) {
    core/* startGroup */.Oh('Compared with base');
    for (const t of comparisons) {
        core/* info */.pq((0,log_escape/* line */.n8) `${t.target}: baseline ${t.base.ref} @ ${t.base.sha.slice(0, 7)} (${t.base.how === 'exact' ? 'the base commit' : 'newest of the base branch'})`);
        for (const l of (0,render/* comparisonText */.VF)(t.comparison, 'the baseline').split('\n'))
            core/* info */.pq(l);
    }
    core/* endGroup */.N4();
}
async function writeComparisonSummary(comparisons) {
    try {
        await core/* summary */.z.addRaw((0,render/* comparisonHtml */.nP)(comparisons), true).write();
    }
    catch (e) {
        core/* debug */.Yz(`compare summary: not written (${e.message})`);
    }
}
/**
 * Size-budget findings: an annotation on each artifact over budget (error
 * with size-budget-fail, else warning); fail-on decides the step.
 */
function budgetFindings(comparisons, o) {
    const over = comparisons.flatMap(t => t.overBudget.map(l => ({ t, l })));
    if (!over.length)
        return undefined;
    const severity = o.sizeBudgetFail ? 'error' : 'warning';
    for (const { t, l } of over) {
        const a = t.comparison.artifacts.find(x => l.startsWith(`${x.name} (`));
        const props = (0,log_escape/* annotationProps */.kW)({ file: a?.path, title: 'setup-go-cross compare: size-budget' });
        if (severity === 'error')
            core/* error */.z3((0,log_escape/* untrusted */.bp)(l), props);
        else
            core/* warning */.$e((0,log_escape/* untrusted */.bp)(l), props);
    }
    const fails = o.failOn === 'warning' || (o.failOn === 'error' && severity === 'error');
    return fails
        ? `compare: ${over.length} artifact(s) grew beyond size-budget ${o.sizeBudget?.text} (size-budget-fail: ${o.sizeBudgetFail}, fail-on: ${o.failOn})`
        : undefined;
}
/** Module changes that add code: a notice each, on go.mod's require line when it has one. */
async function noticesOnGoMod(comparisons, workspace) {
    const wanted = new Map();
    for (const t of comparisons)
        for (const a of t.comparison.artifacts) {
            if (a.status === 'new')
                continue;
            for (const m of a.modules) {
                if (m.change !== 'added' && m.change !== 'upgraded')
                    continue;
                const k = `${m.change}\u0000${m.path}\u0000${m.head}`;
                if (!wanted.has(k))
                    wanted.set(k, { m, grew: [] });
                wanted.get(k).grew.push(grewBy(a));
            }
        }
    if (!wanted.size)
        return;
    const gomod = await (0,promises_.readFile)(external_node_path_default().join(workspace, 'go.mod'), 'utf8').catch(() => undefined);
    for (const { m, grew } of wanted.values()) {
        const where = gomod === undefined ? undefined : requireLine(gomod, m.path);
        const message = `${m.change} ${(0,render/* moduleLine */.r6)(m)}; ${grew.slice(0, 4).join(', ')}${grew.length > 4 ? ', …' : ''}`;
        core/* notice */.lm((0,log_escape/* untrusted */.bp)(message), {
            ...(0,log_escape/* annotationProps */.kW)({
                file: where ? 'go.mod' : undefined,
                title: `setup-go-cross compare: module ${m.change}`
            }),
            ...(where ? { startLine: where } : {})
        });
    }
}
function grewBy(a) {
    const s = a.size;
    if (!s)
        return a.name;
    return `${a.name} (${a.target}) ${(0,budget/* formatBytes */.z3)(s.delta, true)}${s.percent === null ? '' : ` (${(0,budget/* formatPercent */.l9)(s.percent)})`}`;
}
/** The 1-based line of go.mod that requires `modPath` (`require p v` or a line of a require block). */
function requireLine(gomod, modPath) {
    const lines = gomod.split('\n');
    let inBlock = false;
    for (const [i, raw] of lines.entries()) {
        const text = raw.replace(/\/\/.*$/, '').trim();
        if (inBlock) {
            if (text.startsWith(')')) {
                inBlock = false;
                continue;
            }
            if (firstWord(text) === modPath)
                return i + 1;
            continue;
        }
        if (/^require\s*\($/.test(text)) {
            inBlock = true;
            continue;
        }
        const single = /^require\s+(.*)$/.exec(text);
        if (single && firstWord(single[1]) === modPath)
            return i + 1;
    }
    return undefined;
}
function firstWord(text) {
    const w = text.split(/\s+/)[0] ?? '';
    return w.startsWith('"') && w.endsWith('"') && w.length > 1 ? w.slice(1, -1) : w;
}


/***/ }),

/***/ 3274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Cz: () => (/* binding */ baselinePrefix),
/* harmony export */   W3: () => (/* binding */ restoreBaseline),
/* harmony export */   mU: () => (/* binding */ readOwnBaseline),
/* harmony export */   n1: () => (/* binding */ baselineDir),
/* harmony export */   saveBaselines: () => (/* binding */ saveBaselines),
/* harmony export */   x2: () => (/* binding */ baselineKey)
/* harmony export */ });
/* unused harmony export MAX_BASELINE_BYTES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _log_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1967);
/* harmony import */ var _cache_service_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8003);
/* harmony import */ var _cache_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9808);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4904);
/**
 * Baselines in the GitHub cache service: one small entry per target (a JSON
 * file of facts, a few KiB) saved by push runs, read by pull requests.
 *
 *   key:     setup-go-cross-v1-report-<runner os>-<target key>-<sha>
 *   restore: the base commit's key exactly, then the newest by the prefix
 *            (the service's ref scoping lets a PR read its base branch's
 *            and the default branch's entries, fork PRs included).
 *
 * The cached path is the same directory in every run (RUNNER_TEMP is), so
 * @actions/cache's version (a hash of the paths) matches across runs.
 */







const PREFIX = 'setup-go-cross-v1-report';
const FILE = 'baseline.json';
/** A baseline is facts, not binaries: anything bigger is not one of ours. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;
/** The key prefix of a target's baselines: `…-report-<os>-<target key>-` (pruning keeps the newest per ref). */
function baselinePrefix(runnerOs, targetKey) {
    return `${PREFIX}-${runnerOs}-${targetKey}-`;
}
function baselineKey(runnerOs, targetKey, sha) {
    return `${baselinePrefix(runnerOs, targetKey)}${sha}`;
}
/** The one directory a target's baseline is saved from and restored to. */
function baselineDir(root, targetKey) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'baseline', targetKey);
}
/**
 * Restores the newest baseline of a target readable from this run: the
 * base commit's first. Never throws: a service fault is `none` with why
 * (the caller says it in one line), a bad entry is `corrupt`.
 */
async function restoreBaseline(o) {
    if (!_cache_service_js__WEBPACK_IMPORTED_MODULE_4__/* .isFeatureAvailable */ .w3())
        return { kind: 'none', why: 'no cache service in this job' };
    const dir = baselineDir(o.root, o.targetKey);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const prefix = baselinePrefix(o.runnerOs, o.targetKey);
    const key = o.baseSha ? baselineKey(o.runnerOs, o.targetKey, o.baseSha) : prefix;
    const timeoutMs = o.timeoutMs ?? _cache_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CACHE_TIMEOUT_MS */ .oJ;
    let matchedKey;
    try {
        const restore = (primary, restoreKeys) => (0,_cache_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .withTimeout */ .wj)(_cache_service_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCache */ .P3([dir], primary, restoreKeys, {
            timeoutInMs: timeoutMs,
            segmentTimeoutInMs: timeoutMs
        }), timeoutMs, 'baseline restore');
        // The base commit's own entry first, alone: the service searches each scope (the PR's own
        // ref first) with every key, so a prefix in the same call could pick a newer entry of the
        // PR's scope over the base commit's in the base branch's.
        matchedKey = await restore(key, []);
        if (!matchedKey && o.baseSha)
            matchedKey = await restore(prefix, [prefix]);
    }
    catch (e) {
        return { kind: 'none', why: `the cache service failed: ${e.message}` };
    }
    if (!matchedKey)
        return { kind: 'none', why: 'no baseline saved by a push run yet' };
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, FILE);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (st.size > MAX_BASELINE_BYTES)
            throw new Error(`${st.size} bytes, more than a baseline can be`);
        const baseline = (0,_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBaseline */ .nk)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
        return { kind: 'found', baseline, matchedKey, exact: matchedKey === key };
    }
    catch (e) {
        const err = e;
        return {
            kind: 'corrupt',
            matchedKey,
            why: err.code === 'ENOENT' ? `no ${FILE} in it` : err.message
        };
    }
    finally {
        // What is saved later is this run's own baseline, never the restored one.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
/** Writes this run's baseline of a target where the post step saves it from. */
async function writeBaseline(root, targetKey, b) {
    const dir = baselineDir(root, targetKey);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, FILE), `${JSON.stringify(b)}\n`);
    return dir;
}
/** Reads back a baseline this run wrote (the post step adds its own files to it). */
async function readOwnBaseline(dir) {
    try {
        return (0,_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBaseline */ .nk)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Saves each target's baseline. One line per entry; a conflict (another job
 * saved the key: a re-run of the same commit) is info, a fault a warning.
 * Returns the keys saved (pruning's hook: keep the newest per ref).
 */
async function saveBaselines(saves, timeoutMs = _cache_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CACHE_TIMEOUT_MS */ .oJ) {
    if (!saves.length)
        return [];
    if (!_cache_service_js__WEBPACK_IMPORTED_MODULE_4__/* .isFeatureAvailable */ .w3()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('baseline: no cache service in this job; not saved');
        return [];
    }
    const saved = [];
    for (const s of saves) {
        try {
            const id = await (0,_cache_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .withTimeout */ .wj)(_cache_service_js__WEBPACK_IMPORTED_MODULE_4__/* .saveCache */ .Io([s.dir], s.key), timeoutMs, 'baseline save');
            if (id === -1) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .line */ .n8) `baseline: not saved under ${s.key} (the cache service refused it; see above)`);
                continue;
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .line */ .n8) `baseline: saved under ${s.key}`);
            saved.push(s.key);
        }
        catch (e) {
            const err = e;
            if (err instanceof _cache_service_js__WEBPACK_IMPORTED_MODULE_4__/* .ReserveCacheError */ .Zh ||
                /already exists|another job/i.test(err.message)) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .line */ .n8) `baseline: ${s.key} was saved already (a re-run of this commit?); nothing to do`);
                continue;
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .line */ .n8) `baseline: saving ${s.key} failed, the job is unaffected: ${err.message}`);
        }
    }
    return saved;
}


/***/ })

};
