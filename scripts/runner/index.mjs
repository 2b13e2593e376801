/**
 * Runs a JavaScript action's committed bundles the way the GitHub runner
 * does, for tests and `npm run local`:
 *
 *   main (node <runs.main>)  ->  user `run:` steps (bash)  ->  post (node <runs.post>, if post-if)
 *
 * Each step gets fresh GITHUB_ENV / GITHUB_PATH / GITHUB_OUTPUT / GITHUB_STATE
 * / GITHUB_STEP_SUMMARY files; after it exits they are parsed and exported
 * env / PATH additions apply to the later steps only; post gets STATE_<name>
 * from main. INPUT_<NAME> comes from action.yml defaults plus the given
 * inputs. Workflow commands (::error::, ::add-mask::, ::add-matcher:: …)
 * are parsed from both output streams, and registered problem matchers are
 * applied to later output, as the runner does.
 *
 * Known differences from the real runner: `${{ }}` in input defaults only
 * knows github.token/workspace/sha and runner.os/arch/temp; `if`/`post-if`
 * only know success(), failure(), always(), cancelled() and !cancelled();
 * pre steps and composite/docker actions are not supported; matcher file
 * paths are not rewritten relative to the workspace.
 */
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseActionYml } from './action-yml.mjs';
import {
  ProblemMatchers,
  annotationFrom,
  parseCommandLine,
  parseKeyValueFile,
  parsePathFile
} from './commands.mjs';

export { parseActionYml } from './action-yml.mjs';
export * from './commands.mjs';

/**
 * The public shapes are declared in index.d.mts (what the TS tests import);
 * the implementation is checked against them here.
 * @typedef {import('./index.d.mts').ActionYml} ActionYml
 * @typedef {import('./index.d.mts').RunActionOptions} RunActionOptions
 * @typedef {import('./index.d.mts').RunResult} RunResult
 * @typedef {import('./index.d.mts').StepResult} StepResult
 * @typedef {Pick<StepResult, 'name' | 'kind'>} StepInfo
 * @typedef {[command: string, args: string[]]} SpawnArgs
 * @typedef {object} Job what the steps of one job share
 * @property {Record<string, string>} env the job's environment before any step
 * @property {Record<string, string>} exported GITHUB_ENV of all steps so far
 * @property {string[]} path GITHUB_PATH of all steps so far, most recent first
 * @property {ProblemMatchers} matchers
 * @property {string[]} masks
 * @property {boolean} failed
 * @property {boolean} echo
 * @property {number} timeoutMs
 * @property {string} workspace
 * @property {string} temp
 */

const execFileP = promisify(execFile);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The runner refuses summaries above 1 MiB per step. */
const SUMMARY_LIMIT = 1024 * 1024;

/**
 * INPUT_<NAME> as the runner and @actions/core spell it: spaces to _, upper case, dashes kept.
 * @param {string} name
 */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The runner's environment starts clean of the outer CI's job variables and
 * of anything that would steer `go`, so a developer's shell (GOFLAGS, GOOS,
 * a real ACTIONS_CACHE_URL) can't leak into a test.
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {Record<string, string>}
 */
export function baseRunnerEnv(source = process.env) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined) continue;
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) continue;
    if (/^(GO[A-Z0-9_]*|CGO_[A-Z_]+)$/.test(k)) continue;
    if (k === 'NODE_OPTIONS' || k === 'XDG_CONFIG_HOME' || k === 'XDG_CACHE_HOME') continue;
    if (k === 'ImageOS' || k === 'ImageVersion' || k === 'CI') continue;
    env[k] = v;
  }
  return env;
}

/**
 * Evaluates the status functions the runner's `if:` / `post-if:` support here.
 * @param {string | undefined} expr
 * @param {{ failed: boolean }} status
 */
export function evaluateCondition(expr, { failed }) {
  const e = String(expr ?? 'success()')
    .trim()
    .replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1')
    .trim();
  switch (e) {
    case '':
    case 'success()':
      return !failed;
    case 'failure()':
      return failed;
    case 'always()':
    case '!cancelled()':
      return true;
    case 'cancelled()':
      return false;
    default:
      throw new Error(`runner emulation: unsupported condition ${JSON.stringify(expr)}`);
  }
}

