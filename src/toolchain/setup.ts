import * as core from '@actions/core';
import path from 'node:path';
import type { Inputs } from '../inputs/parse.js';
import { InputError } from '../inputs/parse.js';
import { installGo } from './install.js';
import { checkGoVersion, goBinary, type InstalledGo } from './installed.js';
import { validateTargetsWithToolchain } from './ports.js';
import { goHost } from './resolve.js';
import { parseVersionSpec, VersionSpecError, type VersionSpec } from './version.js';
import { line } from '../log/escape.js';
import { versionFromFile, VersionFileError } from './version-file.js';
import { readVersionFileText, VersionFileReadError } from './version-file-read.js';

/** Works out which Go the inputs ask for, without touching the network. */
export async function readVersionSpec(
  inputs: Inputs,
  workspace: string
): Promise<{ spec: VersionSpec; text: string }> {
  try {
    if (inputs.goVersion) {
      if (inputs.goVersionFile)
        core.warning('Both go-version and go-version-file are set; go-version wins.');
      return { spec: parseVersionSpec(inputs.goVersion), text: inputs.goVersion };
    }
    const file = path.resolve(workspace, inputs.goVersionFile ?? '');
    let content: string;
    try {
      content = await readVersionFileText(file);
    } catch (e) {
      if (!(e instanceof VersionFileReadError)) throw e;
      throw new InputError(
        `go-version-file "${inputs.goVersionFile}" cannot be read (${e.message}); accepted: a path to a regular file go.mod, go.work, .go-version or .tool-versions`
      );
    }
    const text = versionFromFile(inputs.goVersionFile ?? file, content);
    core.info(line`go-version-file ${inputs.goVersionFile} asks for Go ${text}`);
    return { spec: parseVersionSpec(text, `go-version-file ${inputs.goVersionFile}:`), text };
  } catch (e) {
    if (e instanceof VersionSpecError || e instanceof VersionFileError)
      throw new InputError(e.message);
    throw e;
  }
}

/** Installs (or finds) the pinned Go, checks it, and puts it on PATH. */
export async function setupToolchain(
  inputs: Inputs,
  requested: { spec: VersionSpec; text: string }
): Promise<InstalledGo> {
  const go = await installGo({
    spec: requested.spec,
    specText: requested.text,
    baseUrl: inputs.downloadBaseUrl,
    officialDownloads: inputs.officialDownloads,
    host: goHost(process.platform, process.arch),
    toolArch: process.arch,
    proxy:
      inputs.goProxy && inputs.goSumdb ? { url: inputs.goProxy, sumdb: inputs.goSumdb } : undefined,
    checkLatest: inputs.checkLatest
  });
  if (!go.checked) await checkGoVersion(go.goroot, go.version);
  // Before anything is exported (PATH included): the pinned Go itself says which targets it has.
  await validateTargetsWithToolchain(
    inputs.targets,
    goBinary(go.goroot),
    go.version,
    inputs.allowBrokenPort,
    `${go.goroot}.ports.json`
  );
  // GOROOT/bin goes on PATH in exportGoldenEnv, after GOPATH/bin, so it comes first.
  return go;
}
