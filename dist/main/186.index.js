export const id = 186;
export const ids = [186];
export const modules = {

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dependencyHash: () => (/* binding */ dependencyHash)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
;// CONCATENATED MODULE: ./src/cache/hash-files.ts







/**
 * glob.hashFiles, digest for digest (sha256 over each matched file's sha256,
 * in glob order, files under the workspace only), except that only regular
 * files are read: hashFiles opens whatever matches, and a FIFO named by
 * cache-dependency-path would block it forever. A file is opened with
 * O_NONBLOCK and checked with fstat on the open handle, so it cannot be
 * swapped for a FIFO between the check and the read.
 */
async function hashRegularFiles(patterns, workspace) {
    const globber = await glob/* create */.v(patterns, { followSymbolicLinks: true });
    const result = (0,external_node_crypto_.createHash)('sha256');
    let count = 0;
    for await (const file of globber.globGenerator()) {
        if (!file.startsWith(`${workspace}${(external_node_path_default()).sep}`))
            continue;
        const digest = await regularFileDigest(file);
        if (digest === 'directory')
            continue;
        if (digest === 'special') {
            core/* warning */.$e((0,log_escape/* line */.n8) `cache-dependency-path: skipping ${file}: not a regular file`);
            continue;
        }
        result.write(digest);
        count++;
    }
    result.end();
    return count ? result.digest('hex') : '';
}
async function regularFileDigest(file) {
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const st = await handle.stat();
        if (st.isDirectory())
            return 'directory';
        if (!st.isFile())
            return 'special';
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of handle.createReadStream({ autoClose: false }))
            hash.update(chunk);
        return hash.digest();
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(1452);
;// CONCATENATED MODULE: ./src/cache/deps.ts






/**
 * Hash of the dependency files for the cache keys. A stdlib-only module has
 * no go.sum: that is normal, and gets a fixed marker rather than a failure.
 */
async function dependencyHash(patterns, explicit, workspace) {
    const hash = await hashRegularFiles(patterns.join('\n'), workspace);
    if (hash)
        return { hash, listsNothing: await onlyBlankGoSums(patterns, workspace) };
    const message = `cache-dependency-path ${JSON.stringify(patterns.join(', '))} matched no file; the cache keys use "${keys/* NO_DEPS */.NC}"`;
    if (explicit)
        core/* warning */.$e(message);
    else
        core/* info */.pq(message);
    return { hash: keys/* NO_DEPS */.NC, listsNothing: true };
}
const SUM_NAMES = new Set(['go.sum', 'go.work.sum']);
const PEEK = 64 * 1024;
async function onlyBlankGoSums(patterns, workspace) {
    // Relative to the workspace, as hashRegularFiles reads them.
    const absolute = patterns.map(p => (external_node_path_default().isAbsolute(p) ? p : external_node_path_default().join(workspace, p)));
    const globber = await glob/* create */.v(absolute.join('\n'), { followSymbolicLinks: true });
    const files = await globber.glob();
    for (const file of files) {
        const st = await (0,promises_.stat)(file).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if (!SUM_NAMES.has(external_node_path_default().basename(file)))
            return false;
        if (st.size > PEEK)
            return false;
        // Regular files only, read with a cap: a go.sum is never read whole if big.
        const fh = await (0,promises_.open)(file, 'r');
        try {
            const buf = Buffer.alloc(st.size);
            const { bytesRead } = await fh.read(buf, 0, st.size, 0);
            if (buf.subarray(0, bytesRead).toString('utf8').trim() !== '')
                return false;
        }
        finally {
            await fh.close();
        }
    }
    return true;
}


/***/ })

};