/**
 * Reads and checks action.yml (or action.yaml) of a node action.
 * @param {string} actionDir
 * @returns {Promise<ActionYml>}
 */
export async function readAction(actionDir) {
  const file = ['action.yml', 'action.yaml'].map(f => join(actionDir, f)).find(f => existsSync(f));
  if (!file) throw new Error(`no action.yml in ${actionDir}`);
  const action = parseActionYml(await readFile(file, 'utf8'));
  const runs = typeof action.runs === 'object' && action.runs !== null ? action.runs : {};
  if (typeof runs.using !== 'string' || !/^node\d+$/.test(runs.using)) {
    throw new Error(`runner emulation runs node actions only; runs.using is ${runs.using}`);
  }
  if (!runs.main) throw new Error(`${file}: runs.main is missing`);
  if (typeof runs.main !== 'string') throw new Error(`${file}: runs.main is not a string`);
  // Checked what the emulation relies on; the rest is read as optional strings.
  return /** @type {ActionYml} */ (/** @type {unknown} */ (action));
}

/**
 * @param {RunActionOptions} options
 * @returns {Promise<RunResult>}
 */
export async function runAction(options) {
  const actionDir = resolve(options.actionDir ?? REPO);
  const action = await readAction(actionDir);
  const root = options.root
    ? resolve(options.root)
    : await mkdtemp(join(await ensureDir(join(REPO, '.tmp/runner')), 'run-'));
  const workspace = resolve(options.workspace ?? (await ensureDir(join(root, 'workspace'))));
  const temp = resolve(options.temp ?? join(root, 'temp'));
  const toolCache = resolve(options.toolCache ?? join(root, 'tool-cache'));
  const home = resolve(options.home ?? join(root, 'home'));
  // RUNNER_TEMP is emptied for every job; the tool cache persists across jobs.
  await rm(temp, { recursive: true, force: true });
  await Promise.all([workspace, temp, toolCache, home].map(ensureDir));
  await options.prepare?.({ root, workspace, temp, toolCache, home });
  const node = options.node ?? process.execPath;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const runnerOs = options.runnerOs ?? 'Linux';
  const runnerArch = options.runnerArch ?? 'X64';
  const sha = options.sha ?? '0123456789abcdef0123456789abcdef01234567';
  /** @type {string[]} */
  const warnings = [];

  // Inputs: declared defaults (expressions resolved), then the `with:` values.
  const declared = action.inputs ?? {};
  /** @type {Record<string, string>} */
  const context = {
    'github.token': options.env?.GITHUB_TOKEN ?? '',
    'github.workspace': workspace,
    'github.sha': sha,
    'runner.os': runnerOs,
    'runner.arch': runnerArch,
    'runner.temp': temp
  };
  /** @type {Record<string, string>} */
  const inputEnv = {};
  for (const [name, spec] of Object.entries(declared)) {
    const def = spec && typeof spec === 'object' ? spec.default : undefined;
    if (typeof def === 'string') inputEnv[inputEnvName(name)] = substituteExpressions(def, context);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in declared)) warnings.push(`Unexpected input '${name}'`);
    inputEnv[inputEnvName(name)] = String(value);
  }

  const eventPath = join(temp, '_github_workflow', 'event.json');
  await ensureDir(dirname(eventPath));
  await writeFile(eventPath, JSON.stringify(options.event ?? {}));
  /** @type {Record<string, string>} */
  const jobEnv = {
    ...baseRunnerEnv(options.baseEnv ?? process.env),
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/hello',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'octo-org/hello').split('/')[0],
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '1000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: options.job ?? 'build',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: runnerOs,
    RUNNER_ARCH: runnerArch,
    RUNNER_NAME: 'emulated-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_WORKSPACE: dirname(workspace),
    ImageOS: runnerOs === 'Linux' ? 'ubuntu24' : runnerOs === 'macOS' ? 'macos15' : 'win22',
    ImageVersion: '20250101.1.0',
    ...options.env
  };
  if (options.debug) jobEnv.RUNNER_DEBUG = '1';

  /** @type {Job} */
  const job = {
    env: jobEnv,
    exported: {},
    path: [],
    matchers: new ProblemMatchers(),
    masks: [],
    failed: false,
    echo: options.echo ?? false,
    timeoutMs,
    workspace,
    temp
  };

  /** @type {StepResult[]} */
  const steps = [];
  /**
   * @param {StepInfo} step
   * @param {string} condition
   * @param {SpawnArgs} spawnArgs
   * @param {Record<string, string>} [extraEnv]
   */
  const runStep = async (step, condition, spawnArgs, extraEnv = {}) => {
    if (!evaluateCondition(condition, { failed: job.failed })) {
      steps.push(skipped(step));
      return steps[steps.length - 1];
    }
    const result = await runProcess(job, step, spawnArgs, extraEnv);
    steps.push(result);
    if (result.conclusion === 'failure') job.failed = true;
    return result;
  };

  const actionName = action.name ?? 'action';
  const main = await runStep(
    { name: `Run ${actionName}`, kind: 'main' },
    'success()',
    [node, [join(actionDir, action.runs.main)]],
    inputEnv
  );

  for (const [i, s] of (options.steps ?? []).entries()) {
    const script = join(temp, `step-${i}-${randomUUID()}.sh`);
    await writeFile(script, s.run);
    await runStep(
      { name: s.name ?? `Run ${s.run.split('\n')[0]}`, kind: 'run' },
      s.if ?? 'success()',
      ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]],
      s.env ?? {}
    );
  }

  let post;
  if (action.runs.post && options.post !== false) {
    /** @type {Record<string, string>} */
    const stateEnv = {};
    for (const [k, v] of Object.entries(main.state)) stateEnv[`STATE_${k}`] = v;
    post = await runStep(
      { name: `Post ${actionName}`, kind: 'post' },
      action.runs['post-if'] ?? 'always()',
      [node, [join(actionDir, action.runs.post)]],
      { ...inputEnv, ...stateEnv }
    );
  }

  return {
    success: !job.failed,
    steps,
    main,
    post,
    env: { ...job.exported },
    path: [...job.path],
    jobEnv: composeEnv(job),
    outputs: main.outputs,
    state: main.state,
    summary: steps
      .map(s => s.summary)
      .filter(Boolean)
      .join('\n'),
    annotations: steps.flatMap(s => s.annotations),
    inputEnv,
    warnings,
    dirs: { root, workspace, temp, toolCache, home }
  };
}

