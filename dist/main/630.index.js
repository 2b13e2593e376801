export const id = 630;
export const ids = [630,124];
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _build_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1830);
/* harmony import */ var _cache_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6211);
/* harmony import */ var _env_export_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5397);
/* harmony import */ var _targets_universal_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4171);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7924);
/* harmony import */ var _targets_parse_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5701);
/* harmony import */ var _toolchain_installed_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6365);
/* harmony import */ var _toolchain_version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6347);
/* harmony import */ var _cache_step_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2538);
/* harmony import */ var _matcher_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6775);
/* harmony import */ var _release_step_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3813);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4352);
/* harmony import */ var _verify_step_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2124);
/* harmony import */ var _verify_main_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1536);
/* harmony import */ var _verify_plan_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6822);


















/**
 * The release step for several targets (or darwin/universal): every target
 * gets its own GOCACHE under the key a matrix job uses, is built one after
 * another (go already uses every core), verified and smoke-run; then one
 * checksums.txt and one summary cover them all.
 */
async function runTargetsStep(inputs, go, workspace, tempRoot) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempRoot, 'setup-go-cross');
    const builds = inputs.targets.map(target => ({
        target,
        slices: (0,_targets_universal_js__WEBPACK_IMPORTED_MODULE_6__/* .isUniversal */ .Aw)(target) ? _targets_universal_js__WEBPACK_IMPORTED_MODULE_6__/* .UNIVERSAL_SLICES */ .Sq : [target]
    }));
    const cacheTargets = uniqueByKey(builds.flatMap(b => b.slices), inputs.cgo);
    const paths = new Map(cacheTargets.map(t => [
        (0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .targetKey */ .hD)(t, inputs.cgo),
        (0,_cache_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .cachePaths */ .R)({ target: t, cgo: inputs.cgo }, root)
    ]));
    const first = [...paths.values()][0];
    await (0,_env_export_js__WEBPACK_IMPORTED_MODULE_5__/* .exportGoldenEnv */ .z)(inputs, go, first);
    const cache = await (0,_cache_step_js__WEBPACK_IMPORTED_MODULE_11__/* .restoreBuildCaches */ .a)(inputs, go.version, [...paths.values()], workspace);
    await (0,_matcher_js__WEBPACK_IMPORTED_MODULE_12__/* .registerProblemMatcher */ .b)(tempRoot);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('go-version', (0,_toolchain_version_js__WEBPACK_IMPORTED_MODULE_10__/* .bareVersion */ .D)(go.version));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('goroot', go.goroot);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('target', inputs.targets.map(_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .formatTarget */ .P4).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('gocache', first.gocache);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cache-hit', cache.cacheHit);
    let built = [];
    let reproducible;
    if (inputs.build.length) {
        // Built outside the workspace and moved in after the last build: an earlier
        // target's file in the work tree would stamp later ones vcs.modified=true.
        const staged = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'staged');
        const builder = await targetBuilder(inputs, go, paths);
        built = await builder(builds, workspace, staged, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'universal'));
        if (inputs.reproducible)
            reproducible = await rebuildAndCompare(builds, built, builder, workspace, root);
        for (const b of built)
            b.artifacts = await placeArtifacts(b.artifacts, staged, workspace);
        if (reproducible)
            reproducible = new Map([...reproducible].map(([f, finding]) => [
                node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(staged, f)),
                finding
            ]));
    }
    const artifacts = built.flatMap(b => b.artifacts);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifacts', JSON.stringify(artifacts.map(a => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .displayPath */ .Gt)(a.file, workspace))));
    const release = artifacts.length
        ? await (0,_release_step_js__WEBPACK_IMPORTED_MODULE_13__/* .writeReleaseFiles */ ._)(artifacts.map(a => a.file), workspace, { sbom: inputs.sbom, goBin: (0,_toolchain_installed_js__WEBPACK_IMPORTED_MODULE_9__/* .goBinary */ .K1)(go.goroot) })
        : undefined;
    const checksums = release && {
        path: release.checksums,
        text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(release.checksums, 'utf8')
    };
    let failed;
    let verify;
    if (inputs.verify.length) {
        // `verify` globs replace the default (what `build` produced), as with one target:
        // each file is checked against the target it is meant for.
        const plan = {
            ...(0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_17__/* .verifyPlanFor */ .W)(inputs, go.version, inputs.targets[0], workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'verify-report.json')),
            targets: inputs.targets
        };
        ({ failed, state: verify } = await (0,_verify_main_js__WEBPACK_IMPORTED_MODULE_16__/* .verifyInMain */ .y)(inputs.verify, plan, release?.written, {
            findings: reproducible,
            checksums
        }));
    }
    else
        failed = await verifyPerTarget(inputs, go, built, workspace, root, checksums, reproducible);
    (0,_state_js__WEBPACK_IMPORTED_MODULE_14__/* .savePostState */ .Li)({ caches: cache.states, verify });
    if (failed)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(failed);
}
/** Builds every target one after another into `staged`, joining universal binaries. */
async function targetBuilder(inputs, go, paths) {
    const { buildPackages } = await __webpack_require__.e(/* import() */ 565).then(__webpack_require__.bind(__webpack_require__, 8946));
    const goBin = (0,_toolchain_installed_js__WEBPACK_IMPORTED_MODULE_9__/* .goBinary */ .K1)(go.goroot);
    return async (builds, workspace, staged, thinDir, gocache) => {
        const output = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staged, inputs.output ?? _build_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_OUTPUT */ .Ol);
        const built = [];
        for (const b of builds) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`target ${(0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .formatTarget */ .P4)(b.target)}`);
            const buildFor = (t, out) => buildPackages({ ...inputs, target: t, output: out }, goBin, workspace, {
                ...targetEnv(t, paths, inputs.cgo),
                ...(gocache ? { GOCACHE: gocache(t) } : {})
            });
            if (!(0,_targets_universal_js__WEBPACK_IMPORTED_MODULE_6__/* .isUniversal */ .Aw)(b.target)) {
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
    const { compareRebuilds } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 8643));
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'reproduce');
    await rm(dir, { recursive: true, force: true });
    const copy = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'workspace-copy');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`reproducible: rebuilding in ${copy} with fresh GOCACHEs (a cold build)`);
    await cp(workspace, copy, { recursive: true, verbatimSymlinks: true });
    const gocache = (t) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'gocache', (0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .targetKey */ .hD)(t, false));
    await mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'gocache'), { recursive: true });
    const rebuilt = await builder(builds, copy, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'staged'), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'universal'), gocache);
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
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(staged, a.file));
        await mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
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
        if (!seen.has((0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .targetKey */ .hD)(t, cgo)))
            seen.set((0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .targetKey */ .hD)(t, cgo), t);
    return [...seen.values()];
}
/** What one build sets over the step's environment: the target and its own GOCACHE. */
function targetEnv(t, paths, cgo) {
    const env = { GOOS: t.goos, GOARCH: t.goarch };
    if (t.variant)
        env[t.variant.name] = t.variant.value;
    const p = paths.get((0,_targets_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .targetKey */ .hD)(t, cgo));
    if (p)
        env['GOCACHE'] = p.gocache;
    return env;
}
/** Verifies each target's artifacts against that target, then one summary and report for all. */
async function verifyPerTarget(inputs, go, built, workspace, root, checksums, reproducible) {
    if (!built.some(b => b.artifacts.length))
        return undefined;
    const { verifyFiles, publishReports } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2124));
    const reportPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'verify-report.json');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
    const reports = [];
    const expected = [];
    for (const { build, artifacts } of built) {
        const plan = (0,_verify_plan_js__WEBPACK_IMPORTED_MODULE_17__/* .verifyPlanFor */ .W)(inputs, go.version, build.target, workspace, reportPath);
        const r = await verifyFiles(artifacts.map(a => a.file), plan);
        reports.push(...r.map((report, i) => (0,_verify_step_js__WEBPACK_IMPORTED_MODULE_15__/* .withFinding */ .i)(report, reproducible?.get(artifacts[i].file))));
        expected.push(...r.map(() => build.target));
    }
    const failed = await publishReports(reports, expected, { workspace, failOn: inputs.failOn, reportPath }, {
        checksums,
        reproducible: reproducible
            ? reports.map(r => r.findings.find(f => f.check === 'reproducible'))
            : undefined
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verified', failed ? 'false' : 'true');
    if (!failed)
        return undefined;
    const bad = reports.filter(r => r.findings.some(f => f.severity === 'error')).length;
    return `verify: ${bad || reports.length} of ${reports.length} artifact(s) failed verification (fail-on: ${inputs.failOn})`;
}


/***/ }),

