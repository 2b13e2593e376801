/**
 * Bugs that only the target shows, proven under real qemu-user (no
 * binfmt_misc) through the stage's own runTestStage: an int64 used with
 * sync/atomic at a 4-byte offset (panics on 32-bit arm and 386) and bytes
 * read through unsafe in native order (wrong on big-endian s390x). Both
 * pass on amd64. Emulated targets run through a stand-in exec wrapper (a
 * two-line sh script per target that execs qemu-<arch>-static "$@") until
 * the action's own wrapper lands.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { debianGo, goEnv } from '../support/go.js';
import { parseTarget } from '../../src/targets/parse.js';
import { runTestStage, type TestStageResult } from '../../src/test/run.js';
import { testAnnotations } from '../../src/test/report.js';

const VERSIONS = ['1.19', '1.27'];
// Not linux/386: this kernel cannot run 386 binaries natively (exec format error), and
// qemu-i386 (Debian 7.2) crashes Go 1.27's runtime (fatal error: runtime·lock: lock count).
const TARGETS = ['linux/amd64', 'linux/arm/v7', 'linux/s390x'];
const QEMU: Record<string, string> = { arm: 'arm', s390x: 's390x' };

let workspace: string;
let wrapperDir: string;
const results = new Map<string, TestStageResult>();

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'target-bugs-'));
  workspace = path.join(root, 'ws');
  await cp(new URL('gomod/targetbugs', import.meta.url).pathname, workspace, { recursive: true });
  wrapperDir = path.join(root, 'bin');
  await mkdir(wrapperDir);
  for (const [goarch, qemu] of Object.entries(QEMU)) {
    const file = path.join(wrapperDir, `go_linux_${goarch}_exec`);
    await writeFile(file, `#!/bin/sh\nexec qemu-${qemu}-static "$@"\n`);
    await chmod(file, 0o755);
  }
  await Promise.all(
    VERSIONS.map(async v => {
      results.set(
        v,
        await runTestStage(
          TARGETS.map(t => ({ target: parseTarget(t) })),
          {
            goBin: debianGo(v),
            workspace,
            env: goEnv({ GOFLAGS: '-trimpath' }),
            wrapperDir,
            patterns: ['./...'],
            flags: ['-count=1'],
            failOn: 'error'
          }
        )
      );
    })
  );
}, 600_000);

describe.each(VERSIONS)('go %s: target-only bugs', minor => {
  const target = (name: string) => results.get(minor)!.targets.find(t => t.target === name)!;

  it('amd64 passes both packages', () => {
    expect(target('linux/amd64').run.packageCounts).toEqual({ passed: 2, failed: 0, skipped: 0 });
    expect(target('linux/amd64').exitCode).toBe(0);
  });

  it('linux/arm/v7: the misaligned atomic panics, located at the atomic call', () => {
    const t = target('linux/arm/v7');
    expect(t.run.tests).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(t.run.failures).toEqual([
      expect.objectContaining({
        package: 'example.com/targetbugs/atomicx',
        test: 'TestAdd',
        kind: 'panic',
        headline: expect.stringContaining('unaligned 64-bit atomic operation'),
        positions: [{ file: 'atomicx/counter.go', line: 11 }]
      })
    ]);
  });

  it('s390x: native byte order reads the wrong value, at the t.Errorf line', () => {
    const t = target('linux/s390x');
    expect(t.run.packageCounts).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(t.run.failures).toEqual([
      expect.objectContaining({
        package: 'example.com/targetbugs/endian',
        test: 'TestUint32',
        kind: 'test',
        headline: 'endian_test.go:8: Uint32([1 0 0 0]) = 0x1000000, want 1',
        positions: [expect.objectContaining({ file: 'endian/endian_test.go', line: 8 })]
      })
    ]);
    expect(t.how).toContain('go_linux_s390x_exec');
  });

  it('the verdict, annotations and output name the failing targets only', () => {
    const r = results.get(minor)!;
    expect(r.failed).toMatch(/^test: 2 of 3 target\(s\) failed: linux\/arm\/v7 .*linux\/s390x /);
    expect(r.failed).not.toContain('linux/amd64');
    const notes = testAnnotations(r.targets);
    expect(notes.map(a => [a.title, a.file, a.line])).toEqual([
      ['setup-go-cross test linux/arm/v7: TestAdd', 'atomicx/counter.go', 11],
      ['setup-go-cross test linux/s390x: TestUint32', 'endian/endian_test.go', 8]
    ]);
    expect(JSON.parse(r.outputJson)).toMatchObject({
      'linux/amd64': { result: 'pass', tests: { passed: 2, failed: 0, skipped: 0 } },
      'linux/s390x': { result: 'fail', tests: { passed: 1, failed: 1, skipped: 0 } }
    });
    expect(r.summaryMarkdown).toContain('❌ linux/arm/v7: failed');
    expect(r.summaryMarkdown).toContain('✅ linux/amd64: passed');
  });
});
