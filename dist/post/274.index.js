export const id = 274;
export const ids = [274];
export const modules = {

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