/***/ 2124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  matchGlobs: () => (/* binding */ matchGlobs),
  publishReports: () => (/* binding */ publishReports),
  verifyAndReport: () => (/* binding */ verifyAndReport),
  verifyFiles: () => (/* binding */ verifyFiles),
  i: () => (/* binding */ withFinding)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/publish.ts + 2 modules
var publish = __webpack_require__(7924);
// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/targets/host.ts
var host = __webpack_require__(3854);
;// CONCATENATED MODULE: ./src/smoke/plan.ts

/** QEMU user-mode emulator names per GOARCH (qemu-<name>[-static]). */
const QEMU_ARCH = {
    '386': 'i386',
    amd64: 'x86_64',
    arm: 'arm',
    arm64: 'aarch64',
    loong64: 'loongarch64',
    mips: 'mips',
    mipsle: 'mipsel',
    mips64: 'mips64',
    mips64le: 'mips64el',
    ppc64: 'ppc64',
    ppc64le: 'ppc64le',
    riscv64: 'riscv64',
    s390x: 's390x'
};
/** The emulators that can run a GOARCH, preferred first (statically linked: works in containers). */
function qemuEmulators(goarch) {
    const qemu = QEMU_ARCH[goarch];
    return qemu ? [`qemu-${qemu}-static`, `qemu-${qemu}`] : [];
}
/**
 * How to run a binary for `target` on this runner. Pure: `which` answers
 * whether a program is on PATH.
 */
