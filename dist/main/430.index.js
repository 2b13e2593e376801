export const id = 430;
export const ids = [430];
export const modules = {

/***/ 8430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ImageError: () => (/* reexport */ ImageError),
  publishImage: () => (/* binding */ publishImage)
});

// UNUSED EXPORTS: RegistryError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/image.ts
var inputs_image = __webpack_require__(2836);
// EXTERNAL MODULE: ./src/build/naming.ts
var naming = __webpack_require__(1830);
// EXTERNAL MODULE: ./src/targets/parse.ts
var parse = __webpack_require__(5701);
;// CONCATENATED MODULE: ./src/image/media.ts
/** OCI media types (image-spec media-types.md) and the Docker ones a base image may use. */
const MT = {
    index: 'application/vnd.oci.image.index.v1+json',
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
};
/** What a manifest GET accepts: an index or a single image, OCI or Docker. */
const MANIFEST_ACCEPT = [MT.index, MT.manifest, MT.dockerList, MT.dockerManifest].join(', ');
/** A Docker layer type as its OCI twin (same bytes): an OCI manifest names OCI types. */
function ociLayerType(mediaType) {
    if (mediaType === MT.dockerLayerGzip)
        return MT.layerGzip;
    if (mediaType === 'application/vnd.docker.image.rootfs.diff.tar')
        return 'application/vnd.oci.image.layer.v1.tar';
    return mediaType;
}

;// CONCATENATED MODULE: ./src/image/platform.ts
/**
 * Go target -> OCI platform (image-spec image-index.md "platform"): os and
 * architecture are Go's GOOS/GOARCH; arm carries v5/v6/v7 from GOARM, arm64
 * carries v8 (what containerd and docker write for it). Pure.
 */

/**
 * The platform of one target. GOARM is the target's variant when it names one,
 * else what the binary's build info recorded (GOARM=7, GOARM=6,softfloat),
 * else Go's cross-compile default, 7.
 */
