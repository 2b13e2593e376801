export const id = 602;
export const ids = [602];
export const modules = {

/***/ 1602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installGoFromProxy: () => (/* binding */ installGoFromProxy),
  proxyToolCacheName: () => (/* binding */ proxyToolCacheName),
  sumdbStateDir: () => (/* binding */ sumdbStateDir)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/toolchain/installed.ts
var installed = __webpack_require__(6365);
// EXTERNAL MODULE: ./src/toolchain/resolve.ts
var resolve = __webpack_require__(1207);
// EXTERNAL MODULE: ./src/toolchain/toolcache.ts
var toolcache = __webpack_require__(5131);
// EXTERNAL MODULE: ./src/toolchain/version.ts
var toolchain_version = __webpack_require__(6347);
;// CONCATENATED MODULE: ./src/toolchain/proxy/errors.ts
class SumdbError extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.step = step;
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/toolchain/proxy/goproxy.ts


/**
 * The GOPROXY protocol for the toolchain module: Go publishes each release
 * for each platform as golang.org/toolchain@v0.0.1-go<ver>.<goos>-<goarch>.
 */
const TOOLCHAIN_MODULE = 'golang.org/toolchain';
/** go.dev names 32-bit ARM archives armv6l; the module uses GOARCH (arm). */
function toolchainArch(goDevArch) {
    return goDevArch === 'armv6l' ? 'arm' : goDevArch;
}
/** go1.23.5 on linux/amd64 -> v0.0.1-go1.23.5.linux-amd64 */
function toolchainModuleVersion(goVersion, goos, goarch) {
    return `v0.0.1-${goVersion}.${goos}-${toolchainArch(goarch)}`;
}
/** The top folder every file of the module zip lives under. */
function zipPrefix(moduleVersion) {
    return `${TOOLCHAIN_MODULE}@${moduleVersion}/`;
}
/** Go's module.EscapePath/EscapeVersion: upper-case letters become '!' + lower case. */
function escapeModule(s) {
    return s.replace(/[A-Z]/g, c => '!' + c.toLowerCase());
}
function moduleUrl(proxy, version, ext) {
    return `${proxy}/${escapeModule(TOOLCHAIN_MODULE)}/@v/${escapeModule(version)}.${ext}`;
}
function listUrl(proxy) {
    return `${proxy}/${escapeModule(TOOLCHAIN_MODULE)}/@v/list`;
}
/**
 * The Go versions `@v/list` offers for one platform, as go1.23.5 (one
 * version per line; other platforms and unreadable lines are skipped).
 */
function parseToolchainList(list, goos, goarch) {
    const suffix = `.${goos}-${toolchainArch(goarch)}`;
    const out = [];
    for (const line of list.split('\n')) {
        const v = line.trim();
        if (!v.startsWith('v0.0.1-go') || !v.endsWith(suffix))
            continue;
        const go = v.slice('v0.0.1-'.length, v.length - suffix.length);
        if ((0,toolchain_version/* goToSemver */.Ot)(go))
            out.push(go);
    }
    return out;
}
class ProxyResolveError extends Error {
}
/**
 * Picks the Go version a spec means among the proxy's versions: the newest
 * stable match of a range; stable / oldstable are the newest patch of the
 * newest / second-newest minor. Pre-releases only by their exact name.
 */
function resolveFromList(spec, versions, specText) {
    const stable = versions
        .map(go => ({ go, v: (0,toolchain_version/* goToSemver */.Ot)(go) }))
        .filter(x => !semver_default().prerelease(x.v))
        .sort((a, b) => semver_default().rcompare(a.v, b.v));
    if (spec.kind === 'exact') {
        if (!versions.includes(spec.version))
            throw new ProxyResolveError(`go-version "${specText}": the module proxy lists no ${spec.version}`);
        return spec.version;
    }
    if (spec.kind === 'alias') {
        const minors = [];
        const newest = [];
        for (const x of stable) {
            const minor = `${semver_default().major(x.v)}.${semver_default().minor(x.v)}`;
            if (!minors.includes(minor)) {
                minors.push(minor);
                newest.push(x.go);
            }
        }
        const hit = newest[spec.alias === 'stable' ? 0 : 1];
        if (!hit)
            throw new ProxyResolveError(`go-version "${specText}": the module proxy lists no ${spec.alias} release`);
        return hit;
    }
    const hit = stable.find(x => semver_default().satisfies(x.v, spec.range));
    if (!hit)
        throw new ProxyResolveError(`go-version "${specText}" matches no stable release the module proxy lists`);
    return hit.go;
}

// EXTERNAL MODULE: ./src/toolchain/download.ts + 1 modules
var download = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/toolchain/http-get.ts
var http_get = __webpack_require__(4202);
// EXTERNAL MODULE: ./src/toolchain/limits.ts
var limits = __webpack_require__(4899);
;// CONCATENATED MODULE: ./src/toolchain/proxy/http.ts



function limitsOf(opts) {
    return { ...limits/* DEFAULT_LIMITS */.d, ...opts.limits };
}
/** GETs a small document (list, lookup, tile) into memory: at most maxBytes. */
async function getBytes(url, maxBytes, opts = {}) {
    return (0,download/* fetchBytes */.ci)(url, maxBytes, 'the cap for this document', opts);
}
/**
 * Downloads url into memory (at most maxBytes) within the archive deadline,
 * into a SharedArrayBuffer that extraction workers read without a copy.
 */
async function downloadShared(url, maxBytes, opts = {}) {
    const limits = limitsOf(opts);
    const deadline = performance.now() + limits.archiveDeadlineMs;
    return (0,download/* withRetries */.LH)(`download ${url}`, async () => {
        // With a Content-Length (capped by openBody) the bytes go straight into
        // the shared buffer: no second copy of the zip in memory. Without one,
        // chunks are collected and copied once at the end.
        let shared;
        const chunks = [];
        let bytes = 0;
        let announced;
        try {
            const { body, length } = await (0,http_get/* openBody */.BO)(url, {
                stallMs: limits.stallMs,
                deadline,
                maxBytes,
                capName: 'the cap for a toolchain module zip'
            });
            announced = length;
            if (length !== undefined)
                shared = Buffer.from(new SharedArrayBuffer(length));
            for await (const data of body) {
                const chunk = data;
                if (shared) {
                    if (bytes + chunk.length > shared.length)
                        throw new download/* DownloadError */.nV(`GET ${url} sent more than the ${shared.length} bytes it announced; stopped`, false);
                    shared.set(chunk, bytes);
                }
                else
                    chunks.push(chunk);
                bytes += chunk.length;
            }
        }
        catch (e) {
            if (e instanceof download/* DownloadError */.nV)
                throw e;
            throw new download/* DownloadError */.nV(`download of ${url} broke off after ${bytes} bytes: ${e.message}`, true);
        }
        if (announced !== undefined && bytes !== announced)
            throw new download/* DownloadError */.nV(`download of ${url} broke off after ${bytes} of ${announced} bytes`, true);
        if (shared)
            return shared;
        shared = Buffer.from(new SharedArrayBuffer(bytes));
        let offset = 0;
        for (const c of chunks) {
            shared.set(c, offset);
            offset += c.length;
        }
        return shared;
    }, { ...limits, deadline }, opts.log);
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/toolchain/proxy/dirhash.ts

/**
 * Go's dirhash.Hash1 (golang.org/x/mod/sumdb/dirhash): SHA-256 over the
 * lines "<sha256 hex>  <name>\n" sorted by name (byte order, as Go sorts
 * strings), base64, prefixed "h1:". For a module zip the names are the
 * zip's entry names, prefix included.
 */
function hash1(files) {
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const f of sorted) {
        if (f.name.includes('\n'))
            throw new Error('dirhash: file names with newlines are not supported');
        h.update(`${f.sha256}  ${f.name}\n`);
    }
    return 'h1:' + h.digest('base64');
}
/** The h1: hash of a go.mod file as the checksum database records it (`<mod> <ver>/go.mod h1:...`). */
function goModHash1(content) {
    return hash1([{ name: 'go.mod', sha256: createHash('sha256').update(content).digest('hex') }]);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/toolchain/proxy/zip-worker.ts
/**
 * A worker's whole program: inflate, hash and write each job of a batch,
 * synchronously (a worker has nothing else to do, and sync zlib spares the
 * thread-pool round trips). The zip is the SharedArrayBuffer in workerData,
 * shared with every worker rather than copied. It runs from its source
 * text (see ZIP_WORKER_SOURCE), so it may use nothing but its parameters.
 */
/* istanbul ignore next -- runs in a worker, from its source text */
function zipWorkerMain(wt, zlib, crypto, fs, path) {
    const port = wt.parentPort;
    if (!port)
        return;
    const zip = Buffer.from(wt.workerData);
    const made = new Set();
    port.on('message', ({ id, jobs }) => {
        const sums = [];
        let kind = 'layout';
        try {
            for (const job of jobs) {
                const name = JSON.stringify(job.name.slice(0, 200));
                const raw = zip.subarray(job.start, job.start + job.compressedSize);
                let data;
                if (job.stored)
                    data = raw;
                else {
                    try {
                        // One output chunk of the entry's size, and no more than it.
                        data = zlib.inflateRawSync(raw, {
                            chunkSize: Math.max(64, job.uncompressedSize),
                            maxOutputLength: Math.max(1, job.uncompressedSize)
                        });
                    }
                    catch (e) {
                        throw new Error(`module zip cannot be read: ${name}: ${e.message}; nothing was installed`);
                    }
                }
                if (data.length !== job.uncompressedSize)
                    throw new Error(`module zip entry ${name} holds ${data.length} bytes, its header says ${job.uncompressedSize}; nothing was installed`);
                kind = 'io';
                const dir = path.dirname(job.target);
                if (!made.has(dir)) {
                    fs.mkdirSync(dir, { recursive: true });
                    made.add(dir);
                }
                fs.writeFileSync(job.target, data, { mode: job.mode });
                sums.push(crypto.createHash('sha256').update(data).digest('hex'));
                kind = 'layout';
            }
            port.postMessage({ id, sums });
        }
        catch (e) {
            port.postMessage({ id, error: e.message, kind });
        }
    });
}
/**
 * The worker's program as text for `new Worker(src, { eval: true })`: the
 * bundle then needs no second file, and the function above stays typed and
 * linted with the rest of the source.
 */
const ZIP_WORKER_SOURCE = `(${zipWorkerMain.toString()})(require('node:worker_threads'), require('node:zlib'), require('node:crypto'), require('node:fs'), require('node:path'));`;

;// CONCATENATED MODULE: ./src/toolchain/proxy/zip-pool.ts



/** A batch is about this many inflated bytes (or files): small enough to keep the workers even. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 128;
/** Batches a worker holds at once, so it never waits for the next message. */
const AHEAD = 2;
/**
 * Worker threads that inflate, hash and write module-zip entries while the
 * central directory is still being read: jobs are added one by one, sent in
 * batches to whichever worker has room. The first failure stops dispatch;
 * the pool settles only once no batch is in flight, because the caller
 * removes the staging directory next and a write racing that removal
 * would turn the one-line verdict into an ENOTEMPTY.
 */
class ExtractionPool {
    workers;
    inFlight = new Map();
    queue = [];
    sums = [];
    current;
    added = 0;
    failure;
    closed = false;
    wake;
    /** zip must be a Buffer over a whole SharedArrayBuffer (shared, not copied, with the workers). */
    constructor(zip, count) {
        this.workers = Array.from({ length: Math.max(1, count) }, () => new external_node_worker_threads_.Worker(ZIP_WORKER_SOURCE, { eval: true, workerData: zip.buffer }));
        for (const w of this.workers) {
            this.inFlight.set(w, 0);
            w.on('message', (reply) => this.received(w, reply));
            w.on('error', e => this.lost(w, e));
            w.on('exit', code => this.lost(w, new Error(`exit code ${code}`)));
        }
    }
    add(job) {
        this.current ??= { first: this.added, jobs: [], bytes: 0 };
        this.current.jobs.push(job);
        this.current.bytes += job.uncompressedSize;
        this.added++;
        if (this.current.bytes >= BATCH_BYTES || this.current.jobs.length >= BATCH_FILES) {
            this.queue.push(this.current);
            this.current = undefined;
            this.dispatch();
        }
    }
    /** Every job's SHA-256 (hex) in the order added, once all are written; rejects with the first failure. */
    async finish() {
        if (this.current)
            this.queue.push(this.current);
        this.current = undefined;
        this.dispatch();
        await this.idle(() => this.queue.length === 0 || this.failure !== undefined);
        await this.close();
        if (this.failure)
            throw this.failure;
        return this.sums;
    }
    /** Stops dispatching, waits for the batches in flight, ends the workers. */
    async close() {
        this.closed = true;
        await this.idle(() => true);
        await Promise.all(this.workers.map(w => w.terminate()));
    }
    /** Resolves when nothing is in flight and done() holds. */
    idle(done) {
        return new Promise(resolve => {
            const check = () => {
                for (const n of this.inFlight.values())
                    if (n > 0)
                        return;
                if (!done() && this.inFlight.size > 0)
                    return;
                this.wake = undefined;
                resolve();
            };
            this.wake = check;
            check();
        });
    }
    dispatch() {
        for (const w of this.workers) {
            while (!this.closed && !this.failure && this.queue.length > 0 && this.inFlight.has(w)) {
                const held = this.inFlight.get(w);
                if (held >= AHEAD)
                    break;
                const batch = this.queue.shift();
                this.inFlight.set(w, held + 1);
                w.postMessage({ id: batch.first, jobs: batch.jobs });
            }
        }
    }
    received(w, reply) {
        this.inFlight.set(w, this.inFlight.get(w) - 1);
        if ('error' in reply)
            this.failure ??=
                reply.kind === 'layout'
                    ? new SumdbError('layout', reply.error)
                    : new Error(`cannot unpack the module zip: ${reply.error}`);
        else
            reply.sums.forEach((sum, k) => (this.sums[reply.id + k] = sum));
        this.dispatch();
        this.wake?.();
    }
    lost(w, why) {
        if (!this.inFlight.has(w))
            return;
        const pending = this.inFlight.get(w);
        this.inFlight.delete(w);
        if (!this.closed || pending > 0)
            this.failure ??= new Error(`a zip extraction worker stopped: ${why.message}`, {
                cause: why
            });
        this.wake?.();
    }
}

;// CONCATENATED MODULE: ./src/toolchain/proxy/module-zip.ts








/**
 * Limits for a toolchain module zip. Go caps a module zip and its unpacked
 * size at 500 MiB (golang.org/x/mod/zip MaxZipFile); a Go toolchain has
 * about 15,000 files.
 */
const ZIP_LIMITS = { maxEntries: 100_000, maxBytes: 500 << 20 };
/**
 * The path under the GOROOT an entry lands at: the entry must sit under the
 * module prefix and be a plain relative path (no '..', '.', empty segments,
 * backslashes, drive letters or absolute paths). Throws a 'layout' error.
 */
function entryPath(name, prefix) {
    const bad = (why) => new SumdbError('layout', `module zip entry ${JSON.stringify(name.slice(0, 200))} ${why}; nothing was installed`);
    if (!name.startsWith(prefix))
        throw bad(`is outside ${prefix}`);
    const rel = name.slice(prefix.length).replace(/\/$/, '');
    if (!rel)
        throw bad('names the module root');
    if (rel.includes('\\') || rel.includes('\0') || /^[A-Za-z]:/.test(rel) || rel.startsWith('/'))
        throw bad('is not a relative slash-separated path');
    if (rel.split('/').some(s => s === '' || s === '.' || s === '..'))
        throw bad('has an empty, "." or ".." path element');
    return rel;
}
/**
 * The mode Go gives a file of a downloaded toolchain (cmd/go/internal/toolchain
 * select.go, allowExec): executable under bin/ and pkg/tool/, and lib/
 * files named go_*_*_exec; everything else stays 0644.
 */
function goFileMode(rel) {
    if (rel.startsWith('bin/') || rel.startsWith('pkg/tool/'))
        return 0o755;
    if (rel.startsWith('lib/') && /^go_.+_.+_exec$/.test(external_node_path_default().posix.basename(rel)))
        return 0o755;
    return 0o644;
}
const EMPTY_SHA256 = (0,external_node_crypto_.createHash)('sha256').digest('hex');
/**
 * Extracts a module zip (in memory, at most ZIP_LIMITS.maxBytes, checked by
 * the download) into dest (a staging directory, never the tool cache
 * itself), hashing each entry as it is inflated: one pass gives both the
 * files and the h1: hash the caller compares before promoting.
 * yauzl reads the central directory and local headers on this thread
 * while worker threads (one per core, up to 4) inflate, hash and write the
 * files already read.
 * Like cmd/go, every _go.mod is copied to go.mod afterwards.
 */
async function extractModuleZip(zip, prefix, dest, opts = {}) {
    const shared = sharedBytes(zip);
    const pool = new ExtractionPool(shared, opts.workers ?? Math.min(4, (0,external_node_os_.availableParallelism)()));
    let plan;
    try {
        plan = await planModuleZip(shared, prefix, dest, job => pool.add(job));
        for (const d of plan.dirs)
            await (0,promises_.mkdir)(d.target, { recursive: true });
    }
    catch (e) {
        await pool.close();
        throw e;
    }
    const sums = await pool.finish();
    const hashed = [
        ...plan.files.map((f, i) => ({ name: f.name, sha256: sums[i] })),
        ...plan.dirs.map(d => ({ name: d.name, sha256: EMPTY_SHA256 }))
    ];
    for (const f of plan.files)
        if (external_node_path_default().basename(f.target) === '_go.mod')
            await (0,promises_.copyFile)(f.target, external_node_path_default().join(external_node_path_default().dirname(f.target), 'go.mod'));
    return { h1: hash1(hashed), files: hashed.length };
}
/** The zip as a Buffer over a SharedArrayBuffer, which every worker can read without a copy. */
function sharedBytes(zip) {
    if (zip.buffer instanceof SharedArrayBuffer &&
        zip.byteOffset === 0 &&
        zip.byteLength === zip.buffer.byteLength)
        return zip;
    const shared = Buffer.from(new SharedArrayBuffer(zip.length));
    shared.set(zip);
    return shared;
}
/**
 * Reads the central directory and every local header with yauzl and checks
 * each entry before anything is written: layout (entryPath), duplicates
 * (case-folded, as Go refuses them), counts and sizes, encryption, method.
 */
async function planModuleZip(zip, prefix, dest, onFile = () => { }) {
    const z = await new Promise((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zf) => (err ? reject(layoutError(err)) : resolve(zf))));
    const plan = { files: [], dirs: [], bytes: 0 };
    const seen = new Set();
    try {
        for (;;) {
            const entry = await new Promise((resolve, reject) => {
                const onEntry = (e) => done(() => resolve(e));
                const onEnd = () => done(() => resolve(undefined));
                const onError = (e) => done(() => reject(layoutError(e)));
                const done = (then) => {
                    z.off('entry', onEntry).off('end', onEnd).off('error', onError);
                    then();
                };
                z.on('entry', onEntry).on('end', onEnd).on('error', onError);
                z.readEntry();
            });
            if (!entry)
                return plan;
            if (seen.size >= ZIP_LIMITS.maxEntries)
                throw new SumdbError('layout', `module zip has more than ${ZIP_LIMITS.maxEntries} entries; nothing was installed`);
            const rel = entryPath(entry.fileName, prefix);
            const folded = rel.toLowerCase();
            if (seen.has(folded))
                throw new SumdbError('layout', `module zip has ${JSON.stringify(rel)} twice (or differing only in case); nothing was installed`);
            seen.add(folded);
            plan.bytes += entry.uncompressedSize;
            if (plan.bytes > ZIP_LIMITS.maxBytes)
                throw new SumdbError('layout', `module zip unpacks to more than ${ZIP_LIMITS.maxBytes} bytes; nothing was installed`);
            const target = external_node_path_default().join(dest, ...rel.split('/'));
            if (entry.fileName.endsWith('/')) {
                plan.dirs.push({ name: entry.fileName, target });
                continue;
            }
            const name = JSON.stringify(entry.fileName.slice(0, 200));
            if (entry.isEncrypted())
                throw new SumdbError('layout', `module zip entry ${name} is encrypted; nothing was installed`);
            if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
                throw new SumdbError('layout', `module zip entry ${name} uses compression method ${entry.compressionMethod}; nothing was installed`);
            const start = await dataStart(z, entry);
            if (start + entry.compressedSize > zip.length)
                throw new SumdbError('layout', `module zip entry ${name} runs past the end of the zip; nothing was installed`);
            const job = {
                name: entry.fileName,
                start,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                stored: entry.compressionMethod === 0,
                target,
                mode: goFileMode(rel)
            };
            plan.files.push(job);
            onFile(job);
        }
    }
    finally {
        z.close();
    }
}
/** Where an entry's data starts: after its local header, as yauzl reads it. */
function dataStart(z, entry) {
    return new Promise((ok, no) => z.readLocalFileHeader(entry, { minimal: true }, (err, h) => err ? no(layoutError(err)) : ok(h.fileDataStart)));
}
function layoutError(e) {
    return new SumdbError('layout', `module zip cannot be read: ${e.message}; nothing was installed`);
}

// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
// EXTERNAL MODULE: ./src/inputs/sumdb-key.ts
var sumdb_key = __webpack_require__(9286);
;// CONCATENATED MODULE: ./src/toolchain/proxy/sumdb-note.ts



/**
 * Opens a signed note: returns its text once a signature by `verifier`
 * verifies. Signatures by other keys are ignored, as Go ignores unknown
 * signers; a bad signature by our key, or none at all, is an error.
 */
function openNote(msg, verifier, what) {
    const malformed = (why) => new SumdbError('signature', `${what}: malformed signed note (${why})`);
    const str = msg.toString('utf8');
    if (!Buffer.from(str, 'utf8').equals(msg))
        throw malformed('not UTF-8');
    if (/[\u0000-\u0009\u000b-\u001f]/.test(str))
        throw malformed('control characters');
    const split = str.lastIndexOf('\n\n');
    if (split < 0)
        throw malformed('no signature block');
    const text = str.slice(0, split + 1);
    const sigs = str.slice(split + 2);
    if (!sigs.endsWith('\n'))
        throw malformed('signature block does not end with a newline');
    const lines = sigs.slice(0, -1).split('\n');
    if (lines.length > 100)
        throw malformed('too many signatures');
    let verified = false;
    for (const line of lines) {
        const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
        if (!m)
            throw malformed(`bad signature line ${JSON.stringify(line.slice(0, 80))}`);
        const sig = Buffer.from(m[2], 'base64');
        if (sig.length < 5)
            throw malformed('short signature');
        if (m[1] !== verifier.name || sig.readUInt32BE(0) !== verifier.keyHash)
            continue;
        if (!(0,external_node_crypto_.verify)(null, Buffer.from(text, 'utf8'), verifier.key, sig.subarray(4)))
            throw new SumdbError('signature', `${what}: the signature by ${verifier.name}+${hex8(verifier.keyHash)} does not verify`);
        verified = true;
    }
    if (!verified)
        throw new SumdbError('signature', `${what}: not signed by the checksum database key ${verifier.name}+${hex8(verifier.keyHash)}`);
    return text;
}
function hex8(n) {
    return n.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/toolchain/proxy/tlog.ts


const TILE_HEIGHT = 8;
const TILE_WIDTH = 1 << TILE_HEIGHT;
const HASH_SIZE = 32;
/** A tree note's text: "go.sum database tree\n<N>\n<base64 hash>\n" (extra lines ignored, as Go does). */
function parseTree(text) {
    const lines = text.split('\n');
    const bad = () => new SumdbError('signature', `malformed tree note ${JSON.stringify(text.slice(0, 120))}`);
    if (lines[0] !== 'go.sum database tree' || lines.length < 4)
        throw bad();
    if (!/^(0|[1-9][0-9]{0,15})$/.test(lines[1]))
        throw bad();
    const size = Number(lines[1]);
    const hash = Buffer.from(lines[2], 'base64');
    if (hash.length !== HASH_SIZE ||
        hash.toString('base64') !== lines[2] ||
        !Number.isSafeInteger(size))
        throw bad();
    return { size, hash };
}
/** A /lookup response: "<id>\n<record text>\n<signed tree note>" (tlog.ParseRecord). */
function parseLookup(body) {
    const bad = (why) => new SumdbError('record', `malformed lookup response (${why})`);
    const nl = body.indexOf(0x0a);
    if (nl < 0)
        throw bad('no record id');
    const idText = body.subarray(0, nl).toString('latin1');
    if (!/^(0|[1-9][0-9]{0,15})$/.test(idText))
        throw bad('bad record id');
    const rest = body.subarray(nl + 1);
    const end = rest.indexOf('\n\n');
    if (end < 0)
        throw bad('no end of record');
    const textBytes = rest.subarray(0, end + 1);
    const text = textBytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(textBytes) ||
        /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text))
        throw bad('record text is not printable UTF-8');
    return { id: Number(idText), text, note: rest.subarray(end + 2) };
}
function recordHash(data) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from([0]))
        .update(data)
        .digest();
}
function nodeHash(left, right) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from([1]))
        .update(left)
        .update(right)
        .digest();
}
/** tlog's Tile.Path: tile/8/<L>/x001/x234/067[.p/<W>]. */
function tilePath(level, index, width) {
    let n = index;
    let s = String(n % 1000).padStart(3, '0');
    while (n >= 1000) {
        n = Math.floor(n / 1000);
        s = `x${String(n % 1000).padStart(3, '0')}/${s}`;
    }
    const partial = width === TILE_WIDTH ? '' : `.p/${width}`;
    return `tile/${TILE_HEIGHT}/${level}/${s}${partial}`;
}
/**
 * The stored hashes of a tree of `size` leaves, read from hash tiles as the
 * tree of that size has them. Tiles are unauthenticated on their own: every
 * hash read here is only trusted once it recomputes the signed root.
 */