function smokePlan(target, runner, which) {
    const runnerOs = host/* NODE_PLATFORM_TO_GOOS */.U[runner.platform];
    const runnerArch = host/* NODE_ARCH_TO_GOARCH */.r[runner.arch];
    const sameOs = runnerOs === target.goos;
    if (sameOs &&
        (runnerArch === target.goarch || (runnerArch === 'amd64' && target.goarch === '386'))) {
        return { how: 'direct' };
    }
    if (target.goos !== 'linux' && !(target.goos === 'android' && runnerOs === 'linux')) {
        return {
            how: 'skip',
            reason: `a ${target.goos}/${target.goarch} binary cannot run on this ${runnerOs ?? runner.platform}/${runnerArch ?? runner.arch} runner`
        };
    }
    if (runnerOs !== 'linux') {
        return {
            how: 'skip',
            reason: `linux binaries need a linux runner (this one is ${runnerOs ?? runner.platform})`
        };
    }
    const qemu = QEMU_ARCH[target.goarch];
    if (!qemu)
        return { how: 'skip', reason: `no QEMU user emulator exists for ${target.goarch}` };
    for (const name of qemuEmulators(target.goarch)) {
        if (which(name))
            return { how: 'qemu', emulator: name };
    }
    return {
        how: 'skip',
        reason: `neither qemu-${qemu}-static nor qemu-${qemu} is on PATH (install qemu-user-static, or use docker/setup-qemu-action)`
    };
}

;// CONCATENATED MODULE: ./src/smoke/run.ts



const SMOKE_TIMEOUT_MS = 60_000;
/** Bytes of stdout+stderr kept; more is read and dropped, so the program never blocks on a full pipe. */
const OUTPUT_CAP = 4 << 20;
/** After the program exits, how long a leftover child holding its stdout may keep us reading. */
const DRAIN_MS = 200;
const SHOWN_LINES = 10;
/** Which of the target's emulators are on PATH, looked up once per step. */
async function emulatorsOnPath(target) {
    const found = new Set();
    for (const name of qemuEmulators(target.goarch))
        if (await io/* which */.K7(name, false))
            found.add(name);
    return found;
}
/**
 * Runs one artifact with the smoke-run arguments, natively or under QEMU.
 * The program gets /dev/null as stdin (a reader sees EOF at once) and runs
 * in its own process group, which is killed when it exits or times out: a
 * daemon it forked cannot outlive the step, nor hold its stdout open and
 * stall us.
 */
