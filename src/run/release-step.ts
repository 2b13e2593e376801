import * as core from '@actions/core';
import { digestsOutput } from '../release/checksums.js';
import { writeChecksums } from '../release/write.js';
import { displayPath } from '../report/publish.js';

/**
 * The release files of the step's artifacts: checksums.txt (outputs
 * `checksums` and `digests`). Returns the paths written, which are not
 * artifacts and must not be verified as such.
 */
export async function writeReleaseFiles(
  files: string[],
  workspace: string
): Promise<{ written: string[]; checksums: string }> {
  const sums = await writeChecksums(files);
  core.info(`checksums: ${displayPath(sums.path, workspace)} (${files.length} artifact(s))`);
  core.setOutput('checksums', sums.path);
  core.setOutput(
    'digests',
    digestsOutput(sums.digests, f => displayPath(f, workspace))
  );
  return { written: [sums.path], checksums: sums.path };
}
