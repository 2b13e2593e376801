export const id = 210;
export const ids = [210];
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


/***/ })

};
