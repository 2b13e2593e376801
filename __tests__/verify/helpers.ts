/**
 * Shared test support: the fixture manifests written by jest global setup.
 * The reference tools' parsers live in scripts/fixtures/binaries/reference.mjs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../../src/targets/parse.js';
import { parseTarget } from '../../src/targets/parse.js';

export interface Fixture {
  id: string;
  path: string;
  go: string;
  goVersion: string;
  goos: string;
  goarch: string;
  variant?: { name: string; value: string };
  /** GOEXPERIMENT the fixture was built with. */
  experiment?: string;
  src: string;
  ldflags: string;
  trimpath: boolean;
  cgo: boolean;
  buildmode?: string;
  tags?: string;
  module: string;
  revision: string;
  modified: boolean;
}

export interface EsbuildFixture {
  spec: string;
  goos: string;
  goarch: string;
  path: string;
}

const ROOT = process.cwd();

export function fixtures(): Fixture[] {
  const m = JSON.parse(
    readFileSync(path.join(ROOT, '.tmp/fixtures/binaries/manifest.json'), 'utf8')
  );
  return m.binaries;
}

export function esbuildFixtures(): EsbuildFixture[] {
  const m = JSON.parse(
    readFileSync(path.join(ROOT, '.tmp/fixtures/esbuild/manifest.json'), 'utf8')
  );
  return m.binaries;
}

export function fixture(id: string): Fixture {
  const f = fixtures().find(b => b.id === id);
  if (!f) throw new Error(`no fixture ${id} in the manifest`);
  return f;
}

export function targetOf(f: {
  goos: string;
  goarch: string;
  variant?: { name: string; value: string };
}): Target {
  const t = parseTarget(`${f.goos}/${f.goarch}`);
  return f.variant ? { ...t, variant: f.variant as Target['variant'] } : t;
}

/** The golden options a fixture was built with. */
export function optionsOf(f: Fixture) {
  return {
    target: targetOf(f),
    goVersion: f.goVersion,
    cgo: f.cgo,
    stripped:
      /(^|\s)-s(\s|$)/.test(f.ldflags) && (/(^|\s)-w(\s|$)/.test(f.ldflags) || f.go >= '1.22'),
    trimpath: f.trimpath,
    githubSha: f.revision
  };
}

/** mulberry32, seeded, so a failing mutation reproduces. */
export function rngSeeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
