/**
 * The four commands a user runs after the action, for an emulated target,
 * through the real bundles and the runner emulation on a machine without
 * binfmt_misc (where, without the wrappers, each one fails with
 * `exec format error`): go test, go run, go generate's go run and (Go 1.24+)
 * go tool all run the target's program under qemu and print its GOARCH.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionHarness, type ActionHarness } from '../support/action.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The fixtures' GOCACHE: std for linux/arm64 is compiled once per CI run, not once per test. */
const GOCACHE = path.join(REPO, '.tmp/fixtures/gocache');

/** A user step writing a module with a tool, a test and a generator (bash heredocs). */
function writeModuleStep(goLine: string, tool: boolean): string {
  return [
    'cat > go.mod <<EOF',
    'module example.com/hello',
    '',
    `go ${goLine}`,
    ...(tool ? ['', 'tool example.com/hello/cmd/x'] : []),
    'EOF',
    'mkdir -p cmd/x gt gen',
    "cat > cmd/x/main.go <<'EOF'",
    'package main',
    '',
    'import (',
    '\t"fmt"',
    '\t"os"',
    '\t"runtime"',
    ')',
    '',
    'func main() { fmt.Println("x runs on", runtime.GOARCH, len(os.Args)-1) }',
    'EOF',
    "cat > gt/gt_test.go <<'EOF'",
    'package gt',
    '',
    'import (',
    '\t"runtime"',
    '\t"testing"',
    ')',
    '',
    'func TestArch(t *testing.T) {',
    '\tprintln("test runs on", runtime.GOARCH)',
    '\tif runtime.GOARCH != "arm64" {',
    '\t\tt.Fatal("not arm64")',
    '\t}',
    '}',
    'EOF',
    "cat > gen/gen.go <<'EOF'",
    'package gen',
    '',
    '//go:generate go run example.com/hello/cmd/x one',
    'EOF'
  ].join('\n');
}

describe('end to end: go test / go run / go generate / go tool after the action (linux/arm64, emulated)', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-exec');
  });
  afterAll(async () => h.close());

  it.each([
    { go: '1.23.5', goLine: '1.19', tool: false },
    { go: '1.27.4', goLine: '1.24', tool: true }
  ])('go $go', async ({ go, goLine, tool }) => {
    const env = { GOCACHE };
    const r = await h.run(
      `exec-${go}`,
      { 'go-version': go, target: 'linux/arm64', cache: 'false' },
      [
        { name: 'module', run: writeModuleStep(goLine, tool) },
        { name: 'test', run: 'go test -count=1 -v ./...', env },
        { name: 'run', run: 'go run ./cmd/x a b', env },
        { name: 'generate', run: 'go generate ./...', env },
        ...(tool ? [{ name: 'tool', run: 'go tool x c', env }] : [])
      ]
    );
    expect(r.main.conclusion).toBe('success');
    const wrappers = path.join(r.jobEnv['RUNNER_TEMP'] ?? '', 'setup-go-cross', 'exec');
    expect(r.path).toContain(wrappers);
    expect(r.main.log).toContain(
      'linux/arm64: go_linux_arm64_exec runs linux/arm64 programs under qemu-aarch64-static or qemu-aarch64'
    );
    expect(r.main.log).toMatch(/emulator for arm64: \/usr\/bin\/qemu-aarch64-static/);
    const step = (name: string) => r.steps.find(s => s.name === name)!;
    for (const s of r.steps.filter(s => s.kind === 'run')) expect(s.conclusion).toBe('success');
    expect(step('test').log).toContain('test runs on arm64');
    expect(step('test').log).toMatch(/^ok\s+example\.com\/hello\/gt/m);
    expect(step('run').log).toContain('x runs on arm64 2');
    expect(step('generate').log).toContain('x runs on arm64 1');
    if (tool) expect(step('tool').log).toContain('x runs on arm64 1');
  });

  it('a windows target: its wrapper, found on PATH as go finds it, prints its one line', async () => {
    // go run would first compile std for windows (a minute here); the wrapper is what it then runs.
    const r = await h.run(
      'exec-windows',
      { 'go-version': '1.27.4', target: 'windows/arm64', cache: 'false' },
      [
        {
          name: 'run',
          run: 'if go_windows_arm64_exec ./app.exe arg 2> err.txt; then echo "ran?"; exit 1; fi\ncat err.txt'
        }
      ]
    );
    const step = r.steps.find(s => s.name === 'run')!;
    expect(step.conclusion).toBe('success');
    expect(step.log.trim().split('\n')).toEqual([
      'setup-go-cross: this linux/amd64 runner cannot run windows/arm64 programs (go run, go test, go tool); run them on a Windows runner (runs-on: windows-latest), or use go build / go vet / go test -c here'
    ]);
  });

  it('emulator: none writes no wrappers (the old behaviour: exec format error)', async () => {
    const r = await h.run(
      'exec-none',
      { 'go-version': '1.27.4', target: 'linux/arm64', cache: 'false', emulator: 'none' },
      [
        { name: 'module', run: writeModuleStep('1.19', false) },
        {
          name: 'run',
          run: 'go run ./cmd/x 2>&1 | tee out.txt || true\ngrep -q "exec format error" out.txt',
          env: { GOCACHE }
        }
      ]
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.path.some(p => p.endsWith(path.join('setup-go-cross', 'exec')))).toBe(false);
    expect(r.steps.find(s => s.name === 'run')!.conclusion).toBe('success');
  });
});
