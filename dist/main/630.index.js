export const id = 630;
export const ids = [630];
export const modules = {

/***/ 1830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* reexport safe */ _inputs_output_template_js__WEBPACK_IMPORTED_MODULE_0__.Ol),
/* harmony export */   Wg: () => (/* binding */ checkOutputTemplate),
/* harmony export */   XC: () => (/* reexport safe */ _inputs_output_template_js__WEBPACK_IMPORTED_MODULE_0__.XC),
/* harmony export */   ap: () => (/* binding */ buildUnits),
/* harmony export */   fW: () => (/* binding */ binaryName),
/* harmony export */   pM: () => (/* binding */ outputClashes)
/* harmony export */ });
/* harmony import */ var _inputs_output_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2659);

/**
 * The name `go build` itself gives a main package: the last element of its
 * import path, skipping a major-version suffix (example.com/tool/v2 -> tool).
 */
function binaryName(importPath) {
    const parts = importPath.split('/').filter(Boolean);
    let name = parts[parts.length - 1] ?? 'main';
    if (/^v[0-9]+$/.test(name) && parts.length > 1)
        name = parts[parts.length - 2];
    return name;
}

/** Rejects templates that would make several packages overwrite one file. */
function checkOutputTemplate(template, packageCount) {
    if (packageCount > 1 && !template.includes('{name}')) {
        throw new _inputs_output_template_js__WEBPACK_IMPORTED_MODULE_0__/* .OutputTemplateError */ .eU(`output "${template}" has no {name} placeholder, but build names ${packageCount} packages; each needs its own file`);
    }
}
/**
 * `go build a.go b.go` names the binary after the first file (a); any
 * package path gets binaryName(). Go treats the arguments as files as soon
 * as they end in .go, so the patterns are either all files or all packages.
 */
function buildUnits(patterns, mainImportPaths) {
    const files = patterns.filter(p => p.endsWith('.go'));
    if (files.length) {
        const base = files[0].split(/[\\/]/).pop() ?? files[0];
        return [{ importPath: 'command-line-arguments', args: files, name: base.slice(0, -3) }];
    }
    return mainImportPaths.map(p => ({ importPath: p, args: [p], name: binaryName(p) }));
}
/**
 * Two packages that would be written to one file (./a/app and ./b/app are
 * both `app`): the second would silently replace the first. Returns the
 * clashes as [output, import paths]; empty when every output is distinct.
 */
function outputClashes(outputs) {
    const byOutput = new Map();
    for (const o of outputs)
        byOutput.set(o.output, [...(byOutput.get(o.output) ?? []), o.importPath]);
    return [...byOutput].filter(([, paths]) => paths.length > 1);
}


/***/ }),

/***/ 6630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTargetsStep: () => (/* binding */ runTargetsStep)
/* harmony export */ });
/* unused harmony export targetEnv */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1830);
/* harmony import */ var _cache_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6211);
/* harmony import */ var _env_export_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5397);
/* harmony import */ var _targets_universal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4171);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7924);
/* harmony import */ var _targets_parse_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5701);
/* harmony import */ var _toolchain_installed_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6365);
/* harmony import */ var _toolchain_version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6347);
/* harmony import */ var _cache_step_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2538);
/* harmony import */ var _image_step_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(303);
/* harmony import */ var _matcher_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6775);
/* harmony import */ var _release_step_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3813);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4352);
/* harmony import */ var _verify_main_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(1536);
/* harmony import */ var _verify_plan_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(6822);

















/**
 * The release step for several targets (or darwin/universal): every target
 * gets its own GOCACHE under the key a matrix job uses, is built one after
 * another (go already uses every core), verified and smoke-run; then one
 * checksums.txt and one summary cover them all.
 */
