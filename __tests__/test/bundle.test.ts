/**
 * `test: ./...` through the committed dist/main bundle, run as the runner
 * runs it: a module whose atomic counter is misaligned on 32-bit arm passes
 * on amd64 and must turn the step red for linux/arm/v7, with the summary and
 * an annotation naming the target, the test and the line. The exec wrapper is
 * a stand-in sh script on the job's PATH (exec qemu-arm-static "$@") until
 * the action puts its own there.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { initGitWorkspace, runAction, type RunResult } from '../../scripts/runner/index.mjs';

describe('test input through the dist bundle', () => {
  let mirror: Mirror;
  let root: string;
  let wrapperDir: string;
  let node: string;

  beforeAll(async () => {
    mirror = await startMirror({ prefix: '/dl' });
    node = await ensureNode24({ quiet: true });
    root = await mkdtemp(path.join(os.tmpdir(), 'test-bundle-'));
    wrapperDir = path.join(root, 'wrappers');
    await mkdir(wrapperDir);
    const wrapper = path.join(wrapperDir, 'go_linux_arm_exec');
    await writeFile(wrapper, '#!/bin/sh\nexec qemu-arm-static "$@"\n');
    await chmod(wrapper, 0o755);
  });
  afterAll(async () => {
    await mirror.close();
    await rm(root, { recursive: true, force: true });
  });

  async function run(name: string, inputs: Record<string, string>): Promise<RunResult> {
    const workspace = path.join(root, name, 'ws');
    await cp(new URL('gomod/targetbugs', import.meta.url).pathname, workspace, {
      recursive: true
    });
    const sha = await initGitWorkspace(workspace);
    return runAction({
      node,
      root: path.join(root, name),
      workspace,
      sha,
      toolCache: path.join(root, 'tool-cache'),
      inputs: { 'go-download-base-url': mirror.baseUrl, cache: 'false', ...inputs },
      env: { PATH: `${wrapperDir}${path.delimiter}${process.env['PATH']}` }
    });
  }

  it('a target-only bug fails the step for linux/arm/v7, at the line, in the summary', async () => {
    const result = await run('arm', {
      'go-version': '1.27.4',
      target: 'linux/arm/v7',
      test: './...',
      'test-flags': '-count=1'
    });
    expect(result.main.conclusion).toBe('failure');
    expect(
      result.annotations.filter(a => a.level === 'error').map(a => [a.title, a.file, a.line])
    ).toEqual([
      ['setup-go-cross test linux/arm/v7: TestAdd', 'atomicx/counter.go', 11],
      [undefined, undefined, undefined] // the step's own failure line
    ]);
    expect(result.main.log).toMatch(
      /test: 1 of 1 target\(s\) failed: linux\/arm\/v7 \(1 test\(s\) failed in 1 package\(s\)\)/
    );
    expect(result.summary).toContain('❌ linux/arm/v7: failed');
    expect(result.summary).toMatch(
      /<code>TestAdd \(example.com\/targetbugs\/atomicx\)<\/code> panicked at atomicx\/counter.go:11: panic: unaligned 64-bit atomic operation/
    );
    expect(JSON.parse(result.outputs['tests'])).toEqual({
      'linux/arm/v7': {
        result: 'fail',
        packages: { passed: 1, failed: 1, skipped: 0 },
        tests: { passed: 1, failed: 1, skipped: 0 },
        seconds: expect.any(Number)
      }
    });
    // One cold GOCACHE for linux/arm (the action's own, per target): the std packages under test compile first.
  }, 420_000);

  // Refused before Go is even installed: no cold build to wait for.
  it('-race is refused for an emulated target in one line', async () => {
    const race = await run('race', {
      'go-version': '1.27.4',
      target: 'linux/arm/v7',
      test: './...',
      'test-flags': '-race'
    });
    expect(race.main.conclusion).toBe('failure');
    expect(race.annotations.map(a => a.message)).toEqual([
      expect.stringMatching(/^test-flags "-race" has -race, which cannot work for linux\/arm\/v7: /)
    ]);
  });
});