function ociPlatform(target, goarmFromBinary) {
    const p = { os: target.goos, architecture: target.goarch };
    if (target.goarch === 'arm') {
        const goarm = (target.variant?.name === 'GOARM' ? target.variant.value : undefined) ??
            goarmFromBinary ??
            '7';
        p.variant = `v${goarm.split(',')[0]}`;
    }
    else if (target.goarch === 'arm64')
        p.variant = 'v8';
    return p;
}
function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/** Whether a base image's platform serves a wanted one (arm64 without a variant is v8). */
function platformMatches(have, want) {
    if (have.os !== want.os || have.architecture !== want.architecture)
        return false;
    const norm = (p) => p.variant || (p.architecture === 'arm64' ? 'v8' : p.architecture === 'arm' ? 'v7' : '');
    return norm(have) === norm(want);
}
/** Targets two of which would land on one platform (e.g. linux/amd64 and linux/amd64/v3). */
function platformClash(targets) {
    const seen = new Map();
    for (const t of targets) {
        const key = formatPlatform(ociPlatform(t));
        const other = seen.get(key);
        if (other)
            return `targets ${(0,parse/* formatTarget */.P4)(other)} and ${(0,parse/* formatTarget */.P4)(t)} are one image platform (${key}); an index holds one image per platform`;
        seen.set(key, t);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/image/base.ts
/**
 * The base image, pulled per platform by digest: its index (or single
 * manifest), the manifest of each wanted platform, and its config. A
 * platform the base does not have is one line naming both.
 */



class ImageError extends Error {
}
/** A config blob is small; a larger one is refused. */
const CONFIG_CAP = 8 << 20;
/** The base's image for each wanted platform (keyed by formatPlatform). */
async function resolveBase(client, ref, platforms) {
    const name = (0,inputs_image/* formatReference */.FH)(ref);
    const top = await client.getManifest(ref.repository, ref.digest);
    const doc = JSON.parse(top.bytes.toString('utf8'));
    const out = new Map();
    if (top.mediaType === MT.index || top.mediaType === MT.dockerList || doc.manifests) {
        const entries = (doc.manifests ?? []).filter(m => m.platform);
        for (const p of platforms) {
            const d = entries.find(m => m.platform && platformMatches(m.platform, p));
            if (!d)
                throw new ImageError(`image-base ${name} has no ${formatPlatform(p)} image (it has ${entries.map(m => formatPlatform(m.platform)).join(', ') || 'none'})`);
            out.set(formatPlatform(p), await pullImage(client, ref, d.digest, p));
        }
        return out;
    }
    for (const p of platforms) {
        const image = await pullImage(client, ref, top.digest, p, doc);
        out.set(formatPlatform(p), image);
    }
    return out;
}
async function pullImage(client, ref, digest, want, known) {
    const doc = known ??
        JSON.parse((await client.getManifest(ref.repository, digest)).bytes.toString('utf8'));
    if (!doc.config || !Array.isArray(doc.layers))
        throw new ImageError(`image-base ${(0,inputs_image/* formatReference */.FH)(ref)}: ${digest} is not an image manifest`);
    if (doc.config.size > CONFIG_CAP)
        throw new ImageError(`image-base ${(0,inputs_image/* formatReference */.FH)(ref)}: its config is over ${CONFIG_CAP} bytes; refused`);
    const configBytes = await client.getBlob(ref.repository, doc.config.digest, doc.config.size);
    const config = JSON.parse(configBytes.toString('utf8'));
    if (!platformMatches(config, want))
        throw new ImageError(`image-base ${(0,inputs_image/* formatReference */.FH)(ref)} has no ${formatPlatform(want)} image (it is ${formatPlatform({ os: String(config.os), architecture: String(config.architecture), variant: config.variant })})`);
    if ((config.rootfs?.diff_ids?.length ?? 0) !== doc.layers.length)
        throw new ImageError(`image-base ${(0,inputs_image/* formatReference */.FH)(ref)}: its config and manifest disagree on the layers`);
    return { ref, manifestDigest: digest, config, layers: doc.layers };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/inputs/parse.ts + 4 modules
var inputs_parse = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/image/auth.ts
/** WWW-Authenticate challenges (RFC 7235, as registries send them). Pure. */
/** Parses `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g))
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    return { scheme: m[1].toLowerCase(), params };
}
/** The token endpoint URL for a Bearer challenge and the scopes wanted. */
function tokenUrl(challenge, scopes) {
    const url = new URL(challenge.params['realm']);
    if (challenge.params['service'])
        url.searchParams.set('service', challenge.params['service']);
    for (const s of scopes)
        url.searchParams.append('scope', s);
    return url.toString();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/image/layer.ts
/**
 * The binary's layer: a tar holding the binary at its entrypoint path (and
 * its parent directories), every entry uid/gid 0, a fixed mtime, mode 0755,
 * gzipped with no name and no timestamp in the header (Node's zlib writes
 * mtime 0). Same bytes in, same digest out.
 */




const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
function sha256(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** The tar of one file at `entrypoint` (absolute) with parent directories, deterministic. */
async function layerTar(binary, entrypoint, mtimeSeconds) {
    const p = (0,tar_stream.pack)();
    const chunks = [];
    p.on('data', (c) => chunks.push(c));
    const done = new Promise((resolve, reject) => {
        p.on('end', resolve);
        p.on('error', reject);
    });
    const common = {
        mtime: new Date(mtimeSeconds * 1000),
        uid: 0,
        gid: 0,
        uname: '',
        gname: ''
    };
    const parts = entrypoint.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++)
        p.entry({ ...common, name: `${parts.slice(0, i).join('/')}/`, type: 'directory', mode: 0o755 });
    await new Promise((resolve, reject) => p.entry({ ...common, name: parts.join('/'), type: 'file', mode: 0o755, size: binary.length }, binary, e => (e ? reject(e) : resolve())));
    p.finalize();
    await done;
    return Buffer.concat(chunks);
}
/**
 * The layer for one binary: tar, then gzip at level 1 (BestSpeed, the level
 * go-containerregistry and so ko write): on real ~10 MB Go binaries 2-2.5x
 * faster than level 6 for about 7% more bytes.
 */
async function binaryLayer(binary, entrypoint, mtimeSeconds) {
    const tar = await layerTar(binary, entrypoint, mtimeSeconds);
    const blob = await gzipAsync(tar, { level: 1 });
    return { blob, digest: sha256(blob), diffId: sha256(tar) };
}

;// CONCATENATED MODULE: ./src/image/client.ts
/**
 * A small client for the OCI distribution API (distribution-spec spec.md):
 * blobs (HEAD, monolithic POST+PUT upload, cross-repository mount, GET) and
 * manifests (PUT, GET), with the registries' auth (a 401's WWW-Authenticate:
 * Bearer -> a token from the realm, or Basic), retries on 5xx, 429 and
 * resets within a deadline, a byte cap on every body read, and secrets
 * masked and never logged. https, except to a loopback registry.
 */





class RegistryError extends Error {
    retryable;
    status;
    constructor(message, retryable = false, status) {
        super(message);
        this.retryable = retryable;
        this.status = status;
    }
}
const MAX_REDIRECTS = 5;
/** distribution's own limit on a manifest is 4 MiB. */
const MANIFEST_CAP = 4 << 20;
/** The API host of a registry name (Docker Hub's is registry-1.docker.io). */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
function registryOrigin(registry) {
    const host = apiHost(registry);
    const bare = host.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
    return `${(0,inputs_parse/* isLoopbackHost */.cW)(bare) ? 'http' : 'https'}://${host}`;
}
class RegistryClient {
    registry;
    opts;
    origin;
    stats = {
        requests: 0,
        bytesUp: 0,
        bytesDown: 0,
        present: 0,
        mounted: 0,
        uploaded: 0
    };
    authHeader = new Map();
    challenge;
    cred;
    constructor(registry, opts) {
        this.registry = registry;
        this.opts = opts;
        this.origin = registryOrigin(registry);
    }
    /** HEAD a blob: true when the repository has it. */
    async hasBlob(repo, digest) {
        const res = await this.send({
            method: 'HEAD',
            url: `/v2/${repo}/blobs/${digest}`,
            scopes: [scope(repo, 'pull,push')],
            maxBytes: 0,
            ok: [200, 404],
            what: `HEAD blob ${digest} in ${repo}`
        });
        return res.status === 200;
    }
    /**
     * Makes sure `repo` has the blob: HEAD (skip when present), else a mount
     * from `mountFrom` on the same registry, else POST + PUT of the bytes.
     */
    async ensureBlob(repo, digest, bytes, mountFrom) {
        if (await this.hasBlob(repo, digest)) {
            this.stats.present++;
            return 'present';
        }
        return this.retrying(`upload of ${digest} to ${repo}`, async () => {
            let location;
            if (mountFrom && mountFrom !== repo) {
                const res = await this.send({
                    method: 'POST',
                    url: `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}`,
                    scopes: [scope(repo, 'pull,push'), scope(mountFrom, 'pull')],
                    maxBytes: 1 << 16,
                    ok: [201, 202],
                    what: `mount of ${digest} from ${mountFrom} into ${repo}`,
                    retry: false
                });
                if (res.status === 201) {
                    this.stats.mounted++;
                    return 'mounted';
                }
                location = res.headers.get('location') ?? undefined;
            }
            if (!location) {
                const res = await this.send({
                    method: 'POST',
                    url: `/v2/${repo}/blobs/uploads/`,
                    scopes: [scope(repo, 'pull,push')],
                    maxBytes: 1 << 16,
                    ok: [202],
                    what: `upload start for ${digest} in ${repo}`,
                    retry: false
                });
                location = res.headers.get('location') ?? undefined;
                if (!location)
                    throw new RegistryError(`${this.registry}: upload start for ${repo} answered no Location`);
            }
            const body = await bytes();
            const put = new URL(location, this.origin);
            put.searchParams.set('digest', digest);
            const res = await this.send({
                method: 'PUT',
                url: put.toString(),
                scopes: [scope(repo, 'pull,push')],
                headers: { 'content-type': 'application/octet-stream' },
                body,
                maxBytes: 1 << 16,
                ok: [201],
                what: `upload of ${digest} to ${repo}`,
                retry: false
            });
            const answered = res.headers.get('docker-content-digest');
            if (answered && answered !== digest)
                throw new RegistryError(`${this.registry} answered digest ${answered} for the blob pushed as ${digest} to ${repo}`);
            this.stats.uploaded++;
            return 'uploaded';
        });
    }
    /** PUT a manifest or index under a tag or its digest; checks the digest the registry answers. */
    async putManifest(repo, reference, mediaType, bytes) {
        const digest = sha256(bytes);
        const res = await this.send({
            method: 'PUT',
            url: `/v2/${repo}/manifests/${reference}`,
            scopes: [scope(repo, 'pull,push')],
            headers: { 'content-type': mediaType },
            body: bytes,
            maxBytes: 1 << 16,
            ok: [201],
            what: `PUT manifest ${reference} in ${repo}`
        });
        const answered = res.headers.get('docker-content-digest');
        if (answered && answered !== digest)
            throw new RegistryError(`${this.registry} answered digest ${answered} for the manifest pushed as ${digest} to ${repo}:${reference}; nothing more is tagged`);
    }
    /** GET a manifest; when `reference` is a digest, the bytes must hash to it. */
    async getManifest(repo, reference) {
        const res = await this.send({
            method: 'GET',
            url: `/v2/${repo}/manifests/${reference}`,
            scopes: [scope(repo, 'pull')],
            headers: { accept: MANIFEST_ACCEPT },
            maxBytes: MANIFEST_CAP,
            ok: [200],
            what: `GET manifest ${reference} from ${repo}`
        });
        const digest = sha256(res.body);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw new RegistryError(`${this.registry} answered a manifest with digest ${digest} for ${repo}@${reference}`);
        let mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        try {
            mediaType =
                JSON.parse(res.body.toString('utf8')).mediaType || mediaType;
        }
        catch {
            throw new RegistryError(`${this.registry}: manifest ${repo}@${reference} is not JSON`);
        }
        return { bytes: res.body, mediaType, digest };
    }
    /** GET a blob of a known size and digest (the bytes are checked against both). */
    async getBlob(repo, digest, size) {
        const res = await this.send({
            method: 'GET',
            url: `/v2/${repo}/blobs/${digest}`,
            scopes: [scope(repo, 'pull')],
            maxBytes: size,
            ok: [200],
            what: `GET blob ${digest} from ${repo}`
        });
        if (res.body.length !== size || sha256(res.body) !== digest)
            throw new RegistryError(`${this.registry} answered a blob with digest ${sha256(res.body)} (${res.body.length} bytes) for ${repo}@${digest} (${size} bytes)`);
        return res.body;
    }
    /** One request with auth and retries (the unit a retry repeats). */
    send(req) {
        return req.retry === false ? this.once(req) : this.retrying(req.what, () => this.once(req));
    }
    async retrying(what, fn) {
        const attempts = this.opts.attempts ?? 4;
        let wait = this.opts.backoffMs ?? 250;
        for (let i = 1;; i++) {
            try {
                return await fn();
            }
            catch (e) {
                const err = e instanceof RegistryError ? e : new RegistryError(String(e), true);
                if (!err.retryable || i >= attempts || performance.now() + wait >= this.opts.deadline)
                    throw err;
                this.opts.log?.(`${what}: ${err.message}; trying again in ${wait} ms (${i}/${attempts})`);
                await new Promise(r => setTimeout(r, wait));
                wait *= 2;
            }
        }
    }
    /** One request: with the auth this scope has, once more after a challenge is answered. */
    async once(req) {
        const key = req.scopes.join(' ');
        let res = await this.fetchFollowing(req, this.authHeader.get(key));
        if (res.status === 401) {
            await this.authorize(req, res.headers.get('www-authenticate'));
            res = await this.fetchFollowing(req, this.authHeader.get(key));
            if (res.status === 401)
                throw await this.authError(req, 401);
        }
        if (res.status === 403)
            throw await this.authError(req, 403);
        if (!req.ok.includes(res.status)) {
            const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
            throw new RegistryError(`${this.registry}: ${req.what} answered HTTP ${res.status}${errorCode(res.body)}`, retryable, res.status);
        }
        return res;
    }
    async authError(req, status) {
        const cred = await this.credential();
        const tried = cred.credential
            ? `credentials from ${cred.source}`
            : `no credentials (${cred.source})`;
        const verb = status === 401 ? 'refused' : 'denied';
        return new RegistryError(`${this.registry} ${verb} ${req.what} (HTTP ${status}) with ${tried}`, false, status);
    }
    credential() {
        this.cred ??= this.opts.credentials();
        return this.cred;
    }
    /** Answers a 401's challenge: a Bearer token for the request's scopes, or Basic. */
    async authorize(req, header) {
        const challenge = parseChallenge(header) ?? this.challenge;
        if (!challenge)
            throw await this.authError(req, 401);
        this.challenge = challenge;
        const key = req.scopes.join(' ');
        const cred = (await this.credential()).credential;
        const basic = cred
            ? `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`
            : undefined;
        if (challenge.scheme === 'basic') {
            if (!basic)
                throw await this.authError(req, 401);
            this.authHeader.set(key, basic);
            return;
        }
        if (challenge.scheme !== 'bearer' || !challenge.params['realm'])
            throw new RegistryError(`${this.registry}: unsupported auth challenge ${challenge.scheme}`);
        const url = tokenUrl(challenge, req.scopes);
        checkUrl(url, this.registry, 'token realm');
        const res = await this.fetchOnce('GET', url, basic ? { authorization: basic } : {}, undefined, 1 << 20);
        if (res.status === 401 || res.status === 403)
            throw await this.authError(req, res.status);
        if (res.status !== 200)
            throw new RegistryError(`${this.registry}: token service ${new URL(url).host} answered HTTP ${res.status}`, res.status >= 500 || res.status === 429);
        let token;
        try {
            const body = JSON.parse(res.body.toString('utf8'));
            token = body.token || body.access_token;
        }
        catch {
            // handled below
        }
        if (!token)
            throw new RegistryError(`${this.registry}: token service answered no token`);
        core/* setSecret */.Pq(token);
        this.authHeader.set(key, `Bearer ${token}`);
    }
    /** A request, following redirects for GET/HEAD (Authorization kept on the same origin only). */
    async fetchFollowing(req, auth) {
        let url = new URL(req.url, this.origin).toString();
        for (let hop = 0;; hop++) {
            checkUrl(url, this.registry, req.what);
            const sameOrigin = new URL(url).origin === this.origin;
            const headers = { ...req.headers };
            if (auth && sameOrigin)
                headers['authorization'] = auth;
            const res = await this.fetchOnce(req.method, url, headers, req.body, req.maxBytes);
            const location = res.headers.get('location');
            if ((req.method === 'GET' || req.method === 'HEAD') &&
                [301, 302, 303, 307, 308].includes(res.status) &&
                location) {
                if (hop >= MAX_REDIRECTS)
                    throw new RegistryError(`${this.registry}: ${req.what} redirects more than ${MAX_REDIRECTS} times`);
                url = new URL(location, url).toString();
                continue;
            }
            return res;
        }
    }
    async fetchOnce(method, url, headers, body, maxBytes) {
        const left = this.opts.deadline - performance.now();
        if (left <= 0)
            throw new RegistryError(`${this.registry}: the image push did not finish before its deadline`);
        this.stats.requests++;
        const host = new URL(url).host;
        let res;
        try {
            res = await fetch(url, {
                method,
                headers: {
                    'user-agent': 'setup-go-cross',
                    ...headers,
                    ...(body ? { 'content-length': String(body.length) } : {})
                },
                body,
                redirect: 'manual',
                signal: AbortSignal.timeout(Math.max(1, Math.floor(left)))
            });
        }
        catch (e) {
            const cause = e.cause;
            const why = cause?.code ?? cause?.message ?? e.message;
            if (e.name === 'TimeoutError')
                throw new RegistryError(`${this.registry}: ${method} to ${host} did not finish before the deadline`);
            throw new RegistryError(`${host} unreachable: ${method} failed (${why})`, true);
        }
        if (body)
            this.stats.bytesUp += body.length;
        const data = await readCapped(res, maxBytes, `${method} ${host}`).catch((e) => {
            if (e instanceof RegistryError)
                throw e;
            throw new RegistryError(`${host}: ${method} broke off (${e.message})`, true);
        });
        this.stats.bytesDown += data.length;
        return { status: res.status, headers: res.headers, body: data, url };
    }
}
/** A response body, refused past `max` bytes (error answers are read up to 64 KiB). */
async function readCapped(res, max, what) {
    if (!res.body)
        return Buffer.alloc(0);
    const cap = res.status >= 300 ? Math.max(max, 1 << 16) : max;
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > cap && res.status < 300) {
        await res.body.cancel();
        throw new RegistryError(`${what}: announces ${declared} bytes, more than the ${cap} expected; refused`);
    }
    if (Number.isFinite(declared) && declared <= cap && res.status < 300) {
        // A declared length within the cap: read whole (fast); a longer body is still refused.
        const body = Buffer.from(await res.arrayBuffer());
        if (body.length > cap)
            throw new RegistryError(`${what}: sent more than the ${cap} bytes expected; stopped`);
        return body;
    }
    const chunks = [];
    let n = 0;
    for await (const chunk of res.body) {
        n += chunk.length;
        if (n > cap) {
            if (res.status >= 300)
                break;
            throw new RegistryError(`${what}: sent more than the ${cap} bytes expected; stopped`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** ` (MANIFEST_INVALID: …)` from a distribution error body, if it has one. */
function errorCode(body) {
    try {
        const e = JSON.parse(body.toString('utf8')).errors?.[0];
        if (e?.code)
            return ` (${e.code}${e.message ? `: ${e.message.slice(0, 200)}` : ''})`;
    }
    catch {
        // not a distribution error body
    }
    return '';
}
function scope(repo, actions) {
    return `repository:${repo}:${actions}`;
}
/** https anywhere, http only to loopback, never credentials in the URL. */
function checkUrl(url, registry, what) {
    const u = new URL(url);
    if (u.username || u.password)
        throw new RegistryError(`${registry}: ${what} goes to a URL with credentials; refused`);
    if (u.protocol === 'https:')
        return;
    if (u.protocol === 'http:' && (0,inputs_parse/* isLoopbackHost */.cW)(u.hostname.replace(/^\[|\]$/g, '')))
        return;
    throw new RegistryError(`${registry}: ${what} goes to ${u.protocol}//${u.host}; only https, or http to a loopback host, is accepted`);
}

;// CONCATENATED MODULE: ./src/image/config.ts
/**
 * The image config, manifest and index documents (image-spec config.md,
 * manifest.md, image-index.md). Pure and deterministic: fixed key order, the
 * created time from the source (never the clock), nothing from the tag.
 */

/** The user on scratch when image-user is not set: non-root, as distroless's nonroot. */
const SCRATCH_USER = '65532';
function isoTime(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
/** The runtime config: the base's (Env, WorkingDir, ...) with our Entrypoint, User and labels. */
function imageConfig(c) {
    const created = isoTime(c.created);
    const baseRuntime = { ...(c.base?.config ?? {}) };
    // The base's Cmd was arguments for its own entrypoint, not ours.
    delete baseRuntime['Cmd'];
    delete baseRuntime['Entrypoint'];
    const baseUser = typeof baseRuntime['User'] === 'string' ? baseRuntime['User'] : '';
    const baseLabels = baseRuntime['Labels'] && typeof baseRuntime['Labels'] === 'object'
        ? baseRuntime['Labels']
        : {};
    const runtime = {
        ...baseRuntime,
        User: c.user ?? (c.base ? baseUser : SCRATCH_USER),
        Entrypoint: [c.entrypoint],
        Labels: sortKeys({ ...baseLabels, ...c.labels })
    };
    if (!runtime['User'])
        delete runtime['User'];
    return {
        created,
        architecture: c.platform.architecture,
        os: c.platform.os,
        ...(c.platform.variant ? { variant: c.platform.variant } : {}),
        config: runtime,
        rootfs: { type: 'layers', diff_ids: [...(c.base?.rootfs?.diff_ids ?? []), c.diffId] },
        history: [
            ...(c.base?.history ?? []),
            { created, created_by: `setup-go-cross: ${c.file} as ${c.entrypoint}` }
        ]
    };
}
/**
 * The OCI labels from the GITHUB_* environment. version only from a tag push
 * (or a tag given), never from the image reference or the run: the digest
 * must not depend on what the image is pushed as.
 */
function githubLabels(env, created, gitTag) {
    const labels = {};
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    if (env['GITHUB_REPOSITORY'])
        labels['org.opencontainers.image.source'] = `${server}/${env['GITHUB_REPOSITORY']}`;
    if (env['GITHUB_SHA'])
        labels['org.opencontainers.image.revision'] = env['GITHUB_SHA'];
    const tagPush = env['GITHUB_REF_TYPE'] === 'tag' || (env['GITHUB_REF'] ?? '').startsWith('refs/tags/');
    const version = tagPush && env['GITHUB_REF_NAME'] ? env['GITHUB_REF_NAME'] : gitTag;
    if (version)
        labels['org.opencontainers.image.version'] = version;
    labels['org.opencontainers.image.created'] = isoTime(created);
    return labels;
}
function descriptor(mediaType, bytes, digest) {
    return { mediaType, digest, size: bytes.length };
}
/** An image manifest: config, then the base's layers, then ours. */
function imageManifest(config, layers) {
    return {
        schemaVersion: 2,
        mediaType: MT.manifest,
        config: { mediaType: MT.config, digest: config.digest, size: config.size },
        layers: layers.map(l => ({
            mediaType: ociLayerType(l.mediaType),
            digest: l.digest,
            size: l.size
        }))
    };
}
/** The index: one manifest per platform, in the order of the step's targets. */
function imageIndex(manifests) {
    return {
        schemaVersion: 2,
        mediaType: MT.index,
        manifests: manifests.map(m => ({
            mediaType: MT.manifest,
            digest: m.digest,
            size: m.size,
            platform: m.platform
        }))
    };
}
/** A document as the bytes that are pushed and digested. */
function jsonBytes(doc) {
    return Buffer.from(JSON.stringify(doc));
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/image/credentials.ts
/**
 * Where registry credentials come from, in order: the registry-username /
 * registry-password inputs (for the registries the step pushes to only), then
 * the docker config ($DOCKER_CONFIG/config.json, else ~/.docker/config.json):
 * credHelpers[registry], else `auths` (what docker/login-action writes),
 * else credsStore. A helper is `docker-credential-<name> get` with the
 * registry on stdin, spawned with an argument array.
 */





/** The docker config's keys for Docker Hub, as docker login writes them. */
const HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    'docker.io',
    'registry-1.docker.io'
];
function dockerConfigPath(env) {
    const dir = env['DOCKER_CONFIG'] || external_node_path_default().join(env['HOME'] || external_node_os_default().homedir(), '.docker');
    return external_node_path_default().join(dir, 'config.json');
}
/** "https://ghcr.io/v1/" -> "ghcr.io": how auths keys are matched to a registry. */
function normaliseAuthKey(key) {
    return key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/** Looks up the credential for one registry host; never throws for a missing config. */
async function findCredential(registry, opts) {
    const host = registry.toLowerCase();
    if (opts.inputs && opts.inputs.registries.map(r => r.toLowerCase()).includes(host)) {
        mask(opts.inputs.credential);
        return {
            credential: opts.inputs.credential,
            source: 'the registry-username/registry-password inputs'
        };
    }
    const file = dockerConfigPath(opts.env);
    let config;
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        if (text.length > 1 << 20)
            return { source: `${file} (over 1 MiB, not read)` };
        config = JSON.parse(text);
    }
    catch (e) {
        const code = e.code;
        return {
            source: code === 'ENOENT' ? `no credentials (${file} does not exist)` : `${file} (unreadable)`
        };
    }
    const keys = host === 'docker.io' ? HUB_KEYS : [host];
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => keys.includes(normaliseAuthKey(k)) || keys.includes(k))?.[1];
    if (helper)
        return fromHelper(helper, host === 'docker.io' ? HUB_KEYS[0] : host, opts, file);
    const entry = Object.entries(config.auths ?? {}).find(([k]) => keys.includes(k) || keys.includes(normaliseAuthKey(k)))?.[1];
    if (entry) {
        const source = `auths in ${file}`;
        let credential;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                credential = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
            core/* setSecret */.Pq(entry.auth);
        }
        else if (entry.username && entry.password)
            credential = { username: entry.username, password: entry.password };
        if (credential) {
            mask(credential);
            return { credential, source };
        }
    }
    if (config.credsStore)
        return fromHelper(config.credsStore, host === 'docker.io' ? HUB_KEYS[0] : host, opts, file);
    return { source: `no entry for ${host} in ${file}` };
}
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
async function fromHelper(name, server, opts, file) {
    const program = `docker-credential-${name}`;
    const source = `${program} (from ${file})`;
    if (!HELPER_NAME.test(name))
        return { source: `${file}: credential helper name refused` };
    const out = await runHelper(program, server, opts.helperTimeoutMs ?? 30_000, opts.env).catch(() => undefined);
    if (!out)
        return { source: `${source}, which gave no credential` };
    try {
        const parsed = JSON.parse(out);
        if (parsed.Secret && parsed.Username) {
            const credential = { username: parsed.Username, password: parsed.Secret };
            mask(credential);
            return { credential, source };
        }
    }
    catch {
        // Not JSON: the helper has no credential for this server.
    }
    return { source: `${source}, which gave no credential` };
}
/** `<program> get`, the server on stdin; its stdout (capped), or undefined on failure. */
function runHelper(program, server, timeoutMs, env) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], {
            stdio: ['pipe', 'pipe', 'ignore'],
            env,
            timeout: timeoutMs
        });
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => {
            out += d;
            if (out.length > 1 << 16)
                child.kill();
        });
        child.on('error', () => resolve(undefined));
        child.on('close', code => resolve(code === 0 && out.length <= 1 << 16 ? out : undefined));
        child.stdin.on('error', () => undefined);
        child.stdin.end(server);
    });
}
function mask(c) {
    core/* setSecret */.Pq(c.password);
    core/* setSecret */.Pq(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
}

;// CONCATENATED MODULE: ./src/image/layout.ts
/**
 * Writes an OCI image layout (image-spec image-layout.md): oci-layout,
 * blobs/sha256/<hex>, and index.json naming the image index once per tag
 * (org.opencontainers.image.ref.name), so `skopeo copy oci:<dir>:<tag>` and
 * other tools read it.
 */



async function writeLayout(dir, blobs, index, tags) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'blobs', 'sha256'), { recursive: true });
    for (const [digest, bytes] of blobs) {
        const file = external_node_path_default().join(dir, 'blobs', 'sha256', digest.replace(/^sha256:/, ''));
        await writeAtomic(file, bytes);
    }
    await writeAtomic(external_node_path_default().join(dir, 'oci-layout'), Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    // An index.json already there keeps its other images; ours replace the same tags.
    let manifests = [];
    try {
        const prior = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'index.json'), 'utf8'));
        manifests = (prior.manifests ?? []).filter(m => !tags.includes(m.annotations?.['org.opencontainers.image.ref.name'] ?? ''));
    }
    catch {
        // none yet
    }
    const ours = (tags.length ? tags : [undefined]).map(tag => ({
        mediaType: MT.index,
        digest: index.digest,
        size: index.size,
        ...(tag ? { annotations: { 'org.opencontainers.image.ref.name': tag } } : {})
    }));
    const doc = { schemaVersion: 2, mediaType: MT.index, manifests: [...manifests, ...ours] };
    await writeAtomic(external_node_path_default().join(dir, 'index.json'), Buffer.from(`${JSON.stringify(doc, null, 2)}\n`));
}
async function writeAtomic(file, bytes) {
    const tmp = `${file}.tmp-${process.pid}`;
    await (0,promises_.writeFile)(tmp, bytes);
    await (0,promises_.rename)(tmp, file);
}

