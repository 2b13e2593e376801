export const id = 528;
export const ids = [528];
export const modules = {

/***/ 7528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTestStage: () => (/* binding */ runTestStage),
  writeTestAnnotations: () => (/* binding */ writeTestAnnotations)
});

// UNUSED EXPORTS: spawnLines, targetEnv

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/log/escape.ts
var log_escape = __webpack_require__(1967);
// EXTERNAL MODULE: ./src/targets/parse.ts
var parse = __webpack_require__(5701);
// EXTERNAL MODULE: ./src/test/flags.ts
var flags = __webpack_require__(2807);
;// CONCATENATED MODULE: ./src/test/events.ts
/** The event a line holds, or undefined when it is not one (plain text from go itself). */
function parseEvent(line) {
    const text = line.trim();
    if (!text.startsWith('{') || !text.endsWith('}'))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const v = value;
    if (typeof v['Action'] !== 'string')
        return undefined;
    const str = (k) => (typeof v[k] === 'string' ? v[k] : undefined);
    return {
        Time: str('Time'),
        Action: v['Action'],
        Package: str('Package'),
        Test: str('Test'),
        Elapsed: typeof v['Elapsed'] === 'number' ? v['Elapsed'] : undefined,
        Output: str('Output'),
        ImportPath: str('ImportPath'),
        FailedBuild: str('FailedBuild'),
        OutputType: str('OutputType')
    };
}

;// CONCATENATED MODULE: ./src/test/locate.ts
/**
 * Where a test failure points, as a file in the workspace. Pure.
 *
 * Three shapes reach us:
 * - t.Error/t.Fatal output: `    x_test.go:12: message`, the base name of a
 *   file in the package's directory;
 * - panic stack frames: `\t/abs/dir/x.go:12 +0x1d`, or with -trimpath
 *   `\texample.com/mod/pkg/x.go:12 +0x1d` (module path, not a directory);
 * - compiler errors: `pkg/x.go:3:27: message`, relative to the directory
 *   go ran in (the workspace), or absolute.
 */

/** `    x_test.go:12: message` (t.Log/t.Error/t.Fatal/t.Skip): file, line, message. */
const TEST_LINE = /^\s+([^\s:/\\][^\s:]*\.go):(\d+): ?(.*)$/;
/** A stack frame's location line: `\t<path>.go:<line>[ +0x..]`. */
const FRAME_LINE = /^\t(\S.*\.go):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=.*)?$/;
/** A compiler error: `<path>.go:<line>:<col>: message` (column optional). */
const COMPILER_LINE = /^(\S[^:]*\.go):(\d+)(?::(\d+))?: (.*)$/;
/** A t.Log/t.Error line's parts, or undefined. */
function testLine(text) {
    const m = TEST_LINE.exec(text.replace(/\r?\n$/, ''));
    return m ? { file: m[1], line: Number(m[2]), message: m[3] } : undefined;
}
/** A t.Error line's file, resolved against its package's directory. */
function testLinePosition(pkg, t, layout) {
    const dir = layout.packages.get(pkg);
    if (!dir)
        return undefined;
    return inWorkspace(external_node_path_default().join(dir, t.file), t.line, layout.workspace);
}
/**
 * The first frame of a stack trace that is a file in the workspace (runtime,
 * testing and module-cache frames are skipped): where the panic or the hang is.
 */
function framePosition(lines, layout) {
    for (const text of lines) {
        const m = FRAME_LINE.exec(text.replace(/\r?\n$/, ''));
        if (!m)
            continue;
        const file = frameFile(m[1], layout);
        const pos = file ? inWorkspace(file, Number(m[2]), layout.workspace) : undefined;
        if (pos)
            return pos;
    }
    return undefined;
}
/** An absolute frame path as is; a -trimpath one through the longest module path it starts with. */
function frameFile(text, layout) {
    if (external_node_path_default().isAbsolute(text))
        return text;
    let best;
    for (const mod of layout.modules.keys())
        if (text.startsWith(`${mod}/`) && (!best || mod.length > best.length))
            best = mod;
    return best ? external_node_path_default().join(layout.modules.get(best), text.slice(best.length + 1)) : undefined;
}
/** A compiler error line's position (workspace-relative) and message, or undefined. */
function compilerError(text, layout) {
    const m = COMPILER_LINE.exec(text.replace(/\r?\n$/, ''));
    if (!m)
        return undefined;
    const pos = inWorkspace(external_node_path_default().resolve(layout.workspace, m[1]), Number(m[2]), layout.workspace);
    if (!pos)
        return undefined;
    return { ...pos, ...(m[3] ? { column: Number(m[3]) } : {}), message: m[4] };
}
function inWorkspace(file, line, workspace) {
    const rel = external_node_path_default().relative(workspace, file);
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel) || !(line > 0))
        return undefined;
    return { file: rel.split((external_node_path_default()).sep).join('/'), line };
}

