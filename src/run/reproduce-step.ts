import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import type { Artifact } from '../build/run.js';
import {
  describeDifference,
  firstDifference,
  firstDifferingSection,
  locate,
  sectionRanges,
  settingsDiff
} from '../release/reproduce.js';
import { sha256File } from '../release/write.js';
import { inspect } from '../verify/inspect.js';
import { openFile, Reader } from '../verify/reader.js';
import type { Finding } from '../verify/index.js';
import type { WorkspaceCopy } from '../release/workspace-copy.js';
import { line } from '../log/escape.js';

/**
 * Compares each artifact with its rebuild (matched by package): equal
 * SHA-256, or an error finding naming the first differing section and the
 * build settings that differ.
 */
export async function compareRebuilds(
  original: Artifact[],
  rebuilt: Artifact[]
): Promise<Map<string, Finding>> {
  const out = new Map<string, Finding>();
  for (const a of original) {
    const b = rebuilt.find(x => x.importPath === a.importPath);
    if (!b) {
      out.set(a.file, {
        check: 'reproducible',
        severity: 'error',
        message: `not reproducible: the rebuild produced no ${a.importPath}`
      });
      continue;
    }
    const [ha, hb] = [await sha256File(a.file), await sha256File(b.file)];
    if (ha === hb) {
      out.set(a.file, {
        check: 'reproducible',
        severity: 'info',
        message: `reproducible: a rebuild in a fresh GOCACHE under another path has the same SHA-256 (${ha})`
      });
      continue;
    }
    out.set(a.file, {
      check: 'reproducible',
      severity: 'error',
      message: await explain(a.file, b.file)
    });
  }
  return out;
}

async function explain(a: string, b: string): Promise<string> {
  // Our own two builds of one package: small enough to compare in memory.
  const [da, db] = [await readFile(a), await readFile(b)];
  const offset = firstDifference(da, db);
  const [ia, ib] = [await inspectFile(a), await inspectFile(b)];
  const ranges = sectionRanges(ia);
  const message = describeDifference({
    offset,
    where: locate(ranges, offset),
    section: firstDifferingSection(ranges, da, db),
    sizes: [da.length, db.length],
    settings: settingsDiff(ia.go?.mod.settings ?? {}, ib.go?.mod.settings ?? {})
  });
  core.info(message);
  return message;
}

async function inspectFile(file: string): ReturnType<typeof inspect> {
  const source = await openFile(file);
  try {
    return await inspect(new Reader(source));
  } finally {
    await source.close();
  }
}

/** A rebuild that could not run (copy, build): one error finding per artifact, the cause in one line. */
export function rebuildFailed(artifacts: Artifact[], err: Error): Map<string, Finding> {
  const message = line`not reproducible: the rebuild could not run (${err?.message ?? String(err)})`;
  core.error(message);
  return new Map(
    artifacts.map(a => [a.file, { check: 'reproducible', severity: 'error', message }] as const)
  );
}

/** One info line: what the copy holds and what it left out, and what it cost. */
export function describeCopy(c: WorkspaceCopy): string {
  const left = [
    c.skippedDirs.length ? `${c.skippedDirs.length} VCS/node_modules dir(s)` : '',
    c.skippedSpecial.length ? `${c.skippedSpecial.length} FIFO/socket/device file(s)` : ''
  ].filter(Boolean);
  const repos = c.repos.length
    ? `; git stamp from ${c.repos.map(r => r || 'the workspace').join(', ')} (objects shared, not copied)`
    : '';
  return line`reproducible: copied ${c.files} file(s), ${(c.bytes / 1048576).toFixed(1)} MiB in ${c.ms} ms${left.length ? `, left out ${left.join(' and ')}` : ''}${repos}`;
}
