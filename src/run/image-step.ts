/**
 * The step's image, after verification: each built linux artifact is
 * verified once more as it is read (the report the image stage needs), its
 * SHA-256 must be the one in checksums.txt, then the image stage pushes and
 * proves. Sets the image-digest and image outputs, annotates the proof's
 * findings as the binary checks are, adds the summary's "Image" section.
 */
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Artifact } from '../build/run.js';
import { imageInputs, type Inputs } from '../inputs/parse.js';
import { line, untrusted } from '../log/escape.js';
import { annotate, displayPath } from '../report/publish.js';
import type { Target } from '../targets/parse.js';
import type { VerifyOptions } from '../verify/index.js';

/** A built artifact and the target it was built for. */
export interface TargetArtifact extends Artifact {
  target: Target;
}

/** Returns why the step fails, or undefined; does nothing without image/image-layout. */
export async function imageStep(
  inputs: Inputs,
  verify: VerifyOptions,
  artifacts: TargetArtifact[],
  checksums: { path: string; text: string } | undefined,
  workspace: string
): Promise<string | undefined> {
  const image = imageInputs(inputs);
  if (!image) return undefined;
  const { publishImage, ImageError } = await import('../image/publish.js');
  const { verifyFileResult } = await import('../verify/index.js');
  const sums = new Map(
    (checksums?.text ?? '')
      .split('\n')
      .filter(Boolean)
      .map(l => [l.slice(66), l.slice(0, 64)] as const)
  );
  try {
    const list = [];
    for (const a of artifacts) {
      const hex = createHash('sha256')
        .update(await readFile(a.file))
        .digest('hex');
      const name = checksums
        ? path.relative(path.dirname(checksums.path), a.file).split(path.sep).join('/')
        : '';
      if (checksums && sums.get(name) !== hex)
        return `image: ${displayPath(a.file, workspace)} changed after checksums.txt was written (SHA-256 ${hex}); no image`;
      const { report } = await verifyFileResult(a.file, { ...verify, target: a.target });
      list.push({
        target: a.target,
        file: a.file,
        sha256: hex,
        report: { ...report, path: displayPath(a.file, workspace) },
        importPath: a.importPath
      });
    }
    core.startGroup('image');
    let result;
    try {
      result = await publishImage(
        {
          image,
          verify,
          env: process.env,
          workspace,
          log: text => core.info(line`${text}`)
        },
        list
      );
    } finally {
      core.endGroup();
    }
    core.setOutput('image-digest', result.digest);
    if (result.image) core.setOutput('image', result.image);
    annotate(result.reports, workspace);
    try {
      await core.summary.addRaw(result.markdown, true).write();
    } catch (e) {
      core.debug(`image summary: not written (${(e as Error).message})`);
    }
    return result.failed;
  } catch (e) {
    // A fault (ImageError, RegistryError) is one line; registry text in it is untrusted.
    if (e instanceof ImageError || e instanceof Error) return untrusted(e.message.split('\n')[0]);
    throw e;
  }
}
