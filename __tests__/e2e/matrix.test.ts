import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { actionHarness, readReport, type ActionHarness } from '../support/action.js';

/**
 * Every supported Go version and every headline target, in the two shapes a
 * workflow uses: the action's own `build` input, and a later user step with
 * verification in the post step. Not the full product, but each version and
 * each target appears, and both shapes run on several of each.
 */
const MATRIX: Array<{
  go: string;
  target: string;
  shape: 'build' | 'later-step';
  file: string;
  smoke?: string;
  /** A warning the verifier rightly gives (a fact of that Go version), as a check name. */
  warning?: string;
}> = [
  {
    go: '1.19.8',
    target: 'linux/arm64',
    shape: 'build',
    file: 'dist/hello_linux_arm64',
    smoke: 'qemu-aarch64-static'
  },
  {
    go: '1.19.8',
    target: 'windows/amd64',
    shape: 'later-step',
    file: 'dist/hello_windows_amd64.exe'
  },
  {
    go: '1.21.13',
    target: 'linux/arm/v7',
    shape: 'build',
    file: 'dist/hello_linux_arm_v7',
    smoke: 'qemu-arm-static'
  },
  // Go < 1.22 keeps the Mach-O symbol table under -s: a warning, not a failure.
  {
    go: '1.21.13',
    target: 'darwin/arm64',
    shape: 'later-step',
    file: 'dist/hello_darwin_arm64',
    warning: 'stripped'
  },
  { go: '1.22.12', target: 'linux/amd64/v3', shape: 'build', file: 'dist/hello_linux_amd64_v3' },
  { go: '1.22.12', target: 'linux/s390x', shape: 'later-step', file: 'dist/hello_linux_s390x' },
  { go: '1.23.5', target: 'linux/riscv64', shape: 'build', file: 'dist/hello_linux_riscv64' },
  { go: '1.23.5', target: 'windows/amd64', shape: 'build', file: 'dist/hello_windows_amd64.exe' },
  {
    go: '1.23.5',
    target: 'linux/arm64',
    shape: 'later-step',
    file: 'dist/hello_linux_arm64',
    smoke: 'qemu-aarch64-static'
  },
  // Current Go: the variants that only exist there, and the two supported release lines.
  {
    go: '1.24.4',
    target: 'linux/riscv64/rva22u64',
    shape: 'build',
    file: 'dist/hello_linux_riscv64_rva22u64'
  },
  {
    go: '1.25.12',
    target: 'linux/riscv64/rva23u64',
    shape: 'build',
    file: 'dist/hello_linux_riscv64_rva23u64'
  },
  {
    go: '1.26.11',
    target: 'linux/arm64',
    shape: 'later-step',
    file: 'dist/hello_linux_arm64',
    smoke: 'qemu-aarch64-static'
  },
  { go: '1.27.4', target: 'windows/arm64', shape: 'build', file: 'dist/hello_windows_arm64.exe' },
  { go: '1.27.4', target: 'linux/amd64/v3', shape: 'later-step', file: 'dist/hello_linux_amd64' }
];

describe('end to end: Go versions x targets through the real bundles', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-matrix');
  });
  afterAll(async () => h.close());

  it.each(MATRIX)(
    'go $go, $target, $shape',
    async ({ go, target, shape, file, smoke, warning }) => {
      const name = `${go}-${target.replace(/\//g, '_')}-${shape}`;
      const inputs: Record<string, string> =
        shape === 'build'
          ? { 'go-version': go, target, build: '.' }
          : { 'go-version': go, target, verify: 'dist/*' };
      if (smoke) inputs['smoke-run'] = '--version';
      // The later step is what users write after the action: a plain go build, nothing else.
      const steps = shape === 'later-step' ? [{ run: `go build -o ${file} .` }] : [];
      const r = await h.run(name, inputs, steps);

      expect(r.main.conclusion).toBe('success');
      expect(r.post?.conclusion).toBe('success');
      expect(existsSync(path.join(r.workspace, file))).toBe(true);
      expect(r.outputs['go-version']).toBe(go);
      expect(r.outputs['target']).toBe(target);
      expect(JSON.parse(r.outputs['artifacts'])).toEqual(shape === 'build' ? [file] : []);
      // Verified in main when built there, otherwise in post (no output from post is visible to later steps).
      expect(r.outputs['verified']).toBe(shape === 'build' ? 'true' : undefined);
      expect(r.annotations.filter(a => a.level === 'error')).toEqual([]);
      expect(r.annotations.filter(a => a.level === 'warning').map(a => a.title)).toEqual(
        warning ? [`setup-go-cross verify: ${warning}`] : []
      );

      const report = await readReport(r);
      expect(report.files.map(f => f.path)).toEqual([file]);
      const [goos, goarch] = target.split('/');
      expect(report.files[0]).toMatchObject({ ok: true, goos, goarch, go: { version: `go${go}` } });
      expect(
        report.files[0].findings.filter((f: { severity: string }) => f.severity === 'error')
      ).toEqual([]);

      const verifyStep = shape === 'build' ? r.main : r.post!;
      expect(verifyStep.summary).toContain(`<td>${file}</td>`);
      expect(verifyStep.summary).toContain(warning ? '⚠️ pass' : '✅ pass');
      if (smoke) {
        const smokeFinding = report.files[0].findings.find(
          (f: { check: string }) => f.check === 'smoke-run'
        );
        expect(smokeFinding?.message).toMatch(
          new RegExp(`ran under ${smoke} and exited 0; first line: hello 1\\.0`)
        );
      }
    }
  );
});
