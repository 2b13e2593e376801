import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import { InputError } from '../inputs/errors.js';
import { line } from '../log/escape.js';
import { OutputTemplateError } from '../inputs/output-template.js';
import {
  buildUnits,
  checkOutputTemplate,
  DEFAULT_OUTPUT,
  outputPath,
  outputClashes
} from './naming.js';

export interface Artifact {
  importPath: string;
  /** Absolute path of the built file. */
  file: string;
}

/**
 * Builds each main package named by `build` with the exported environment.
 * -ldflags goes on the command line as one argument, so `-s -w` and any -X
 * hold on every Go version (old Go cannot take them through GOFLAGS).
 */
export async function buildPackages(
  inputs: Pick<Inputs, 'build' | 'output' | 'target' | 'trimpath' | 'forceRebuild' | 'ldflags'>,
  goBin: string,
  workspace: string,
  where: {
    /** Per-target variables (GOOS, GOARCH, GOCACHE ...) over the step's environment. */
    env?: Record<string, string>;
    /**
     * Where the output paths are rooted (default: the workspace). The pipeline
     * builds outside the work tree and moves the files in after the last build.
     */
    outRoot?: string;
  } = {}
): Promise<Artifact[]> {
  const env = where.env ? ({ ...process.env, ...where.env } as Record<string, string>) : undefined;
  const outRoot = where.outRoot ?? workspace;
  const units = buildUnits(inputs.build, await mainPackages(goBin, inputs.build, workspace, env));
  const template = inputs.output ?? DEFAULT_OUTPUT;
  let planned: Array<{ unit: (typeof units)[number]; importPath: string; output: string }>;
  try {
    checkOutputTemplate(template, units.length);
    planned = units.map(unit => ({
      unit,
      importPath: unit.importPath,
      output: outputPath(template, unit.name, inputs.target)
    }));
  } catch (e) {
    if (e instanceof OutputTemplateError) throw new InputError(e.message);
    throw e;
  }
  const clashes = outputClashes(planned);
  if (clashes.length) {
    const [output, paths] = clashes[0];
    throw new InputError(
      `build ${JSON.stringify(inputs.build.join(' '))} names main packages ${paths.join(' and ')} that would all be written to ${output} (output "${template}"); accepted: build patterns whose main packages have distinct names, or one package per step`
    );
  }
  const artifacts: Artifact[] = [];
  for (const { unit, output } of planned) {
    const importPath = unit.importPath;
    // Checked where the file lands in the workspace, before anything is built.
    await refuseDirectory(path.resolve(workspace, output), template, output);
    const file = path.resolve(outRoot, output);
    await mkdir(path.dirname(file), { recursive: true });
    const args = ['build', '-o', file];
    if (inputs.trimpath) args.push('-trimpath');
    if (inputs.forceRebuild) args.push('-a');
    args.push(`-ldflags=${inputs.ldflags}`, ...unit.args);
    core.startGroup(line`go ${args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    const code = await exec.exec(goBin, args, { cwd: workspace, env, ignoreReturnCode: true });
    core.endGroup();
    if (code !== 0)
      throw new Error(
        `go build of ${importPath} failed (exit code ${code}); see the compiler errors above`
      );
    core.info(line`built ${output}`);
    artifacts.push({ importPath, file });
  }
  return artifacts;
}

/** An output that names an existing directory is refused before go writes into it. */
async function refuseDirectory(file: string, template: string, shown: string): Promise<void> {
  if ((await stat(file).catch(() => undefined))?.isDirectory())
    throw new InputError(
      `output "${template}" names ${shown}, an existing directory; accepted: a file path, e.g. ${DEFAULT_OUTPUT}`
    );
}

/** Expands the patterns with `go list` and keeps the main packages. */
async function mainPackages(
  goBin: string,
  patterns: string[],
  workspace: string,
  env?: Record<string, string>
): Promise<string[]> {
  const out = await exec.getExecOutput(
    goBin,
    ['list', '-f', '{{.ImportPath}}\t{{.Name}}', '--', ...patterns],
    {
      cwd: workspace,
      env,
      silent: true,
      ignoreReturnCode: true
    }
  );
  if (out.exitCode !== 0) {
    throw new InputError(
      line`build "${patterns.join(' ')}": go list failed: ${out.stderr.trim().split('\n')[0]}`
    );
  }
  const listed = out.stdout
    .split('\n')
    .filter(Boolean)
    .map(line => line.split('\t') as [string, string]);
  const mains = listed.filter(([, name]) => name === 'main').map(([importPath]) => importPath);
  const others = listed.filter(([, name]) => name !== 'main').map(([importPath]) => importPath);
  if (!mains.length) {
    throw new InputError(
      `build ${JSON.stringify(patterns.join(' '))} names no main package (found ${others.join(', ') || 'nothing'}); accepted: packages with package main, e.g. ./cmd/app`
    );
  }
  if (others.length) core.info(line`build: skipping non-main packages ${others.join(', ')}`);
  return mains;
}
