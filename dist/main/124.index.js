export const id = 124;
export const ids = [124];
export const modules = {

/***/ 2124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  matchGlobs: () => (/* binding */ matchGlobs),
  verifyAndReport: () => (/* binding */ verifyAndReport)
});

// UNUSED EXPORTS: publishReports, summaryExtra, verifyFiles, withExtras, withFinding

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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/env/exec-setup.ts + 2 modules
var exec_setup = __webpack_require__(3606);
// EXTERNAL MODULE: ./src/targets/qemu.ts
var targets_qemu = __webpack_require__(3556);
// EXTERNAL MODULE: ./src/targets/host.ts
var host = __webpack_require__(3854);
;// CONCATENATED MODULE: ./src/smoke/plan.ts


/**
 * The pairs a CPU may run without emulation when the kernel lets it (386 on
 * amd64, arm on arm64): whether it does is asked of the machine (a probe),
 * since not every kernel does (no IA32 emulation, no AArch32 EL0).
 */
function nativeCandidate(target, runner) {
    const runnerArch = host/* NODE_ARCH_TO_GOARCH */.r[runner.arch];
    return (host/* NODE_PLATFORM_TO_GOOS */.U[runner.platform] === target.goos &&
        ((runnerArch === 'amd64' && target.goarch === '386') ||
            (runnerArch === 'arm64' && target.goarch === 'arm')));
}
/**
 * How to run a binary for `target` on this runner. Pure: `which` answers
 * whether a program is on PATH; `runsNatively` whether this machine runs a
 * nativeCandidate pair itself (the probe's answer).
 */
function smokePlan(target, runner, which, runsNatively = false) {
    const runnerOs = host/* NODE_PLATFORM_TO_GOOS */.U[runner.platform];
    const runnerArch = host/* NODE_ARCH_TO_GOARCH */.r[runner.arch];
    const sameOs = runnerOs === target.goos;
    if (sameOs && runnerArch === target.goarch)
        return { how: 'direct' };
    if (runsNatively && nativeCandidate(target, runner))
        return { how: 'direct' };
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
    const qemu = targets_qemu/* QEMU_ARCH */.gQ[target.goarch]?.name;
    const cpu = (0,targets_qemu/* qemuCpu */.zl)(target);
    if (!qemu || !cpu)
        return { how: 'skip', reason: `no QEMU user emulator exists for ${target.goarch}` };
    if ('unsupported' in cpu)
        return { how: 'skip', reason: cpu.unsupported };
    for (const name of (0,targets_qemu/* qemuEmulators */.RX)(target.goarch)) {
        if (which(name))
            return { how: 'qemu', emulator: name, args: (0,targets_qemu/* qemuCpuArgs */.iq)(cpu) };
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
const probed = new Map();
/** Whether this machine runs `goarch` programs itself (the exec wrappers' probe), once per process. */
function probeOnce(goarch) {
    let p = probed.get(goarch);
    if (!p) {
        p = (async () => {
            const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'setup-go-cross-probe-'));
            try {
                return await (0,exec_setup/* runsNatively */.PU)(goarch, dir);
            }
            finally {
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
        })();
        probed.set(goarch, p);
    }
    return p;
}
/** Which of the target's emulators are on PATH, looked up once per step. */
async function emulatorsOnPath(target) {
    const found = new Set();
    for (const name of (0,targets_qemu/* qemuEmulators */.RX)(target.goarch))
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
    const runner = { platform: process.platform, arch: process.arch };
    const native = nativeCandidate(target, runner) && (await probeOnce(target.goarch));
    const plan = smokePlan(target, runner, n => emulators.has(n), native);
    if (plan.how === 'skip')
        return { status: 'skip', message: `smoke run skipped: ${plan.reason}`, output: [] };
    const [cmd, argv] = plan.how === 'direct' ? [file, args] : [plan.emulator, [...plan.args, '--', file, ...args]];
    const how = plan.how === 'direct' ? 'natively' : `under ${plan.emulator}`;
    const shown = `${file} ${args.join(' ')}`.trim();
    const env = plan.how === 'qemu'
        ? { ...process.env, ...(0,targets_qemu/* qemuGoEnv */.qN)(target.goarch, process.env) }
        : process.env;
    const run = await runBounded(cmd, argv, timeoutMs, env);
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
function runBounded(cmd, argv, timeoutMs, env) {
    return new Promise(resolve => {
        const chunks = [];
        let kept = 0;
        let truncated = false;
        let timedOut = false;
        const child = (0,external_node_child_process_.spawn)(cmd, argv, {
            env,
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
// EXTERNAL MODULE: ./src/verify/index.ts + 5 modules
var verify = __webpack_require__(9920);
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
    const verified = await verifyFiles(files, plan, extras.builtFor);
    const reports = withExtras(verified, files, extras);
    // A file that is none of the step's targets is shown against all of them.
    const expected = verified.map(v => v.target ?? plan.targets ?? plan.options.target);
    const failed = await publishReports(reports, expected, plan, summaryExtra(reports, extras));
    return {
        reports,
        failed,
        failing: (0,publish/* countFailing */.aO)(reports, plan.failOn),
        targets: verified.map(v => v.target)
    };
}
/** The reports with the step's own finding for each file (files[i] is reports[i]'s). */
function withExtras(verified, files, extras) {
    return verified.map((v, i) => withFinding(v.report, extras.findings?.get(files[i])));
}
/** What the job summary shows besides the table: checksums.txt, a Reproducible column. */
function summaryExtra(reports, extras) {
    return {
        checksums: extras.checksums,
        reproducible: extras.findings?.size
            ? reports.map(r => r.findings.find(f => f.check === 'reproducible'))
            : undefined
    };
}
/**
 * Verifies (and smoke-runs) files against the plan's target, or with
 * several targets against the one each file is meant for; logs each.
 */
async function verifyFiles(files, plan, builtFor) {
    const out = [];
    const emulators = new Map();
    const emulatorsFor = (t) => {
        const key = (0,parse/* formatTarget */.P4)(t);
        if (!emulators.has(key))
            emulators.set(key, emulatorsOnPath(t));
        return emulators.get(key);
    };
    let changes;
    for (const file of files) {
        const known = builtFor?.get(file);
        const { report: verified, target } = await (0,verify/* verifyFileForTargets */.F4)(file, plan.options, known ? [known] : (plan.targets ?? [plan.options.target]));
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
        out.push({ report, target });
    }
    return out;
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
