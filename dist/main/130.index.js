export const id = 130;
export const ids = [130];
export const modules = {

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareOutputDirs: () => (/* binding */ prepareOutputDirs)
/* harmony export */ });
/* unused harmony exports topDir, gitIgnored */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Build outputs inside the checkout are untracked files, and Go stamps every
 * later build there vcs.modified=true (and, from 1.24, a `+dirty` version).
 * A directory the action creates gets a `.gitignore` of `*` (what Python's
 * venv and pytest's cache do), so it ignores itself and all it holds; an
 * existing directory that git does not ignore gets a notice instead: it is
 * the user's, and so is their .gitignore. Returns the .gitignore files
 * written: the step's own files, never verified as artifacts.
 */
async function prepareOutputDirs(files, workspace) {
    const written = [];
    const tops = new Set();
    for (const file of files) {
        const top = topDir(file, workspace);
        if (top)
            tops.add(top);
    }
    for (const dir of tops) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(workspace, dir);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(dir).catch(() => undefined))) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, '.gitignore'), '*\n');
            written.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, '.gitignore'));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`created ${rel}/ with a .gitignore (*): build outputs there never mark later builds vcs.modified`);
        }
        else if ((await gitIgnored(`${rel}/`, workspace)) === false) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${rel}/ exists and git does not ignore it: artifacts written there are untracked files, so later builds in this checkout are stamped vcs.modified=true (and +dirty); add ${rel}/ to .gitignore`);
        }
    }
    return written;
}
/** The first directory under the workspace that holds the file; undefined at the top or outside. */
function topDir(file, workspace) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file));
    if (!rel || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, rel.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep))[0]);
}
/** true/false from `git check-ignore`; undefined when not in a git work tree or git is missing. */
function gitIgnored(relative, cwd) {
    return new Promise(resolve => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile)('git', ['check-ignore', '-q', '--', relative], { cwd, timeout: 10_000 }, err => {
            if (!err)
                resolve(true);
            else if (err.code === 1)
                resolve(false);
            else
                resolve(undefined); // 128: not a repository; ENOENT: no git
        });
    });
}


/***/ })

};
