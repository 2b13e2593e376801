export const id = 723;
export const ids = [723,210];
export const modules = {

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseSections),
/* harmony export */   X0: () => (/* binding */ mergeSections),
/* harmony export */   X_: () => (/* binding */ trustedAuthor),
/* harmony export */   buildSection: () => (/* binding */ buildSection),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports COMMENT_MARKER, MAX_COMMENT_CHARS, MAX_SECTION_CHARS, sectionId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1967);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2831);
/**
 * The pull-request comment, as text: one comment per pull request, found
 * again by a hidden marker, holding one section per job (a matrix writes
 * one comment, each job its own section). Pure: build a section, read the
 * sections of an existing comment, merge, and fit GitHub's size limit.
 */



/** The first line of every comment this action writes. */
const COMMENT_MARKER = '<!-- setup-go-cross:pr-comment v1 -->';
/** GitHub refuses a comment body longer than this (HTTP 422). */
const MAX_COMMENT_CHARS = 65536;
/** A section larger than this is written in its short form (the job summary has the rest). */
const MAX_SECTION_CHARS = 16_000;
const hex12 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12);
/** The section id: the same job of the same matrix leg finds its own section again. */
function sectionId(who) {
    return hex12([
        who.job,
        who.runnerOs,
        who.phase,
        [...who.targets].sort().join(','),
        [...new Set(who.goVersions)].sort().join(',')
    ].join('\u0000'));
}
/**
 * A job's section. Untrusted values are HTML-escaped by render.ts; every `@`
 * is an entity too, so an artifact named `@org/team` mentions nobody.
 */
function buildSection(who, headSha, comparisons) {
    const title = (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlLine */ .mJ) `<p><b>${who.job || 'job'}</b> · ${who.runnerOs} · ${comparisons.map(c => c.target).join(', ')}` +
        (0,_log_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlLine */ .mJ) ` · Go ${[...new Set(who.goVersions)].join(', ') || '?'} · <code>${headSha.slice(0, 7)}</code>` +
        (who.phase === 'post' ? ' · built by later steps' : '') +
        '</p>\n';
    let body = (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .targetsHtml */ .yg)(comparisons);
    if (title.length + body.length > MAX_SECTION_CHARS)
        body = `${(0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .targetsCompactHtml */ .zo)(comparisons)}<p>Too many changes for a comment: the job summary has them all.</p>\n`;
    const html = (title + body).replace(/@/g, '&#64;');
    return { id: sectionId(who), sha: headSha, hash: hex12(html), html };
}
const SECTION = /<!-- setup-go-cross:section ([0-9a-f]{12}) ([0-9a-f]{40}|[0-9a-f]{64}) ([0-9a-f]{12}) -->\n([\s\S]*?)\n<!-- setup-go-cross:section-end \1 -->/g;
/** The sections of a comment body this action wrote (null: the body has no marker). */
function parseSections(body) {
    // A body edited on github.com comes back with CRLF line ends.
    const text = body.replace(/\r\n/g, '\n');
    if (!text.startsWith(COMMENT_MARKER))
        return null;
    const out = [];
    for (const m of text.matchAll(SECTION)) {
        // A section whose text no longer matches its hash was edited by hand: dropped.
        if (hex12(m[4]) !== m[3] || out.some(s => s.id === m[1]))
            continue;
        out.push({ id: m[1], sha: m[2], hash: m[3], html: m[4] });
    }
    return out;
}
/** `mine` in place of the section with its id, else appended; others kept in order. */
function mergeSections(existing, mine) {
    const at = existing.findIndex(s => s.id === mine.id);
    if (at < 0)
        return [...existing, mine];
    return existing.map((s, i) => (i === at ? mine : s));
}
/**
 * The comment body, within GitHub's limit: sections of other commits go
 * first (oldest first), then other jobs' sections, never `mine`.
 */
