import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestsOutput } from '../release/checksums.js';
import { writeChecksums } from '../release/write.js';
import { displayPath } from '../report/publish.js';

/**
 * The release files of the step's artifacts: checksums.txt (outputs
 * `checksums` and `digests`) and, with `sbom`, `<artifact>.cdx.json`.
 * Returns the paths written, which are not artifacts and must not be
 * verified as such.
 */
export async function writeReleaseFiles(
  files: string[],
  workspace: string,
  options: { sbom?: boolean } = {}
): Promise<{ written: string[]; checksums: string; sboms: string[] }> {
  const sums = await writeChecksums(files);
  core.info(`checksums: ${displayPath(sums.path, workspace)} (${files.length} artifact(s))`);
  core.setOutput('checksums', sums.path);
  core.setOutput(
    'digests',
    digestsOutput(sums.digests, f => displayPath(f, workspace))
  );
  const sboms = options.sbom ? await writeSboms(files, workspace) : [];
  return { written: [sums.path, ...sboms], checksums: sums.path, sboms };
}

async function writeSboms(files: string[], workspace: string): Promise<string[]> {
  const { verifyFile } = await import('../verify/index.js');
  const { buildSbom, serializeSbom, SBOM_SUFFIX } = await import('../release/sbom.js');
  const written: string[] = [];
  for (const file of files) {
    const shown = displayPath(file, workspace);
    const { go } = await verifyFile(file);
    if (!go) {
      core.notice(`${shown}: no Go build info, so no SBOM`);
      continue;
    }
    const out = `${file}${SBOM_SUFFIX}`;
    const json = serializeSbom(buildSbom({ name: path.basename(file), go }));
    await writeFile(out, json);
    core.info(`sbom: ${displayPath(out, workspace)} (${go.deps.length} dependencies)`);
    written.push(out);
  }
  return written;
}