// EXTERNAL MODULE: ./src/verify/index.ts + 5 modules
var verify = __webpack_require__(9920);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/image/extract.ts
/** Reads one file out of a gzipped layer (the read-back proof): bytes and mode, or why not. */




const gunzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/** The entry at `file` (absolute) in a tar+gzip layer; undefined when absent. */
async function layerEntry(gz, file, maxBytes) {
    const tar = await gunzipAsync(gz, { maxOutputLength: maxBytes });
    const want = file.replace(/^\/+/, '');
    const ex = (0,tar_stream.extract)();
    let found;
    const done = new Promise((resolve, reject) => {
        ex.on('entry', (header, stream, next) => {
            const name = header.name.replace(/^\.?\/+/, '');
            const chunks = [];
            stream.on('data', (c) => {
                const chunk = c;
                if (name === want)
                    chunks.push(chunk);
            });
            stream.on('end', () => {
                if (name === want)
                    found = {
                        bytes: Buffer.concat(chunks),
                        mode: header.mode ?? 0,
                        type: header.type ?? 'file'
                    };
                next();
            });
            stream.resume();
        });
        ex.on('finish', resolve);
        ex.on('error', reject);
    });
    external_node_stream_.Readable.from([tar]).pipe(ex);
    await done;
    return found;
}