;// CONCATENATED MODULE: ./src/test/fold.ts
/**
 * Folds `go test -json` events (and go's plain-text lines) into results per
 * package and test, with each failure classified and located. Pure: lines
 * go in, a TestRun comes out; every kept output is capped.
 */


const CAPS = {
    /** Output bytes kept per test or package. */
    outputBytes: 64 << 10,
    /** Annotated places per failure. */
    positions: 10,
    /** Lines of go's own complaints kept. */
    goErrors: 40,
    slowest: 5
};
class Output {
    lines = [];
    bytes = 0;
    truncated = false;
    open = false;
    add(text, type) {
        if (this.bytes >= CAPS.outputBytes) {
            this.truncated = true;
            return;
        }
        const kept = text.slice(0, CAPS.outputBytes - this.bytes);
        if (kept.length < text.length)
            this.truncated = true;
        this.bytes += kept.length;
        // test2json splits long lines into several events: a piece without a newline continues.
        const pieces = kept.split('\n');
        pieces.forEach((piece, i) => {
            const last = i === pieces.length - 1;
            if (last && piece === '') {
                this.open = false;
                return;
            }
            if (i === 0 && this.open)
                this.lines[this.lines.length - 1].text += piece;
            else
                this.lines.push({ text: piece, type });
            this.open = last;
        });
    }
    texts() {
        return this.lines.map(l => l.text);
    }
}
/** `FAIL\t<pkg> [build failed]` (or setup failed) as go prints it. */
const BUILD_FAILED = /^FAIL\s+(\S+) \[(build|setup) failed\]\s*$/;
/** `# <pkg> [<pkg>.test]`: the header of a package's compiler errors. */
const BUILD_HEADER = /^# (\S+)(?: \[(\S+)\])?\s*$/;
/** Frames and summaries go prints around a test's own output. */
const FRAME = /^(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;
const TIMEOUT = /^panic: test timed out after /;
const PANIC = /^(panic: |fatal error: )/;
const SIGNAL = /^(signal: |qemu: uncaught target signal)/;
class TestFold {
    layout;
    packages = new Map();
    builds = new Map();
    currentBuild;
    plainBuildFailed = new Set();
    goErrors = [];
    sawOutputType = false;
    constructor(layout) {
        this.layout = layout;
    }
    /** One line of go test's stdout: an event, or plain text (old Go's build failures). */
    stdoutLine(line) {
        const event = parseEvent(line);
        if (event)
            this.event(event);
        else
            this.plain(line);
    }
    /** One line of go test's stderr: compiler errors before Go 1.24, go's own complaints. */
    stderrLine(line) {
        this.plain(line);
    }
    plain(raw) {
        const line = raw.replace(/\r$/, '');
        if (!line.trim())
            return;
        const failed = BUILD_FAILED.exec(line);
        if (failed) {
            this.plainBuildFailed.add(failed[1]);
            this.pkg(failed[1]);
            return;
        }
        const header = BUILD_HEADER.exec(line);
        if (header) {
            this.currentBuild = this.build(line.slice(2).trim());
            return;
        }
        if (this.currentBuild && (compilerError(line, this.layout) || /^\s/.test(line))) {
            this.currentBuild.add(`${line}\n`);
            return;
        }
        this.currentBuild = undefined;
        if (this.goErrors.length < CAPS.goErrors)
            this.goErrors.push(line);
    }
    build(label) {
        let out = this.builds.get(label);
        if (!out)
            this.builds.set(label, (out = new Output()));
        return out;
    }
    pkg(name) {
        let p = this.packages.get(name);
        if (!p)
            this.packages.set(name, (p = { name, output: new Output(), tests: new Map() }));
        return p;
    }
    test(p, name) {
        let t = p.tests.get(name);
        if (!t)
            p.tests.set(name, (t = { name, output: new Output() }));
        return t;
    }
    event(e) {
        if (e.Action === 'build-output' || e.Action === 'build-fail') {
            if (e.ImportPath && e.Output !== undefined)
                this.build(e.ImportPath).add(e.Output);
            else if (e.ImportPath)
                this.build(e.ImportPath);
            return;
        }
        if (!e.Package)
            return;
        const p = this.pkg(e.Package);
        if (e.OutputType)
            this.sawOutputType = true;
        const t = e.Test ? this.test(p, e.Test) : undefined;
        switch (e.Action) {
            case 'output':
                if (e.Output !== undefined)
                    (t ?? p).output.add(e.Output, e.OutputType);
                break;
            case 'pass':
            case 'bench':
            case 'fail':
            case 'skip': {
                const status = e.Action === 'bench' ? 'pass' : e.Action;
                const target = t ?? p;
                target.status = status;
                if (e.Elapsed !== undefined)
                    target.elapsed = e.Elapsed;
                if (!t && e.FailedBuild)
                    p.failedBuild = e.FailedBuild;
                break;
            }
            default:
            // start, run, pause, cont: nothing to keep (run created the test above).
        }
    }
    finish() {
        const packages = [];
        const failures = [];
        const slowest = [];
        for (const p of this.packages.values()) {
            const buildFailed = p.failedBuild !== undefined ||
                this.plainBuildFailed.has(p.name) ||
                p.output.texts().some(l => BUILD_FAILED.test(l));
            const unfinished = [...p.tests.values()].filter(t => !t.status);
            const status = p.status === 'pass' && !unfinished.length
                ? 'pass'
                : p.status === 'skip'
                    ? 'skip'
                    : // No terminal event (go was killed) or tests left running: failed.
                        p.status === 'fail' || buildFailed || unfinished.length || !p.status
                            ? 'fail'
                            : 'pass';
            const counts = { passed: 0, failed: 0, skipped: 0 };
            for (const t of p.tests.values()) {
                const s = t.status ?? (status === 'fail' ? 'fail' : undefined);
                if (s === 'pass')
                    counts.passed++;
                else if (s === 'fail')
                    counts.failed++;
                else if (s === 'skip')
                    counts.skipped++;
                if (t.elapsed !== undefined && !t.name.includes('/'))
                    slowest.push({ package: p.name, test: t.name, elapsed: t.elapsed });
            }
            packages.push({
                name: p.name,
                status,
                ...(p.elapsed !== undefined ? { elapsed: p.elapsed } : {}),
                tests: counts
            });
            if (status !== 'fail')
                continue;
            const found = buildFailed ? [this.buildFailure(p)] : this.testFailures(p, unfinished);
            failures.push(...(found.length ? found : [this.packageFailure(p)]));
        }
        const sum = (f) => packages.reduce((n, p) => n + f(p.tests), 0);
        return {
            packages,
            packageCounts: {
                passed: packages.filter(p => p.status === 'pass').length,
                failed: packages.filter(p => p.status === 'fail').length,
                skipped: packages.filter(p => p.status === 'skip').length
            },
            tests: {
                passed: sum(c => c.passed),
                failed: sum(c => c.failed),
                skipped: sum(c => c.skipped)
            },
            slowest: slowest.sort((a, b) => b.elapsed - a.elapsed).slice(0, CAPS.slowest),
            failures,
            goErrors: this.goErrors
        };
    }
    /** The compiler errors of the package (or of the dependency whose build failed). */
    buildFailure(p) {
        const label = (p.failedBuild && this.builds.has(p.failedBuild) ? p.failedBuild : undefined) ??
            [...this.builds.keys()].find(l => l.split(' ')[0] === p.name) ??
            [...this.builds.keys()].find(l => l.includes(`[${p.name}.test]`)) ??
            (this.builds.size === 1 ? [...this.builds.keys()][0] : undefined);
        const block = label !== undefined ? this.builds.get(label) : undefined;
        const lines = block ? block.texts().filter(l => !l.startsWith('# ')) : [];
        const errors = lines
            .map(l => compilerError(l, this.layout))
            .filter((x) => x !== undefined);
        const output = lines.length ? lines : p.output.texts().filter(l => l.trim());
        const first = errors[0];
        const which = label && label.split(' ')[0] !== p.name ? ` (building ${label.split(' ')[0]})` : '';
        return {
            package: p.name,
            kind: 'build',
            headline: first
                ? `build failed${which}: ${first.file}:${first.line}${first.column ? `:${first.column}` : ''}: ${first.message}`
                : `build failed${which}`,
            output,
            truncated: block?.truncated ?? p.output.truncated,
            positions: errors.slice(0, CAPS.positions)
        };
    }
    /** One failure per failing test that is not only the parent of failing subtests. */
    testFailures(p, unfinished) {
        const failed = [...p.tests.values()].filter(t => t.status === 'fail' || unfinished.includes(t));
        const out = [];
        for (const t of failed) {
            const lines = t.output.lines;
            const own = this.errorLines(p.name, lines);
            const parentOnly = failed.some(c => c.name.startsWith(`${t.name}/`)) && !own.length && !unfinished.includes(t);
            if (parentOnly)
                continue;
            // A test left running when its binary died shares the package's own last words.
            const texts = [...t.output.texts(), ...(unfinished.includes(t) ? p.output.texts() : [])];
            out.push(this.classify(p.name, t.name, texts, own, t.output.truncated, unfinished.includes(t)));
        }
        return out;
    }
    /** A failing package with no failing test: TestMain's exit code, a crash before any test. */
    packageFailure(p) {
        return this.classify(p.name, undefined, p.output.texts(), [], p.output.truncated, true);
    }
    classify(pkg, test, texts, own, truncated, died) {
        const output = texts.filter(l => l.trim() && !FRAME.test(l));
        const timeout = texts.find(l => TIMEOUT.test(l));
        const panic = texts.find(l => PANIC.test(l));
        const signal = texts.find(l => SIGNAL.test(l.trim()));
        const base = { package: pkg, ...(test !== undefined ? { test } : {}), output, truncated };
        const frame = () => {
            const at = framePosition(texts, this.layout);
            return at ? [at] : own.slice(0, 1);
        };
        if (timeout)
            return { ...base, kind: 'timeout', headline: timeout.trim(), positions: frame() };
        if (signal)
            return {
                ...base,
                kind: 'signal',
                headline: `the test binary was killed: ${signal.trim()}`,
                positions: frame()
            };
        if (panic)
            return { ...base, kind: 'panic', headline: panic.trim(), positions: frame() };
        if (own.length)
            return { ...base, kind: 'test', headline: own[0].message ?? 'failed', positions: own };
        // go could not start the test binary: a foreign one with no exec wrapper on PATH.
        const start = texts.find(l => /^fork\/exec .*: /.test(l));
        if (start)
            return {
                ...base,
                kind: 'exit',
                headline: `the test binary could not start: ${start.trim()}`,
                positions: []
            };
        return {
            ...base,
            kind: 'exit',
            headline: died
                ? test
                    ? `the test binary exited while ${test} was running`
                    : 'the test binary failed outside any test (TestMain, init, or an exit code)'
                : 'failed',
            positions: []
        };
    }
    /**
     * Where a test says it failed: its t.Error/t.Fatal lines. Go 1.27 marks
     * them (OutputType "error"); before, t.Log looks the same, so the last
     * such line (the one nearest the failure) stands for it.
     */
    errorLines(pkg, lines) {
        const located = (l) => {
            const t = testLine(l.text);
            const pos = t ? testLinePosition(pkg, t, this.layout) : undefined;
            return pos && t ? { ...pos, message: `${t.file}:${t.line}: ${t.message}` } : undefined;
        };
        const marked = lines.filter(l => l.type === 'error');
        const pick = this.sawOutputType
            ? marked
            : [...lines]
                .reverse()
                .filter(l => testLine(l.text))
                .slice(0, 1);
        return pick
            .map(located)
            .filter((x) => x !== undefined)
            .slice(0, CAPS.positions);
    }
}

;// CONCATENATED MODULE: ./src/test/report.ts

const SUMMARY_CAPS = {
    /** Failures shown per target (the rest are counted). */
    failures: 20,
    /** Lines and characters of one failure's output shown. */
    lines: 40,
    chars: 4000
};
const KIND_TEXT = {
    test: 'failed',
    panic: 'panicked',
    timeout: 'timed out',
    build: 'build failed',
    signal: 'killed by a signal',
    exit: 'test binary failed'
};
/** Whether a target's tests failed: a failing package, or go test itself failing. */
function targetFailed(t) {
    return t.run.packageCounts.failed > 0 || t.exitCode !== 0;
}
/** The markdown (HTML) "Tests" section for every target of the step. */
function testsSummary(targets, failOn) {
    const parts = ['<h3>setup-go-cross: tests</h3>'];
    if (failOn === 'never' && targets.some(targetFailed))
        parts.push('<p>fail-on: never — failing tests are reported here but do not fail the step.</p>');
    for (const t of targets)
        parts.push(targetSection(t));
    return `${parts.join('\n')}\n`;
}
function targetSection(t) {
    const failed = targetFailed(t);
    const { run } = t;
    const out = [];
    out.push((0,log_escape/* htmlLine */.mJ) `<h4>${failed ? '❌' : '✅'} ${t.target}: ${failed ? 'failed' : 'passed'}</h4>`);
    if (t.how)
        out.push((0,log_escape/* htmlLine */.mJ) `<p>${t.how}, in ${seconds(t.seconds)}</p>`);
    out.push('<table><tr><th></th><th>passed</th><th>failed</th><th>skipped</th></tr>', countsRow('packages', run.packageCounts), countsRow('tests', run.tests), '</table>');
    if (run.slowest.length)
        out.push(`<p>Slowest: ${run.slowest.map(s => (0,log_escape/* htmlLine */.mJ) `<code>${s.test}</code> ${seconds(s.elapsed)}`).join(', ')}</p>`);
    if (t.exitCode !== 0 && !run.failures.length)
        out.push((0,log_escape/* htmlLine */.mJ) `<p>go test exited with ${t.exitCode === null ? 'a signal' : `code ${t.exitCode}`} and no failing package:</p>`, pre(run.goErrors.length ? run.goErrors : ['(no output)'], false));
    const shown = run.failures.slice(0, SUMMARY_CAPS.failures);
    for (const f of shown)
        out.push(failureDetails(f));
    if (run.failures.length > shown.length)
        out.push(`<p>… and ${run.failures.length - shown.length} more failure(s), see the log.</p>`);
    return out.join('\n');
}
function countsRow(what, c) {
    return `<tr><td>${what}</td><td>${c.passed}</td><td>${c.failed}</td><td>${c.skipped}</td></tr>`;
}
/** One failure: what, where, and its output (escaped, capped) folded away. */
function failureDetails(f) {
    const where = f.positions[0] ? ` at ${f.positions[0].file}:${f.positions[0].line}` : '';
    const name = f.test ? `${f.test} (${f.package})` : f.package;
    // <pre> keeps the lines; blank lines are dropped so the HTML block is not cut short.
    return [
        (0,log_escape/* htmlLine */.mJ) `<details><summary>❌ <code>${name}</code> ${KIND_TEXT[f.kind]}${where}: ${f.headline}</summary>`,
        pre(f.output, f.truncated),
        '</details>'
    ].join('\n');
}
function pre(lines, truncated) {
    const kept = [];
    let chars = 0;
    let cut = truncated;
    for (const l of lines) {
        if (!l.trim())
            continue;
        if (kept.length >= SUMMARY_CAPS.lines || chars + l.length > SUMMARY_CAPS.chars) {
            cut = true;
            break;
        }
        kept.push((0,log_escape/* html */.qy)(l));
        chars += l.length;
    }
    if (cut)
        kept.push('… (cut; the full output is in the log)');
    return `<pre>${kept.join('\n')}</pre>`;
}
function seconds(s) {
    return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(2)} s`;
}
/** Error annotations: each failing test at its t.Error/panic line, each build failure at the compiler's positions. */
function testAnnotations(targets) {
    const out = [];
    const seen = new Set();
    for (const t of targets)
        for (const f of t.run.failures) {
            const name = f.test ?? f.package;
            for (const p of f.positions) {
                const message = f.kind === 'build'
                    ? `${t.target}: build of ${f.package} failed: ${p.message ?? f.headline}`
                    : f.kind === 'test'
                        ? `${t.target}: ${name} failed: ${p.message ?? f.headline}`
                        : `${t.target}: ${name} ${KIND_TEXT[f.kind]}: ${f.headline}`;
                const key = `${t.target}\0${p.file}\0${p.line}\0${message}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push({
                    file: (0,log_escape/* untrusted */.bp)(p.file),
                    line: p.line,
                    ...(p.column ? { column: p.column } : {}),
                    title: (0,log_escape/* untrusted */.bp)(`setup-go-cross test ${t.target}: ${name}`),
                    message: (0,log_escape/* untrusted */.bp)(message)
                });
            }
        }
    return out;
}
/** The `tests` output: per target counts (JSON). */
function testsOutput(targets) {
    const out = {};
    for (const t of targets)
        out[t.target] = {
            result: targetFailed(t) ? 'fail' : 'pass',
            packages: t.run.packageCounts,
            tests: t.run.tests,
            seconds: Math.round(t.seconds * 100) / 100
        };
    return JSON.stringify(out);
}
/** The step's error when tests failed and fail-on lets them fail it; undefined otherwise. */
function testsVerdict(targets, failOn) {
    const bad = targets.filter(targetFailed);
    if (!bad.length || failOn === 'never')
        return undefined;
    const what = bad.map(t => {
        const n = t.run.tests.failed;
        const p = t.run.packageCounts.failed;
        return p || n
            ? `${t.target} (${n} test(s) failed in ${p} package(s))`
            : `${t.target} (go test exited with ${t.exitCode ?? 'a signal'})`;
    });
    return (0,log_escape/* untrusted */.bp)(`test: ${bad.length} of ${targets.length} target(s) failed: ${what.join(', ')} (fail-on: ${failOn})`);
}

