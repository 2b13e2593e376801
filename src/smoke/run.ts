import * as io from '@actions/io';
import { execFile } from 'node:child_process';
import type { Target } from '../targets/parse.js';
import { qemuEmulators, smokePlan } from './plan.js';

export interface SmokeResult {
  status: 'pass' | 'fail' | 'skip';
  /** One line for the summary and annotations. */
  message: string;
  /** The first lines the program printed. */
  output: string[];
}

export const SMOKE_TIMEOUT_MS = 60_000;
const SHOWN_LINES = 10;

/** Which of the target's emulators are on PATH, looked up once per step. */
export async function emulatorsOnPath(target: Target): Promise<Set<string>> {
  const found = new Set<string>();
  for (const name of qemuEmulators(target.goarch)) if (await io.which(name, false)) found.add(name);
  return found;
}

/** Runs one artifact with the smoke-run arguments, natively or under QEMU. */
export async function smokeRun(
  file: string,
  target: Target,
  args: string[],
  emulators: Set<string>,
  timeoutMs = SMOKE_TIMEOUT_MS
): Promise<SmokeResult> {
  const plan = smokePlan(target, { platform: process.platform, arch: process.arch }, n =>
    emulators.has(n)
  );
  if (plan.how === 'skip')
    return { status: 'skip', message: `smoke run skipped: ${plan.reason}`, output: [] };
  const [cmd, argv] = plan.how === 'direct' ? [file, args] : [plan.emulator, [file, ...args]];
  const how = plan.how === 'direct' ? 'natively' : `under ${plan.emulator}`;
  return new Promise(resolve => {
    execFile(
      cmd,
      argv,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 << 20, windowsHide: true },
      (err, stdout, stderr) => {
        const output = `${stdout}${stderr}`
          .split(/\r?\n/)
          .filter(l => l.trim() !== '')
          .slice(0, SHOWN_LINES);
        const shown = `${file} ${args.join(' ')}`.trim();
        if (!err) {
          resolve({ status: 'pass', message: `\`${shown}\` ran ${how} and exited 0`, output });
          return;
        }
        // Omit: ErrnoException's code is string-only, which made the exit-code branch `never`.
        const e = err as Omit<NodeJS.ErrnoException, 'code'> & {
          killed?: boolean;
          code?: number | string;
          signal?: string;
        };
        const why = e.killed
          ? `did not finish within ${Math.round(timeoutMs / 1000)} s`
          : typeof e.code === 'number'
            ? `exited with code ${e.code}`
            : e.signal
              ? `was killed by ${e.signal}`
              : `could not start (${e.code ?? e.message})`;
        resolve({ status: 'fail', message: `\`${shown}\` ran ${how} and ${why}`, output });
      }
    );
  });
}
