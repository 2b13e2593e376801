/**
 * Imports point down the story, never up: a file in src/<folder>/ may import
 * its own folder and folders earlier in
 *   log (escaping for the runner's protocol, used by every stage) ->
 *   targets, inputs -> toolchain -> env -> cache -> build -> test -> smoke | verify -> compare -> release -> image -> report -> run
 * (smoke and verify are peers and do not import each other; the CLI is an
 * entry beside run that may import only what the verifier needs). Each stage
 * owns its types, so a later stage reaching back is fine and an earlier one
 * reaching forward is a seam in the wrong place.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Story order; same rank = peers that must not import each other. */
const RANK: Record<string, number> = {
  log: -1,
  targets: 0,
  inputs: 1,
  toolchain: 2,
  env: 3,
  cache: 4,
  build: 5,
  github: 1.5, // the REST client (deadlines, caps, rate limits) that cache pruning and the PR comment share
  test: 5.5, // go test -json per target: after build, before smoke and verification
  smoke: 6,
  verify: 6,
  release: 6.5, // checksums, universal binaries, SBOMs, reproducibility: built on the verifier's parsers
  compare: 6.6, // a build against its baseline: verify reports in, a diff and a baseline cache entry out
  image: 6.7, // OCI images of the verified binaries: pushed, read back and proven with the verifier
  report: 7,
  run: 8,
  cli: 8,
  '.': 9 // src/main.ts, src/post.ts: the entries
};

/** What the CLI bundle may reach: the verifier, targets, report, the dependency-free version syntax. */
const CLI_MAY_IMPORT = [
  'log/',
  'targets/',
  'verify/',
  'report/',
  'toolchain/go-version.ts',
  // --compare: the pure diff, never the baseline store (no cache client in the CLI)
  'compare/budget.ts',
  'compare/diff.ts',
  'compare/facts.ts',
  'compare/render.ts'
];

/**
 * Known violations still in the tree, each "from -> to" (paths under src/).
 * Empty today. Not caught by folder order, and left for the owners of the files:
 * cache/plan.ts and cache/save.ts take types and helpers from cache/restore.ts
 * (one folder, so allowed here), toolchain/setup.ts's readVersionSpec takes
 * `Inputs` (down the story, allowed).
 */
const ALLOWED: string[] = [];

export interface Edge {
  from: string;
  to: string;
}

/** Relative imports of one source file (static, type-only, re-exports and dynamic). */
export function importsOf(file: string, text: string): Edge[] {
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)
  ].map(m => m[1]);
  return specs.map(spec => ({
    from: file,
    to: path.posix
      .normalize(path.posix.join(path.posix.dirname(file), spec))
      .replace(/\.js$/, '.ts')
  }));
}

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0] : '.');

/** Why an edge points the wrong way, or null. */
export function violation({ from, to }: Edge): string | null {
  const a = folderOf(from);
  const b = folderOf(to);
  if (a === b) return null;
  if (!(a in RANK) || !(b in RANK))
    return `${from} -> ${to}: folder not in the story (add it to RANK)`;
  if (a === 'cli' && !CLI_MAY_IMPORT.some(p => to.startsWith(p)))
    return `${from} -> ${to}: the CLI may import only ${CLI_MAY_IMPORT.join(', ')}`;
  if (RANK[b] > RANK[a]) return `${from} -> ${to}: ${a} comes before ${b} in the story`;
  if (RANK[b] === RANK[a]) return `${from} -> ${to}: ${a} and ${b} are peers`;
  return null;
}

function sources(dir = SRC, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory()
      ? sources(path.join(dir, e.name), `${prefix}${e.name}/`)
      : e.name.endsWith('.ts')
        ? [`${prefix}${e.name}`]
        : []
  );
}

describe('imports point down the story', () => {
  const edges = sources().flatMap(f => importsOf(f, readFileSync(path.join(SRC, f), 'utf8')));

  it('reads the imports of every source file (not vacuous)', () => {
    expect(edges.length).toBeGreaterThan(80);
    expect(edges).toContainEqual({ from: 'run/main.ts', to: 'inputs/parse.ts' });
    expect(edges).toContainEqual({ from: 'report/rows.ts', to: 'inputs/parse.ts' }); // import type
  });

  it('no import points up (except the commented allow-list)', () => {
    const bad = edges
      .map(e => violation(e))
      .filter((v): v is string => v !== null)
      .filter(v => !ALLOWED.includes(v.split(':')[0]));
    expect(bad).toEqual([]);
  });

  it('every allow-listed violation still exists (the list only shrinks)', () => {
    const present = new Set(edges.filter(e => violation(e)).map(e => `${e.from} -> ${e.to}`));
    for (const entry of ALLOWED) expect(present).toContain(entry);
  });

  it('catches the kinds of edge it is for', () => {
    const check = (file: string, text: string) => importsOf(file, text).map(e => violation(e));
    expect(check('inputs/parse.ts', "import { outputPath } from '../build/naming.js';")).toEqual([
      'inputs/parse.ts -> build/naming.ts: inputs comes before build in the story'
    ]);
    expect(check('verify/x.ts', "import type { A } from '../smoke/run.js';")).toEqual([
      'verify/x.ts -> smoke/run.ts: verify and smoke are peers'
    ]);
    expect(check('cli/main.ts', "export { x } from '../env/export.js';")).toEqual([
      'cli/main.ts -> env/export.ts: the CLI may import only log/, targets/, verify/, report/, toolchain/go-version.ts, compare/budget.ts, compare/diff.ts, compare/facts.ts, compare/render.ts'
    ]);
    expect(check('toolchain/a.ts', "const m = await import('../run/main.js');")).toEqual([
      'toolchain/a.ts -> run/main.ts: toolchain comes before run in the story'
    ]);
    expect(check('report/rows.ts', "import type { FailOn } from '../inputs/parse.js';")).toEqual([
      null
    ]);
  });
});
