import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startGoProxy, type GoProxy } from '../../scripts/fixtures/goproxy-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { initGitWorkspace, runAction } from '../../scripts/runner/index.mjs';
import { elfMachine, writeModule } from '../support/go.js';

jest.setTimeout(600_000);

/**
 * The dist bundles as the runner runs them, installing Go through the
 * loopback GOPROXY + checksum database (go-proxy / go-sumdb), then a later
 * step cross-builds with that Go.
 */
describe('dist bundles: go-proxy + go-sumdb', () => {
  let px: GoProxy;
  let node: string;
  let root: string;
  let toolCache: string;

  beforeAll(async () => {
    px = await startGoProxy();
    node = await ensureNode24({ quiet: true });
    root = await mkdtemp(path.join(os.tmpdir(), 'dist-proxy-'));
    toolCache = path.join(root, 'tool-cache');
  });
  afterAll(async () => {
    await px.close();
    await rm(root, { recursive: true, force: true });
  });

  async function action(name: string, inputs: Record<string, string>, steps: { run: string }[] = []) {
    const ws = await writeModule(path.join(root, name, 'ws'), {});
    const sha = await initGitWorkspace(ws);
    const result = await runAction({ node, root: path.join(root, name), workspace: ws, sha, toolCache, inputs, steps });
    return { result, ws };
  }
  const inputs = () => ({
    'go-version': '1.23.5',
    'go-proxy': px.proxyUrl,
    'go-sumdb': `${px.fixtures.vkey} ${px.dbUrl}`,
    cache: 'false'
  });

  it('installs go1.23.5 from the module zip, verified, and a later go build uses it', async () => {
    px.clear();
    const { result, ws } = await action('cold', inputs(), [{ run: 'go build -o app .' }]);
    expect(result.main.conclusion).toBe('success');
    expect(result.outputs['go-version']).toBe('1.23.5');
    expect(result.outputs['goroot']).toMatch(/[/\\]go-proxy-[0-9a-f]{12}[/\\]1\.23\.5[/\\]x64$/);
    expect(result.main.log).toMatch(/Signature and inclusion verified: record \d+ in the tree of size \d+/);
    expect(result.main.log).toMatch(/h1 hash verified against sum\.test\.example/);
    expect(px.requests.map(r => r.resource)).toContain('golang.org/toolchain/@v/v0.0.1-go1.23.5.linux-amd64.zip');
    expect(result.steps.find(s => s.kind === 'run')?.conclusion).toBe('success');
    expect(await elfMachine(path.join(ws, 'app'))).toBe('AArch64');
    // The job summary keeps the audit trail: the zip, its h1 and the tree that proved it.
    const zipUrl = `${px.proxyUrl}/golang.org/toolchain/@v/v0.0.1-go1.23.5.linux-amd64.zip`;
    expect(result.summary).toContain('### Go toolchain');
    expect(result.summary).toContain(`| From | ${zipUrl} |`);
    expect(result.summary).toMatch(
      /\| Verified \| h1:[A-Za-z0-9+/]{43}= \(Go&#39;s dirhash\), record \d+ of the checksum database sum\.test\.example, in its signed tree of size 308 \|/
    );
  });

  it('second job on the runner: a tool-cache hit, no request to the proxy or the database', async () => {
    px.clear();
    const { result } = await action('warm', inputs());
    expect(result.main.conclusion).toBe('success');
    expect(result.main.log).toMatch(/found in the tool cache/);
    expect(px.requests).toEqual([]);
    expect(result.summary).toMatch(
      /\| From \| the tool cache \(go-proxy-[0-9a-f]{12}\) \|\n\| Verified \| when an earlier job installed it; its go runs and reports go1\.23\.5 \|/
    );
  });

  it('an empty remembered tree head is set aside with a warning naming where; the install goes on', async () => {
    px.clear();
    const stateDir = path.join(toolCache, 'setup-go-cross-sumdb');
    const [state] = (await readdir(stateDir)).filter(f => f.endsWith('.latest'));
    await writeFile(path.join(stateDir, state), ''); // what a full disk leaves
    const { result } = await action('empty-state', { ...inputs(), 'go-version': '1.22.12' });
    expect(result.main.conclusion).toBe('success');
    const warnings = result.main.annotations.filter(a => a.level === 'warning').map(a => a.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^checksum database sum\.test\.example: the remembered tree head \S+ is not a tree note signed by its key \(the file: malformed signed note \(no signature block\)\); moved it to (\S+\.unreadable-\d+-\d+), and verifying from the signed tree alone$/
    );
    const aside = /moved it to (\S+),/.exec(warnings[0])![1];
    expect(await readFile(aside, 'utf8')).toBe('');
    // Verified from the signed tree and remembered afresh.
    expect(result.main.log).toMatch(/Signature and inclusion verified: record \d+ in the tree of size 308/);
    // Keyed by database name and key: a rotated key keeps a history of its own.
    expect(state).toMatch(/^sum\.test\.example-[0-9a-f]{16}\.latest$/);
    expect(await readFile(path.join(stateDir, state), 'utf8')).toMatch(/^go\.sum database tree\n308\n/);
  });

  it('go-sumdb: off fails the step with one line naming the input', async () => {
    const { result } = await action('off', { ...inputs(), 'go-sumdb': 'off' });
    expect(result.main.conclusion).toBe('failure');
    const errors = result.main.annotations.filter(a => a.level === 'error').map(a => a.message);
    expect(errors[0]).toMatch(/^go-sumdb is "off", but a toolchain from a module proxy is only installed once a checksum database verified it$/);
  });
});