async function smokeRun(file, target, args, emulators, timeoutMs = SMOKE_TIMEOUT_MS) {
    const plan = smokePlan(target, { platform: process.platform, arch: process.arch }, n => emulators.has(n));
    if (plan.how === 'skip')
        return { status: 'skip', message: `smoke run skipped: ${plan.reason}`, output: [] };
    const [cmd, argv] = plan.how === 'direct' ? [file, args] : [plan.emulator, [file, ...args]];
    const how = plan.how === 'direct' ? 'natively' : `under ${plan.emulator}`;
    const shown = `${file} ${args.join(' ')}`.trim();
    const run = await runBounded(cmd, argv, timeoutMs);
    const output = run.output
        .split(/\r\n|\r|\n/)
        .filter(l => l.trim() !== '')
        .slice(0, SHOWN_LINES);
    const cut = run.truncated ? `; output over ${OUTPUT_CAP >> 20} MiB was cut` : '';
    if (run.startError) {
        return {
            status: 'fail',
            message: `\`${shown}\` could not start ${how} (${run.startError})`,
            output
        };
    }
    if (run.timedOut) {
        return {
            status: 'fail',
            message: `\`${shown}\` ran ${how} and did not finish within ${Math.round(timeoutMs / 1000)} s${cut}`,
            output,
            truncated: run.truncated
        };
    }
    if (run.code === 0) {
        return {
            status: 'pass',
            message: `\`${shown}\` ran ${how} and exited 0${cut}`,
            output,
            truncated: run.truncated
        };
    }
    const why = run.code !== null ? `exited with code ${run.code}` : `was killed by ${run.signal}`;
    return {
        status: 'fail',
        message: `\`${shown}\` ran ${how} and ${why}${cut}`,
        output,
        truncated: run.truncated
    };
}
/** Spawns without a shell, caps the output, and reaps the whole process group. */
function runBounded(cmd, argv, timeoutMs) {
    return new Promise(resolve => {
        const chunks = [];
        let kept = 0;
        let truncated = false;
        let timedOut = false;
        const child = (0,external_node_child_process_.spawn)(cmd, argv, {
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: process.platform !== 'win32',
            windowsHide: true
        });
        const collect = (chunk) => {
            if (kept >= OUTPUT_CAP) {
                truncated = true;
                return;
            }
            const part = chunk.subarray(0, OUTPUT_CAP - kept);
            if (part.length < chunk.length)
                truncated = true;
            chunks.push(part);
            kept += part.length;
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        const killGroup = () => {
            if (child.pid === undefined)
                return;
            try {
                if (process.platform === 'win32')
                    child.kill('SIGKILL');
                else
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // The group is gone already.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, timeoutMs);
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            // Whatever the program left behind (daemons, a child holding stdout) goes with it.
            killGroup();
            let doneOnce = false;
            const done = () => {
                if (doneOnce)
                    return;
                doneOnce = true;
                child.stdout.destroy();
                child.stderr.destroy();
                resolve({
                    ...result,
                    timedOut,
                    output: Buffer.concat(chunks).toString('utf8'),
                    truncated
                });
            };
            // Let the pipes deliver what the program wrote before it exited, but not wait for a holder.
            const open = [child.stdout, child.stderr].filter(s => !s.closed);
            if (!open.length)
                return done();
            const drained = setTimeout(done, DRAIN_MS);
            let left = open.length;
            for (const s of open) {
                s.once('close', () => {
                    if (--left === 0) {
                        clearTimeout(drained);
                        done();
                    }
                });
            }
        };
        child.once('error', err => {
            finish({
                code: null,
                signal: null,
                startError: err.code ?? err.message
            });
        });
        child.once('exit', (code, signal) => finish({ code, signal }));
    });
}

// EXTERNAL MODULE: ./src/targets/parse.ts
var parse = __webpack_require__(5701);
// EXTERNAL MODULE: ./src/verify/index.ts + 2 modules
var verify = __webpack_require__(8821);
// EXTERNAL MODULE: ./src/verify/match-target.ts
var match_target = __webpack_require__(872);
;// CONCATENATED MODULE: ./src/run/worktree.ts

const MAX_BYTES = 64 * 1024;
const MAX_PATHS = 10;
/**
 * What `git status --porcelain` (the command Go's VCS stamping runs) lists in
 * the workspace: the paths that make a build vcs.modified. Bounded output;
 * undefined when git cannot tell (no repository, no git).
 */
function worktreeChanges(cwd) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('git', ['status', '--porcelain'], { cwd, timeout: 10_000, maxBuffer: MAX_BYTES, encoding: 'utf8' }, (err, stdout) => {
            // On maxBuffer the child is killed and stdout holds what came so far: use it.
            if (err && !/maxBuffer/.test(err.message))
                return resolve(undefined);
            resolve(parsePorcelain(String(stdout)));
        });
    });
}
/** ` M go.mod`, `?? dist/` -> `go.mod (modified)`, `dist/ (untracked)`. Pure. */
function parsePorcelain(text) {
    return text
        .split('\n')
        .filter(line => line.length > 3)
        .map(line => {
        const code = line.slice(0, 2);
        const file = line.slice(3);
        const what = code === '??' ? 'untracked' : code.includes('D') ? 'deleted' : 'modified';
        return `${file} (${what})`;
    });
}
/** "a (untracked), b (modified) and 3 more" */
function describeChanges(paths) {
    const shown = paths.slice(0, MAX_PATHS).join(', ');
    return paths.length > MAX_PATHS ? `${shown} and ${paths.length - MAX_PATHS} more` : shown;
}

