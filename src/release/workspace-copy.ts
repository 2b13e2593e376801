/**
 * The copy of the workspace a `reproducible` rebuild runs in: the module
 * tree the build reads, under another path, and nothing else.
 *
 * - Regular files and symlinks (verbatim) are copied; FIFOs, sockets and
 *   devices are skipped (a build cannot read them as sources, and copying a
 *   FIFO blocks or fails).
 * - VCS metadata (.git, .hg, .svn, .bzr, .jj) and node_modules are skipped:
 *   Go never builds from them, and they are often most of the bytes (LFS
 *   objects, packs, npm trees).
 * - Go stamps vcs.revision, vcs.time, vcs.modified (and from 1.24 the main
 *   module version from tags, `+dirty`) from the repository around the main
 *   module. For each git repository found in the workspace the copy gets a
 *   minimal git directory of its own: HEAD at the same commit, the tags,
 *   objects borrowed through `objects/info/alternates` (nothing copied), an
 *   index read from HEAD. Paths the copy left out are marked skip-worktree,
 *   and when the workspace is dirty but the copy is not (only an untracked
 *   FIFO or node_modules made it dirty) an untracked marker file makes the
 *   copy dirty too: the rebuild is stamped as the original was. Any stamp
 *   left different shows in the comparison's build-settings diff.
 */
import { spawn } from 'node:child_process';
import { constants, type Dirent } from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  opendir,
  readlink,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises';
import path from 'node:path';

/** Directory names never copied, at any depth. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  '.bzr',
  '.jj',
  'node_modules'
]);

/** Written into a copy that must be dirty like its workspace (an untracked file). */
export const DIRTY_MARKER = '.setup-go-cross-rebuild-dirty';

export interface WorkspaceCopy {
  /** Where the copy is (the rebuild's workspace). */
  dir: string;
  files: number;
  bytes: number;
  symlinks: number;
  /** Workspace-relative paths left out: VCS metadata and node_modules directories. */
  skippedDirs: string[];
  /** Workspace-relative FIFOs, sockets and devices left out. */
  skippedSpecial: string[];
  /** Workspace-relative git repositories given a minimal git directory in the copy ('' = the top). */
  repos: string[];
  ms: number;
}

/** What to do with one directory entry. Pure. */
export function entryAction(
  entry: Pick<Dirent, 'name' | 'isFile' | 'isDirectory' | 'isSymbolicLink'>
): 'copy' | 'link' | 'descend' | 'skip-dir' | 'skip-special' | 'repo-marker' {
  if (entry.name === '.git') return 'repo-marker'; // a directory, or a file (worktree, submodule)
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? 'skip-dir' : 'descend';
  if (entry.isFile()) return 'copy';
  return 'skip-special';
}

/**
 * Copies `workspace` to `dest` (removed first) as described above. Throws
 * only on I/O errors of the copy itself; git trouble leaves a copy without
 * a repository (the comparison then names the vcs settings that differ).
 */
export async function copyWorkspace(
  workspace: string,
  dest: string,
  log: (line: string) => void = () => {}
): Promise<WorkspaceCopy> {
  const started = performance.now();
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  const out: WorkspaceCopy = {
    dir: dest,
    files: 0,
    bytes: 0,
    symlinks: 0,
    skippedDirs: [],
    skippedSpecial: [],
    repos: [],
    ms: 0
  };
  const repoDirs: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const from = path.join(workspace, rel);
    const to = path.join(dest, rel);
    for await (const entry of await opendir(from)) {
      const r = path.join(rel, entry.name);
      switch (entryAction(entry)) {
        case 'repo-marker':
          repoDirs.push(rel);
          out.skippedDirs.push(r);
          break;
        case 'skip-dir':
          out.skippedDirs.push(r);
          break;
        case 'skip-special':
          out.skippedSpecial.push(r);
          break;
        case 'link':
          await symlink(await readlink(path.join(from, entry.name)), path.join(to, entry.name));
          out.symlinks++;
          break;
        case 'descend':
          await mkdir(path.join(to, entry.name));
          await walk(r);
          break;
        case 'copy': {
          // A reflink where the file system has them; copyFile keeps the mode.
          const source = path.join(from, entry.name);
          await copyFile(source, path.join(to, entry.name), constants.COPYFILE_FICLONE);
          out.files++;
          out.bytes += (await lstat(source)).size;
          break;
        }
      }
    }
  };
  await walk('');
  for (const rel of repoDirs) {
    const skipped = [...out.skippedDirs, ...out.skippedSpecial]
      .filter(p => rel === '' || p.startsWith(`${rel}${path.sep}`))
      .map(p => path.relative(path.join(workspace, rel), path.join(workspace, p)))
      .filter(p => p !== '.git');
    const why = await mirrorGitRepo(path.join(workspace, rel), path.join(dest, rel), skipped);
    if (why) log(`reproducible: ${rel || 'the workspace'}: ${why}`);
    else out.repos.push(rel);
  }
  out.ms = Math.round(performance.now() - started);
  return out;
}