;// CONCATENATED MODULE: ./src/test/run.ts
/**
 * The test stage's effects: `go list` once for the package layout, then
 * `go test -json` per target (argument arrays, no shell), read as it comes,
 * folded into results; the report part decides what is said.
 */









const LINE_CAP = 1 << 20;
const STDERR_LINES = 2000;
/** Runs the tests for every target, one after another (go already uses every core). */
async function runTestStage(targets, opts) {
    const host = opts.host ?? { platform: process.platform, arch: process.arch };
    (0,flags/* checkTestFlags */.m)(opts.flags, opts.rawFlags ?? opts.flags.join(' '), targets.map(t => t.target), host);
    const results = [];
    let layout;
    for (const t of targets) {
        const env = targetEnv(t, opts);
        layout ??= await packageLayout(opts, env);
        // go runs a test binary through go_<goos>_<goarch>_exec whenever the pair is not its own.
        const own = (0,flags/* isHostPair */.b)(t.target, host);
        const how = own ? 'natively' : `through go_${t.target.goos}_${t.target.goarch}_exec`;
        const args = ['test', '-json', ...opts.patterns, ...opts.flags];
        const name = (0,parse/* formatTarget */.P4)(t.target);
        core/* startGroup */.Oh((0,log_escape/* line */.n8) `test ${name}: go ${args.join(' ')} (${how})`);
        const started = Date.now();
        const fold = new TestFold(layout);
        let exitCode;
        try {
            exitCode = await goTest(opts.goBin, args, opts.workspace, env, fold, opts.lineCap);
        }
        finally {
            core/* endGroup */.N4();
        }
        const result = {
            target: name,
            run: fold.finish(),
            seconds: (Date.now() - started) / 1000,
            exitCode,
            how: `go test ran ${how}`
        };
        logResult(result);
        results.push(result);
    }
    return {
        targets: results,
        summaryMarkdown: testsSummary(results, opts.failOn),
        failed: testsVerdict(results, opts.failOn),
        outputJson: testsOutput(results)
    };
}
/** Error annotations at each failing test's line and each compiler error, titled with the target. */
function writeTestAnnotations(targets) {
    for (const a of testAnnotations(targets))
        core/* error */.z3(a.message, {
            ...(0,log_escape/* annotationProps */.kW)({ file: a.file, title: a.title }),
            startLine: a.line,
            ...(a.column ? { startColumn: a.column } : {})
        });
}
/** The step's env with the target's variables, its GOCACHE and the wrapper directory first on PATH. */
function targetEnv(t, opts) {
    const env = { ...opts.env, GOOS: t.target.goos, GOARCH: t.target.goarch };
    if (t.target.variant)
        env[t.target.variant.name] = t.target.variant.value;
    if (t.gocache)
        env['GOCACHE'] = t.gocache;
    if (opts.wrapperDir)
        env['PATH'] = [opts.wrapperDir, opts.env['PATH']].filter(Boolean).join((external_node_path_default()).delimiter);
    return env;
}
/** Import path -> directory of every package the patterns name, and module path -> directory. */
async function packageLayout(opts, env) {
    const layout = { workspace: opts.workspace, packages: new Map(), modules: new Map() };
    const lines = [];
    await spawnLines(opts.goBin, [
        'list',
        '-e',
        '-f',
        '{{.ImportPath}}\t{{.Dir}}\t{{with .Module}}{{.Path}}\t{{.Dir}}{{end}}',
        ...opts.patterns
    ], opts.workspace, env, l => lines.push(l), () => undefined, opts.lineCap);
    for (const l of lines) {
        const [importPath, dir, modPath, modDir] = l.split('\t');
        if (importPath && dir)
            layout.packages.set(importPath, dir);
        if (modPath && modDir)
            layout.modules.set(modPath, modDir);
    }
    return layout;
}
function goTest(goBin, args, cwd, env, fold, lineCap) {
    let stderrLines = 0;
    return spawnLines(goBin, args, cwd, env, l => fold.stdoutLine(l), l => {
        if (stderrLines++ < STDERR_LINES)
            fold.stderrLine(l);
    }, lineCap);
}
/**
 * Spawns without a shell and hands over stdout and stderr line by line as
 * they come. Lines over the cap are cut and the rest of the line dropped:
 * the pipes are always drained, so the child never blocks on a full pipe.
 */