;// CONCATENATED MODULE: ./src/run/verify-step.ts










/**
 * Regular files each glob matches now (globs are matched from the workspace).
 * A symlink loop makes @actions/glob throw (ELOOP) for the whole pattern: the
 * pattern is then matched again without following links, the loop is
 * reported and skipped, and every other file is still verified.
 */
async function matchGlobs(patterns, workspace) {
    const matches = new Map();
    for (const pattern of patterns) {
        const absolute = /^([A-Za-z]:)?[\\/]/.test(pattern) ? pattern : `${workspace}/${pattern}`;
        let found;
        try {
            found = await globOnce(absolute, true);
        }
        catch (e) {
            core/* warning */.$e((0,log_escape/* line */.n8) `verify ${pattern}: ${e.message}; matching again without following symlinks`);
            found = await globOnce(absolute, false);
        }
        const files = [];
        for (const file of found) {
            const st = await (0,promises_.stat)(file).catch((e) => e);
            if (st instanceof Error) {
                if (st.code === 'ELOOP')
                    core/* warning */.$e((0,log_escape/* line */.n8) `verify: skipping ${(0,publish/* displayPath */.Gt)(file, workspace)}: a symlink loop`);
                continue;
            }
            if (st.isFile())
                files.push(file);
        }
        matches.set(pattern, files.sort());
    }
    return matches;
}
async function globOnce(pattern, followSymbolicLinks) {
    const globber = await glob/* create */.v(pattern, {
        matchDirectories: false,
        implicitDescendants: false,
        followSymbolicLinks
    });
    return globber.glob();
}
/**
 * Verifies files (and smoke-runs the ones that pass), then reports: log,
 * annotations, job summary, JSON report. Returns whether the step must fail.
 */
async function verifyAndReport(files, plan, extras = {}) {
    const reports = (await verifyFiles(files, plan)).map((r, i) => withFinding(r, extras.findings?.get(files[i])));
    const { targets } = plan;
    const expected = targets && targets.length > 1
        ? reports.map(r => (0,match_target/* matchTarget */.d)(r, targets) ?? targets)
        : plan.options.target;
    const failed = await publishReports(reports, expected, plan, {
        checksums: extras.checksums,
        reproducible: extras.findings?.size
            ? reports.map(r => r.findings.find(f => f.check === 'reproducible'))
            : undefined
    });
    return { reports, failed, failing: (0,publish/* countFailing */.aO)(reports, plan.failOn) };
}
/**
 * Verifies (and smoke-runs) files against the plan's target, or with
 * several targets against the one each file is meant for; logs each.
 */
