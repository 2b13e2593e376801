export const id = 106;
export const ids = [106];
export const modules = {

/***/ 3106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCaches: () => (/* binding */ restoreCaches)
});

// UNUSED EXPORTS: DEFAULT_CACHE_TIMEOUT_MS, combinedHit, withTimeout

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 322 modules
var cache = __webpack_require__(9312);
;// CONCATENATED MODULE: ./src/cache/service.ts
/**
 * The one seam to the GitHub cache service. Tests replace this module
 * (jest.unstable_mockModule) until a loopback cache service exists; the rest
 * of src/cache talks only to these functions.
 */


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
/** Sets every entry's mtime to `restoredAt - AGE_MS`. */
async function ageEntries(gocache, restoredAt) {
    const when = new Date(restoredAt - AGE_MS);
    const result = { files: 0, bytes: 0 };
    for await (const file of entries(gocache)) {
        try {
            const st = await (0,promises_.stat)(file);
            if (!st.isFile())
                continue;
            await (0,promises_.utimes)(file, when, when);
            result.files++;
            result.bytes += st.size;
        }
        catch {
            // A file that vanished or can't be touched is simply not aged.
        }
    }
    return result;
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

;// CONCATENATED MODULE: ./src/cache/restore.ts




const DEFAULT_CACHE_TIMEOUT_MS = 10 * 60 * 1000;
async function restoreCaches(plan, options = {}) {
    const now = options.now ?? Date.now;
    const timeoutMs = options.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
    await (0,promises_.mkdir)(plan.gocache.path, { recursive: true });
    await (0,promises_.mkdir)(plan.gomodcache.path, { recursive: true });
    const restoredAt = now();
    const miss = {
        gocache: { hit: 'miss' },
        gomodcache: { hit: 'miss' },
        cacheHit: 'false',
        restoredAt
    };
    if (!cache/* isFeatureAvailable */.w3()) {
        core/* info */.pq('The GitHub cache service is not configured for this job (no ACTIONS_RESULTS_URL); building with empty caches.');
        return miss;
    }
    const gomodcache = plan.gomodcache.skip
        ? skipped('GOMODCACHE', plan.gomodcache.skip)
        : await restoreOne('GOMODCACHE', plan.gomodcache, timeoutMs);
    const gocache = await restoreOne('GOCACHE', plan.gocache, timeoutMs);
    if (gocache.hit !== 'miss') {
        const aged = await ageEntries(plan.gocache.path, restoredAt);
        core/* info */.pq(`GOCACHE: ${aged.files} restored entries marked so unused ones can be trimmed before saving`);
    }
    const cacheHit = combinedHit([gocache.hit, gomodcache.hit]);
    return { gocache, gomodcache, cacheHit, restoredAt };
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
async function restoreOne(label, entry, timeoutMs) {
    try {
        const matchedKey = await withTimeout(cache/* restoreCache */.P3([entry.path], entry.key, entry.restoreKeys), timeoutMs, 'cache restore');
        if (!matchedKey) {
            core/* info */.pq(`${label}: no cache for ${entry.key}`);
            return { hit: 'miss' };
        }
        const hit = matchedKey === entry.key ? 'exact' : 'partial';
        core/* info */.pq(`${label}: restored ${matchedKey} (${hit === 'exact' ? 'exact hit' : 'restore-key'})`);
        return { hit, matchedKey };
    }
    catch (e) {
        core/* warning */.$e(`${label}: cache restore failed, building without it: ${e.message}`);
        return { hit: 'miss' };
    }
}
/** Races a cache call against a timer, so a stalled cache service cannot hang the job. */
async function withTimeout(work, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ })

};
