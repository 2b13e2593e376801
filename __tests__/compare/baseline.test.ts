/**
 * Baselines and the pull-request comparison through the real bundles
 * (dist/main, dist/post under Node 24, runner emulation) against the
 * loopback go.dev mirror and the loopback cache service. One sequence of
 * jobs, each cheap where it can be (warm per-target GOCACHE from the jobs
 * before it):
 *
 *   P0  first PR of the repo: no baseline -> one info line, no section
 *   A   push on main, two targets, two commands: saves a baseline per target
 *   B   PR adds a big local module (replace): delta, added module, sections,
 *       go.mod notice, outputs; size-budget 5% + size-budget-fail -> red
 *   C   PR, own build step (post verifies): lib upgraded, Go 1.22 -> 1.23,
 *       -tags extra; size-budget 5% -> yellow (warning, green step);
 *       plants a corrupt baseline entry for E
 *   D   PR, two targets in one step: a table each; tool artifact gone
 *   E   PR whose base commit's baseline is corrupt -> one warning, no crash
 *
 * pr-comment rides along (no extra builds): B writes the pull request's one
 * comment (token with pull-requests: write), C adds its post-step section to
 * the same comment, D has a read-only token (a fork's PR): one info line,
 * the comment untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import {
  ACTIONS_CACHE,
  cacheHarness,
  type CacheHarness,
  type JobResult
} from '../cache-service/harness.js';
import { projectFiles, type ProjectOptions } from './project.js';

const BASE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const PR_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const CORRUPT_SHA = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const KiB = 1024;

let h: CacheHarness;
const jobs: Record<string, JobResult> = {};

beforeAll(async () => {
  h = await cacheHarness('compare');
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** The runtime token of a PR run, when the stand-in scopes entries by ref (else the default token). */
function prEnv(api: 'write' | 'read' = 'write'): Record<string, string> {
  const server = h.server as unknown as {
    runtimeToken?: (o: { ref: string; base?: string }) => string;
  };
  const scoped = server.runtimeToken?.({ ref: 'refs/pull/7/merge', base: 'refs/heads/main' });
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_REF_NAME: '7/merge',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
    // The REST API of the stand-in: pruning and the pr-comment.
    GITHUB_API_URL: h.server.apiUrl,
    GITHUB_REPOSITORY: h.server.repository,
    GITHUB_TOKEN: h.server.apiTokens[api],
    ...(scoped ? { ACTIONS_RUNTIME_TOKEN: scoped } : {})
  };
}

const prEvent = (baseSha: string) => ({
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: baseSha, ref: 'main' },
    head: { sha: PR_SHA, ref: 'feature' }
  }
});

async function job(
  name: string,
  o: {
    pr?: string;
    target: string;
    project: ProjectOptions;
    inputs?: Record<string, string>;
    steps?: { name: string; run: string; env?: Record<string, string> }[];
    api?: 'write' | 'read';
  }
): Promise<JobResult> {
  const r = await h.job({
    name,
    bare: true,
    files: projectFiles(o.project),
    target: o.target,
    inputs: { build: './cmd/app', ...o.inputs },
    steps: o.steps ?? [],
    sha: o.pr ? PR_SHA : BASE_SHA,
    ...(o.pr ? { event: prEvent(o.pr), env: prEnv(o.api) } : {})
  });
  jobs[name] = r;
  return r;
}

const step = (r: JobResult, kind: 'main' | 'post') => r.steps.find(s => s.kind === kind)!;
const annotations = (r: JobResult) => r.steps.flatMap(s => s.annotations);
const gomodLine = (o: ProjectOptions, modPath: string) =>
  projectFiles(o)
    ['go.mod'].split('\n')
    .findIndex(l => l.trim().startsWith(`${modPath} `)) + 1;

