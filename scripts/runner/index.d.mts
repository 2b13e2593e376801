/** Types for the runner emulation (scripts/runner/index.mjs). */

export interface UserStep {
  /** Bash script body, run as `bash --noprofile --norc -eo pipefail <file>`. */
  run: string;
  name?: string;
  /** Step-level env, on top of the job env and exported variables. */
  env?: Record<string, string>;
  /** success() (default), failure(), always(), cancelled(), !cancelled(). */
  if?: string;
}

export interface RunActionOptions {
  /** Directory with action.yml and the bundles (default: the repo root). */
  actionDir?: string;
  /** `with:` values; names as in action.yml (e.g. 'go-version'). */
  inputs?: Record<string, string | number | boolean>;
  /** Steps run between main and post. */
  steps?: UserStep[];
  /** Extra job-level env (wins over everything the emulation sets). */
  env?: Record<string, string>;
  /** Environment to start from (default process.env, cleaned by baseRunnerEnv). */
  baseEnv?: NodeJS.ProcessEnv;
  /** Directory for workspace/temp/tool-cache/home defaults (default: fresh .tmp/runner/run-*). */
  root?: string;
  /** GITHUB_WORKSPACE and the steps' cwd (default root/workspace). */
  workspace?: string;
  /** RUNNER_TEMP; emptied at the start (default root/temp). */
  temp?: string;
  /** RUNNER_TOOL_CACHE; kept (default root/tool-cache). */
  toolCache?: string;
  /** HOME for the steps (default root/home, so no ~/.config/go/env leaks in). */
  home?: string;
  /** Node binary for main/post; pass `await ensureNode24()` (default: this node). */
  node?: string;
  sha?: string;
  runnerOs?: 'Linux' | 'macOS' | 'Windows';
  runnerArch?: 'X64' | 'ARM64' | 'X86' | 'ARM';
  repository?: string;
  job?: string;
  /** Contents of GITHUB_EVENT_PATH. */
  event?: unknown;
  /** Set RUNNER_DEBUG=1 and keep ::debug:: lines in the log. */
  debug?: boolean;
  /** Per-step timeout (default 10 minutes); the step's process group is killed. */
  timeoutMs?: number;
  /** Also write the steps' output to this process's stdout/stderr as it comes. */
  echo?: boolean;
  /** false: don't run the post step at all. */
  post?: boolean;
  /**
   * Runs after RUNNER_TEMP is emptied and before main: what an earlier step of
   * the job would leave (tests use it to seed a prebuilt standard library).
   */
  prepare?: (dirs: {
    root: string;
    workspace: string;
    temp: string;
    toolCache: string;
    home: string;
  }) => Promise<void>;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
  /** Problem matcher code capture, if any. */
  code?: string;
  /** 'command' for ::error:: etc., 'matcher:<owner>' for problem matchers. */
  source: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export interface StepResult {
  name: string;
  kind: 'main' | 'run' | 'post';
  conclusion: 'success' | 'failure' | 'skipped';
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  /** Raw streams, commands included. */
  stdout: string;
  stderr: string;
  /** What the runner log would show: commands rendered, masks applied, stdout and stderr lines in arrival order. */
  log: string;
  annotations: Annotation[];
  commands: WorkflowCommand[];
  /** GITHUB_OUTPUT (and legacy ::set-output::). */
  outputs: Record<string, string>;
  /** GITHUB_STATE (and legacy ::save-state::). */
  state: Record<string, string>;
  /** GITHUB_ENV of this step. */
  envAdded: Record<string, string>;
  /** GITHUB_PATH of this step, in the order written. */
  pathAdded: string[];
  /** GITHUB_STEP_SUMMARY of this step. */
  summary: string;
  /** Runner-level problems that failed the step (bad env file, timeout, disabled command). */
  errors: string[];
}

export interface RunResult {
  /** No step failed. */
  success: boolean;
  steps: StepResult[];
  main: StepResult;
  post: StepResult | undefined;
  /** Every variable exported through GITHUB_ENV by any step (later wins). */
  env: Record<string, string>;
  /** GITHUB_PATH additions, most recent first (as prepended to PATH). */
  path: string[];
  /** The environment a next step would get. */
  jobEnv: Record<string, string>;
  /** Outputs of the main step. */
  outputs: Record<string, string>;
  /** State saved by the main step. */
  state: Record<string, string>;
  /** All steps' summaries joined. */
  summary: string;
  /** All steps' annotations in order. */
  annotations: Annotation[];
  /** INPUT_* variables given to main and post. */
  inputEnv: Record<string, string>;
  /** E.g. "Unexpected input 'x'" for inputs action.yml doesn't declare. */
  warnings: string[];
  dirs: { root: string; workspace: string; temp: string; toolCache: string; home: string };
}

export function runAction(options: RunActionOptions): Promise<RunResult>;
/**
 * git init + one commit in `dir`; returns the SHA to pass as `sha`, so Go's
 * vcs.revision stamp equals GITHUB_SHA (a workspace under .tmp/ would
 * otherwise be inside this repo's work tree).
 */
export function initGitWorkspace(dir: string): Promise<string>;
export function inputEnvName(name: string): string;
/** An input default with its `${{ name }}` expressions resolved from context (unknown names throw). */
export function substituteExpressions(value: string, context: Record<string, string>): string;
export function baseRunnerEnv(source?: NodeJS.ProcessEnv): Record<string, string>;
export function evaluateCondition(expr: string | undefined, status: { failed: boolean }): boolean;
/** What parseActionYml returns: nested mappings of strings (null for an empty value). */
export interface YamlMap {
  [key: string]: string | null | YamlMap;
}
export interface ActionYml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: string; default?: string } | null>;
  outputs?: Record<string, { description?: string } | null>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}
export function readAction(actionDir: string): Promise<ActionYml>;
export function parseActionYml(text: string): YamlMap;

export function parseKeyValueFile(
  text: string,
  fileLabel?: string
): { values: Record<string, string>; errors: string[] };
export function parsePathFile(text: string): string[];
export function parseCommandLine(line: string): WorkflowCommand | null;
export function annotationFrom(cmd: WorkflowCommand): Annotation;
export function unescapeData(s: string): string;
export function unescapeProperty(s: string): string;
export function escapeData(s: string): string;
export function escapeProperty(s: string): string;

export class ProblemMatchers {
  add(json: unknown): void;
  remove(owner: string): void;
  owners(): string[];
  match(line: string): Annotation[];
}
