/**
 * The CLI as a function (argv, env, output streams -> exit code), so tests
 * and the bin entry share it. Never lets an exception or stack trace out.
 */
import { formatTable, verifyFileForTargets, type VerifyResult } from '../verify/index.js';
import { untrusted } from '../log/escape.js';
import { readFile, stat } from 'node:fs/promises';
import { overBudget } from '../compare/budget.js';
import { compareBuilds, type Comparison } from '../compare/diff.js';
import { factsFromReport, factsFromReportJson, type ArtifactFacts } from '../compare/facts.js';
import { comparisonText } from '../compare/render.js';
import { parseArgs, USAGE, UsageError, type VerifyArgs } from './args.js';

/** A base report bigger than this is not a report of binaries (each is a few KiB). */
const MAX_BASE_REPORT = 64 * 1024 * 1024;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

const NAME = 'setup-go-cross';

/** The --compare report as facts; a file that cannot be used is a usage error (exit 2). */
async function readBase(file: NonNullable<VerifyArgs['compare']>): Promise<ArtifactFacts[]> {
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error('not a file');
    if (st.size > MAX_BASE_REPORT) throw new Error(`${st.size} bytes, more than a report can be`);
    return factsFromReportJson(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(
      `--compare ${JSON.stringify(file)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}; accepted: the --json report of another build`
    );
  }
}

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
    // The base report is read first: a bad --compare is a usage error before any work.
    const base = args.compare ? await readBase(args.compare) : undefined;
    const results: VerifyResult[] = [];
    for (const file of args.files)
      results.push(await verifyFileForTargets(file, options, args.targets));
    const reports = results.map(r => r.report);
    let comparison: (Comparison & { base: string; overBudget: string[] }) | undefined;
    if (base && args.compare) {
      const c = compareBuilds(
        base,
        reports.map(r => factsFromReport(r))
      );
      const over = args.sizeBudget
        ? c.artifacts.map(a => overBudget(a, args.sizeBudget!)).filter((l): l is string => !!l)
        : [];
      comparison = { base: args.compare, ...c, overBudget: over };
    }
    if (args.json)
      io.out(
        JSON.stringify(
          comparison ? { files: reports, compare: comparison } : { files: reports },
          null,
          2
        )
      );
    else {
      io.out(formatTable(reports));
      if (comparison) {
        io.out(comparisonText(comparison, args.compare!));
        for (const l of comparison.overBudget) io.out(`  over budget: ${l}`);
      }
    }
    if (results.some(r => r.unreadable)) return 2;
    return reports.every(r => r.ok) && !comparison?.overBudget.length ? 0 : 1;
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
