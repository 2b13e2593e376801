import * as core from '@actions/core';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { binaryName, outputPath } from '../build/naming.js';
import type { Artifact } from '../build/run.js';
import { UNIVERSAL } from '../targets/universal.js';
import { joinFat } from '../release/universal.js';
import { formatTarget, type Target } from '../targets/parse.js';

/**
 * darwin/universal: builds each thin slice (outside the output directory),
 * then joins each package's slices into `{name}_darwin_universal`.
 */
export async function joinUniversal(
  slices: Target[],
  /** Where the thin slices are built. */
  root: string,
  /** The output template, absolute. */
  output: string,
  build: (t: Target, output: string) => Promise<Artifact[]>
): Promise<Artifact[]> {
  const thinDir = root;
  const perSlice: Artifact[][] = [];
  for (const t of slices)
    perSlice.push(await build(t, path.join(thinDir, '{name}_{goos}_{goarch}')));
  const artifacts: Artifact[] = [];
  for (const a of perSlice[0]) {
    const thin = perSlice.map((list, i) => {
      const match = list.find(x => x.importPath === a.importPath);
      if (!match) throw new Error(`${formatTarget(slices[i])} build has no ${a.importPath}`);
      return match.file;
    });
    const data = await Promise.all(thin.map(f => readFile(f)));
    const fat = joinFat(thin.map((f, i) => ({ name: f, data: data[i] })));
    const file = outputPath(output, binaryName(a.importPath), UNIVERSAL);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, fat);
    await chmod(file, 0o755);
    core.info(
      `joined ${slices.map(formatTarget).join(' + ')} into ${path.basename(file)} (${fat.length} bytes)`
    );
    artifacts.push({ importPath: a.importPath, file });
  }
  return artifacts;
}
