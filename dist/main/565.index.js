export const id = 565;
export const ids = [565];
export const modules = {

/***/ 8946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPackages: () => (/* binding */ buildPackages)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 2 modules
var exec = __webpack_require__(5260);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
// EXTERNAL MODULE: ./src/inputs/output-template.ts
var output_template = __webpack_require__(2659);
// EXTERNAL MODULE: ./src/build/naming.ts
var naming = __webpack_require__(1830);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/build/gitignore.ts




/**
 * Build outputs inside the checkout are untracked files, and Go stamps every
 * later build there vcs.modified=true (and, from 1.24, a `+dirty` version).
 * A directory the action creates gets a `.gitignore` of `*` (what Python's
 * venv and pytest's cache do), so it ignores itself and all it holds; an
 * existing directory that git does not ignore gets a notice instead: it is
 * the user's, and so is their .gitignore.
 */
async function prepareOutputDirs(files, workspace) {
    const tops = new Set();
    for (const file of files) {
        const top = topDir(file, workspace);
        if (top)
            tops.add(top);
    }
    for (const dir of tops) {
        const rel = external_node_path_default().relative(workspace, dir);
        if (!(await (0,promises_.stat)(dir).catch(() => undefined))) {
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(dir, '.gitignore'), '*\n');
            core/* info */.pq(`created ${rel}/ with a .gitignore (*): build outputs there never mark later builds vcs.modified`);
        }
        else if ((await gitIgnored(`${rel}/`, workspace)) === false) {
            core/* notice */.lm(`${rel}/ exists and git does not ignore it: artifacts written there are untracked files, so later builds in this checkout are stamped vcs.modified=true (and +dirty); add ${rel}/ to .gitignore`);
        }
    }
}
/** The first directory under the workspace that holds the file; undefined at the top or outside. */
function topDir(file, workspace) {
    const rel = external_node_path_default().relative(workspace, external_node_path_default().dirname(file));
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return external_node_path_default().join(workspace, rel.split((external_node_path_default()).sep)[0]);
}
/** true/false from `git check-ignore`; undefined when not in a git work tree or git is missing. */
function gitIgnored(relative, cwd) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('git', ['check-ignore', '-q', '--', relative], { cwd, timeout: 10_000 }, err => {
            if (!err)
                resolve(true);
            else if (err.code === 1)
                resolve(false);
            else
                resolve(undefined); // 128: not a repository; ENOENT: no git
        });
    });
}

;// CONCATENATED MODULE: ./src/build/run.ts









/**
 * Builds each main package named by `build` with the exported environment.
 * -ldflags goes on the command line as one argument, so `-s -w` and any -X
 * hold on every Go version (old Go cannot take them through GOFLAGS).
 */
async function buildPackages(inputs, goBin, workspace, 
/** Per-target variables (GOOS, GOARCH, GOCACHE ...) over the step's environment. */
targetEnv) {
    const env = targetEnv ? { ...process.env, ...targetEnv } : undefined;
    const units = (0,naming/* buildUnits */.ap)(inputs.build, await mainPackages(goBin, inputs.build, workspace, env));
    const template = inputs.output ?? naming/* DEFAULT_OUTPUT */.Ol;
    let planned;
    try {
        (0,naming/* checkOutputTemplate */.Wg)(template, units.length);
        planned = units.map(unit => ({
            unit,
            importPath: unit.importPath,
            output: (0,naming/* outputPath */.XC)(template, unit.name, inputs.target)
        }));
    }
    catch (e) {
        if (e instanceof output_template/* OutputTemplateError */.eU)
            throw new errors/* InputError */.d(e.message);
        throw e;
    }
    const clashes = (0,naming/* outputClashes */.pM)(planned);
    if (clashes.length) {
        const [output, paths] = clashes[0];
        throw new errors/* InputError */.d(`build ${JSON.stringify(inputs.build.join(' '))} names main packages ${paths.join(' and ')} that would all be written to ${output} (output "${template}"); accepted: build patterns whose main packages have distinct names, or one package per step`);
    }
    await prepareOutputDirs(planned.map(p => external_node_path_default().resolve(workspace, p.output)), workspace);
    const artifacts = [];
    for (const { unit, output } of planned) {
        const importPath = unit.importPath;
        const file = external_node_path_default().resolve(workspace, output);
        if ((await (0,promises_.stat)(file).catch(() => undefined))?.isDirectory())
            throw new errors/* InputError */.d(`output "${template}" names ${output}, an existing directory; accepted: a file path, e.g. ${naming/* DEFAULT_OUTPUT */.Ol}`);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const args = ['build', '-o', file];
        if (inputs.trimpath)
            args.push('-trimpath');
        if (inputs.forceRebuild)
            args.push('-a');
        args.push(`-ldflags=${inputs.ldflags}`, ...unit.args);
        core/* startGroup */.Oh((0,log_escape/* line */.n8) `go ${args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
        const code = await exec/* exec */.m(goBin, args, { cwd: workspace, env, ignoreReturnCode: true });
        core/* endGroup */.N4();
        if (code !== 0)
            throw new Error(`go build of ${importPath} failed (exit code ${code}); see the compiler errors above`);
        core/* info */.pq((0,log_escape/* line */.n8) `built ${external_node_path_default().relative(workspace, file)}`);
        artifacts.push({ importPath, file });
    }
    return artifacts;
}
/** Expands the patterns with `go list` and keeps the main packages. */
async function mainPackages(goBin, patterns, workspace, env) {
    const out = await exec/* getExecOutput */.H(goBin, ['list', '-f', '{{.ImportPath}}\t{{.Name}}', '--', ...patterns], {
        cwd: workspace,
        env,
        silent: true,
        ignoreReturnCode: true
    });
    if (out.exitCode !== 0) {
        throw new errors/* InputError */.d((0,log_escape/* line */.n8) `build "${patterns.join(' ')}": go list failed: ${out.stderr.trim().split('\n')[0]}`);
    }
    const listed = out.stdout
        .split('\n')
        .filter(Boolean)
        .map(line => line.split('\t'));
    const mains = listed.filter(([, name]) => name === 'main').map(([importPath]) => importPath);
    const others = listed.filter(([, name]) => name !== 'main').map(([importPath]) => importPath);
    if (!mains.length) {
        throw new errors/* InputError */.d(`build ${JSON.stringify(patterns.join(' '))} names no main package (found ${others.join(', ') || 'nothing'}); accepted: packages with package main, e.g. ./cmd/app`);
    }
    if (others.length)
        core/* info */.pq((0,log_escape/* line */.n8) `build: skipping non-main packages ${others.join(', ')}`);
    return mains;
}


/***/ })

};