interface Git {
  (args: string[], input?: string): Promise<{ code: number; stdout: string }>;
}

function gitIn(cwd: string): Git {
  return (args, input) =>
    new Promise(resolve => {
      const child = spawn('git', args, {
        cwd,
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
        // The copy's own settings only: no hooks, no pager, no prompts.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        timeout: 120_000
      });
      const chunks: Buffer[] = [];
      let size = 0;
      child.stdout?.on('data', (c: Buffer) => {
        // ls-files of a huge tree is the biggest answer; beyond 256 MiB give up.
        size += c.length;
        if (size > 256 << 20) child.kill();
        else chunks.push(c);
      });
      child.on('error', () => resolve({ code: -1, stdout: '' }));
      child.on('close', code =>
        resolve({ code: code ?? -1, stdout: Buffer.concat(chunks).toString('utf8') })
      );
      if (child.stdin) {
        // A git that exits before reading all of it must not crash the step (EPIPE).
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
      }
    });
}

/**
 * Gives `copy` a git directory stamping like `repo`'s: same HEAD commit and
 * tags, objects borrowed, index from HEAD, left-out paths skip-worktree,
 * dirty exactly when `repo` is. Returns why not, or undefined when done.
 */
async function mirrorGitRepo(
  repo: string,
  copy: string,
  skipped: string[]
): Promise<string | undefined> {
  const src = gitIn(repo);
  const top = await src(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir']);
  if (top.code !== 0) return 'git cannot read its repository, so the copy has none';
  const [toplevel, gitDir, commonRel] = top.stdout.trim().split('\n');
  if (path.resolve(toplevel) !== path.resolve(repo))
    return `its repository root is ${toplevel}, outside the copy, so the copy has none`;
  const common = path.resolve(repo, commonRel ?? gitDir);
  const head = await src(['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
  const format = await src(['rev-parse', '--show-object-format']);
  const version = await src(['config', '--get', 'core.repositoryformatversion']);
  const tags = await src(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/tags']);
  const status = await src(['status', '--porcelain']);
  if (status.code !== 0) return 'git status failed in the workspace, so the copy has no repository';

  const dotgit = path.join(copy, '.git');
  await mkdir(path.join(dotgit, 'objects', 'info'), { recursive: true });
  await mkdir(path.join(dotgit, 'refs', 'heads'), { recursive: true });
  await mkdir(path.join(dotgit, 'refs', 'tags'), { recursive: true });
  await mkdir(path.join(dotgit, 'info'), { recursive: true });
  const objectFormat = format.code === 0 ? format.stdout.trim() : 'sha1';
  await writeFile(
    path.join(dotgit, 'config'),
    `[core]\n\trepositoryformatversion = ${version.stdout.trim() || '0'}\n\tbare = false\n` +
      (objectFormat !== 'sha1' ? `[extensions]\n\tobjectformat = ${objectFormat}\n` : '')
  );
  await writeFile(
    path.join(dotgit, 'HEAD'),
    head.code === 0 ? `${head.stdout.trim()}\n` : 'ref: refs/heads/main\n'
  );
  await writeFile(
    path.join(dotgit, 'objects', 'info', 'alternates'),
    `${path.join(common, 'objects')}\n`
  );
  await writeFile(path.join(dotgit, 'packed-refs'), tags.code === 0 ? tags.stdout : '');
  // What git ignores in the workspace it must ignore in the copy; a shallow clone stays shallow.
  for (const [from, to] of [
    [path.join(common, 'info', 'exclude'), path.join(dotgit, 'info', 'exclude')],
    [path.join(common, 'shallow'), path.join(dotgit, 'shallow')]
  ])
    await copyFile(from, to).catch(() => undefined);

  const dst = gitIn(copy);
  if (head.code === 0 && (await dst(['read-tree', 'HEAD'])).code !== 0)
    return 'git read-tree HEAD failed in the copy; the rebuild may be stamped differently';
  if (skipped.length) {
    const listed = await dst(['ls-files', '-z']);
    const under = (f: string) => skipped.some(s => f === s || f.startsWith(`${s}/`));
    const hidden = listed.stdout.split('\0').filter(f => f && under(f));
    if (hidden.length)
      await dst(['update-index', '-z', '--skip-worktree', '--stdin'], hidden.join('\0') + '\0');
  }
  const wasDirty = status.stdout.trim() !== '';
  const copyStatus = await dst(['status', '--porcelain']);
  if (copyStatus.code !== 0)
    return 'git status failed in the copy; the rebuild may be stamped differently';
  if (wasDirty && copyStatus.stdout.trim() === '')
    await writeFile(path.join(copy, DIRTY_MARKER), 'the workspace was dirty when it was built\n');
  else if (!wasDirty && copyStatus.stdout.trim() !== '')
    return `the copy differs from HEAD where the workspace does not (${copyStatus.stdout.split('\n')[0].trim()}); the rebuild will be stamped vcs.modified=true`;
  return undefined;
}
