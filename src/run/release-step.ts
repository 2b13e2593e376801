import * as core from '@actions/core';
import * as exec from '@actions/exec';
import path from 'node:path';
import { digestsOutput } from '../release/checksums.js';
import { directRequirements, linkedRequirements, parseModGraph } from '../release/modgraph.js';
import { writeOwnFile } from '../release/overwrite.js';
import { writeChecksums } from '../release/write.js';
import { excerpt, line } from '../log/escape.js';
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
  options: { sbom?: boolean; goBin?: string; checksumsFile?: string } = {}
): Promise<{ written: string[]; checksums: { path: string; text: string }; sboms: string[] }> {
  const sums = await writeChecksums(files, {
    file: options.checksumsFile && path.resolve(workspace, options.checksumsFile),
    shown: f => displayPath(f, workspace)
  });
  core.info(`checksums: ${displayPath(sums.path, workspace)} (${files.length} artifact(s))`);
  core.setOutput('checksums', sums.path);
  core.setOutput(
    'digests',
    digestsOutput(sums.digests, f => displayPath(f, workspace))
  );
  const sboms = options.sbom ? await writeSboms(files, workspace, options.goBin) : [];
  return {
    written: [sums.path, ...sboms],
    checksums: { path: sums.path, text: sums.text },
    sboms
  };
}

async function writeSboms(
  files: string[],
  workspace: string,
  goBin: string | undefined
): Promise<string[]> {
  const { verifyFile, readSliceBuildInfo } = await import('../verify/index.js');
  const { buildSbom, isCycloneDxText, mergeDeps, serializeSbom, SBOM_SUFFIX } =
    await import('../release/sbom.js');
  const written: string[] = [];
  let graph: Promise<ModuleGraph | undefined> | undefined;
  for (const file of files) {
    const shown = displayPath(file, workspace);
    const { go } = await verifyFile(file);
    if (!go) {
      core.notice(line`${shown}: no Go build info, so no SBOM`);
      continue;
    }
    // A universal binary: every slice's build info, merged (they may link different modules).
    const slices = (await readSliceBuildInfo(file))?.flatMap(s =>
      s.go ? [{ goarch: s.goarch, go: s.go }] : []
    );
    const deps = slices ? mergeDeps(slices).map(d => d.module) : go.deps;
    const out = `${file}${SBOM_SUFFIX}`;
    // One `go mod graph` for the step: its artifacts come from one module.
    graph ??= goBin ? moduleGraph(goBin, workspace) : Promise.resolve(undefined);
    const g = await graph;
    const requires =
      g && go.main ? linkedRequirements(g.edges, go.main.path, deps, g.direct) : undefined;
    const json = serializeSbom(buildSbom({ name: path.basename(file), go, slices, requires }));
    await writeOwnFile(out, json, {
      name: 'sbom',
      shown: displayPath(out, workspace),
      ours: isCycloneDxText,
      hint: 'remove it, or build to another output'
    });
    const perSlice = slices ? `, slices ${slices.map(s => s.goarch).join('+')}` : '';
    core.info(
      line`sbom: ${displayPath(out, workspace)} (${deps.length} dependencies${perSlice}${requires ? '' : ', listed flat'})`
    );
    written.push(out);
  }
  return written;
}

interface ModuleGraph {
  edges: Map<string, string[]>;
  direct?: Set<string>;
}

/**
 * The module graph, read offline (GOPROXY=off: every go.mod it needs is in
 * the module cache after the build) from `go mod graph`, and the main
 * go.mod's direct requirements from `go mod edit -json`. Undefined, with an
 * info line, when Go cannot answer (vendored build, no module, GOPATH mode).
 */
async function moduleGraph(goBin: string, workspace: string): Promise<ModuleGraph | undefined> {
  const env = {
    ...(process.env as Record<string, string>),
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod'
  };
  const go = (args: string[]) =>
    exec.getExecOutput(goBin, args, { cwd: workspace, env, silent: true, ignoreReturnCode: true });
  const graph = await go(['mod', 'graph']);
  if (graph.exitCode !== 0) {
    core.info(
      line`sbom: go mod graph failed (${excerpt(graph.stderr.trim(), 200)}); dependencies are listed flat under the main module`
    );
    return undefined;
  }
  const edit = await go(['mod', 'edit', '-json']);
  return {
    edges: parseModGraph(graph.stdout),
    direct: edit.exitCode === 0 ? directRequirements(edit.stdout) : undefined
  };
}
