/**
 * Jobs through the real dist bundles (runner emulation) against the loopback
 * go.dev mirror and the loopback cache service: one mirror, one tool cache and
 * one cache service per test file.
 *
 * Sequential jobs share one RUNNER_TEMP path (emptied per job, like a fresh
 * hosted runner whose temp is always /home/runner/work/_temp): @actions/cache
 * scopes entries by a hash of the cached paths, so the paths must be the same
 * in every job of a matrix, as they are on GitHub.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCacheServer, type CacheServer } from '../../scripts/fixtures/cache-server.mjs';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { runAction, type RunResult, type UserStep } from '../../scripts/runner/index.mjs';
import { seedStdlib } from '../support/stdseed.js';

export const GO = '1.22.12';
export const MATRIX = ['linux/arm64', 'linux/amd64', 'linux/arm/v7', 'windows/amd64'];
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ACTIONS_CACHE = path.join(HERE, 'actions-cache.mjs');

/** What `go build -x` did: the packages it compiled. */
export interface BuildStats {
  compiled: string[];
  std: number;
  main: number;
  ms: number;
}

export interface JobResult extends RunResult {
  workspace: string;
  build?: BuildStats;
  /** Every step's log, joined. */
  log: string;
}

export interface JobOptions {
  name: string;
  target: string;
  inputs?: Record<string, string>;
  /** Steps after the action; default: the build step. */
  steps?: UserStep[];
  /** main.go; default a stdlib hello using fmt, os, strings. */
  main?: string;
  files?: Record<string, string>;
  /** Workspace directory name under the harness root (recreated per job). */
  workspace?: string;
  /** RUNNER_TEMP for the runner's own files (default the shared one). */
  temp?: string;
  env?: Record<string, string>;
  server?: CacheServer;
  /** Which protocol @actions/cache speaks to the service: v2 twirp (default) or v1 REST. */
  protocol?: 'v1' | 'v2';
  /** GITHUB_SHA (default the runner's fixed one). */
  sha?: string;
  /** The event payload (GITHUB_EVENT_PATH); set GITHUB_EVENT_NAME etc. in env. */
  event?: unknown;
  /** Leave the workspace as `files` make it: no default go.mod / main.go. */
  bare?: boolean;
  /**
   * Start the action's GOCACHE from the prebuilt standard library
   * (support/stdseed.ts): only for a job whose cold build is not the point,
   * e.g. the first of a series that then restores what it saved.
   */
  seed?: boolean;
}

export const BUILD_STEP: UserStep = { name: 'build', run: 'go build -x -o app . 2> build.log' };

export function helloMain(tag: string): string {
  return `package main

import (
\t"fmt"
\t"os"
\t"strings"
)

const tag = ${JSON.stringify(tag)}

func main() {
\tfmt.Println(strings.ToUpper("hello"), tag, len(os.Args))
}
`;
}

export function parseBuildLog(text: string, ms: number): BuildStats {
  const compiled: string[] = [];
  let std = 0;
  let main = 0;
  for (const line of text.split('\n')) {
    const m = /\/compile(?:\.exe)?\s.*?\s-p\s+(\S+)/.exec(line);
    if (!m) continue;
    compiled.push(m[1]);
    if (/\s-std(\s|$)/.test(line)) std++;
    if (m[1] === 'main') main++;
  }
  return { compiled, std, main, ms };
}

export interface CacheHarness {
  mirror: Mirror;
  server: CacheServer;
  root: string;
  /** The RUNNER_TEMP path every sequential job uses. */
  temp: string;
  job(o: JobOptions): Promise<JobResult>;
  close(): Promise<void>;
}