/**
 * Makes `dir` its own git repository with one commit and returns the commit
 * SHA. A workspace under .tmp/ otherwise sits inside this repo's work tree
 * and `go build` would stamp this repo's vcs.revision (and vcs.modified=true)
 * into binaries; on GitHub the workspace is the checkout whose SHA is
 * GITHUB_SHA, so pass the returned SHA as `sha`.
 * @param {string} dir
 */
export async function initGitWorkspace(dir) {
  /** @param {string[]} args */
  const git = args =>
    execFileP('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'octocat',
        GIT_AUTHOR_EMAIL: 'octocat@example.com',
        GIT_COMMITTER_NAME: 'octocat',
        GIT_COMMITTER_EMAIL: 'octocat@example.com'
      }
    });
  await git(['init', '-q', '-b', 'main']);
  await git(['add', '-A']);
  await git(['commit', '-q', '--allow-empty', '-m', 'workspace']);
  return (await git(['rev-parse', 'HEAD'])).stdout.trim();
}

/**
 * An input default with its `${{ name }}` expressions resolved from context,
 * as the runner does before it sets INPUT_<NAME>.
 * @param {string} value
 * @param {Record<string, string>} context
 */
export function substituteExpressions(value, context) {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, /** @type {string} */ name) => {
    if (name in context) return context[name];
    throw new Error(`runner emulation: unsupported expression ${whole} in an input default`);
  });
}

