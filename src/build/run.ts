import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import { InputError } from '../inputs/errors.js';
import {
  binaryName,
  checkOutputTemplate,
  DEFAULT_OUTPUT,
  outputPath,
  OutputTemplateError
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
  inputs: Inputs,
  goBin: string,
  workspace: string,
  /** Per-target variables (GOOS, GOARCH, GOCACHE ...) over the step's environment. */
  targetEnv?: Record<string, string>
): Promise<Artifact[]> {
  const env = targetEnv ? ({ ...process.env, ...targetEnv } as Record<string, string>) : undefined;
  const packages = await mainPackages(goBin, inputs.build, workspace, env);
  const template = inputs.output ?? DEFAULT_OUTPUT;
  try {
    checkOutputTemplate(template, packages.length);
  } catch (e) {
    if (e instanceof OutputTemplateError) throw new InputError(e.message);
    throw e;
  }
  const artifacts: Artifact[] = [];
  for (const importPath of packages) {
    let relative: string;
    try {
      relative = outputPath(template, binaryName(importPath), inputs.target);
    } catch (e) {
      if (e instanceof OutputTemplateError) throw new InputError(e.message);
      throw e;
    }
    const file = path.resolve(workspace, relative);
    await mkdir(path.dirname(file), { recursive: true });
    const args = ['build', '-o', file];
    if (inputs.trimpath) args.push('-trimpath');
    if (inputs.forceRebuild) args.push('-a');
    args.push(`-ldflags=${inputs.ldflags}`, importPath);
    core.startGroup(`go ${args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    const code = await exec.exec(goBin, args, { cwd: workspace, env, ignoreReturnCode: true });
    core.endGroup();
    if (code !== 0)
      throw new Error(
        `go build of ${importPath} failed (exit code ${code}); see the compiler errors above`
      );
    core.info(`built ${path.relative(workspace, file)}`);
    artifacts.push({ importPath, file });
  }
  return artifacts;
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
      `build ${JSON.stringify(patterns.join(' '))}: go list failed: ${out.stderr.trim().split('\n')[0]}`
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
  if (others.length) core.info(`build: skipping non-main packages ${others.join(', ')}`);
  return mains;
}
