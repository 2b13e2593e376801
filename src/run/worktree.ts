import { execFile } from 'node:child_process';

const MAX_BYTES = 64 * 1024;
const MAX_PATHS = 10;

/**
 * What `git status --porcelain` (the command Go's VCS stamping runs) lists in
 * the workspace: the paths that make a build vcs.modified. Bounded output;
 * undefined when git cannot tell (no repository, no git).
 */
export function worktreeChanges(cwd: string): Promise<string[] | undefined> {
  return new Promise(resolve => {
    execFile(
      'git',
      ['status', '--porcelain'],
      { cwd, timeout: 10_000, maxBuffer: MAX_BYTES, encoding: 'utf8' },
      (err, stdout) => {
        // On maxBuffer the child is killed and stdout holds what came so far: use it.
        if (err && !/maxBuffer/.test(err.message)) return resolve(undefined);
        resolve(parsePorcelain(String(stdout)));
      }
    );
  });
}

/** ` M go.mod`, `?? dist/` -> `go.mod (modified)`, `dist/ (untracked)`. Pure. */
export function parsePorcelain(text: string): string[] {
  return text
    .split('\n')
    .filter(line => line.length > 3)
    .map(line => {
      const code = line.slice(0, 2);
      const file = line.slice(3);
      const what = code === '??' ? 'untracked' : code.includes('D') ? 'deleted' : 'modified';
      return `${file} (${what})`;
    });
}

/** "a (untracked), b (modified) and 3 more" */
export function describeChanges(paths: string[]): string {
  const shown = paths.slice(0, MAX_PATHS).join(', ');
  return paths.length > MAX_PATHS ? `${shown} and ${paths.length - MAX_PATHS} more` : shown;
}