;// CONCATENATED MODULE: ./src/image/proof.ts
/**
 * The read-back proof: the index is fetched again by digest, and for every
 * platform its manifest, config and the binary's layer; the entrypoint is
 * extracted and run through the verifier against that platform, and its
 * SHA-256 must be the artifact's that was verified and checksummed.
 */





/** Reads `repo@indexDigest` back and proves each expected platform. */
async function proveIndex(client, repo, indexDigest, expected, opts) {
    const index = await client.getManifest(repo, indexDigest);
    const doc = JSON.parse(index.bytes.toString('utf8'));
    const name = `${client.registry}/${repo}@${indexDigest}`;
    const entries = doc.manifests ?? [];
    // The platforms are proven side by side (downloads and gunzips overlap).
    const proofs = await Promise.all(expected.map(want => {
        const d = entries.filter(m => m.platform && platformMatches(m.platform, want.platform));
        const where = `${name} ${formatPlatform(want.platform)}`;
        if (d.length !== 1)
            return Promise.resolve(failed(want, where, `the index holds ${d.length} images for ${formatPlatform(want.platform)}, not 1`));
        return proveManifest(client, repo, d[0], want, where, opts);
    }));
    for (const m of entries)
        if (!expected.some(e => m.platform && platformMatches(m.platform, e.platform)))
            proofs.push(failed(expected[0], `${name} ${m.platform ? formatPlatform(m.platform) : '(no platform)'}`, `the index holds an image no target of the step made`));
    return proofs;
}
async function proveManifest(client, repo, d, want, where, opts) {
    const m = await client.getManifest(repo, d.digest);
    const man = JSON.parse(m.bytes.toString('utf8'));
    if (m.mediaType !== MT.manifest || !man.config || !man.layers?.length)
        return failed(want, where, `${d.digest} is not an OCI image manifest with layers`, d.digest);
    const configBytes = await client.getBlob(repo, man.config.digest, man.config.size);
    const config = JSON.parse(configBytes.toString('utf8'));
    const size = man.config.size + man.layers.reduce((n, l) => n + l.size, 0);
    const problems = [];
    if (!platformMatches(config, want.platform))
        problems.push(`its config is for ${formatPlatform({ os: String(config.os), architecture: String(config.architecture), variant: config.variant })}, the index says ${formatPlatform(want.platform)}`);
    const entry = config.config?.Entrypoint?.[0];
    if (entry !== want.entrypoint)
        problems.push(`its Entrypoint is ${JSON.stringify(config.config?.Entrypoint ?? null)}, not ["${want.entrypoint}"]`);
    const last = man.layers[man.layers.length - 1];
    if (last.size > opts.maxLayerBytes)
        return failed(want, where, `the binary's layer is ${last.size} bytes, over the cap`, d.digest, size);
    const layer = await client.getBlob(repo, last.digest, last.size);
    const file = await layerEntry(layer, want.entrypoint, opts.maxLayerBytes * 8).catch((e) => e);
    if (file instanceof Error)
        return failed(want, where, `its last layer is not a readable tar+gzip (${file.message})`, d.digest, size);
    if (!file)
        return failed(want, where, `${want.entrypoint} is not in its last layer`, d.digest, size);
    if (file.type !== 'file' || (file.mode & 0o111) === 0)
        problems.push(`${want.entrypoint} is not an executable file (type ${file.type}, mode ${file.mode.toString(8)})`);
    const got = (0,external_node_crypto_.createHash)('sha256').update(file.bytes).digest('hex');
    if (got !== want.sha256)
        problems.push(`${want.entrypoint} has SHA-256 ${got}, not the verified artifact's ${want.sha256}`);
    // The verifier reads the extracted bytes as it reads a file (same code path after the open).
    const report = await (0,verify/* verifyBytes */.RV)(want.entrypoint, file.bytes, {
        ...opts.verify,
        target: want.target
    });
    if (opts.scratch && report.elf?.interpreter)
        problems.push(`${want.entrypoint} is dynamically linked (interpreter ${report.elf.interpreter}) on scratch, where it cannot start`);
    const findings = [
        ...report.findings,
        ...problems.map(message => ({ check: 'image', severity: 'error', message })),
        ...(problems.length
            ? []
            : [
                {
                    check: 'image',
                    severity: 'info',
                    message: `read back from ${where}: the verified artifact, SHA-256 ${got}`
                }
            ])
    ];
    const ok = report.ok && !problems.length;
    return {
        platform: want.platform,
        manifestDigest: d.digest,
        size,
        ok,
        report: { ...report, path: `${where}:${want.entrypoint}`, ok, findings }
    };
}
function failed(want, where, message, manifestDigest = '', size = 0) {
    return {
        platform: want.platform,
        manifestDigest,
        size,
        ok: false,
        report: (0,verify/* failedReport */.kS)(`${where}:${want.entrypoint}`, {
            check: 'image',
            severity: 'error',
            message
        })
    };
}

