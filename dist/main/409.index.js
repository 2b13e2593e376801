export const id = 409;
export const ids = [409];
export const modules = {

/***/ 5409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ DEFAULT_CACHE_TIMEOUT_MS),
  combinedHit: () => (/* binding */ combinedHit),
  restoreCaches: () => (/* binding */ restoreCaches),
  w: () => (/* binding */ withTimeout)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(8125);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cache/trim.ts


/**
 * Go refreshes a cache entry's mtime when it uses it, but only when the mtime
 * is over an hour old (cmd/go/internal/cache: mtimeInterval). So after a
 * restore we age every entry by two hours; at save time, entries still that
 * old were not used by this job and are dropped, and the saved cache holds
 * exactly what this job's builds needed.
 */
const AGE_MS = 2 * 60 * 60 * 1000;
const UNUSED_CUTOFF_MS = (/* unused pure expression or super */ null && (60 * 60 * 1000));
/** Go's cache stores entries in 256 subdirectories named 00..ff. */
async function* entries(gocache) {
    let dirs;
    try {
        dirs = await (0,promises_.readdir)(gocache);
    }
    catch {
        return;
    }
    for (const d of dirs) {
        if (!/^[0-9a-f]{2}$/.test(d))
            continue;
        const sub = external_node_path_default().join(gocache, d);
        let files;
        try {
            files = await (0,promises_.readdir)(sub);
        }
        catch {
            continue;
        }
        for (const f of files)
            yield external_node_path_default().join(sub, f);
    }
}
/**
 * Sets every entry's mtime to `restoredAt - AGE_MS`. With `manifest`, also
 * writes the restored entries' names there (outside GOCACHE), so the save can
 * tell the entries this job added from the ones it used.
 */
async function ageEntries(gocache, restoredAt, manifest) {
    const when = new Date(restoredAt - AGE_MS);
    const result = { files: 0, bytes: 0 };
    const names = [];
    for await (const file of entries(gocache)) {
        try {
            const st = await (0,promises_.stat)(file);
            if (!st.isFile())
                continue;
            await (0,promises_.utimes)(file, when, when);
            result.files++;
            result.bytes += st.size;
            if (manifest)
                names.push(external_node_path_default().relative(gocache, file));
        }
        catch {
            // A file that vanished or can't be touched is simply not aged.
        }
    }
    if (manifest)
        await (0,promises_.writeFile)(manifest, names.join('\n'));
    return result;
}
/** The restored entries' names written by ageEntries; empty when nothing was restored. */
async function readManifest(manifest) {
    if (!manifest)
        return new Set();
    const text = await readFile(manifest, 'utf8').catch(() => '');
    return new Set(text.split('\n').filter(Boolean));
}
/** Drops the unused entries (trimming before a save). */
async function removeEntries(files) {
    for (const f of files)
        await rm(f, { force: true });
}
/**
 * Sorts GOCACHE into used, unused and added entries; removing the unused ones
 * (removeEntries) leaves exactly what this job's builds needed.
 */
async function settleEntries(gocache, restoredAt, restored) {
    const cutoff = restoredAt - UNUSED_CUTOFF_MS;
    const out = {
        used: { files: 0, bytes: 0 },
        unused: { files: 0, bytes: 0 },
        added: { files: 0, bytes: 0 },
        addedOutputs: [],
        unusedFiles: []
    };
    for await (const file of entries(gocache)) {
        try {
            const st = await stat(file);
            if (!st.isFile())
                continue;
            const wasRestored = restored.has(path.relative(gocache, file));
            const bucket = !wasRestored ? out.added : st.mtimeMs < cutoff ? out.unused : out.used;
            if (bucket === out.unused)
                out.unusedFiles.push(file);
            if (bucket === out.added && file.endsWith('-d'))
                out.addedOutputs.push(file);
            bucket.files++;
            bucket.bytes += st.size;
        }
        catch {
            // Leave what we can't read; Go's cache tolerates both.
        }
    }
    return out;
}
/** Removes entries this job did not use; reports what stayed and what went. */
async function trimUnused(gocache, restoredAt) {
    const cutoff = restoredAt - UNUSED_CUTOFF_MS;
    const kept = { files: 0, bytes: 0 };
    const removed = { files: 0, bytes: 0 };
    for await (const file of entries(gocache)) {
        try {
            const st = await stat(file);
            if (!st.isFile())
                continue;
            if (st.mtimeMs < cutoff) {
                await rm(file, { force: true });
                removed.files++;
                removed.bytes += st.size;
            }
            else {
                kept.files++;
                kept.bytes += st.size;
            }
        }
        catch {
            // Leave what we can't read; Go's cache tolerates both.
        }
    }
    return { kept, removed };
}
async function cacheSize(gocache) {
    const result = { files: 0, bytes: 0 };
    for await (const file of entries(gocache)) {
        try {
            const st = await stat(file);
            if (st.isFile()) {
                result.files++;
                result.bytes += st.size;
            }
        }
        catch {
            // ignore
        }
    }
    return result;
}
/** Files and bytes under a directory (GOMODCACHE), for the report. */
async function dirSize(dir) {
    const result = { files: 0, bytes: 0 };
    let list;
    try {
        list = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    }
    catch {
        return result;
    }
    for (const d of list) {
        if (!d.isFile())
            continue;
        try {
            result.bytes += (await (0,promises_.stat)(external_node_path_default().join(d.parentPath, d.name))).size;
            result.files++;
        }
        catch {
            // vanished
        }
    }
    return result;
}
const INDEX_MAGIC = 'go index';
/**
 * True when at least one added output is a build output. Go also caches an
 * index of the module's source directory ("go index v2 ..."), keyed by file
 * mtimes: a fresh checkout adds one on a no-op rebuild, and that alone is
 * not worth a new cache entry. Stops at the first real output.
 */
