import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import {
  initGitWorkspace,
  runAction,
  type RunResult,
  type StepResult
} from '../../scripts/runner/index.mjs';
import * as glob from '@actions/glob';
import { mkdir } from 'node:fs/promises';
import { hashRegularFiles } from '../../src/cache/hash-files.js';
import { writeModule } from '../support/go.js';

/**
 * Item 9 of issue 14: untrusted strings (file names, build info, smoke-run
 * output, a lone CR in `verify`, a .go-version line) fed through the real
 * dist bundles under the runner emulation, which parses workflow commands
 * the way the runner does. Nothing they carry may become a command, an
 * annotation, or raw HTML in the job summary.
 */
const run = promisify(execFile);

/** Commands the action itself issues; anything else in a step's output was forged. */
const OWN_COMMANDS = new Set([
  'group',
  'endgroup',
  'error',
  'warning',
  'notice',
  'debug',
  'add-matcher',
  'remove-matcher',
  'add-mask',
  'save-state',
  'set-output'
]);

/** Prints hostile text on every run: a command, a lone CR with another, and HTML. */
const HOSTILE_MAIN =
  'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Print("::warning::forged-smoke\\r::error::forged-smoke-cr\\n<img src=x onerror=alert(1)>\\n")\n}\n';

let mirror: Mirror;
let node: string;
let root: string;

beforeAll(async () => {
  mirror = await startMirror({ prefix: '/dl' });
  node = await ensureNode24({ quiet: true });
  root = await mkdtemp(path.join(os.tmpdir(), 'untrusted-'));
});
afterAll(async () => {
  await mirror?.close();
  await rm(root, { recursive: true, force: true });
});

async function runIn(
  name: string,
  inputs: Record<string, string>,
  opts: {
    main?: string;
    prepare?: (ws: string) => Promise<void>;
    steps?: Array<{ run: string }>;
  } = {}
): Promise<RunResult & { workspace: string }> {
  const workspace = await writeModule(path.join(root, name, 'ws'), { main: opts.main });
  await opts.prepare?.(workspace);
  const sha = await initGitWorkspace(workspace);
  const result = await runAction({
    node,
    root: path.join(root, name),
    workspace,
    sha,
    toolCache: path.join(root, 'tool-cache'),
    inputs: { 'go-download-base-url': mirror.baseUrl, ...inputs },
    steps: opts.steps ?? []
  });
  return { ...result, workspace };
}

function expectNothingForged(steps: Array<StepResult | undefined>): void {
  for (const step of steps) {
    if (!step) continue;
    expect(step.commands.map(c => c.command).filter(c => !OWN_COMMANDS.has(c))).toEqual([]);
    for (const a of step.annotations) {
      expect(a.message).not.toMatch(/^forged|[\r\n]/);
      expect(a.title ?? '').not.toMatch(/[\r\n]/);
      expect(a.file ?? '').not.toMatch(/[\r\n]/);
    }
    // A line the runner would read as a command left the emulation's log as `::...`.
    for (const l of step.log.split('\n')) expect(l.trimStart().startsWith('::')).toBe(false);
  }
}

