import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { initGitWorkspace, runAction, type RunResult } from '../../scripts/runner/index.mjs';
import { goEnv, writeModule } from '../support/go.js';

/** Items 10, 11, 13 and 14 of issue 14, through the real dist bundles. */
const run = promisify(execFile);

/**
 * A smoke-run program that would stall a careless runner three ways: it reads
 * stdin to EOF, leaves a `sleep` daemon holding its stdout (pid in
 * daemon.pid), and prints 5 MiB.
 */
const STUBBORN_MAIN = `package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	cmd := exec.Command("sleep", "300")
	cmd.Stdout = os.Stdout
	if err := cmd.Start(); err != nil {
		fmt.Println("cannot start sleep:", err)
		os.Exit(3)
	}
	os.WriteFile("daemon.pid", []byte(strconv.Itoa(cmd.Process.Pid)), 0o644)
	fmt.Printf("stdin had %d bytes\\n", len(in))
	os.Stdout.WriteString(strings.Repeat("x", 5<<20))
}
`;

let mirror: Mirror;
let node: string;
let root: string;

beforeAll(async () => {
  mirror = await startMirror({ prefix: '/dl' });
  node = await ensureNode24({ quiet: true });
  root = await mkdtemp(path.join(os.tmpdir(), 'wrong-answers-'));
});
afterAll(async () => {
  await mirror?.close();
  await rm(root, { recursive: true, force: true });
});

async function runIn(
  name: string,
  inputs: Record<string, string>,
  opts: { main?: string; prepare?: (ws: string) => Promise<void> } = {}
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
    inputs: { 'go-download-base-url': mirror.baseUrl, 'go-version': '1.23.5', ...inputs }
  });
  return { ...result, workspace };
}

/** Is the process alive (not gone, not a zombie)? Reads /proc, as `ps` does. */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && !/^\d+ \(.*\) Z /.test(stat);
}

const MAIN = 'package main\n\nfunc main() {}\n';

describe('wrong answers', () => {
  it('10: fail-on: never keeps the step green but verified=false and the row fails', async () => {
    const r = await runIn(
      'never',
      { target: 'linux/arm64', verify: 'dist/app', 'fail-on': 'never' },
      {
        prepare: async ws => {
          await run(
            '/usr/lib/go-1.23/bin/go',
            ['build', '-buildvcs=false', '-trimpath', '-ldflags=-s -w', '-o', 'dist/app', '.'],
            { cwd: ws, env: goEnv({ GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' }) }
          );
        }
      }
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.outputs['verified']).toBe('false');
    expect(r.main.annotations.some(a => a.level === 'error' && a.file === 'dist/app')).toBe(true);
    const row = r.summary.split('<tr>').find(tr => tr.includes('dist/app')) ?? '';
    expect(row).toContain('❌ fail');
    expect(row).not.toContain('pass');
  }, 300_000);

  it('11: two main packages named app are refused, naming both and output', async () => {
    const r = await runIn(
      'clash',
      { target: 'linux/arm64', build: './...' },
      {
        main: MAIN,
        prepare: async ws => {
          for (const dir of ['a/app', 'b/app']) {
            await mkdir(path.join(ws, dir), { recursive: true });
            await writeFile(path.join(ws, dir, 'main.go'), MAIN);
          }
        }
      }
    );
    expect(r.main.conclusion).toBe('failure');
    const errors = r.main.annotations.filter(a => a.level === 'error').map(a => a.message);
    expect(errors).toEqual([
      expect.stringMatching(
        /^build "\.\/\.\.\." names main packages example\.com\/hello\/a\/app and example\.com\/hello\/b\/app that would all be written to dist\/app_linux_arm64 \(output /
      )
    ]);
  }, 300_000);

  it('11: build: main.go builds and names the binary after the file, like go build', async () => {
    const r = await runIn('file-args', { target: 'linux/arm64', build: 'main.go' });
    expect(r.main.conclusion).toBe('success');
    expect(JSON.parse(r.outputs['artifacts'])).toEqual(['dist/main_linux_arm64']);
    expect(r.outputs['verified']).toBe('true');
  }, 300_000);

  it('13: output naming an existing directory is refused before building', async () => {
    const r = await runIn(
      'outdir',
      { target: 'linux/arm64', build: '.', output: 'bin' },
      { prepare: ws => mkdir(path.join(ws, 'bin')) }
    );
    expect(r.main.conclusion).toBe('failure');
    expect(r.main.annotations.map(a => a.message)).toEqual([
      'output "bin" names bin, an existing directory; accepted: a file path, e.g. dist/{name}_{goos}_{goarch}{_variant}{ext}'
    ]);
  }, 300_000);

  it('14: smoke runs close stdin, reap daemons, cap output; a symlink loop is skipped', async () => {
    const r = await runIn(
      'smoke',
      { target: 'linux/amd64', build: '.', verify: 'dist/*', 'smoke-run': 'go' },
      {
        main: STUBBORN_MAIN,
        prepare: async ws => {
          await mkdir(path.join(ws, 'dist'));
          await symlink('loop', path.join(ws, 'dist', 'loop'));
        }
      }
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.outputs['verified']).toBe('true');
    const report = JSON.parse(await readFile(r.outputs['report'], 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['dist/hello_linux_amd64']);
    const smoke = report.files[0].findings.find((f: { check: string }) => f.check === 'smoke-run');
    // Exited 0 (not "did not finish within 60 s"): stdin was at EOF and the daemon did not hold us.
    expect(smoke.message).toMatch(
      /ran natively and exited 0; output over 4 MiB was cut; first line: stdin had 0 bytes$/
    );
    expect(r.main.annotations.map(a => a.message)).toContainEqual(
      expect.stringMatching(/verify: skipping dist\/loop: a symlink loop/)
    );
    const pid = Number(await readFile(path.join(r.workspace, 'daemon.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    // Killed with its process group: gone, or a zombie waiting for init to reap it.
    expect(await running(pid)).toBe(false);
  }, 300_000);
});