function renderComment(sections, mineId) {
    const mine = sections.find(s => s.id === mineId);
    let kept = [...sections];
    const fits = () => render(kept).length <= MAX_COMMENT_CHARS;
    for (const stale of sections.filter(s => s.id !== mineId && s.sha !== mine?.sha)) {
        if (fits())
            break;
        kept = kept.filter(s => s !== stale);
    }
    for (const other of sections.filter(s => s.id !== mineId)) {
        if (fits())
            break;
        kept = kept.filter(s => s !== other);
    }
    return render(kept);
}
function render(sections) {
    const parts = sections.map(s => `<!-- setup-go-cross:section ${s.id} ${s.sha} ${s.hash} -->\n${s.html}\n<!-- setup-go-cross:section-end ${s.id} -->`);
    return [
        COMMENT_MARKER,
        '### setup-go-cross: compared with base',
        ...parts,
        '<sub>One section per job, updated in place by setup-go-cross on every run of this pull request.</sub>'
    ].join('\n');
}
/** Who may have written a comment the action will edit: a GitHub App (the github-actions bot) or someone with write access. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/**
 * Whether a marked comment is one the action wrote. A marker alone proves
 * nothing (anyone can paste it), so the author must be an app (users cannot
 * be of type Bot) or have write access to the repository.
 */
function trustedAuthor(a) {
    return a.userType === 'Bot' || TRUSTED_ASSOCIATIONS.has(a.association ?? '');
}


/***/ }),

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPrComment: () => (/* binding */ publishPrComment)
});

// UNUSED EXPORTS: PERMISSION_HINT, parseComment, parseCommentList

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/inputs/parse.ts + 4 modules
var parse = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/github/rest.ts


class ApiError extends Error {
    kind;
    status;
    constructor(message, kind, status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
const USER_AGENT = 'setup-go-cross';
const API_VERSION = '2022-11-28';
const MAX_BODY = 4 * 1024 * 1024;
const REQUEST_MS = 30_000;
/** GitHub: a 429 without a wait header means "wait at least a minute". */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/** Why this API base URL may not carry the token, or undefined when it may. */
function refusedApiUrl(apiUrl) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        return 'it is not a URL';
    }
    if (url.username || url.password)
        return 'it carries credentials';
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && (0,parse/* isLoopbackHost */.cW)(url.hostname))
        return undefined;
    return 'only https, or http to a loopback host, may carry the token';
}
/**
 * How long a 403/429 asks to wait, or undefined when it is not a rate limit
 * (a 403 without these headers is a permission answer). Retry-After is
 * seconds or an HTTP date; x-ratelimit-reset is epoch seconds and counts
 * only with x-ratelimit-remaining: 0.
 */
