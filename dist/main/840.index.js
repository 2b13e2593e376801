export const id = 840;
export const ids = [840];
export const modules = {

/***/ 5840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   copyWorkspace: () => (/* binding */ copyWorkspace)
/* harmony export */ });
/* unused harmony exports SKIPPED_DIRS, DIRTY_MARKER, entryAction */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The copy of the workspace a `reproducible` rebuild runs in: the module
 * tree the build reads, under another path, and nothing else.
 *
 * - Regular files and symlinks (verbatim) are copied; FIFOs, sockets and
 *   devices are skipped (a build cannot read them as sources, and copying a
 *   FIFO blocks or fails).
 * - VCS metadata (.git, .hg, .svn, .bzr, .jj) and node_modules are skipped:
 *   Go never builds from them, and they are often most of the bytes (LFS
 *   objects, packs, npm trees).
 * - Go stamps vcs.revision, vcs.time, vcs.modified (and from 1.24 the main
 *   module version from tags, `+dirty`) from the repository around the main
 *   module. For each git repository found in the workspace the copy gets a
 *   minimal git directory of its own: HEAD at the same commit, the tags,
 *   objects borrowed through `objects/info/alternates` (nothing copied), an
 *   index read from HEAD. Paths the copy left out are marked skip-worktree,
 *   and when the workspace is dirty but the copy is not (only an untracked
 *   FIFO or node_modules made it dirty) an untracked marker file makes the
 *   copy dirty too: the rebuild is stamped as the original was. Any stamp
 *   left different shows in the comparison's build-settings diff.
 */




/** Directory names never copied, at any depth. */
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.svn',
    '.bzr',
    '.jj',
    'node_modules'
]);
/** Written into a copy that must be dirty like its workspace (an untracked file). */
const DIRTY_MARKER = '.setup-go-cross-rebuild-dirty';
/** What to do with one directory entry. Pure. */
function entryAction(entry) {
    if (entry.name === '.git')
        return 'repo-marker'; // a directory, or a file (worktree, submodule)
    if (entry.isSymbolicLink())
        return 'link';
    if (entry.isDirectory())
        return SKIPPED_DIRS.has(entry.name) ? 'skip-dir' : 'descend';
    if (entry.isFile())
        return 'copy';
    return 'skip-special';
}
/**
 * Copies `workspace` to `dest` (removed first) as described above. Throws
 * only on I/O errors of the copy itself; git trouble leaves a copy without
 * a repository (the comparison then names the vcs settings that differ).
 */
async function copyWorkspace(workspace, dest, log = () => { }) {
    const started = performance.now();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dest, { recursive: true });
    const out = {
        dir: dest,
        files: 0,
        bytes: 0,
        symlinks: 0,
        skippedDirs: [],
        skippedSpecial: [],
        repos: [],
        ms: 0
    };
    const repoDirs = [];
    const walk = async (rel) => {
        const from = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, rel);
        const to = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dest, rel);
        for await (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.opendir)(from)) {
            const r = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(rel, entry.name);
            switch (entryAction(entry)) {
                case 'repo-marker':
                    repoDirs.push(rel);
                    out.skippedDirs.push(r);
                    break;
                case 'skip-dir':
                    out.skippedDirs.push(r);
                    break;
                case 'skip-special':
                    out.skippedSpecial.push(r);
                    break;
                case 'link':
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.symlink)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(from, entry.name)), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(to, entry.name));
                    out.symlinks++;
                    break;
                case 'descend':
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(to, entry.name));
                    await walk(r);
                    break;
                case 'copy': {
                    // A reflink where the file system has them; copyFile keeps the mode.
                    const source = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(from, entry.name);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(source, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(to, entry.name), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_FICLONE);
                    out.files++;
                    out.bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(source)).size;
                    break;
                }
            }
        }
    };
    await walk('');
    for (const rel of repoDirs) {
        const skipped = [...out.skippedDirs, ...out.skippedSpecial]
            .filter(p => rel === '' || p.startsWith(`${rel}${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`))
            .map(p => node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, rel), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, p)))
            .filter(p => p !== '.git');
        const why = await mirrorGitRepo(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, rel), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dest, rel), skipped);
        if (why)
            log(`reproducible: ${rel || 'the workspace'}: ${why}`);
        else
            out.repos.push(rel);
    }
    out.ms = Math.round(performance.now() - started);
    return out;
}
function gitIn(cwd) {
    return (args, input) => new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd,
            stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
            // The copy's own settings only: no hooks, no pager, no prompts.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
            timeout: 120_000
        });
        const chunks = [];
        let size = 0;
        child.stdout?.on('data', (c) => {
            // ls-files of a huge tree is the biggest answer; beyond 256 MiB give up.
            size += c.length;
            if (size > 256 << 20)
                child.kill();
            else
                chunks.push(c);
        });
        child.on('error', () => resolve({ code: -1, stdout: '' }));
        child.on('close', code => resolve({ code: code ?? -1, stdout: Buffer.concat(chunks).toString('utf8') }));
        if (child.stdin) {
            // A git that exits before reading all of it must not crash the step (EPIPE).
            child.stdin.on('error', () => undefined);
            child.stdin.end(input);
        }
    });
}
/**
 * Gives `copy` a git directory stamping like `repo`'s: same HEAD commit and
 * tags, objects borrowed, index from HEAD, left-out paths skip-worktree,
 * dirty exactly when `repo` is. Returns why not, or undefined when done.
 */