async function runTargetsStep(inputs, go, workspace, tempRoot) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(tempRoot, 'setup-go-cross');
    const builds = inputs.targets.map(target => ({
        target,
        slices: (0,_targets_universal_js__WEBPACK_IMPORTED_MODULE_5__/* .isUniversal */ .Aw)(target) ? _targets_universal_js__WEBPACK_IMPORTED_MODULE_5__/* .UNIVERSAL_SLICES */ .Sq : [target]
    }));
    const cacheTargets = uniqueByKey(builds.flatMap(b => b.slices), inputs.cgo);
    const paths = new Map(cacheTargets.map(t => [
        (0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .targetKey */ .hD)(t, inputs.cgo),
        (0,_cache_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .cachePaths */ .R)({ target: t, cgo: inputs.cgo }, root)
    ]));
    const first = [...paths.values()][0];
    await (0,_env_export_js__WEBPACK_IMPORTED_MODULE_4__/* .exportGoldenEnv */ .z)(inputs, go, first);
    const cache = await (0,_cache_step_js__WEBPACK_IMPORTED_MODULE_10__/* .restoreBuildCaches */ .a)(inputs, go.version, [...paths.values()], workspace);
    await (0,_matcher_js__WEBPACK_IMPORTED_MODULE_12__/* .registerProblemMatcher */ .b)(tempRoot);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('go-version', (0,_toolchain_version_js__WEBPACK_IMPORTED_MODULE_9__/* .bareVersion */ .D)(go.version));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('goroot', go.goroot);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('target', inputs.targets.map(_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .formatTarget */ .P4).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('gocache', first.gocache);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cache-hit', cache.cacheHit);
    let built = [];
    let reproducible;
    if (inputs.build.length) {
        // Built outside the workspace and moved in after the last build: an earlier
        // target's file in the work tree would stamp later ones vcs.modified=true.
        const staged = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'staged');
        const builder = await targetBuilder(inputs, go, paths);
        built = await builder(builds, workspace, staged, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'universal'));
        if (inputs.reproducible)
            reproducible = await rebuildAndCompare(builds, built, builder, workspace, root);
        for (const b of built)
            b.artifacts = await placeArtifacts(b.artifacts, staged, workspace);
        if (reproducible)
            reproducible = new Map([...reproducible].map(([f, finding]) => [
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(staged, f)),
                finding
            ]));
    }
    const artifacts = built.flatMap(b => b.artifacts);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifacts', JSON.stringify(artifacts.map(a => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(a.file, workspace))));
    const release = artifacts.length
        ? await (0,_release_step_js__WEBPACK_IMPORTED_MODULE_13__/* .writeReleaseFiles */ ._)(artifacts.map(a => a.file), workspace, { sbom: inputs.sbom, goBin: (0,_toolchain_installed_js__WEBPACK_IMPORTED_MODULE_8__/* .goBinary */ .K1)(go.goroot) })
        : undefined;
    const checksums = release?.checksums;
    let failed;
    let verify;
    if (inputs.verify.length) {
        // `verify` globs replace the default (what `build` produced), as with one target:
        // each file is checked against the target it is meant for.
        const plan = {
            ...(0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_16__/* .verifyPlanFor */ .W)(inputs, go.version, inputs.targets[0], workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'verify-report.json')),
            targets: inputs.targets
        };
        ({ failed, state: verify } = await (0,_verify_main_js__WEBPACK_IMPORTED_MODULE_15__/* .verifyInMain */ .y)(inputs.verify, plan, release?.written, {
            findings: reproducible,
            checksums
        }));
    }
    else
        failed = await verifyPerTarget(inputs, go, built, workspace, root, checksums, reproducible);
    (0,_state_js__WEBPACK_IMPORTED_MODULE_14__/* .savePostState */ .Li)({ caches: cache.states, verify });
    failed ??= await (0,_image_step_js__WEBPACK_IMPORTED_MODULE_11__/* .imageStep */ .W)(inputs, (0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_16__/* .verifyPlanFor */ .W)(inputs, go.version, inputs.target, workspace, '').options, built.flatMap(b => b.artifacts.map(a => ({ ...a, target: b.build.target }))), checksums, workspace, tempRoot);
    if (failed)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(failed);
}
/** Builds every target one after another into `staged`, joining universal binaries. */
async function targetBuilder(inputs, go, paths) {
    const { buildPackages } = await __webpack_require__.e(/* import() */ 565).then(__webpack_require__.bind(__webpack_require__, 8946));
    const goBin = (0,_toolchain_installed_js__WEBPACK_IMPORTED_MODULE_8__/* .goBinary */ .K1)(go.goroot);
    return async (builds, workspace, staged, thinDir, gocache) => {
        const output = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staged, inputs.output ?? _build_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_OUTPUT */ .Ol);
        const built = [];
        for (const b of builds) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`target ${(0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .formatTarget */ .P4)(b.target)}`);
            const buildFor = (t, out) => buildPackages({ ...inputs, target: t, output: out }, goBin, workspace, {
                ...targetEnv(t, paths, inputs.cgo),
                ...(gocache ? { GOCACHE: gocache(t) } : {})
            });
            if (!(0,_targets_universal_js__WEBPACK_IMPORTED_MODULE_5__/* .isUniversal */ .Aw)(b.target)) {
                built.push({ build: b, artifacts: await buildFor(b.target, output) });
                continue;
            }
            const { joinUniversal } = await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.bind(__webpack_require__, 4085));
            built.push({ build: b, artifacts: await joinUniversal(b.slices, thinDir, output, buildFor) });
        }
        return built;
    };
}
/**
 * reproducible: rebuilds every target from a copy of the workspace (another
 * path) in fresh, empty GOCACHEs, and compares each artifact's SHA-256.
 */
