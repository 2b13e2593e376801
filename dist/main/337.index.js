export const id = 337;
export const ids = [337];
export const modules = {

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPackages: () => (/* binding */ buildPackages)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5260);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1318);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1830);






/**
 * Builds each main package named by `build` with the exported environment.
 * -ldflags goes on the command line as one argument, so `-s -w` and any -X
 * hold on every Go version (old Go cannot take them through GOFLAGS).
 */
async function buildPackages(inputs, goBin, workspace) {
    const packages = await mainPackages(goBin, inputs.build, workspace);
    const template = inputs.output ?? _naming_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_OUTPUT */ .Ol;
    try {
        (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .checkOutputTemplate */ .Wg)(template, packages.length);
    }
    catch (e) {
        if (e instanceof _naming_js__WEBPACK_IMPORTED_MODULE_4__/* .OutputTemplateError */ .eU)
            throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(e.message);
        throw e;
    }
    const artifacts = [];
    for (const importPath of packages) {
        let relative;
        try {
            relative = (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .outputPath */ .XC)(template, (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .binaryName */ .fW)(importPath), inputs.target);
        }
        catch (e) {
            if (e instanceof _naming_js__WEBPACK_IMPORTED_MODULE_4__/* .OutputTemplateError */ .eU)
                throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(e.message);
            throw e;
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace, relative);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
        const args = ['build', '-o', file];
        if (inputs.trimpath)
            args.push('-trimpath');
        if (inputs.forceRebuild)
            args.push('-a');
        args.push(`-ldflags=${inputs.ldflags}`, importPath);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`go ${args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
        const code = await _actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m(goBin, args, { cwd: workspace, ignoreReturnCode: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        if (code !== 0)
            throw new Error(`go build of ${importPath} failed (exit code ${code}); see the compiler errors above`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`built ${node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(workspace, file)}`);
        artifacts.push({ importPath, file });
    }
    return artifacts;
}
/** Expands the patterns with `go list` and keeps the main packages. */
async function mainPackages(goBin, patterns, workspace) {
    const out = await _actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .getExecOutput */ .H(goBin, ['list', '-f', '{{.ImportPath}}\t{{.Name}}', '--', ...patterns], {
        cwd: workspace,
        silent: true,
        ignoreReturnCode: true
    });
    if (out.exitCode !== 0) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`build ${JSON.stringify(patterns.join(' '))}: go list failed: ${out.stderr.trim().split('\n')[0]}`);
    }
    const listed = out.stdout
        .split('\n')
        .filter(Boolean)
        .map(line => line.split('\t'));
    const mains = listed.filter(([, name]) => name === 'main').map(([importPath]) => importPath);
    const others = listed.filter(([, name]) => name !== 'main').map(([importPath]) => importPath);
    if (!mains.length) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`build ${JSON.stringify(patterns.join(' '))} names no main package (found ${others.join(', ') || 'nothing'}); accepted: packages with package main, e.g. ./cmd/app`);
    }
    if (others.length)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`build: skipping non-main packages ${others.join(', ')}`);
    return mains;
}


/***/ })

};
