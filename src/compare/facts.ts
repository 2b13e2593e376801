/**
 * What a comparison needs of one artifact, and of a baseline: small facts
 * (name, target, size, SHA-256, section sizes, Go version, modules, build
 * settings), never the binary. Built from a verify report (the CLI's base
 * report, or the step's own), stored as a baseline cache entry, read back
 * with every field checked: a baseline is untrusted input.
 */
import type { FileReport } from '../verify/index.js';
import type { Module } from '../verify/modinfo.js';

export interface ArtifactFacts {
  /** The file's base name: artifacts are matched by it and by target. */
  name: string;
  /** Where it was, as the report showed it. */
  path: string;
  /** GOOS/GOARCH the binary says it is (`linux/arm64`), or "" when unknown. */
  target: string;
  size: number;
  sha256: string | null;
  /** Section sizes by name. */
  sections: Record<string, number>;
  go: {
    version: string;
    path: string | null;
    main: Module | null;
    deps: Module[];
    settings: Record<string, string>;
  } | null;
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  /** The ref and commit of the run that saved it (GITHUB_REF, GITHUB_SHA). */
  ref: string;
  sha: string;
  /** The step's target (`linux/arm/v7`). */
  target: string;
  createdAt: string;
  artifacts: ArtifactFacts[];
}

export const BASELINE_SCHEMA = 'setup-go-cross-baseline/1';

/** Base name on either separator: reports from Windows runners use backslashes. */
export function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

export function factsFromReport(r: FileReport, sha256: string | null = null): ArtifactFacts {
  const sections: Record<string, number> = {};
  for (const s of r.sections ?? []) sections[s.name] = (sections[s.name] ?? 0) + s.size;
  return {
    name: baseName(r.path),
    path: r.path,
    target: r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '',
    size: r.size ?? 0,
    sha256,
    sections,
    go: r.go
      ? {
          version: r.go.version,
          path: r.go.path,
          main: r.go.main,
          deps: r.go.deps,
          settings: r.go.settings
        }
      : null
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Why `v` is not a Module (null when it is). */
function moduleProblem(v: unknown, where: string, depth = 0): string | null {
  if (!isObject(v) || !isString(v.path) || !isString(v.version) || !isString(v.sum))
    return `${where} is not {path, version, sum}`;
  if (v.replace !== undefined) {
    if (depth > 0) return `${where}.replace is nested`;
    return moduleProblem(v.replace, `${where}.replace`, 1);
  }
  return null;
}

const stringMap = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.values(v).every(isString);

/** Why `v` is not ArtifactFacts (null when it is). */
export function factsProblem(v: unknown, where: string): string | null {
  if (!isObject(v)) return `${where} is not an object`;
  if (!isString(v.name) || !isString(v.path) || !isString(v.target))
    return `${where} lacks name, path or target`;
  if (!isCount(v.size)) return `${where}.size is not a byte count`;
  if (v.sha256 !== null && !(isString(v.sha256) && /^[0-9a-f]{64}$/.test(v.sha256)))
    return `${where}.sha256 is not a SHA-256`;
  if (!isObject(v.sections) || !Object.values(v.sections).every(isCount))
    return `${where}.sections is not a map of sizes`;
  if (v.go !== null) {
    const g = v.go;
    if (!isObject(g) || !isString(g.version)) return `${where}.go has no version`;
    if (g.path !== null && !isString(g.path)) return `${where}.go.path is not a string`;
    if (g.main !== null) {
      const p = moduleProblem(g.main, `${where}.go.main`);
      if (p) return p;
    }
    if (!Array.isArray(g.deps)) return `${where}.go.deps is not a list`;
    for (const [i, d] of g.deps.entries()) {
      const p = moduleProblem(d, `${where}.go.deps[${i}]`);
      if (p) return p;
    }
    if (!stringMap(g.settings)) return `${where}.go.settings is not a map of strings`;
  }
  return null;
}

/** Parses a stored baseline; throws one line saying what is wrong with it. */
export function parseBaseline(text: string): Baseline {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  if (!isObject(v)) throw new Error('not an object');
  if (v.schema !== BASELINE_SCHEMA)
    throw new Error(`schema is ${JSON.stringify(v.schema)}, not ${BASELINE_SCHEMA}`);
  if (!isString(v.ref) || !isString(v.sha) || !isString(v.target) || !isString(v.createdAt))
    throw new Error('lacks ref, sha, target or createdAt');
  if (!Array.isArray(v.artifacts)) throw new Error('artifacts is not a list');
  for (const [i, a] of v.artifacts.entries()) {
    const p = factsProblem(a, `artifacts[${i}]`);
    if (p) throw new Error(p);
  }
  return v as unknown as Baseline;
}

/**
 * The reports of a verify JSON report ({"files":[...]}), checked just enough
 * to compare (each file: path, size, optional go and sections); throws one
 * line naming what is wrong.
 */
export function factsFromReportJson(text: string): ArtifactFacts[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Error('is not JSON');
  }
  if (!isObject(v) || !Array.isArray(v.files)) throw new Error('is not a report ({"files":[...]})');
  return v.files.map((f: unknown, i: number) => {
    const where = `files[${i}]`;
    if (!isObject(f) || !isString(f.path)) throw new Error(`${where} has no path`);
    if (f.size !== null && !isCount(f.size)) throw new Error(`${where}.size is not a byte count`);
    if (f.goos !== null && f.goos !== undefined && !isString(f.goos))
      throw new Error(`${where}.goos is not a string`);
    if (f.goarch !== null && f.goarch !== undefined && !isString(f.goarch))
      throw new Error(`${where}.goarch is not a string`);
    if (f.sections !== undefined) {
      if (
        !Array.isArray(f.sections) ||
        !f.sections.every(s => isObject(s) && isString(s.name) && isCount(s.size))
      )
        throw new Error(`${where}.sections is not a list of {name, size}`);
    }
    const facts = factsFromReport(f as unknown as FileReport);
    const problem = factsProblem(facts, where);
    if (problem) throw new Error(problem);
    return facts;
  });
}
