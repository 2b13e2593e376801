import { jest } from '@jest/globals';

/** What @actions/core printed while `work` ran (it writes lines to stdout), one entry a line. */
export async function captureStdout<T>(
  work: () => Promise<T>
): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  try {
    return { value: await work(), lines };
  } finally {
    spy.mockRestore();
  }
}