class TileHashes {
    size;
    fetch;
    tiles = new Map();
    constructor(size, fetch) {
        this.size = size;
        this.fetch = fetch;
    }
    /** Hash of the complete subtree of 2^level leaves starting at leaf index * 2^level. */
    async subtree(level, index) {
        const tileLevel = Math.floor(level / TILE_HEIGHT);
        const base = tileLevel * TILE_HEIGHT;
        const span = 2 ** (level - base);
        const first = index * span;
        const tileIndex = Math.floor(first / TILE_WIDTH);
        const complete = Math.floor(this.size / 2 ** base);
        const width = Math.min(TILE_WIDTH, complete - tileIndex * TILE_WIDTH);
        if (first + span > complete)
            throw new Error(`internal: subtree ${level}/${index} is not complete in a tree of ${this.size}`);
        const tile = await this.tile(tileLevel, tileIndex, width);
        let hashes = [];
        for (let i = first - tileIndex * TILE_WIDTH, j = 0; j < span; i++, j++)
            hashes.push(tile.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
        while (hashes.length > 1) {
            const up = [];
            for (let i = 0; i < hashes.length; i += 2)
                up.push(nodeHash(hashes[i], hashes[i + 1]));
            hashes = up;
        }
        return hashes[0];
    }
    /** RFC 6962 MTH of leaves [lo, hi), from complete subtrees. */
    async range(lo, hi) {
        const n = hi - lo;
        if (isPowerOfTwo(n) && lo % n === 0)
            return this.subtree(Math.log2(n), lo / n);
        const k = largestPowerOfTwoBelow(n);
        return nodeHash(await this.range(lo, lo + k), await this.range(lo + k, hi));
    }
    tile(level, index, width) {
        const p = tilePath(level, index, width);
        let t = this.tiles.get(p);
        if (!t) {
            t = this.fetch(p).then(data => {
                if (data.length !== width * HASH_SIZE)
                    throw new SumdbError('inclusion', `hash tile ${p} has ${data.length} bytes, expected ${width * HASH_SIZE}`);
                return data;
            });
            this.tiles.set(p, t);
        }
        return t;
    }
}
/**
 * Proves the record with leaf number `id` is in the signed tree: recomputes
 * the root from the record's own leaf hash and the tiles' sibling hashes.
 */
async function verifyInclusion(tree, id, record, hashes) {
    if (id >= tree.size)
        throw new SumdbError('inclusion', `record ${id} is outside the signed tree of size ${tree.size}`);
    const leaf = recordHash(record);
    const rootWith = async (lo, hi) => {
        if (hi - lo === 1)
            return leaf;
        const k = largestPowerOfTwoBelow(hi - lo);
        return id < lo + k
            ? nodeHash(await rootWith(lo, lo + k), await hashes.range(lo + k, hi))
            : nodeHash(await hashes.range(lo, lo + k), await rootWith(lo + k, hi));
    };
    if (!(await rootWith(0, tree.size)).equals(tree.hash))
        throw new SumdbError('inclusion', `the lookup record ${id} is not included in the signed tree of size ${tree.size} (inclusion proof from the tiles does not reach the signed root)`);
}
/**
 * Proves an older tree is a prefix of the newer one (no fork, no rewrite):
 * the subtrees covering [0, old.size) are read once and must rebuild both
 * the old root and, together with the rest, the new signed root.
 */
async function verifyPrefix(older, newer, hashes) {
    if (older.size > newer.size)
        return false;
    if (older.size === newer.size)
        return older.hash.equals(newer.hash);
    if (older.size === 0)
        return true;
    const pieces = [];
    const walk = async (lo, hi) => {
        const n = hi - lo;
        if (hi <= older.size && isPowerOfTwo(n) && lo % n === 0) {
            const h = await hashes.subtree(Math.log2(n), lo / n);
            pieces.push(h);
            return h;
        }
        if (lo >= older.size)
            return hashes.range(lo, hi);
        const k = largestPowerOfTwoBelow(n);
        const left = await walk(lo, lo + k);
        return nodeHash(left, await walk(lo + k, hi));
    };
    const root = await walk(0, newer.size);
    let oldRoot = pieces[pieces.length - 1];
    for (let i = pieces.length - 2; i >= 0; i--)
        oldRoot = nodeHash(pieces[i], oldRoot);
    return root.equals(newer.hash) && oldRoot.equals(older.hash);
}
function isPowerOfTwo(n) {
    return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}
/** Largest power of two strictly below n (n >= 2). */
function largestPowerOfTwoBelow(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

;// CONCATENATED MODULE: ./src/toolchain/proxy/sumdb-client.ts










const MAX_LOOKUP_BYTES = 64 << 10;
const MAX_TILE_BYTES = 256 * 32;
const MAX_NOTE_BYTES = 16 << 10;
/**
 * Where to reach the database, as cmd/go decides it: an explicit GOSUMDB URL
 * wins; else the proxy, when <proxy>/sumdb/<name>/supported answers 200;
 * else (404/410) https://<name> directly. Any other answer is an error.
 */
async function sumdbBase(req) {
    if (req.db.url)
        return req.db.url.replace(/\/+$/, '');
    const base = `${req.proxy}/sumdb/${req.db.name}`;
    try {
        await getBytes(`${base}/supported`, 4096, req.http);
        return base;
    }
    catch (e) {
        if (e instanceof http_get/* DownloadError */.nV && (e.status === 404 || e.status === 410))
            return `https://${req.db.name}`;
        throw e;
    }
}
/**
 * The go.sum lines the checksum database holds for module@version, once
 * verified: the signed tree note by the configured key, the record's
 * inclusion in that tree through hash tiles, and that the tree extends the
 * newest one this machine has seen before. Returns the record's lines,
 * its number and the size of the tree it was proven in.
 */
async function lookupVerified(req) {
    const verifier = (0,sumdb_key/* parseVerifierKey */.z$)(req.db.key);
    const base = await sumdbBase(req);
    const lookupUrl = `${base}/lookup/${escapeModule(req.module)}@${escapeModule(req.version)}`;
    req.log?.(`Checksum database ${req.db.name}: ${lookupUrl}`);
    const body = await getBytes(lookupUrl, MAX_LOOKUP_BYTES, req.http);
    const { id, text, note } = parseLookup(body);
    const tree = parseTree(openNote(note, verifier, `checksum database ${req.db.name} tree note`));
    const hashes = new TileHashes(tree.size, p => getBytes(`${base}/${p}`, MAX_TILE_BYTES, req.http));
    const seen = await readSeenTree(req.stateDir, req.db, verifier, req.warn ?? req.log ?? (() => { }));
    if (seen && seen.size > tree.size)
        throw new SumdbError('rollback', `checksum database ${req.db.name} signed a tree of size ${tree.size}, older than the tree of size ${seen.size} seen before (rollback)`);
    if (seen && !(await verifyPrefix(seen, tree, hashes)))
        throw new SumdbError('rollback', `checksum database ${req.db.name}: the signed tree of size ${tree.size} does not extend the tree of size ${seen.size} seen before (fork)`);
    await verifyInclusion(tree, id, text, hashes);
    req.log?.(`Signature and inclusion verified: record ${id} in the tree of size ${tree.size}`);
    if (!seen || tree.size > seen.size)
        await rememberTree(req.stateDir, req.db, note);
    return { lines: text.split('\n').filter(Boolean), id, treeSize: tree.size };
}
/** The h1: hash a verified record gives for the module zip (not its go.mod). */
function zipHashFromRecord(lines, module, version) {
    for (const line of lines) {
        const f = line.split(' ');
        if (f.length === 3 && f[0] === module && f[1] === version && f[2].startsWith('h1:'))
            return f[2];
    }
    throw new SumdbError('record', `the checksum database record has no h1: line for ${module} ${version}`);
}
/**
 * The newest verified tree head, kept as the signed note itself (as cmd/go
 * keeps GOPATH/pkg/sumdb/<name>/latest), so a tampered state file fails its
 * signature instead of being trusted. Keyed by the database name and its
 * verifier key: after a key rotation the old key's tree head is not the new
 * key's history, and must not lock the runner.
 */
function stateFile(stateDir, db) {
    const key = (0,external_node_crypto_.createHash)('sha256').update(db.key).digest('hex').slice(0, 16);
    return external_node_path_default().join(stateDir, `${db.name.replace(/[^A-Za-z0-9.-]/g, '_')}-${key}.latest`);
}
/**
 * The remembered tree head, or undefined when there is none. A file that is
 * not a tree note signed by this key (empty, cut short by a full disk,
 * tampered) proves nothing either way: it is moved aside with a warning
 * saying where, and verification goes on from the signed tree alone. A
 * state that does verify is kept and enforced (rollback, fork).
 */
async function readSeenTree(stateDir, db, verifier, warn) {
    const file = stateFile(stateDir, db);
    let msg;
    try {
        msg = await (0,promises_.readFile)(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new SumdbError('rollback', `cannot read the remembered tree head ${file}: ${e.message}`);
    }
    try {
        if (msg.length > MAX_NOTE_BYTES)
            throw new Error(`${msg.length} bytes, too large for a tree note`);
        return parseTree(openNote(msg, verifier, 'the file'));
    }
    catch (e) {
        const aside = `${file}.unreadable-${Date.now()}-${process.pid}`;
        const moved = await (0,promises_.rename)(file, aside).then(() => `moved it to ${aside}`, (r) => `could not move it aside (${r.message})`);
        warn((0,log_escape/* line */.n8) `checksum database ${db.name}: the remembered tree head ${file} is not a tree note signed by its key (${(0,log_escape/* excerpt */.Kb)(e.message, 200)}); ${moved}, and verifying from the signed tree alone`);
        return undefined;
    }
}
async function rememberTree(stateDir, db, note) {
    await (0,promises_.mkdir)(stateDir, { recursive: true });
    const file = stateFile(stateDir, db);
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, note);
    await (0,promises_.rename)(tmp, file);
}

;// CONCATENATED MODULE: ./src/toolchain/proxy/install.ts















/**
 * Each (proxy, checksum database key) pair gets its own tool-cache name: a
 * toolchain verified against one database key is never found by a job that
 * trusts another, nor by go.dev or mirror jobs.
 */
function proxyToolCacheName(source) {
    const id = (0,external_node_crypto_.createHash)('sha256').update(`${source.url}\n${source.sumdb.key}`).digest('hex');
    return `go-proxy-${id.slice(0, 12)}`;
}
/**
 * Where the newest verified tree head of each checksum database is kept:
 * beside the tools in the tool cache (it outlives a job on self-hosted
 * runners, like the toolchains it vouches for), not inside any tool's folder.
 */
function sumdbStateDir() {
    return external_node_path_default().join((0,toolcache/* toolCacheRoot */.Hw)(), 'setup-go-cross-sumdb');
}
/**
 * Installs Go as cmd/go installs a toolchain it switches to: the module
 * golang.org/toolchain@v0.0.1-go<ver>.<goos>-<goarch> from the proxy, its
 * h1: hash from the checksum database (signature, inclusion, no rollback),
 * extracted into staging while hashed, promoted only when the hash matches.
 */
async function installGoFromProxy(req, source) {
    const tool = proxyToolCacheName(source);
    const local = (0,resolve/* resolveLocal */.iT)(req.spec, tool_cache/* findAllVersions */.iq(tool, req.toolArch));
    if (local) {
        const hit = await (0,installed/* cachedIfHealthy */.lE)(tool, local, req.toolArch);
        if (hit)
            return hit;
    }
    const http = { ...req.retry, log: core/* info */.pq };
    let version;
    if (req.spec.kind === 'exact') {
        version = req.spec.version;
    }
    else {
        const url = listUrl(source.url);
        core/* info */.pq(`Resolving go-version "${req.specText}" with ${url}`);
        const list = (await getBytes(url, 4 << 20, http)).toString('utf8');
        version = resolveFromList(req.spec, parseToolchainList(list, req.host.os, req.host.arch), req.specText);
    }
    const cacheVersion = (0,toolchain_version/* goToSemver */.Ot)(version);
    if (!cacheVersion)
        throw new Error(`the module proxy names an unreadable Go version "${version}"`);
    if (cacheVersion !== local && tool_cache/* find */.I6(tool, cacheVersion, req.toolArch)) {
        const hit = await (0,installed/* cachedIfHealthy */.lE)(tool, cacheVersion, req.toolArch);
        if (hit)
            return hit;
    }
    const modVersion = toolchainModuleVersion(version, req.host.os, req.host.arch);
    const record = await lookupVerified({
        proxy: source.url,
        db: source.sumdb,
        module: TOOLCHAIN_MODULE,
        version: modVersion,
        stateDir: sumdbStateDir(),
        http,
        log: core/* info */.pq,
        warn: core/* warning */.$e
    });
    const want = zipHashFromRecord(record.lines, TOOLCHAIN_MODULE, modVersion);
    // Staging lives in RUNNER_TEMP, outside the tool cache, as on the go.dev path.
    const staging = external_node_path_default().join(process.env['RUNNER_TEMP'] || external_node_os_default().tmpdir(), `setup-go-cross-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        await (0,promises_.mkdir)(staging, { recursive: true });
        const zipUrl = moduleUrl(source.url, modVersion, 'zip');
        const started = performance.now();
        const zip = await downloadShared(zipUrl, ZIP_LIMITS.maxBytes, http);
        core/* info */.pq(`Downloaded ${zipUrl} (${(zip.length / 1024 / 1024).toFixed(1)} MiB)`);
        const goroot = external_node_path_default().join(staging, 'go');
        const got = await extractModuleZip(zip, zipPrefix(modVersion), goroot);
        if (got.h1 !== want)
            throw new SumdbError('hash', `${TOOLCHAIN_MODULE}@${modVersion}: the module zip hashes to ${got.h1}, the checksum database says ${want}; nothing was installed`);
        core/* info */.pq(`h1 hash verified against ${source.sumdb.name} (${got.files} files); downloaded and extracted in ${Math.round(performance.now() - started)} ms`);
        const dest = await (0,toolcache/* promoteToToolCache */.eh)(goroot, tool, cacheVersion, req.toolArch, g => (0,installed/* runsAs */.HU)(g, version));
        core/* info */.pq(`Go ${version} cached at ${dest}`);
        return {
            version,
            goroot: dest,
            fromToolCache: false,
            provenance: {
                source: zipUrl,
                verified: `${want} (Go's dirhash), record ${record.id} of the checksum database ${source.sumdb.name}, in its signed tree of size ${record.treeSize}`
            }
        };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true, maxRetries: 3 });
    }
}


/***/ })

};
