import { mkdir, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import path from 'node:path';

/** Turns `file.go:12:5: message` compiler output into annotations on the PR. */
export const GO_MATCHER = {
  problemMatcher: [
    {
      owner: 'setup-go-cross',
      pattern: [
        {
          regexp: '^\\s*(.+\\.go):(?:(\\d+):(\\d+):)? (.*)',
          file: 1,
          line: 2,
          column: 3,
          message: 4
        }
      ]
    }
  ]
};

/** Writes the matcher beside the job's temp files and registers it. */
export async function registerProblemMatcher(tempDir: string): Promise<string> {
  const file = path.join(tempDir, 'setup-go-cross', 'go-matcher.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(GO_MATCHER, null, 2));
  process.stdout.write(`::add-matcher::${file}${EOL}`);
  return file;
}