describe('untrusted strings reach the log, annotations and summary escaped', () => {
  it('file names, build info, smoke output, a lone CR in verify and .go-version', async () => {
    const r = await runIn(
      'hostile',
      {
        'go-version-file': '.go-version',
        target: 'linux/amd64',
        verify: 'dist/*\r::warning::forged-verify-input',
        'smoke-run': '--version',
        'fail-on': 'never'
      },
      {
        main: HOSTILE_MAIN,
        prepare: ws =>
          writeFile(path.join(ws, '.go-version'), '1.23.5\r::warning::forged-version-file\n'),
        steps: [
          {
            run: [
              'mkdir -p dist',
              'go build -o dist/app .',
              "cp dist/app $'dist/app\\r::warning::forged-name <img src=x>'",
              'cp dist/app dist/patched',
              // Build info's Go version (8 bytes, after the 32-byte header and its length varint) made hostile.
              "perl -0777 -pi -e 's/(\\xff Go buildinf:.{18}\\x08)go1\\.23\\.5/$1\\r::x::<b/s' dist/patched",
              'grep -c "::x::<b" dist/patched'
            ].join('\n')
          }
        ]
      }
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.steps.find(s => s.kind === 'run')?.conclusion).toBe('success');
    // The forged verify line is a pattern of its own that never matches: an error, not a command.
    expect(r.post?.conclusion).toBe('failure');
    expectNothingForged(r.steps);

    // Every hostile string did pass through (so the test can fail), escaped.
    expect(r.main.log).toContain('forged-verify-input');
    expect(r.main.log).toMatch(/go-version-file \.go-version asks for Go 1\.23\.5/);
    expect(r.post!.log).toContain('forged-name');
    expect(r.post!.log).toContain('forged-smoke-cr');
    expect(r.post!.log).toContain('\\r:\u200b:x:\u200b:<b');
    const errors = r.post!.annotations.filter(a => a.level === 'error');
    expect(errors.some(a => /forged-verify-input.*matched no file/.test(a.message))).toBe(true);
    expect(errors.some(a => a.file === 'dist/patched' && a.title?.endsWith('go-version'))).toBe(
      true
    );

    expect(r.summary).toContain('forged-name &lt;img src=x&gt;');
    expect(r.summary).toContain('&lt;b');
    expect(r.summary).not.toMatch(/<img|<b(?!>)/);
  }, 300_000);

  it('go-version-file: /etc/passwd is refused without echoing the file', async () => {
    const r = await runIn('passwd', { 'go-version-file': '/etc/passwd' });
    expect(r.main.conclusion).toBe('failure');
    const errors = r.main.annotations.filter(a => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/go-version-file "\/etc\/passwd" is not a Go version file/);
    expect(`${r.main.log}\n${errors[0].message}`).not.toMatch(/root:|\/bin\/(ba)?sh/);
  }, 120_000);

  it('a FIFO as go-version-file fails at once instead of hanging', async () => {
    const fifo = path.join(root, 'version.fifo');
    await run('mkfifo', [fifo]);
    const r = await runIn('fifo-version', { 'go-version-file': fifo });
    expect(r.main.timedOut).toBe(false);
    expect(r.main.conclusion).toBe('failure');
    expect(r.main.annotations.map(a => a.message)).toEqual([
      expect.stringMatching(
        /go-version-file ".*version\.fifo" cannot be read \(not a regular file\)/
      )
    ]);
  }, 120_000);

  it('a FIFO matched by cache-dependency-path is skipped, the rest is hashed', async () => {
    const r = await runIn(
      'fifo-deps',
      { 'go-version': '1.23.5', 'cache-dependency-path': 'go.sum\ndeps.fifo' },
      {
        prepare: async ws => {
          await writeFile(path.join(ws, 'go.sum'), 'example.com/x v1.0.0 h1:abc=\n');
          await run('mkfifo', [path.join(ws, 'deps.fifo')]);
        }
      }
    );
    expect(r.main.timedOut).toBe(false);
    expect(r.main.conclusion).toBe('success');
    const warnings = r.main.annotations.filter(a => a.level === 'warning');
    expect(warnings.map(a => a.message)).toContainEqual(
      expect.stringMatching(/cache-dependency-path: skipping .*deps\.fifo: not a regular file/)
    );
    expectNothingForged([r.main]);
  }, 300_000);

  it('hashing only regular files keeps glob.hashFiles digests (cache keys do not move)', async () => {
    const ws = path.join(root, 'hash-ws');
    await mkdir(path.join(ws, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(ws, 'go.sum'), 'example.com/a v1.0.0 h1:aaa=\n');
    await writeFile(path.join(ws, 'sub', 'go.sum'), 'example.com/b v1.0.0 h1:bbb=\n');
    await writeFile(path.join(ws, 'sub', 'deeper', 'go.sum'), 'example.com/c v1.0.0 h1:ccc=\n');
    const patterns = ['go.sum', '**/go.sum'].map(p => path.join(ws, p)).join('\n');
    const ours = await hashRegularFiles(patterns, ws);
    expect(ours).toMatch(/^[0-9a-f]{64}$/);
    expect(ours).toBe(await glob.hashFiles(patterns, ws));
    // With a FIFO among them, hashFiles would block; ours skips it and keeps the same digest.
    await run('mkfifo', [path.join(ws, 'sub', 'go.sum.fifo')]);
    expect(await hashRegularFiles(`${patterns}\n${path.join(ws, 'sub', '*.fifo')}`, ws)).toBe(ours);
  });
});