;// CONCATENATED MODULE: ./src/image/source.ts
/**
 * What the image takes from the source, not the clock: the created time
 * (SOURCE_DATE_EPOCH, else the commit time, else 0) and a version (a tag at
 * HEAD). git runs with an argument array; a failure just means "unknown".
 */

function git(args, cwd) {
    return new Promise(resolve => (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 15_000, maxBuffer: 1 << 20 }, (err, out) => resolve(err ? undefined : out.trim())));
}
/** SOURCE_DATE_EPOCH when set (reproducible-builds.org), else HEAD's commit time, else 0. */
async function createdSeconds(env, workspace) {
    const sde = (env['SOURCE_DATE_EPOCH'] ?? '').trim();
    if (/^[0-9]{1,12}$/.test(sde))
        return Number(sde);
    const ct = await git(['log', '-1', '--format=%ct'], workspace);
    return ct && /^[0-9]+$/.test(ct) ? Number(ct) : 0;
}
/** A tag pointing at HEAD (the highest by version order), if any. */
async function tagAtHead(workspace) {
    const out = await git(['tag', '--points-at', 'HEAD', '--sort=-version:refname'], workspace);
    return out ? out.split('\n')[0].trim() || undefined : undefined;
}

// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
;// CONCATENATED MODULE: ./src/image/summary.ts
/** The job summary's "Image" section. Pure; every value HTML-escaped. */


