import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { actionHarness, readReport, type ActionHarness } from '../support/action.js';
import { run } from '../support/go.js';

/** Release jobs through the real bundles: checksums, several targets, universal, SBOMs. */
describe('end to end: a release in one step', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-release');
  });
  afterAll(async () => h.close());

  it('one target: checksums.txt beside the artifact passes sha256sum -c, digests match', async () => {
    const r = await h.run('single', { 'go-version': '1.23.5', target: 'linux/amd64', build: '.' });
    expect(r.main.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('success');
    const checksums = r.outputs['checksums'];
    expect(checksums).toBe(path.join(r.workspace, 'dist', 'checksums.txt'));
    const text = await readFile(checksums, 'utf8');
    expect(text).toMatch(/^[0-9a-f]{64} {2}hello_linux_amd64\n$/);
    const check = await run('sha256sum', ['-c', 'checksums.txt'], { cwd: path.dirname(checksums) });
    expect(check.stdout).toBe('hello_linux_amd64: OK\n');
    expect(JSON.parse(r.outputs['digests'])).toEqual({
      'dist/hello_linux_amd64': `sha256:${text.slice(0, 64)}`
    });
    // checksums.txt is not an artifact: the report holds the binary only.
    expect((await readReport(r)).files.map(f => f.path)).toEqual(['dist/hello_linux_amd64']);
  });
});