async function addedBuildOutputs(outputs) {
    const head = Buffer.alloc(INDEX_MAGIC.length);
    for (const file of outputs) {
        try {
            const fh = await open(file, 'r');
            try {
                const { bytesRead } = await fh.read(head, 0, head.length, 0);
                if (head.subarray(0, bytesRead).toString('latin1') !== INDEX_MAGIC)
                    return true;
            }
            finally {
                await fh.close();
            }
        }
        catch {
            // Vanished: not an output that would be saved.
        }
    }
    return false;
}

// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(1452);
;// CONCATENATED MODULE: ./src/cache/restore.ts





const DEFAULT_CACHE_TIMEOUT_MS = 300 * 1000;
/** Restores GOMODCACHE and the per-target GOCACHE; never fails the step. */
async function restoreCaches(plan, options = {}) {
    const now = options.now ?? Date.now;
    const timeoutMs = options.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
    await (0,promises_.mkdir)(plan.gocache.path, { recursive: true });
    await (0,promises_.mkdir)(plan.gomodcache.path, { recursive: true });
    // Outside GOCACHE, so it is never saved; a stale one (self-hosted runner) goes first.
    const manifest = `${plan.gocache.path}.restored`;
    await (0,promises_.rm)(manifest, { force: true });
    const restoredAt = now();
    const miss = {
        gocache: { hit: 'miss', error: 'no cache service' },
        gomodcache: plan.gomodcache.skip
            ? { hit: 'skipped' }
            : { hit: 'miss', error: 'no cache service' },
        cacheHit: 'false',
        restoredAt,
        manifest
    };
    if (!service/* isFeatureAvailable */.w3()) {
        core/* info */.pq('The GitHub cache service is not configured for this job (no ACTIONS_RESULTS_URL); building with empty caches.');
        return miss;
    }
    const gomodcache = plan.gomodcache.skip
        ? skipped('GOMODCACHE', plan.gomodcache.skip)
        : await restoreOne('GOMODCACHE', plan.gomodcache, timeoutMs, now);
    if (gomodcache.hit !== 'miss' && gomodcache.hit !== 'skipped') {
        gomodcache.size = await dirSize(plan.gomodcache.path);
    }
    const gocache = await restoreOne('GOCACHE', plan.gocache, timeoutMs, now);
    if (gocache.hit !== 'miss') {
        gocache.size = await ageEntries(plan.gocache.path, restoredAt, manifest);
        core/* info */.pq(`GOCACHE: ${gocache.size.files} restored entries marked so unused ones can be trimmed before saving`);
    }
    const cacheHit = combinedHit([gocache.hit, gomodcache.hit]);
    return { gocache, gomodcache, cacheHit, restoredAt, manifest };
}
function skipped(label, reason) {
    core/* info */.pq(`${label}: not cached (${reason})`);
    return { hit: 'skipped' };
}
/** The cache-hit output over the caches in play: true only if every one hit exactly. */
function combinedHit(hits) {
    const used = hits.filter(h => h !== 'skipped');
    if (used.length && used.every(h => h === 'exact'))
        return 'true';
    if (used.every(h => h === 'miss'))
        return 'false';
    return 'partial';
}
async function restoreOne(label, entry, timeoutMs, now) {
    const started = now();
    try {
        const matchedKey = await withTimeout(service/* restoreCache */.P3([entry.path], entry.key, entry.restoreKeys, {
            // The SDK's own socket and segment deadlines, so a stalled download stops too.
            timeoutInMs: timeoutMs,
            segmentTimeoutInMs: timeoutMs
        }), timeoutMs, 'cache restore');
        const ms = now() - started;
        if (!matchedKey) {
            core/* info */.pq(`${label}: no cache for ${entry.key}`);
            return { hit: 'miss', ms };
        }
        const hit = label === 'GOCACHE'
            ? (0,keys/* gocacheMatch */.Ij)(entry, matchedKey)
            : matchedKey === entry.key
                ? 'exact'
                : 'partial';
        core/* info */.pq(`${label}: restored ${matchedKey} (${hit === 'exact' ? 'exact hit' : 'restore-key'})`);
        return { hit, matchedKey, ms };
    }
    catch (e) {
        const message = e.message;
        core/* warning */.$e(`${label}: cache restore failed, building without it: ${message}`);
        return { hit: 'miss', ms: now() - started, error: message };
    }
}
/** Races a cache call against a timer, so a stalled cache service cannot hang the job. */
async function withTimeout(work, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s (cache-timeout)`)), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* reexport safe */ _actions_cache__WEBPACK_IMPORTED_MODULE_0__.P3),
/* harmony export */   w3: () => (/* reexport safe */ _actions_cache__WEBPACK_IMPORTED_MODULE_0__.w3)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9312);
/**
 * The one seam to the GitHub cache service. Tests replace this module
 * (jest.unstable_mockModule) until a loopback cache service exists; the rest
 * of src/cache talks only to these functions.
 */



/***/ })

};
