import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { initGitWorkspace, runAction, type RunResult } from '../../scripts/runner/index.mjs';
import { writeModule } from '../support/go.js';

/**
 * Issue 14 items 1, 5, 6 and 8 through the real dist bundles as the runner
 * runs them: every network or unpack failure is exactly one `::error` line
 * and a plain exit 1 (never Node's exit 13 or a stack trace), credentials
 * never reach the log, and GOROOT/bin comes before GOPATH/bin in later steps.
 */
describe('dist main: hardened downloads and PATH', () => {
  let mirror: Mirror;
  let node: string;
  let root: string;
  let n = 0;

  beforeAll(async () => {
    mirror = await startMirror({ prefix: '/dl', hangMs: 30_000 });
    node = await ensureNode24({ quiet: true });
    root = await mkdtemp(path.join(os.tmpdir(), 'dist-hardening-'));
  });
  afterAll(async () => {
    await mirror.close();
    await rm(root, { recursive: true, force: true });
  });

  async function action(
    inputs: Record<string, string>,
    env: Record<string, string> = {},
    steps: { run: string }[] = []
  ): Promise<RunResult> {
    const name = `run-${++n}`;
    const ws = await writeModule(path.join(root, name, 'ws'), {});
    return runAction({
      node,
      root: path.join(root, name),
      workspace: ws,
      sha: await initGitWorkspace(ws),
      toolCache: path.join(root, 'tool-cache'),
      inputs: { 'go-download-base-url': mirror.baseUrl, cache: 'false', ...inputs },
      env: { SETUP_GO_CROSS_BACKOFF_MS: '10', ...env },
      steps,
      post: false
    });
  }

  /** The step failed with exit 1 and exactly one error annotation; returns its message. */
  function oneError(r: RunResult): string {
    expect(r.main.conclusion).toBe('failure');
    expect(r.main.exitCode).toBe(1);
    expect(r.main.log).not.toMatch(/unsettled top-level await|\n\s+at .+:\d+:\d+\)?\n/);
    const errors = r.main.annotations.filter(a => a.level === 'error');
    expect(errors).toHaveLength(1);
    return errors[0].message;
  }

  it('item 5: an index cut mid-body every time is one ::error after the retries, exit 1', async () => {
    mirror.clear();
    mirror.always('index', 'reset');
    const r = await action({ 'go-version': '1.22.12' }, { SETUP_GO_CROSS_ATTEMPTS: '2' });
    // Mid-body as a rule; on a loaded machine the reset can beat the headers to the client.
    expect(oneError(r)).toMatch(
      /^GET .*mode=json.* failed 2 times; last: .*(broke off|socket hang up|ECONNRESET)/
    );
    mirror.clear();
  });

  it('item 1: an archive that always stalls fails by the deadline with one ::error', async () => {
    mirror.clear();
    mirror.always('go1.22.12.linux-amd64.tar.gz', 'stall');
    const r = await action(
      { 'go-version': '1.22.12' },
      { SETUP_GO_CROSS_STALL_MS: '1000', SETUP_GO_CROSS_ARCHIVE_DEADLINE_MS: '5000', SETUP_GO_CROSS_ATTEMPTS: '20' }
    );
    expect(oneError(r)).toMatch(/ran out of time after \d+ attempts; last: .*stalled: no data for 1000 ms|did not finish before its deadline/);
    mirror.clear();
  });

  it('item 5: no tar on PATH is one ::error naming tar', async () => {
    // A PATH with what the action may run except tar.
    const bin = path.join(root, 'no-tar-bin');
    await mkdir(bin, { recursive: true });
    for (const tool of ['git', 'gzip', 'sh', 'bash', 'env']) await symlink(`/usr/bin/${tool}`, path.join(bin, tool)).catch(() => symlink(`/bin/${tool}`, path.join(bin, tool)));
    const r = await action({ 'go-version': '1.21.13' }, { PATH: bin });
    expect(oneError(r)).toBe('tar was not found on PATH; it is needed to unpack go1.21.13.linux-amd64.tar.gz');
  });

  it('item 6: a base URL with credentials is refused without echoing them', async () => {
    const withCreds = mirror.baseUrl.replace('http://', 'http://deploy:s3cr3t-token@');
    const r = await action({ 'go-version': '1.22.12', 'go-download-base-url': withCreds });
    const message = oneError(r);
    expect(message).toContain('go-download-base-url "http://***@127.0.0.1');
    expect(r.main.log + r.main.stdout + r.main.stderr).not.toContain('s3cr3t-token');
  });

  it('item 8: a go in GOPATH/bin does not shadow the pinned go in later steps', async () => {
    mirror.clear();
    const r = await action({ 'go-version': '1.22.12' }, {}, [
      {
        run: [
          'gobin="$(go env GOPATH)/bin"',
          'mkdir -p "$gobin"',
          `printf '#!/bin/sh\\necho impostor\\n' > "$gobin/go"`,
          'chmod +x "$gobin/go"',
          'echo "resolved: $(command -v go)"',
          'go version'
        ].join('\n')
      }
    ]);
    expect(r.main.conclusion).toBe('success');
    const step = r.steps.find(s => s.kind === 'run')!;
    expect(step.conclusion).toBe('success');
    expect(step.stdout).toContain(`resolved: ${path.join(r.outputs['goroot'], 'bin', 'go')}`);
    expect(step.stdout).toMatch(/go version go1\.22\.12 /);
    expect(step.stdout).not.toContain('impostor');
  });
});