function spawnLines(cmd, args, cwd, env, onStdout, onStderr, lineCap = LINE_CAP) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const reader = (emit) => {
            // A multi-byte character split between two chunks is joined by the decoder.
            const decoder = new external_node_string_decoder_.StringDecoder('utf8');
            let buf = '';
            let dropping = false;
            return {
                data(chunk) {
                    let text = decoder.write(chunk);
                    for (;;) {
                        const nl = text.indexOf('\n');
                        if (nl < 0)
                            break;
                        if (!dropping)
                            emit(buf + text.slice(0, nl));
                        buf = '';
                        dropping = false;
                        text = text.slice(nl + 1);
                    }
                    if (dropping)
                        return;
                    buf += text;
                    if (buf.length > lineCap) {
                        emit(buf.slice(0, lineCap));
                        buf = '';
                        dropping = true;
                    }
                },
                end() {
                    buf += decoder.end();
                    if (buf && !dropping)
                        emit(buf);
                    buf = '';
                }
            };
        };
        const out = reader(onStdout);
        const err = reader(onStderr);
        child.stdout.on('data', (c) => out.data(c));
        child.stderr.on('data', (c) => err.data(c));
        child.once('error', reject);
        child.once('close', code => {
            out.end();
            err.end();
            resolve(code);
        });
    });
}
function logResult(t) {
    const { run } = t;
    core/* info */.pq((0,log_escape/* line */.n8) `test ${t.target}: ${targetFailed(t) ? 'FAIL' : 'ok'} — packages ${run.packageCounts.passed} passed, ${run.packageCounts.failed} failed, ${run.packageCounts.skipped} skipped; tests ${run.tests.passed} passed, ${run.tests.failed} failed, ${run.tests.skipped} skipped (${t.seconds.toFixed(1)} s)`);
    for (const f of run.failures) {
        const at = f.positions[0] ? ` at ${f.positions[0].file}:${f.positions[0].line}` : '';
        core/* info */.pq((0,log_escape/* line */.n8) `  ${f.kind}: ${f.test ?? f.package}${at}: ${f.headline}`);
        for (const l of f.output.slice(0, 200))
            core/* info */.pq((0,log_escape/* line */.n8) `    | ${l}`);
    }
    for (const l of run.goErrors)
        core/* info */.pq((0,log_escape/* line */.n8) `  go: ${l}`);
}


/***/ })

};
