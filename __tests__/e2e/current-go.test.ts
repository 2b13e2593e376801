import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { initGitWorkspace, runAction } from '../../scripts/runner/index.mjs';
import { actionHarness, readReport, type ActionHarness } from '../support/action.js';
import { debianGo, goVersionM, writeModule } from '../support/go.js';
import { seedStdlib } from '../support/stdseed.js';

const run = promisify(execFile);

/**
 * What changed with current Go (1.24-1.27), through the real bundles and the
 * runner emulation: targets the pinned Go no longer has, variants it does not
 * know yet, GOEXPERIMENT version strings, VCS stamps, and the mirror URL
 * from the environment.
 */
describe('end to end: current Go', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-current');
  });
  afterAll(async () => h.close());

  it.each([
    {
      go: '1.27.4',
      target: 'windows/arm',
      message:
        'target "windows/arm" is not a port of Go 1.27.4 (go tool dist list); accepted for windows: windows/386, windows/amd64, windows/arm64'
    },
    {
      go: '1.24.4',
      target: 'linux/riscv64/rva23u64',
      message:
        'target "linux/riscv64/rva23u64": Go 1.24.4 accepts GORISCV64 rva20u64, rva22u64; GORISCV64=rva23u64 needs Go 1.25+'
    }
  ])('go $go rejects $target in one line, exporting nothing', async ({ go, target, message }) => {
    const r = await h.run(`reject-${go}`, { 'go-version': go, target, build: '.' });
    expect(r.main.conclusion).toBe('failure');
    expect(r.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([message]);
    expect(r.env).toEqual({});
    expect(r.path).toEqual([]);
    expect(r.outputs['target']).toBeUndefined();
    expect(existsSync(path.join(r.workspace, 'dist'))).toBe(false);
  });

  it.each(['1.26.11', '1.27.4'])(
    'go %s: a GOEXPERIMENT=arenas build verifies clean and reports the experiment',
    async go => {
      const r = await h.run(`arenas-${go}`, { 'go-version': go, verify: 'dist/*' }, [
        { run: 'GOEXPERIMENT=arenas go build -o dist/app .' }
      ]);
      expect(r.main.conclusion).toBe('success');
      expect(r.post?.conclusion).toBe('success');
      expect(r.annotations.filter(a => a.level !== 'notice')).toEqual([]);
      const report = await readReport(r);
      expect(report.files[0]).toMatchObject({
        ok: true,
        go: { version: `go${go}-X:arenas`, experiments: ['arenas'] }
      });
      expect(r.post?.summary).toContain(`go${go}-X:arenas`);
    }
  );

  it.each(['1.23.5', '1.27.4'])(
    'go %s: build ./cmd/... in a clean checkout tagged v1.2.3 stamps every binary clean',
    async go => {
      const root = path.join(h.root, `stamp-${go}`);
      const workspace = await writeModule(path.join(root, 'ws'), {
        module: 'example.com/tool',
        main: 'package main\n\nfunc main() {}\n'
      });
      for (const cmd of ['alpha', 'beta', 'gamma']) {
        await mkdir(path.join(workspace, 'cmd', cmd), { recursive: true });
        await writeFile(
          path.join(workspace, 'cmd', cmd, 'main.go'),
          `package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("${cmd}") }\n`
        );
      }
      const sha = await initGitWorkspace(workspace);
      await run('git', ['tag', 'v1.2.3'], { cwd: workspace });
      const r = await runAction({
        node: await ensureNode24({ quiet: true }),
        root,
        workspace,
        sha,
        toolCache: path.join(h.root, 'tool-cache'),
        inputs: {
          'go-download-base-url': h.mirror.baseUrl,
          'go-version': go,
          target: 'linux/amd64',
          build: './cmd/...',
          cache: 'false'
        },
        prepare: dirs => seedStdlib(dirs.temp, { 'go-version': go, target: 'linux/amd64' })
      });
      expect(r.main.conclusion).toBe('success');
      expect(r.annotations.filter(a => a.level !== 'notice')).toEqual([]);
      expect(await readFile(path.join(workspace, 'dist', '.gitignore'), 'utf8')).toBe('*\n');
      const files = JSON.parse(r.outputs['artifacts']) as string[];
      expect(files).toEqual([
        'dist/alpha_linux_amd64',
        'dist/beta_linux_amd64',
        'dist/gamma_linux_amd64'
      ]);
      const goBin = debianGo('1.27');
      for (const file of files) {
        const info = await goVersionM(goBin, path.join(workspace, file));
        expect({ file, modified: info.settings['vcs.modified'] }).toEqual({
          file,
          modified: 'false'
        });
        expect(info.settings['vcs.revision']).toBe(sha);
        // Go 1.24+ stamps the main module version from the tag; 1.23 says (devel).
        const { stdout } = await run(goBin, ['version', '-m', path.join(workspace, file)], {
          env: { PATH: process.env['PATH'], GOTOOLCHAIN: 'local' }
        });
        const mod = /^\tmod\t\S+\t(\S+)/m.exec(stdout)?.[1];
        expect({ file, mod }).toEqual({ file, mod: go === '1.23.5' ? '(devel)' : 'v1.2.3' });
      }
      const { stdout: status } = await run('git', ['status', '--porcelain'], { cwd: workspace });
      expect(status).toBe('');
    }
  );

  it('names the untracked paths when a build is vcs.modified', async () => {
    const r = await h.run('dirty', { 'go-version': '1.27.4', verify: 'out/*' }, [
      { run: 'echo scratch > notes.txt && go build -o out/app .' }
    ]);
    expect(r.post?.conclusion).toBe('success');
    const warning = r.annotations.find(a => a.title === 'setup-go-cross verify: vcs-modified');
    expect(warning?.message).toMatch(
      /vcs\.modified=true.*git status lists .*notes\.txt \(untracked\)/
    );
  });

  it('an existing dist/ that git does not ignore gets a notice', async () => {
    const r = await h.run('notice', { 'go-version': '1.27.4', build: '.', cache: 'false' }, [], {});
    expect(r.main.conclusion).toBe('success');
    // The first run created dist/ with its .gitignore: no notice.
    expect(r.annotations.filter(a => /does not ignore/.test(a.message))).toEqual([]);
    await run('rm', ['-f', path.join(r.workspace, 'dist', '.gitignore')]);
    const again = await runAction({
      node: await ensureNode24({ quiet: true }),
      root: path.join(h.root, 'notice-2'),
      workspace: r.workspace,
      toolCache: path.join(h.root, 'tool-cache'),
      inputs: {
        'go-download-base-url': h.mirror.baseUrl,
        'go-version': '1.27.4',
        build: '.',
        cache: 'false',
        'fail-on': 'never'
      },
      prepare: dirs => seedStdlib(dirs.temp, { 'go-version': '1.27.4' })
    });
    expect(again.annotations.filter(a => a.level === 'notice').map(a => a.message)).toContain(
      'dist/ exists and git does not ignore it: artifacts written there are untracked files, so later builds in this checkout are stamped vcs.modified=true (and +dirty); add dist/ to .gitignore'
    );
  });

  it('GO_DOWNLOAD_BASE_URL takes effect when the input is not given (action.yml defaults applied)', async () => {
    const root = path.join(h.root, 'env-base');
    const workspace = await writeModule(path.join(root, 'ws'));
    const sha = await initGitWorkspace(workspace);
    const r = await runAction({
      node: await ensureNode24({ quiet: true }),
      root,
      workspace,
      sha,
      toolCache: path.join(root, 'tool-cache'),
      inputs: { 'go-version': '1.23', cache: 'false' },
      env: { GO_DOWNLOAD_BASE_URL: h.mirror.baseUrl }
    });
    expect(r.inputEnv['INPUT_GO-DOWNLOAD-BASE-URL'] ?? '').toBe('');
    expect(r.main.conclusion).toBe('success');
    expect(r.outputs['go-version']).toBe('1.23.5');
    expect(r.main.log).toContain(`${h.mirror.baseUrl}/?mode=json&include=all`);
  });
});