export async function cacheHarness(prefix: string): Promise<CacheHarness> {
  const mirror = await startMirror({ prefix: '/dl' });
  const node = await ensureNode24({ quiet: true });
  const root = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  const server = await startCacheServer({ root: path.join(root, 'cache-service') });
  const toolCache = path.join(root, 'tool-cache');
  const temp = path.join(root, 'runner-temp');
  return {
    mirror,
    server,
    root,
    temp,
    async job(o) {
      const workspace = path.join(root, 'ws', o.workspace ?? 'app');
      await rm(workspace, { recursive: true, force: true });
      await mkdir(workspace, { recursive: true });
      if (!o.bare) {
        await writeFile(path.join(workspace, 'go.mod'), 'module example.com/hello\n\ngo 1.21\n');
        await writeFile(path.join(workspace, 'main.go'), o.main ?? helloMain('v1'));
      }
      for (const [f, text] of Object.entries(o.files ?? {})) {
        await mkdir(path.dirname(path.join(workspace, f)), { recursive: true });
        await writeFile(path.join(workspace, f), text);
      }
      const steps = o.steps ?? [BUILD_STEP];
      const inputs = {
        'go-download-base-url': mirror.baseUrl,
        'go-version': GO,
        target: o.target,
        ...o.inputs
      };
      const result = await runAction({
        node,
        root: path.join(root, 'jobs', o.name),
        workspace,
        temp: o.temp ?? temp,
        toolCache,
        runnerOs: 'Linux',
        runnerArch: 'X64',
        inputs,
        env: {
          ...(o.protocol === 'v1' ? (o.server ?? server).envV1 : (o.server ?? server).env),
          ...o.env
        },
        steps,
        ...(o.sha ? { sha: o.sha } : {}),
        ...(o.event !== undefined ? { event: o.event } : {}),
        timeoutMs: 5 * 60 * 1000,
        ...(o.seed
          ? { prepare: dirs => seedStdlib(o.env?.['RUNNER_TEMP'] ?? dirs.temp, inputs) }
          : {})
      });
      const log = result.steps.map(s => `--- ${s.kind} ${s.name}\n${s.log}`).join('\n');
      if (!result.success) {
        // Say why in the test output: the failing step's log tail and runner errors.
        const failed = result.steps.find(s => s.conclusion === 'failure');
        console.error(
          `job ${o.name} failed in ${failed?.kind} ${failed?.name}: ${failed?.errors.join('; ')}\n` +
            (failed?.log ?? '').split('\n').slice(-25).join('\n')
        );
      }
      const buildStep = result.steps.find(s => s.name === 'build');
      let build: BuildStats | undefined;
      if (buildStep) {
        const text = await readFile(path.join(workspace, 'build.log'), 'utf8').catch(() => '');
        build = parseBuildLog(text, buildStep.durationMs);
      }
      return { ...result, workspace, build, log };
    },
    async close() {
      await server.close();
      await mirror.close();
      await rm(root, { recursive: true, force: true });
    }
  };
}

/** The default GOCACHE of the emulated VM (~/.cache/go-build). */
export function sharedKeyGocache(vm: string): string {
  return path.join(vm, 'home/.cache/go-build');
}

/**
 * setup-go's cache, emulated with the same @actions/cache: one key for every
 * target (`setup-go-<RUNNER_OS>-<arch>-<ImageOS>-go-<ver>-<hash>`, no restore
 * keys, no target), the default GOCACHE/GOMODCACHE paths (the same in every
 * job), saved after the build only on a miss: the first job to save wins.
 * The action runs with `cache: false` so it neither restores nor saves.
 */
export function sharedKeySteps(vm: string, depHash: string): UserStep[] {
  const gocache = sharedKeyGocache(vm);
  const gomodcache = path.join(vm, 'home/go/pkg/mod');
  const env = {
    GOCACHE: gocache,
    GOMODCACHE: gomodcache,
    CACHE_PATHS: `${gomodcache}\n${gocache}`
  };
  const key = `setup-go-Linux-x64-ubuntu24-go-${GO}-${depHash}`;
  const state = path.join(vm, 'setup-go-matched');
  return [
    {
      name: 'setup-go cache restore',
      run: `mkdir -p "${gocache}" "${gomodcache}"\nnode "${ACTIONS_CACHE}" restore "${state}" "${key}"`,
      env
    },
    { ...BUILD_STEP, env },
    { name: 'setup-go cache save', run: `node "${ACTIONS_CACHE}" save "${state}" "${key}"`, env }
  ];
}