async function mirrorGitRepo(repo, copy, skipped) {
    const src = gitIn(repo);
    const top = await src(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir']);
    if (top.code !== 0)
        return 'git cannot read its repository, so the copy has none';
    const [toplevel, gitDir, commonRel] = top.stdout.trim().split('\n');
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(toplevel) !== node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(repo))
        return `its repository root is ${toplevel}, outside the copy, so the copy has none`;
    const common = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(repo, commonRel ?? gitDir);
    const head = await src(['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
    const format = await src(['rev-parse', '--show-object-format']);
    const version = await src(['config', '--get', 'core.repositoryformatversion']);
    const tags = await src(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/tags']);
    const status = await src(['status', '--porcelain']);
    if (status.code !== 0)
        return 'git status failed in the workspace, so the copy has no repository';
    const dotgit = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(copy, '.git');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'objects', 'info'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'refs', 'heads'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'refs', 'tags'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'info'), { recursive: true });
    const objectFormat = format.code === 0 ? format.stdout.trim() : 'sha1';
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'config'), `[core]\n\trepositoryformatversion = ${version.stdout.trim() || '0'}\n\tbare = false\n` +
        (objectFormat !== 'sha1' ? `[extensions]\n\tobjectformat = ${objectFormat}\n` : ''));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'HEAD'), head.code === 0 ? `${head.stdout.trim()}\n` : 'ref: refs/heads/main\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'objects', 'info', 'alternates'), `${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(common, 'objects')}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'packed-refs'), tags.code === 0 ? tags.stdout : '');
    // What git ignores in the workspace it must ignore in the copy; a shallow clone stays shallow.
    for (const [from, to] of [
        [node_path__WEBPACK_IMPORTED_MODULE_3___default().join(common, 'info', 'exclude'), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'info', 'exclude')],
        [node_path__WEBPACK_IMPORTED_MODULE_3___default().join(common, 'shallow'), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dotgit, 'shallow')]
    ])
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(from, to).catch(() => undefined);
    const dst = gitIn(copy);
    if (head.code === 0 && (await dst(['read-tree', 'HEAD'])).code !== 0)
        return 'git read-tree HEAD failed in the copy; the rebuild may be stamped differently';
    if (skipped.length) {
        const listed = await dst(['ls-files', '-z']);
        const under = (f) => skipped.some(s => f === s || f.startsWith(`${s}/`));
        const hidden = listed.stdout.split('\0').filter(f => f && under(f));
        if (hidden.length)
            await dst(['update-index', '-z', '--skip-worktree', '--stdin'], hidden.join('\0') + '\0');
    }
    const wasDirty = status.stdout.trim() !== '';
    const copyStatus = await dst(['status', '--porcelain']);
    if (copyStatus.code !== 0)
        return 'git status failed in the copy; the rebuild may be stamped differently';
    if (wasDirty && copyStatus.stdout.trim() === '')
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(copy, DIRTY_MARKER), 'the workspace was dirty when it was built\n');
    else if (!wasDirty && copyStatus.stdout.trim() !== '')
        return `the copy differs from HEAD where the workspace does not (${copyStatus.stdout.split('\n')[0].trim()}); the rebuild will be stamped vcs.modified=true`;
    return undefined;
}


/***/ })

};
