/**
 * The CLI as a function (argv, env, output streams -> exit code), so tests
 * and the bin entry share it. Never lets an exception or stack trace out.
 */
import { formatTable, verifyFileForTargets, type VerifyResult } from '../verify/index.js';
import { untrusted } from '../log/escape.js';
import { parseArgs, USAGE, UsageError } from './args.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

const NAME = 'setup-go-cross';

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv, io.env);
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'version') {
      io.out(`${NAME} verify`);
      return 0;
    }
    const options = {
      goVersion: args.goVersion,
      cgo: args.cgo,
      stripped: args.stripped,
      trimpath: args.trimpath,
      githubSha: args.githubSha
    };
    const results: VerifyResult[] = [];
    for (const file of args.files)
      results.push(await verifyFileForTargets(file, options, args.targets));
    const reports = results.map(r => r.report);
    io.out(args.json ? JSON.stringify({ files: reports }, null, 2) : formatTable(reports));
    if (results.some(r => r.unreadable)) return 2;
    return reports.every(r => r.ok) ? 0 : 1;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${NAME}: ${untrusted(err.message)}`);
      return 2;
    }
    // A bug, not the user's fault: one line, no stack trace (set SETUP_GO_CROSS_DEBUG=1 for it).
    io.err(`${NAME}: internal error: ${untrusted((err as Error)?.message ?? String(err))}`);
    if (io.env.SETUP_GO_CROSS_DEBUG) io.err(String((err as Error)?.stack));
    return 2;
  }
}