async function verifyFiles(files, plan) {
    const reports = [];
    const emulators = new Map();
    const emulatorsFor = (t) => {
        const key = (0,parse/* formatTarget */.P4)(t);
        if (!emulators.has(key))
            emulators.set(key, emulatorsOnPath(t));
        return emulators.get(key);
    };
    let changes;
    for (const file of files) {
        const { verified, target } = await verifyForTarget(file, plan);
        // The step adds what the verifier cannot know (where the workspace is, what
        // git status says, the smoke run) by composing a new report, never by editing it.
        let findings = verified.findings;
        if (findings.some(f => f.check === 'vcs-modified')) {
            changes ??= worktreeChanges(plan.workspace);
            const paths = await changes;
            if (paths?.length)
                findings = findings.map(f => f.check === 'vcs-modified'
                    ? { ...f, message: `${f.message}; git status lists ${describeChanges(paths)}` }
                    : f);
        }
        let report = { ...verified, path: (0,publish/* displayPath */.Gt)(file, plan.workspace), findings };
        if (plan.smokeArgs && target)
            report = withFinding(report, await smokeFinding(report, file, target, plan.smokeArgs, await emulatorsFor(target)));
        logReport(report);
        reports.push(report);
    }
    return reports;
}
/** The report with one more finding of the step's own (smoke run, reproducibility). */
function withFinding(report, finding) {
    if (!finding)
        return report;
    return {
        ...report,
        findings: [...report.findings, finding],
        ok: report.ok && finding.severity !== 'error'
    };
}
/** Annotations, job summary, JSON report; returns whether the step must fail. */
async function publishReports(reports, expected, plan, extra) {
    (0,publish/* annotate */.fz)(reports, plan.workspace);
    await (0,publish/* writeSummary */.Sy)(reports, expected, plan.workspace, plan.failOn, extra);
    await (0,publish/* writeReport */.u5)(plan.reportPath, reports);
    return (0,publish/* anyFails */.M)(reports, plan.failOn);
}
/** The file verified against the plan's target, or with several the one it is built for. */
async function verifyForTarget(file, plan) {
    if (!plan.targets || plan.targets.length < 2)
        return { verified: await (0,verify.verifyFile)(file, plan.options), target: plan.options.target };
    const { report, target } = await (0,verify/* verifyFileForTargets */.F4)(file, plan.options, plan.targets);
    return { verified: report, target };
}
async function smokeFinding(report, file, target, smokeArgs, emulators) {
    if (!report.ok) {
        const message = 'smoke run skipped: the artifact failed verification';
        noticeSkipped(report.path, message);
        return { check: 'smoke-run', severity: 'info', message };
    }
    const result = await smokeRun(file, target, smokeArgs, emulators);
    // A skip is known here as data (result.status), so its notice is raised here, not guessed from text.
    if (result.status === 'skip')
        noticeSkipped(report.path, result.message);
    // The program's output is untrusted: each line escaped on its own.
    core/* info */.pq((0,log_escape/* line */.n8) `${report.path}: ${result.message}`);
    for (const out of result.output)
        core/* info */.pq((0,log_escape/* line */.n8) `  | ${out}`);
    return {
        check: 'smoke-run',
        severity: result.status === 'fail' ? 'error' : 'info',
        message: result.status === 'pass' && result.output.length
            ? `${result.message}; first line: ${result.output[0]}`
            : result.message
    };
}
/** A smoke run that did not happen is a notice on the artifact, saying why. */
function noticeSkipped(file, message) {
    core/* notice */.lm(`${(0,log_escape/* untrusted */.bp)(file)}: ${(0,log_escape/* untrusted */.bp)(message)}`, (0,log_escape/* annotationProps */.kW)({ file, title: 'setup-go-cross verify: smoke-run' }));
}
function logReport(report) {
    const errors = report.findings.filter(f => f.severity === 'error').length;
    const warnings = report.findings.filter(f => f.severity === 'warning').length;
    const what = [
        report.format,
        report.goos && report.goarch ? `${report.goos}/${report.goarch}` : undefined,
        report.go?.version
    ]
        .filter(Boolean)
        .join(', ');
    core/* info */.pq((0,log_escape/* line */.n8) `verify ${report.path}: ${errors ? 'FAIL' : 'ok'} (${what}; ${errors} error(s), ${warnings} warning(s))`);
}


/***/ })

};