async function rebuildAndCompare(builds, built, builder, workspace, root) {
    const { cp, mkdir, rm } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { compareRebuilds } = await Promise.all(/* import() */[__webpack_require__.e(817), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 8643));
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'reproduce');
    await rm(dir, { recursive: true, force: true });
    const copy = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'workspace-copy');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`reproducible: rebuilding in ${copy} with fresh GOCACHEs (a cold build)`);
    await cp(workspace, copy, { recursive: true, verbatimSymlinks: true });
    const gocache = (t) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'gocache', (0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .targetKey */ .hD)(t, false));
    await mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'gocache'), { recursive: true });
    const rebuilt = await builder(builds, copy, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'staged'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'universal'), gocache);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    const findings = new Map();
    for (const [i, b] of built.entries())
        for (const [file, f] of await compareRebuilds(b.artifacts, rebuilt[i].artifacts))
            findings.set(file, f);
    await rm(dir, { recursive: true, force: true });
    return findings;
}
/** Moves staged files to the same relative place in the workspace. */
async function placeArtifacts(artifacts, staged, workspace) {
    const { copyFile, mkdir, rename, rm } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const placed = [];
    for (const a of artifacts) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(staged, a.file));
        await mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        await rename(a.file, file).catch(async () => {
            // RUNNER_TEMP may be another file system; copyFile keeps the mode.
            await copyFile(a.file, file);
            await rm(a.file);
        });
        placed.push({ ...a, file });
    }
    return placed;
}
function uniqueByKey(targets, cgo) {
    const seen = new Map();
    for (const t of targets)
        if (!seen.has((0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .targetKey */ .hD)(t, cgo)))
            seen.set((0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .targetKey */ .hD)(t, cgo), t);
    return [...seen.values()];
}
/** What one build sets over the step's environment: the target and its own GOCACHE. */
function targetEnv(t, paths, cgo) {
    const env = { GOOS: t.goos, GOARCH: t.goarch };
    if (t.variant)
        env[t.variant.name] = t.variant.value;
    const p = paths.get((0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .targetKey */ .hD)(t, cgo));
    if (p)
        env['GOCACHE'] = p.gocache;
    return env;
}
/** Verifies each target's artifacts against that target, then one summary and report for all. */
async function verifyPerTarget(inputs, go, built, workspace, root, checksums, reproducible) {
    if (!built.some(b => b.artifacts.length))
        return undefined;
    const { verifyFiles, publishReports, summaryExtra, withExtras } = await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(817), __webpack_require__.e(920), __webpack_require__.e(124)]).then(__webpack_require__.bind(__webpack_require__, 2124));
    const reportPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'verify-report.json');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
    const reports = [];
    const expected = [];
    for (const { build, artifacts } of built) {
        const plan = (0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_16__/* .verifyPlanFor */ .W)(inputs, go.version, build.target, workspace, reportPath);
        const files = artifacts.map(a => a.file);
        reports.push(...withExtras(await verifyFiles(files, plan), files, { findings: reproducible }));
        expected.push(...files.map(() => build.target));
    }
    const failed = await publishReports(reports, expected, { workspace, failOn: inputs.failOn, reportPath }, summaryExtra(reports, { findings: reproducible, checksums }));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verified', failed ? 'false' : 'true');
    if (!failed)
        return undefined;
    const bad = reports.filter(r => r.findings.some(f => f.severity === 'error')).length;
    return `verify: ${bad || reports.length} of ${reports.length} artifact(s) failed verification (fail-on: ${inputs.failOn})`;
}


/***/ })

};
