/**
 * The reproducible rebuild's copy of the workspace, on a real git checkout
 * with what a runner's workspace holds besides the module (node_modules, a
 * FIFO, a socket, LFS-sized objects in .git): the copy leaves those out, and
 * the real Go toolchain stamps a build in the copy exactly as in the
 * workspace (same bytes), clean or dirty, on Go 1.23 and on 1.25 (which also
 * stamps the main module version from tags, `+dirty`).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { initGitWorkspace } from '../../scripts/runner/index.mjs';
import { copyWorkspace, DIRTY_MARKER } from '../../src/release/workspace-copy.js';
import { debianGo, goEnv, run, writeModule } from '../support/go.js';

jest.setTimeout(300_000);

let root: string;
let gocache: string;
const servers: net.Server[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'workspace-copy-'));
  // The fixtures' GOCACHE already holds std for linux/amd64 -trimpath on every version.
  gocache = path.resolve('.tmp/fixtures/gocache');
});
afterAll(async () => {
  for (const s of servers) s.close();
  await rm(root, { recursive: true, force: true });
});

const git = (cwd: string, args: string[]) => run('git', args, { cwd });

/** A checkout: module + committed node_modules file + tag; then what a job adds (untracked). */
async function checkout(name: string, opts: { dirty: boolean }): Promise<string> {
  const ws = await writeModule(path.join(root, name));
  await mkdir(path.join(ws, 'node_modules', 'left-pad'), { recursive: true });
  await writeFile(path.join(ws, 'node_modules', 'left-pad', 'index.js'), 'module.exports = 1;\n');
  await mkdir(path.join(ws, 'internal', 'greet'), { recursive: true });
  await writeFile(
    path.join(ws, 'internal', 'greet', 'greet.go'),
    'package greet\n\nconst Hi = "hi"\n'
  );
  await symlink('internal/greet/greet.go', path.join(ws, 'greet-link.go.txt'));
  await writeFile(path.join(ws, '.gitignore'), opts.dirty ? '' : 'node_modules/.cache/\n');
  await initGitWorkspace(ws);
  await git(ws, ['tag', 'v1.2.3']);
  // After checkout: an npm cache, a FIFO and a socket (untracked), a big LFS object.
  await mkdir(path.join(ws, 'node_modules', '.cache'), { recursive: true });
  await writeFile(path.join(ws, 'node_modules', '.cache', 'blob'), Buffer.alloc(1 << 20));
  await run('mkfifo', [path.join(ws, 'ci.fifo')]);
  const server = net.createServer();
  await new Promise<void>(ok => server.listen(path.join(ws, 'ci.sock'), ok));
  servers.push(server);
  const lfs = path.join(ws, '.git', 'lfs', 'objects', 'ab', 'cd');
  await mkdir(lfs, { recursive: true });
  await writeFile(path.join(lfs, 'abcd'.padEnd(64, '0')), Buffer.alloc(4 << 20));
  return ws;
}

async function build(goMinor: string, dir: string, out: string) {
  const go = debianGo(goMinor);
  await run(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', out, '.'], {
    cwd: dir,
    env: goEnv({ GOCACHE: gocache, GOFLAGS: '', CGO_ENABLED: '0' })
  });
  const { stdout } = await run(go, ['version', '-m', out], { env: goEnv({}) });
  const sha = createHash('sha256')
    .update(await readFile(out))
    .digest('hex');
  const mod = /^\tmod\t\S+\t(\S+)/m.exec(stdout)?.[1];
  const vcs = [...stdout.matchAll(/^\tbuild\t(vcs[^=]*)=(.*)$/gm)].map(m => `${m[1]}=${m[2]}`);
  return { sha, mod, vcs };
}

describe('copyWorkspace', () => {
  it('leaves out .git, node_modules, FIFOs and sockets; keeps files, modes and symlinks', async () => {
    const ws = await checkout('contents', { dirty: false });
    const dest = path.join(root, 'contents-copy');
    const c = await copyWorkspace(ws, dest);
    expect(c.skippedSpecial.sort()).toEqual(['ci.fifo', 'ci.sock']);
    expect(c.skippedDirs.sort()).toEqual(['.git', 'node_modules']);
    expect(c.repos).toEqual(['']);
    expect((await readdir(dest)).sort()).toEqual(
      ['.git', '.gitignore', 'go.mod', 'greet-link.go.txt', 'internal', 'main.go'].sort()
    );
    expect((await lstat(path.join(dest, 'greet-link.go.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dest, 'internal/greet/greet.go'), 'utf8')).toContain('Hi');
    // The copy's git directory borrows objects: no pack, no LFS object, only a few small files.
    expect(existsSync(path.join(dest, '.git', 'lfs'))).toBe(false);
    expect(await readFile(path.join(dest, '.git/objects/info/alternates'), 'utf8')).toBe(
      `${path.join(ws, '.git', 'objects')}\n`
    );
    expect(c.bytes).toBeLessThan(64 << 10);
    // Copying again replaces the earlier copy.
    await writeFile(path.join(dest, 'stale.go'), 'package main\n');
    await copyWorkspace(ws, dest);
    expect(existsSync(path.join(dest, 'stale.go'))).toBe(false);
  });

  for (const goMinor of ['1.23', '1.25'])
    it(`Go ${goMinor}: a build in the copy has the workspace build's bytes, clean or dirty`, async () => {
      for (const [name, dirty] of [
        [`clean-${goMinor}`, false],
        // Only the untracked node_modules/.cache makes it dirty (git lists no FIFO or socket).
        [`dirty-${goMinor}`, true]
      ] as const) {
        const ws = await checkout(name, { dirty });
        const dest = path.join(root, `${name}-copy`);
        const c = await copyWorkspace(ws, dest);
        const original = await build(goMinor, ws, path.join(root, `${name}.orig`));
        const rebuilt = await build(goMinor, dest, path.join(root, `${name}.copy`));
        expect(original.vcs).toContainEqual(`vcs.modified=${dirty}`);
        expect(original.vcs.some(v => v.startsWith('vcs.revision='))).toBe(true);
        if (goMinor === '1.25') expect(original.mod).toBe(dirty ? 'v1.2.3+dirty' : 'v1.2.3');
        expect(rebuilt).toEqual(original);
        expect(existsSync(path.join(dest, DIRTY_MARKER))).toBe(dirty);
        expect(c.repos).toEqual(['']);
      }
    });

  it('a workspace that is no repository gives a copy without one (no stamp either side)', async () => {
    const ws = await writeModule(path.join(root, 'plain'));
    const dest = path.join(root, 'plain-copy');
    const logs: string[] = [];
    const c = await copyWorkspace(ws, dest, l => logs.push(l));
    expect([c.repos, c.files, existsSync(path.join(dest, '.git')), logs]).toEqual([
      [],
      2,
      false,
      []
    ]);
  });
});