describe('baselines on push, comparison on pull requests (real bundles, loopback cache service)', () => {
  it('P0: the first PR of a repo (no baseline) says so in one info line and adds no section', async () => {
    const r = await job('p0', { pr: BASE_SHA, target: 'linux/arm64', project: {} });
    expect(r.success).toBe(true);
    const lines = r.log.split('\n').filter(l => /Compared with base|baseline/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(
        /Compared with base: no baseline for linux\/arm64 \(no baseline saved by a push run yet\); nothing to compare/
      )
    ]);
    expect(r.steps.map(s => s.summary).join('')).not.toContain('Compared with base');
    expect(step(r, 'main').outputs['size-delta']).toBe('[]');
    expect(step(r, 'main').outputs['modules-delta']).toBe('[]');
  }, 180_000);

  it('A: a push on main saves one small baseline entry per target (two targets, two commands)', async () => {
    const r = await job('a', {
      target: 'linux/arm64, linux/amd64',
      project: { tool: true },
      inputs: { build: './cmd/app\n./cmd/tool' }
    });
    expect(r.success).toBe(true);
    const post = step(r, 'post').log;
    for (const t of ['linux_arm64', 'linux_amd64'])
      expect(post).toContain(
        `baseline: saved under setup-go-cross-v1-report-Linux-${t}-${BASE_SHA}`
      );
    expect(r.steps.map(s => s.summary).join('')).not.toContain('Compared with base');
    const baselines = h.server.entries().filter(e => e.key.startsWith('setup-go-cross-v1-report-'));
    expect(baselines.map(e => e.key).sort()).toEqual([
      `setup-go-cross-v1-report-Linux-linux_amd64-${BASE_SHA}`,
      `setup-go-cross-v1-report-Linux-linux_arm64-${BASE_SHA}`
    ]);
    // Facts, not binaries: each entry is a few KiB of JSON (the binaries are ~1.5 MiB each).
    for (const e of baselines) expect(e.size).toBeLessThan(16 * KiB);
  }, 240_000);

  it('B: a PR adding a big module shows the delta, the module and sections; over size-budget with size-budget-fail is red', async () => {
    const project = { big: true, tool: true };
    const r = await job('b', {
      pr: BASE_SHA,
      target: 'linux/arm64',
      project,
      inputs: { 'size-budget': '5%', 'size-budget-fail': 'true', 'pr-comment': 'true' }
    });
    expect(r.success).toBe(false);
    const main = step(r, 'main');
    expect(main.conclusion).toBe('failure');
    const summary = main.summary;
    expect(summary).toContain('<h3>Compared with base</h3>');
    expect(summary).toContain(
      `<h4>linux/arm64</h4>\n<p>Baseline: <code>refs/heads/main</code> @ <code>${BASE_SHA.slice(0, 7)}</code> (the base commit)</p>`
    );
    expect(summary).toMatch(
      /<td><code>app_linux_arm64<\/code><\/td><td>changed<\/td><td>[\d.]+ MiB<\/td><td>[\d.]+ MiB<\/td><td>\+[\d.]+ KiB \(\+[\d.]+%\)<\/td><td>[^<]*\.rodata \+[\d.]+ KiB[^<]*<\/td>/
    );
    expect(summary).toMatch(/<td><code>tool_linux_arm64<\/code><\/td><td>gone<\/td>/);
    expect(summary).toContain('➕ added <code>example.com/big v1.0.0 =&gt; ./big (devel)</code>');
    expect(summary).toMatch(
      /❌ app_linux_arm64 \(linux\/arm64\) grew by \+[\d.]+ KiB \(\+[\d.]+%\), over the size budget of 5%/
    );

    const sizes = JSON.parse(main.outputs['size-delta']) as Record<string, unknown>[];
    const app = sizes.find(s => s.artifact === 'dist/app_linux_arm64') as {
      delta: number;
      percent: number;
      base: number;
      head: number;
    };
    expect(app).toMatchObject({ target: 'linux/arm64', status: 'changed' });
    expect(app.delta).toBeGreaterThan(256 * KiB);
    expect(app.percent).toBeGreaterThan(5);
    expect(sizes).toContainEqual(
      expect.objectContaining({ artifact: 'dist/tool_linux_arm64', status: 'gone', head: 0 })
    );
    expect(JSON.parse(main.outputs['modules-delta'])).toEqual([
      {
        artifact: 'dist/app_linux_arm64',
        target: 'linux/arm64',
        change: 'added',
        path: 'example.com/big',
        base: null,
        head: 'v1.0.0 => ./big (devel)'
      }
    ]);

    const notes = annotations(r);
    expect(notes).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        file: 'go.mod',
        line: gomodLine(project, 'example.com/big'),
        title: 'setup-go-cross compare: module added'
      })
    );
    const budget = notes.filter(a => a.title === 'setup-go-cross compare: size-budget');
    expect(budget).toEqual([
      expect.objectContaining({ level: 'error', file: 'dist/app_linux_arm64' })
    ]);
    expect(main.log).toMatch(
      /compare: 1 artifact\(s\) grew beyond size-budget 5% \(size-budget-fail: true, fail-on: error\)/
    );

    // pr-comment: the pull request's one comment, by the bot, with this job's section.
    const comments = h.server.comments.list(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].user.type).toBe('Bot');
    expect(main.log).toMatch(
      new RegExp(`pr-comment: wrote \\S+#issuecomment-${comments[0].id} on pull request #7`)
    );
    const body = comments[0].body;
    expect(body.startsWith('<!-- setup-go-cross:pr-comment v1 -->')).toBe(true);
    expect(body).toContain('<code>app_linux_arm64</code>');
    expect(body).toContain('➕ added <code>example.com/big v1.0.0 =&gt; ./big (devel)</code>');
    expect(body).toMatch(/❌ app_linux_arm64 \(linux\/arm64\) grew by/);
    expect(body).toContain(`<code>${PR_SHA.slice(0, 7)}</code>`);
    expect(body.match(/<!-- setup-go-cross:section /g)).toHaveLength(1);
    // The token reached the stand-in, never the log.
    expect(r.log).not.toContain(h.server.apiTokens.write);
  }, 180_000);

  it('C: own build step (post): upgraded module, Go version bump, build-tag change; over size-budget alone is a warning', async () => {
    const project = { big: true, lib: 'v1.1.0' };
    const dir = path.join(h.temp, 'setup-go-cross', 'baseline', 'linux_arm64');
    const r = await job('c', {
      pr: BASE_SHA,
      target: 'linux/arm64',
      project,
      inputs: {
        build: '',
        verify: 'dist/*',
        'go-version': '1.23.5',
        'size-budget': '5%',
        'pr-comment': 'true'
      },
      steps: [
        { name: 'build', run: 'go build -tags extra -o dist/app_linux_arm64 ./cmd/app' },
        {
          // For E: a baseline entry that is not one (what a bad save or another tool could leave).
          name: 'plant a corrupt baseline',
          run: `mkdir -p "${dir}" && printf '{"schema":"setup-go-cross-baseline/1","artifacts":' > "${dir}/baseline.json" && : > "${dir}.state" && node "${ACTIONS_CACHE}" save "${dir}.state" setup-go-cross-v1-report-Linux-linux_arm64-${CORRUPT_SHA} && rm -rf "${dir}"`,
          env: { CACHE_PATHS: dir }
        }
      ]
    });
    expect(r.success).toBe(true);
    const post = step(r, 'post');
    const summary = post.summary;
    expect(summary).toContain('<h3>Compared with base</h3>');
    expect(summary).toContain('<li><code>app_linux_arm64</code>: Go go1.22.12 → go1.23.5</li>');
    expect(summary).toContain(
      '<li><code>app_linux_arm64</code>: build setting <code>-tags</code>: (unset) → extra</li>'
    );
    expect(summary).toContain(
      '⬆️ upgraded <code>example.com/lib: v1.0.0 =&gt; ./lib (devel) → v1.1.0 =&gt; ./lib (devel)</code>'
    );
    expect(summary).toContain('➕ added <code>example.com/big v1.0.0 =&gt; ./big (devel)</code>');
    expect(summary).toMatch(
      /<li>⚠️ app_linux_arm64 \(linux\/arm64\) grew by .*, over the size budget of 5%<\/li>/
    );
    const notes = annotations(r);
    expect(notes.filter(a => a.title === 'setup-go-cross compare: size-budget')).toEqual([
      expect.objectContaining({ level: 'warning', file: 'dist/app_linux_arm64' })
    ]);
    expect(notes).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        file: 'go.mod',
        line: gomodLine(project, 'example.com/lib'),
        title: 'setup-go-cross compare: module upgraded'
      })
    );
    expect(post.log).not.toContain('baseline: saved');

    // pr-comment from the post step: B's comment, updated in place with a second section.
    const comments = h.server.comments.list(7);
    expect(comments).toHaveLength(1);
    expect(post.log).toMatch(
      new RegExp(`pr-comment: updated \\S+#issuecomment-${comments[0].id} on pull request #7`)
    );
    const body = comments[0].body;
    expect(body.match(/<!-- setup-go-cross:section /g)).toHaveLength(2);
    expect(body).toContain('built by later steps');
    expect(body).toContain(
      '⬆️ upgraded <code>example.com/lib: v1.0.0 =&gt; ./lib (devel) → v1.1.0 =&gt; ./lib (devel)</code>'
    );
    expect(body).toContain('➕ added <code>example.com/big v1.0.0 =&gt; ./big (devel)</code>');
  }, 240_000);

  it('D: several targets in one step: one table each, the removed artifact gone in both', async () => {
    const before = h.server.comments.list(7);
    const r = await job('d', {
      pr: BASE_SHA,
      target: 'linux/arm64, linux/amd64',
      project: {},
      inputs: { 'pr-comment': 'true' },
      api: 'read'
    });
    expect(r.success).toBe(true);
    // A token that may not write (a fork's pull request): one info line, no warning, no change.
    const said = r.log.split('\n').filter(l => /pr-comment/.test(l));
    expect(said).toEqual([
      expect.stringMatching(
        /pr-comment: the token may not comment \(.*HTTP 403: Resource not accessible by integration\); give the job `permissions: pull-requests: write`/
      )
    ]);
    expect(annotations(r).filter(a => /pr-comment/.test(a.message))).toEqual([]);
    expect(h.server.comments.list(7)).toEqual(before);
    const summary = step(r, 'main').summary;
    expect(summary).toContain('<h4>linux/arm64</h4>');
    expect(summary).toContain('<h4>linux/amd64</h4>');
    const sizes = JSON.parse(step(r, 'main').outputs['size-delta']) as {
      artifact: string;
      status: string;
      delta: number;
    }[];
    expect(sizes.map(s => [s.artifact, s.status])).toEqual([
      ['dist/app_linux_arm64', 'unchanged'],
      ['dist/tool_linux_arm64', 'gone'],
      ['dist/app_linux_amd64', 'unchanged'],
      ['dist/tool_linux_amd64', 'gone']
    ]);
    expect(sizes[0].delta).toBe(0);
  }, 240_000);

  it('E: a corrupt baseline entry is one warning, no crash, no section', async () => {
    const r = await job('e', { pr: CORRUPT_SHA, target: 'linux/arm64', project: {} });
    expect(r.success).toBe(true);
    const warnings = annotations(r).filter(a => a.level === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          new RegExp(
            `^baseline setup-go-cross-v1-report-Linux-linux_arm64-${CORRUPT_SHA} is unusable \\(.+\\); linux/arm64 is not compared$`
          )
        )
      })
    ]);
    expect(r.steps.map(s => s.summary).join('')).not.toContain('Compared with base');
  }, 180_000);
});