function rateLimitWaitMs(status, headers, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const header = (name) => {
        const v = headers[name];
        return Array.isArray(v) ? v[0] : v;
    };
    const retryAfter = header('retry-after');
    if (retryAfter !== undefined && retryAfter.trim() !== '') {
        const s = retryAfter.trim();
        if (/^\d{1,7}$/.test(s))
            return Number(s) * 1000;
        const at = Date.parse(s);
        if (!Number.isNaN(at))
            return Math.max(0, at - now);
    }
    const reset = header('x-ratelimit-reset');
    if (header('x-ratelimit-remaining') === '0' && reset && /^\d{1,12}$/.test(reset.trim()))
        return Math.max(0, Number(reset.trim()) * 1000 - now);
    return status === 429 ? DEFAULT_RATE_LIMIT_WAIT_MS : undefined;
}
/** One repository's REST API: `send` with deadline, body cap, rate-limit waits, one retry. */
class RepoApi {
    o;
    base;
    client;
    sleep;
    now;
    deadlineName;
    constructor(o) {
        this.o = o;
        const refused = refusedApiUrl(o.apiUrl);
        if (refused)
            throw new ApiError(`GITHUB_API_URL ${o.apiUrl} refused: ${refused}`, 'fault');
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(o.repository))
            throw new ApiError(`GITHUB_REPOSITORY "${o.repository}" is not owner/name`, 'fault');
        this.base = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.repository}`;
        this.client = new lib/* HttpClient */.Qq(USER_AGENT, [], {
            allowRetries: false,
            allowRedirects: false,
            keepAlive: false,
            socketTimeout: o.requestMs ?? REQUEST_MS
        });
        this.sleep = o.sleep ?? (ms => new Promise(r => setTimeout(r, ms)));
        this.now = o.now ?? Date.now;
        this.deadlineName = o.deadlineName ?? 'the cache-timeout';
    }
    /**
     * One call (path under /repos/{owner}/{repo}), waiting out rate limits and
     * retrying one server fault while the deadline allows; every other answer
     * but 2xx is an ApiError. `json` is sent as the request body.
     */
    async send(method, path, what, json) {
        let faults = 0;
        for (let attempt = 0;; attempt++) {
            let a;
            try {
                a = await this.once(method, path, what, json);
            }
            catch (e) {
                if (e instanceof ApiError && e.kind !== 'fault')
                    throw e;
                if (faults++ === 0 && this.left() > 2000) {
                    await this.sleep(1000);
                    continue;
                }
                throw e;
            }
            if (a.status >= 200 && a.status < 300)
                return a;
            const wait = rateLimitWaitMs(a.status, a.headers, this.now());
            if (wait !== undefined) {
                if (attempt < 3 && wait < this.left()) {
                    await this.sleep(wait);
                    continue;
                }
                throw new ApiError(`${what}: rate-limited by the GitHub API (HTTP ${a.status}, asked to wait ${Math.ceil(wait / 1000)} s), past ${this.deadlineName}`, 'rate-limit', a.status);
            }
            const message = `${what}: HTTP ${a.status}${apiMessage(a.body)}`;
            if (a.status === 401 || a.status === 403 || a.status === 404)
                throw new ApiError(message, 'permission', a.status);
            if (a.status >= 500 && faults++ === 0 && this.left() > 2000) {
                await this.sleep(1000);
                continue;
            }
            throw new ApiError(message, 'fault', a.status);
        }
    }
    left() {
        return this.o.deadline - performance.now();
    }
    /** One request: headers and body within min(requestMs, deadline), body capped. */
    async once(method, path, what, json) {
        const budget = Math.min(this.o.requestMs ?? REQUEST_MS, this.left());
        if (budget <= 0)
            throw new ApiError(`${what}: no time left within ${this.deadlineName}`, 'fault');
        let timer;
        let message;
        const late = new Promise((_, reject) => {
            timer = setTimeout(() => {
                message?.destroy();
                reject(new ApiError(`${what}: no answer within ${Math.round(budget / 1000)} s`, 'fault'));
            }, budget);
        });
        const work = (async () => {
            const headers = {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${this.o.token}`,
                'x-github-api-version': API_VERSION
            };
            if (json !== undefined)
                headers['content-type'] = 'application/json; charset=utf-8';
            const res = await this.client.request(method, `${this.base}${path}`, json === undefined ? null : JSON.stringify(json), headers);
            message = res.message;
            return {
                status: res.message.statusCode ?? 0,
                headers: res.message.headers,
                body: await capped(res.message)
            };
        })();
        try {
            return await Promise.race([work, late]);
        }
        catch (e) {
            work.then(() => undefined).catch(() => undefined);
            if (e instanceof ApiError)
                throw e;
            throw new ApiError(`${what}: ${e.message}`, 'fault');
        }
        finally {
            clearTimeout(timer);
        }
    }
}
/** The body, refused past MAX_BODY. */
function capped(res) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let n = 0;
        res.on('data', (c) => {
            n += c.length;
            if (n > MAX_BODY) {
                res.destroy();
                reject(new ApiError(`answer larger than ${MAX_BODY} bytes; refused`, 'fault'));
            }
            else
                chunks.push(c);
        });
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('the answer broke off')));
    });
}
/** ": <message>" from a GitHub error body, short and one line; '' otherwise. */
function apiMessage(body) {
    try {
        const m = JSON.parse(body.toString('utf8')).message;
        return typeof m === 'string' && m ? `: ${m.slice(0, 200)}` : '';
    }
    catch {
        return '';
    }
}
/** A JSON answer parsed, or an ApiError naming `what`. */
function parseJson(body, what) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new ApiError(`${what}: the answer is not JSON`, 'fault');
    }
}
/** A JSON object answer, or an ApiError naming `what`. */
function jsonObject(body, what) {
    const v = parseJson(body, what);
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new ApiError(`${what}: the answer is not an object`, 'fault');
    return v;
}
const isCount = (v) => Number.isSafeInteger(v) && v >= 0;

// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
// EXTERNAL MODULE: ./src/compare/pr-comment-body.ts
var pr_comment_body = __webpack_require__(5210);
;// CONCATENATED MODULE: ./src/compare/pr-comment.ts
/**
 * `pr-comment: true`: the comparison as one comment on the pull request,
 * updated in place. Issue comments through GitHub's REST API (operations
 * issues/list-comments, issues/create-comment, issues/update-comment,
 * issues/delete-comment). Jobs of a matrix race for the one comment: each
 * writes its own section, then reads back until its section is there, and
 * a duplicate made by two first writers is folded into the oldest.
 *
 * Never fails the step: a token that may not write (a fork's pull request,
 * no `pull-requests: write`) is one info line; any other fault one warning.
 */




const TIMEOUT_MS = 60_000;
const pr_comment_REQUEST_MS = 15_000;
const PER_PAGE = 100;
/** 1,000 comments: a pull request with more is not one the action can serve. */
const MAX_PAGES = 10;
const TRIES = 4;
const PERMISSION_HINT = 'give the job `permissions: pull-requests: write` (a pull request from a fork never gets it); the comparison is in the job summary';
/** Writes the section, says what happened in one line, never throws. */
async function publishPrComment(o) {
    const outcome = await upsertSection(o).catch((e) => {
        const message = e instanceof Error ? e.message : String(e);
        if (e instanceof ApiError && e.kind === 'permission')
            return { kind: 'refused', why: message };
        return { kind: 'failed', why: message };
    });
    if (outcome.kind === 'written')
        core/* info */.pq((0,log_escape/* line */.n8) `pr-comment: ${outcome.unchanged ? 'already up to date' : outcome.created ? 'wrote' : 'updated'} ${outcome.url || `comment ${outcome.id}`} on pull request #${o.number}`);
    else if (outcome.kind === 'refused')
        core/* info */.pq((0,log_escape/* line */.n8) `pr-comment: the token may not comment (${outcome.why}); ${PERMISSION_HINT}`);
    else
        core/* warning */.$e((0,log_escape/* line */.n8) `pr-comment: not written (${outcome.why}); the comparison is in the job summary`);
    return outcome;
}
async function upsertSection(o) {
    if (!o.token)
        return { kind: 'refused', why: 'no token' };
    const api = new RepoApi({
        apiUrl: o.apiUrl,
        repository: o.repository,
        token: o.token,
        deadline: performance.now() + (o.timeoutMs ?? TIMEOUT_MS),
        requestMs: pr_comment_REQUEST_MS,
        deadlineName: 'the pr-comment deadline'
    });
    const sleep = o.sleep ?? (ms => new Promise(r => setTimeout(r, ms)));
    const mine = o.section;
    let created = false;
    let wrote = false;
    for (let attempt = 0; attempt < TRIES; attempt++) {
        const ours = await listOurs(api, o.number);
        const canonical = ours[0];
        if (!canonical) {
            const c = await createComment(api, o.number, (0,pr_comment_body/* renderComment */.wQ)([mine], mine.id));
            created = wrote = true;
            // Another job may have created one at the same time: the next read folds them.
            if (attempt === TRIES - 1)
                return { kind: 'written', id: c.id, url: c.htmlUrl, created, unchanged: false };
            continue;
        }
        const present = (0,pr_comment_body/* parseSections */.MJ)(canonical.body) ?? [];
        const landed = present.some(s => s.id === mine.id && s.hash === mine.hash);
        const extras = ours.slice(1);
        if (landed && !extras.length)
            return {
                kind: 'written',
                id: canonical.id,
                url: canonical.htmlUrl,
                created,
                unchanged: !wrote
            };
        let sections = present;
        for (const extra of extras)
            for (const s of (0,pr_comment_body/* parseSections */.MJ)(extra.body) ?? [])
                if (!sections.some(x => x.id === s.id))
                    sections = [...sections, s];
        sections = (0,pr_comment_body/* mergeSections */.X0)(sections, mine);
        const body = (0,pr_comment_body/* renderComment */.wQ)(sections, mine.id);
        if (body !== canonical.body) {
            await updateComment(api, canonical.id, body);
            wrote = true;
        }
        // Duplicates: only an app's (ours) are deleted; a person's comment is theirs.
        for (const extra of extras.filter(e => e.userType === 'Bot'))
            await deleteComment(api, extra.id);
        // Let a concurrent writer finish before reading back (jitter breaks lockstep).
        await sleep(300 + Math.floor(Math.random() * 700));
    }
    return { kind: 'failed', why: `its section did not stay in the comment after ${TRIES} tries` };
}
/** The comments this action wrote on the pull request, oldest first. */
async function listOurs(api, number) {
    const out = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const q = new URLSearchParams({ per_page: String(PER_PAGE), page: String(page) });
        const a = await api.send('GET', `/issues/${number}/comments?${q.toString()}`, `list the comments of pull request #${number}`);
        const comments = parseCommentList(a.body);
        out.push(...comments.filter(c => (0,pr_comment_body/* parseSections */.MJ)(c.body) !== null && (0,pr_comment_body/* trustedAuthor */.X_)(c)));
        if (comments.length < PER_PAGE)
            break;
    }
    return out.sort((x, y) => x.id - y.id);
}
async function createComment(api, number, body) {
    const a = await api.send('POST', `/issues/${number}/comments`, `comment on pull request #${number}`, { body });
    return parseComment(parseJson(a.body, 'the new comment'), 'the new comment');
}
async function updateComment(api, id, body) {
    await api.send('PATCH', `/issues/comments/${id}`, `update comment ${id}`, { body });
}
async function deleteComment(api, id) {
    try {
        await api.send('DELETE', `/issues/comments/${id}`, `delete the duplicate comment ${id}`);
    }
    catch (e) {
        if (!(e instanceof ApiError && e.status === 404))
            throw e;
    }
}
/** An issues/list-comments answer: an array of issue-comment. */
function parseCommentList(body) {
    const v = parseJson(body, 'comment list');
    if (!Array.isArray(v))
        throw new ApiError('comment list: the answer is not an array', 'fault');
    return v.map((c, i) => parseComment(c, `comment list entry ${i}`));
}
/** An issue-comment: id required, the rest read defensively (body may be absent). */
function parseComment(v, what) {
    const c = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
    if (!isCount(c.id) || c.id === 0)
        throw new ApiError(`${what}: no id`, 'fault');
    const user = (typeof c.user === 'object' && c.user !== null ? c.user : {});
    return {
        id: c.id,
        body: typeof c.body === 'string' ? c.body : '',
        htmlUrl: typeof c.html_url === 'string' ? c.html_url : '',
        userType: typeof user.type === 'string' ? user.type : null,
        association: typeof c.author_association === 'string' ? c.author_association : null
    };
}


/***/ })

};