function imageMarkdown(s) {
    const out = ['### setup-go-cross: image', ''];
    if (s.refs.length)
        out.push(`Reference: ${s.refs.map(r => `<code>${(0,log_escape/* html */.qy)(r)}</code>`).join(', ')}${s.tagged ? '' : ' (**not tagged**)'}<br>`);
    if (s.indexDigest)
        out.push(`Index digest: <code>${(0,log_escape/* html */.qy)(s.indexDigest)}</code><br>`);
    if (s.layout)
        out.push(`OCI image layout: <code>${(0,log_escape/* html */.qy)(s.layout)}</code><br>`);
    if (s.error)
        out.push(`❌ ${(0,log_escape/* html */.qy)(s.error)}<br>`);
    if (s.proofs.length) {
        out.push('', '| Platform | Manifest digest | Size | Verified |', '| --- | --- | --- | --- |');
        for (const p of s.proofs)
            out.push(`| ${(0,log_escape/* html */.qy)(formatPlatform(p.platform))} | <code>${(0,log_escape/* html */.qy)(p.manifestDigest || '–')}</code> | ${(0,log_escape/* html */.qy)(humanSize(p.size))} | ${p.ok ? '✅' : '❌'} |`);
        const problems = s.proofs.flatMap(p => p.report.findings
            .filter(f => f.severity === 'error')
            .map(f => `- ❌ <code>${(0,log_escape/* html */.qy)(formatPlatform(p.platform))}</code> <b>${(0,log_escape/* html */.qy)(f.check)}</b>: ${(0,log_escape/* html */.qy)(f.message)}`));
        if (problems.length)
            out.push('', ...problems);
    }
    return `${out.join('\n')}\n`;
}
function humanSize(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1 << 20)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${(n / (1 << 20)).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/image/publish.ts
/**
 * The image stage: verified binaries -> one OCI image index (an image per
 * linux target), pushed over the distribution API and/or written as an OCI
 * layout, then read back and proven before any tag is written.
 *
 * Order per repository: blobs (HEAD, skip when present; base layers mounted
 * or copied), each platform's manifest by digest, the index by digest, the
 * read-back proof; only when every repository's proof holds are the tags
 * PUT. A failure anywhere leaves no tag on a half-pushed image.
 */

















async function publishImage(plan, artifacts) {
    const deadline = performance.now() + (plan.timeoutMs ?? 20 * 60_000);
    const log = plan.log ?? (() => undefined);
    const img = plan.image;
    const scratch = !img.base;
    const units = checkArtifacts(artifacts, img, scratch);
    const created = await createdSeconds(plan.env, plan.workspace);
    const labels = {
        ...githubLabels(plan.env, created, await tagAtHead(plan.workspace)),
        ...img.labels
    };
    const credOpts = {
        env: plan.env,
        inputs: img.username && img.password
            ? {
                credential: { username: img.username, password: img.password },
                registries: [...new Set(img.refs.map(r => r.registry))]
            }
            : undefined
    };
    const clients = new Map();
    const clientFor = (registry) => {
        let c = clients.get(registry);
        if (!c) {
            c = new RegistryClient(registry, {
                credentials: () => findCredential(registry, credOpts),
                deadline,
                backoffMs: plan.backoffMs,
                log
            });
            clients.set(registry, c);
        }
        return c;
    };
    const bases = img.base
        ? await resolveBase(clientFor(img.base.registry), img.base, units.map(u => u.platform))
        : undefined;
    // Each platform's layer, config and manifest (layers gzip in parallel on zlib's threads).
    const built = await Promise.all(units.map(async (u) => {
        const binary = await (0,promises_.readFile)(u.artifact.file);
        const layer = await binaryLayer(binary, u.entrypoint, created);
        const base = bases?.get(formatPlatform(u.platform));
        const configBytes = jsonBytes(imageConfig({
            platform: u.platform,
            entrypoint: u.entrypoint,
            user: img.user,
            created,
            labels,
            diffId: layer.diffId,
            file: external_node_path_default().basename(u.artifact.file),
            base: base?.config
        }));
        const config = descriptor(MT.config, configBytes, sha256(configBytes));
        const layers = [
            ...(base?.layers ?? []),
            { mediaType: MT.layerGzip, digest: layer.digest, size: layer.blob.length }
        ];
        const manifestBytes = jsonBytes(imageManifest(config, layers));
        return {
            unit: u,
            base,
            layer,
            configBytes,
            config,
            manifestBytes,
            digest: sha256(manifestBytes)
        };
    }));
    const indexBytes = jsonBytes(imageIndex(built.map(b => ({
        mediaType: MT.manifest,
        digest: b.digest,
        size: b.manifestBytes.length,
        platform: b.unit.platform
    }))));
    const indexDigest = sha256(indexBytes);
    log(`image index ${indexDigest} (${built.map(b => formatPlatform(b.unit.platform)).join(', ')})`);
    if (img.layout) {
        const blobs = new Map();
        for (const b of built) {
            if (b.base)
                for (const l of b.base.layers)
                    if (!blobs.has(l.digest))
                        blobs.set(l.digest, await clientFor(b.base.ref.registry).getBlob(b.base.ref.repository, l.digest, l.size));
            blobs.set(b.layer.digest, b.layer.blob);
            blobs.set(b.config.digest, b.configBytes);
            blobs.set(b.digest, b.manifestBytes);
        }
        blobs.set(indexDigest, indexBytes);
        const dir = external_node_path_default().resolve(plan.workspace, img.layout);
        await writeLayout(dir, blobs, { digest: indexDigest, size: indexBytes.length }, [
            ...new Set(img.refs.map(r => r.tag).filter(Boolean))
        ]);
        log(`image layout written to ${dir}`);
    }
    const expected = built.map(b => ({
        target: b.unit.artifact.target,
        platform: b.unit.platform,
        entrypoint: b.unit.entrypoint,
        sha256: b.unit.artifact.sha256.replace(/^sha256:/, '')
    }));
    const refs = img.refs.map(inputs_image/* formatReference */.FH);
    if (!img.refs.length) {
        return finish({ indexDigest, refs, proofs: [], tagged: false, layout: img.layout, clients });
    }
    // One push and one proof per repository; the tags after all of them.
    const repos = new Map();
    for (const r of img.refs) {
        const key = `${r.registry}/${r.repository}`;
        repos.set(key, [...(repos.get(key) ?? []), r]);
    }
    let proofs = [];
    for (const [key, list] of repos) {
        const { registry, repository } = list[0];
        const client = clientFor(registry);
        log(`pushing ${indexDigest} to ${key}`);
        // Every platform's blobs at once (uploads overlap), then the manifests, then the index.
        await Promise.all(built.flatMap(b => [
            ...(b.base?.layers ?? []).map(l => {
                const from = b.base.ref;
                return client.ensureBlob(repository, l.digest, () => clientFor(from.registry).getBlob(from.repository, l.digest, l.size), from.registry === registry ? from.repository : undefined);
            }),
            client.ensureBlob(repository, b.layer.digest, () => Promise.resolve(b.layer.blob)),
            client.ensureBlob(repository, b.config.digest, () => Promise.resolve(b.configBytes))
        ]));
        await Promise.all(built.map(b => client.putManifest(repository, b.digest, MT.manifest, b.manifestBytes)));
        await client.putManifest(repository, indexDigest, MT.index, indexBytes);
        const proved = await proveIndex(client, repository, indexDigest, expected, {
            verify: plan.verify,
            scratch,
            maxLayerBytes: Math.max(...built.map(b => b.layer.blob.length))
        });
        proofs = proofs.length
            ? proofs.map((p, i) => ({ ...p, ok: p.ok && (proved[i]?.ok ?? false) }))
            : proved;
        if (proved.some(p => !p.ok)) {
            const bad = proved.filter(p => !p.ok).map(p => formatPlatform(p.platform));
            return finish({
                indexDigest,
                refs,
                proofs: proved,
                tagged: false,
                layout: img.layout,
                clients,
                failed: `image: the read-back proof failed for ${bad.join(', ')} in ${key}@${indexDigest}; nothing was tagged`
            });
        }
    }
    for (const r of img.refs) {
        await clientFor(r.registry).putManifest(r.repository, r.tag, MT.index, indexBytes);
        log(`tagged ${(0,inputs_image/* formatReference */.FH)(r)} -> ${indexDigest}`);
    }
    return finish({
        indexDigest,
        refs,
        proofs,
        tagged: true,
        layout: img.layout,
        clients,
        first: img.refs[0]
    });
}
function finish(s) {
    return {
        digest: s.indexDigest,
        image: s.first ? `${s.first.registry}/${s.first.repository}@${s.indexDigest}` : undefined,
        proofs: s.proofs,
        reports: s.proofs.map(p => p.report),
        markdown: imageMarkdown({ ...s, error: s.failed }),
        failed: s.failed,
        stats: Object.fromEntries([...s.clients].map(([k, c]) => [k, c.stats]))
    };
}
/**
 * One verified linux binary per target, each a platform of its own; a
 * dynamic binary on scratch, a failed verification or a second binary per
 * target are refused here, before anything is pushed.
 */
function checkArtifacts(artifacts, img, scratch) {
    if (!artifacts.length)
        throw new ImageError('image: the step built no binary to put in an image');
    const byTarget = new Map();
    for (const a of artifacts) {
        if (a.target.goos !== 'linux')
            throw new ImageError(`image: target ${(0,parse/* formatTarget */.P4)(a.target)} is not linux; an image holds linux binaries only`);
        const k = (0,parse/* formatTarget */.P4)(a.target);
        byTarget.set(k, [...(byTarget.get(k) ?? []), a]);
    }
    const clash = platformClash([...byTarget.values()].map(l => l[0].target));
    if (clash)
        throw new ImageError(`image: ${clash}`);
    const units = [];
    for (const [k, list] of byTarget) {
        if (list.length > 1)
            throw new ImageError(`image: target ${k} has ${list.length} binaries (${list.map(a => external_node_path_default().basename(a.file)).join(', ')}); an image takes one entrypoint, so build one package per step with image`);
        const a = list[0];
        if (!a.report.ok)
            throw new ImageError(`image: ${a.report.path} (${k}) failed verification; it is not put in an image`);
        if (scratch && a.report.elf?.interpreter)
            throw new ImageError(`image: ${a.report.path} (${k}) is dynamically linked (interpreter ${a.report.elf.interpreter}) and cannot start on scratch; build with cgo: false, or set image-base to an image with its libc`);
        const name = a.importPath ? (0,naming/* binaryName */.fW)(a.importPath) : external_node_path_default().basename(a.file);
        const entrypoint = img.entrypoint ?? `/${name === 'command-line-arguments' ? external_node_path_default().basename(a.file) : name}`;
        units.push({
            artifact: a,
            platform: ociPlatform(a.target, a.report.go?.settings?.['GOARM']),
            entrypoint
        });
    }
    return units;
}



/***/ })

};
