import * as core from '@actions/core';
import { execFile } from 'node:child_process';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Build outputs inside the checkout are untracked files, and Go stamps every
 * later build there vcs.modified=true (and, from 1.24, a `+dirty` version).
 * A directory the action creates gets a `.gitignore` of `*` (what Python's
 * venv and pytest's cache do), so it ignores itself and all it holds; an
 * existing directory that git does not ignore gets a notice instead: it is
 * the user's, and so is their .gitignore. Returns the .gitignore files
 * written: the step's own files, never verified as artifacts.
 */
export async function prepareOutputDirs(files: string[], workspace: string): Promise<string[]> {
  const written: string[] = [];
  const tops = new Set<string>();
  for (const file of files) {
    const top = topDir(file, workspace);
    if (top) tops.add(top);
  }
  for (const dir of tops) {
    const rel = path.relative(workspace, dir);
    if (!(await stat(dir).catch(() => undefined))) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, '.gitignore'), '*\n');
      written.push(path.join(dir, '.gitignore'));
      core.info(
        `created ${rel}/ with a .gitignore (*): build outputs there never mark later builds vcs.modified`
      );
    } else if ((await gitIgnored(`${rel}/`, workspace)) === false) {
      core.notice(
        `${rel}/ exists and git does not ignore it: artifacts written there are untracked files, so later builds in this checkout are stamped vcs.modified=true (and +dirty); add ${rel}/ to .gitignore`
      );
    }
  }
  return written;
}

/** The first directory under the workspace that holds the file; undefined at the top or outside. */
export function topDir(file: string, workspace: string): string | undefined {
  const rel = path.relative(workspace, path.dirname(file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return path.join(workspace, rel.split(path.sep)[0]);
}

/** true/false from `git check-ignore`; undefined when not in a git work tree or git is missing. */
export function gitIgnored(relative: string, cwd: string): Promise<boolean | undefined> {
  return new Promise(resolve => {
    execFile('git', ['check-ignore', '-q', '--', relative], { cwd, timeout: 10_000 }, err => {
      if (!err) resolve(true);
      else if (err.code === 1) resolve(false);
      else resolve(undefined); // 128: not a repository; ENOENT: no git
    });
  });
}