/** @param {string} dir */
async function ensureDir(dir) {
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * A step result before anything ran: no output, no files, no annotations.
 * @param {StepInfo} step
 * @param {StepResult['conclusion']} conclusion
 * @returns {StepResult}
 */
function emptyResult(step, conclusion) {
  return {
    ...step,
    conclusion,
    exitCode: null,
    signal: null,
    timedOut: false,
    durationMs: 0,
    stdout: '',
    stderr: '',
    log: '',
    annotations: [],
    commands: [],
    outputs: {},
    state: {},
    envAdded: {},
    pathAdded: [],
    summary: '',
    errors: []
  };
}

/** @param {StepInfo} step */
function skipped(step) {
  return emptyResult(step, 'skipped');
}

/**
 * The environment a step starts with: job env, exported env, PATH with prepends.
 * @param {Job} job
 * @returns {Record<string, string>}
 */
function composeEnv(job) {
  const env = { ...job.env, ...job.exported };
  if (job.path.length) env.PATH = [...job.path, env.PATH ?? ''].filter(Boolean).join(delimiter);
  return env;
}

/**
 * @param {Job} job
 * @param {StepInfo} step
 * @param {SpawnArgs} spawnArgs
 * @param {Record<string, string>} extraEnv
 * @returns {Promise<StepResult>}
 */
async function runProcess(job, step, [command, args], extraEnv) {
  const dir = await ensureDir(join(job.temp, '_runner_file_commands'));
  const id = randomUUID();
  const files = {
    GITHUB_ENV: join(dir, `set_env_${id}`),
    GITHUB_PATH: join(dir, `add_path_${id}`),
    GITHUB_OUTPUT: join(dir, `set_output_${id}`),
    GITHUB_STATE: join(dir, `save_state_${id}`),
    GITHUB_STEP_SUMMARY: join(dir, `step_summary_${id}`)
  };
  await Promise.all(Object.values(files).map(f => writeFile(f, '')));
  const env = { ...composeEnv(job), ...extraEnv, ...files };

  const result = emptyResult(step, 'success');
  /** @type {string | null} */
  let stopToken = null;
  /** @type {string[]} */
  const logLines = [];
  /** @param {string} text */
  const mask = text => job.masks.reduce((t, m) => (m ? t.split(m).join('***') : t), text);
  // The log as the runner shows it; with echo, also live on this process's stdout.
  logLines.push = (...lines) => {
    if (job.echo) for (const l of lines) process.stdout.write(`${l}\n`);
    return Array.prototype.push.apply(logLines, lines);
  };

  /** @param {string} line */
  const onLine = line => {
    const cmd = stopToken === null ? parseCommandLine(line) : null;
    if (stopToken !== null && line.trim() === `::${stopToken}::`) {
      stopToken = null;
      return;
    }
    if (!cmd) {
      for (const a of job.matchers.match(line)) result.annotations.push(a);
      logLines.push(mask(line));
      return;
    }
    result.commands.push(cmd);
    switch (cmd.command) {
      case 'error':
      case 'warning':
      case 'notice':
        result.annotations.push(annotationFrom(cmd));
        logLines.push(mask(`##[${cmd.command}]${cmd.data}`));
        break;
      case 'add-mask':
        if (cmd.data.trim()) job.masks.push(cmd.data.trim());
        break;
      case 'add-matcher':
        try {
          const file = isAbsolute(cmd.data) ? cmd.data : join(job.workspace, cmd.data);
          job.matchers.add(JSON.parse(readFileSync(file, 'utf8')));
        } catch (err) {
          result.errors.push(`add-matcher ${cmd.data}: ${/** @type {Error} */ (err).message}`);
        }
        break;
      case 'remove-matcher':
        job.matchers.remove(cmd.properties.owner ?? cmd.data);
        break;
      case 'set-output':
        result.outputs[cmd.properties.name] = cmd.data;
        break;
      case 'save-state':
        result.state[cmd.properties.name] = cmd.data;
        break;
      case 'stop-commands':
        stopToken = cmd.data;
        break;
      case 'group':
        logLines.push(mask(`##[group]${cmd.data}`));
        break;
      case 'endgroup':
        logLines.push('##[endgroup]');
        break;
      case 'debug':
        if (job.env.RUNNER_DEBUG) logLines.push(mask(`##[debug]${cmd.data}`));
        break;
      case 'set-env':
      case 'add-path':
        result.errors.push(`The \`${cmd.command}\` command is disabled (use the file commands)`);
        break;
      default:
        logLines.push(mask(line));
    }
  };

  if (job.echo) process.stdout.write(`##[step] ${step.name}\n`);
  const started = Date.now();
  await new Promise(done => {
    const child = spawn(command, args, {
      cwd: job.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group, so a timeout kills the step's children too.
      detached: process.platform !== 'win32'
    });
    const carry = { stdout: '', stderr: '' };
    /**
     * @param {'stdout' | 'stderr'} stream
     * @param {Buffer} chunk
     */
    const feed = (stream, chunk) => {
      const text = chunk.toString();
      result[stream] += text;
      const parts = (carry[stream] + text).split(/\r?\n/);
      carry[stream] = /** @type {string} */ (parts.pop()); // split gives at least one part
      for (const line of parts) onLine(line);
    };
    child.stdout.on('data', c => feed('stdout', c));
    child.stderr.on('data', c => feed('stderr', c));
    /** @param {NodeJS.Signals} signal */
    const kill = signal => {
      if (child.pid === undefined) return; // never started
      try {
        process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal);
      } catch {
        /* already gone */
      }
    };
    /** @type {NodeJS.Timeout | undefined} */
    let killTimer;
    const timer = setTimeout(() => {
      result.timedOut = true;
      kill('SIGTERM');
      killTimer = setTimeout(() => kill('SIGKILL'), 5000);
    }, job.timeoutMs);
    child.on('error', err => {
      result.errors.push(`failed to start ${command}: ${err.message}`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      for (const stream of /** @type {const} */ (['stdout', 'stderr']))
        if (carry[stream]) onLine(carry[stream]);
      result.exitCode = code;
      result.signal = signal;
      done(undefined);
    });
  });
  result.durationMs = Date.now() - started;
  result.log = logLines.join('\n');
  if (result.timedOut)
    result.errors.push(`step timed out after ${job.timeoutMs} ms and was killed`);

  // File commands, as the runner processes them once the step has exited.
  /** @param {string} f */
  const read = f => readFile(f, 'utf8').catch(() => '');
  const envFile = parseKeyValueFile(await read(files.GITHUB_ENV), 'GITHUB_ENV');
  const outFile = parseKeyValueFile(await read(files.GITHUB_OUTPUT), 'GITHUB_OUTPUT');
  const stateFile = parseKeyValueFile(await read(files.GITHUB_STATE), 'GITHUB_STATE');
  result.errors.push(...envFile.errors, ...outFile.errors, ...stateFile.errors);
  if ('NODE_OPTIONS' in envFile.values) {
    result.errors.push("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
    delete envFile.values.NODE_OPTIONS;
  }
  Object.assign(result.outputs, outFile.values);
  Object.assign(result.state, stateFile.values);
  result.envAdded = envFile.values;
  result.pathAdded = parsePathFile(await read(files.GITHUB_PATH));
  const summary = await read(files.GITHUB_STEP_SUMMARY);
  if (Buffer.byteLength(summary) > SUMMARY_LIMIT) {
    result.errors.push(
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k'
    );
  } else {
    result.summary = summary;
  }

  Object.assign(job.exported, result.envAdded);
  for (const p of result.pathAdded) {
    // Most recent first; re-adding a directory moves it to the front.
    job.path = [p, ...job.path.filter(x => x !== p)];
  }
  if (result.exitCode !== 0 || result.timedOut || result.errors.length > 0) {
    result.conclusion = 'failure';
  }
  return result;
}
