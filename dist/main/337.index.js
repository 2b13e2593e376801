export const id = 337;
export const ids = [337];
export const modules = {

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPackages: () => (/* binding */ buildPackages)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5260);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1318);
/* harmony import */ var _log_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1967);
/* harmony import */ var _inputs_output_template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2659);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1830);








/**
 * Builds each main package named by `build` with the exported environment.
 * -ldflags goes on the command line as one argument, so `-s -w` and any -X
 * hold on every Go version (old Go cannot take them through GOFLAGS).
 */
async function buildPackages(inputs, goBin, workspace, where = {}) {
    const env = where.env ? { ...process.env, ...where.env } : undefined;
    const outRoot = where.outRoot ?? workspace;
    const units = (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .buildUnits */ .ap)(inputs.build, await mainPackages(goBin, inputs.build, workspace, env));
    const template = inputs.output ?? _naming_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_OUTPUT */ .Ol;
    let planned;
    try {
        (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .checkOutputTemplate */ .Wg)(template, units.length);
        planned = units.map(unit => ({
            unit,
            importPath: unit.importPath,
            output: (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .outputPath */ .XC)(template, unit.name, inputs.target)
        }));
    }
    catch (e) {
        if (e instanceof _inputs_output_template_js__WEBPACK_IMPORTED_MODULE_5__/* .OutputTemplateError */ .eU)
            throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(e.message);
        throw e;
    }
    const clashes = (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .outputClashes */ .pM)(planned);
    if (clashes.length) {
        const [output, paths] = clashes[0];
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`build ${JSON.stringify(inputs.build.join(' '))} names main packages ${paths.join(' and ')} that would all be written to ${output} (output "${template}"); accepted: build patterns whose main packages have distinct names, or one package per step`);
    }
    const artifacts = [];
    for (const { unit, output } of planned) {
        const importPath = unit.importPath;
        // Checked where the file lands in the workspace, before anything is built.
        await refuseDirectory(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace, output), template, output);
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(outRoot, output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
        const args = ['build', '-o', file];
        if (inputs.trimpath)
            args.push('-trimpath');
        if (inputs.forceRebuild)
            args.push('-a');
        args.push(`-ldflags=${inputs.ldflags}`, ...unit.args);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .line */ .n8) `go ${args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
        const code = await _actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m(goBin, args, { cwd: workspace, env, ignoreReturnCode: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        if (code !== 0)
            throw new Error(`go build of ${importPath} failed (exit code ${code}); see the compiler errors above`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .line */ .n8) `built ${output}`);
        artifacts.push({ importPath, file });
    }
    return artifacts;
}
/** An output that names an existing directory is refused before go writes into it. */
async function refuseDirectory(file, template, shown) {
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).catch(() => undefined))?.isDirectory())
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`output "${template}" names ${shown}, an existing directory; accepted: a file path, e.g. ${_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_OUTPUT */ .Ol}`);
}
/** Expands the patterns with `go list` and keeps the main packages. */
async function mainPackages(goBin, patterns, workspace, env) {
    const out = await _actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .getExecOutput */ .H(goBin, ['list', '-f', '{{.ImportPath}}\t{{.Name}}', '--', ...patterns], {
        cwd: workspace,
        env,
        silent: true,
        ignoreReturnCode: true
    });
    if (out.exitCode !== 0) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .line */ .n8) `build "${patterns.join(' ')}": go list failed: ${out.stderr.trim().split('\n')[0]}`);
    }
    const listed = out.stdout
        .split('\n')
        .filter(Boolean)
        .map(line => line.split('\t'));
    const mains = listed.filter(([, name]) => name === 'main').map(([importPath]) => importPath);
    const others = listed.filter(([, name]) => name !== 'main').map(([importPath]) => importPath);
    if (!mains.length) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`build ${JSON.stringify(patterns.join(' '))} names no main package (found ${others.join(', ') || 'nothing'}); accepted: packages with package main, e.g. ./cmd/app`);
    }
    if (others.length)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_log_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .line */ .n8) `build: skipping non-main packages ${others.join(', ')}`);
    return mains;
}


/***/ })

};
