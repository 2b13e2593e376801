export const id = 213;
export const ids = [213,210];
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

/***/ 213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishPrComment: () => (/* binding */ publishPrComment)
/* harmony export */ });
/* unused harmony exports PERMISSION_HINT, parseCommentList, parseComment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _github_rest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1617);
/* harmony import */ var _log_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1967);
/* harmony import */ var _pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5210);
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
const REQUEST_MS = 15_000;
const PER_PAGE = 100;
/** 1,000 comments: a pull request with more is not one the action can serve. */
const MAX_PAGES = 10;
const TRIES = 4;
const PERMISSION_HINT = 'give the job `permissions: pull-requests: write` (a pull request from a fork never gets it); the comparison is in the job summary';
/** Writes the section, says what happened in one line, never throws. */
async function publishPrComment(o) {
    const outcome = await upsertSection(o).catch((e) => {
        const message = e instanceof Error ? e.message : String(e);
        if (e instanceof _github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && e.kind === 'permission')
            return { kind: 'refused', why: message };
        return { kind: 'failed', why: message };
    });
    if (outcome.kind === 'written')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .line */ .n8) `pr-comment: ${outcome.unchanged ? 'already up to date' : outcome.created ? 'wrote' : 'updated'} ${outcome.url || `comment ${outcome.id}`} on pull request #${o.number}`);
    else if (outcome.kind === 'refused')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .line */ .n8) `pr-comment: the token may not comment (${outcome.why}); ${PERMISSION_HINT}`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .line */ .n8) `pr-comment: not written (${outcome.why}); the comparison is in the job summary`);
    return outcome;
}
async function upsertSection(o) {
    if (!o.token)
        return { kind: 'refused', why: 'no token' };
    const api = new _github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .RepoApi */ .RB({
        apiUrl: o.apiUrl,
        repository: o.repository,
        token: o.token,
        deadline: performance.now() + (o.timeoutMs ?? TIMEOUT_MS),
        requestMs: REQUEST_MS,
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
            const c = await createComment(api, o.number, (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .renderComment */ .wQ)([mine], mine.id));
            created = wrote = true;
            // Another job may have created one at the same time: the next read folds them.
            if (attempt === TRIES - 1)
                return { kind: 'written', id: c.id, url: c.htmlUrl, created, unchanged: false };
            continue;
        }
        const present = (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSections */ .MJ)(canonical.body) ?? [];
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
            for (const s of (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSections */ .MJ)(extra.body) ?? [])
                if (!sections.some(x => x.id === s.id))
                    sections = [...sections, s];
        sections = (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeSections */ .X0)(sections, mine);
        const body = (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .renderComment */ .wQ)(sections, mine.id);
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
        out.push(...comments.filter(c => (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSections */ .MJ)(c.body) !== null && (0,_pr_comment_body_js__WEBPACK_IMPORTED_MODULE_3__/* .trustedAuthor */ .X_)(c)));
        if (comments.length < PER_PAGE)
            break;
    }
    return out.sort((x, y) => x.id - y.id);
}
async function createComment(api, number, body) {
    const a = await api.send('POST', `/issues/${number}/comments`, `comment on pull request #${number}`, { body });
    return parseComment((0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(a.body, 'the new comment'), 'the new comment');
}
async function updateComment(api, id, body) {
    await api.send('PATCH', `/issues/comments/${id}`, `update comment ${id}`, { body });
}
async function deleteComment(api, id) {
    try {
        await api.send('DELETE', `/issues/comments/${id}`, `delete the duplicate comment ${id}`);
    }
    catch (e) {
        if (!(e instanceof _github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && e.status === 404))
            throw e;
    }
}
/** An issues/list-comments answer: an array of issue-comment. */
function parseCommentList(body) {
    const v = (0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(body, 'comment list');
    if (!Array.isArray(v))
        throw new _github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD('comment list: the answer is not an array', 'fault');
    return v.map((c, i) => parseComment(c, `comment list entry ${i}`));
}
/** An issue-comment: id required, the rest read defensively (body may be absent). */
function parseComment(v, what) {
    const c = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
    if (!(0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .isCount */ .my)(c.id) || c.id === 0)
        throw new _github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD(`${what}: no id`, 'fault');
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
