/**
 * Shared test support: the fixture manifests written by jest global setup,
 * and parsers for the reference tools' output (readelf, go version -m, file).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Target } from '../../src/targets/parse.js';
import { parseTarget } from '../../src/targets/parse.js';
import { unquote } from '../../src/verify/modinfo.js';

const run = promisify(execFile);

export interface Fixture {
  id: string;
  path: string;
  go: string;
  goVersion: string;
  goos: string;
  goarch: string;
  variant?: { name: string; value: string };
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

export async function tool(
  cmd: string,
  args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(cmd, args, {
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, LC_ALL: 'C' }
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; code?: number };
    return {
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
      code: typeof e.code === 'number' ? e.code : 1
    };
  }
}

// readelf prints machine names; this is the test's own, independent mapping.
const READELF_MACHINES: Record<string, number> = {
  'Intel 80386': 3,
  'MIPS R3000': 8,
  PowerPC64: 21,
  'IBM S/390': 22,
  ARM: 40,
  'Advanced Micro Devices X86-64': 62,
  AArch64: 183,
  'RISC-V': 243,
  LoongArch: 258
};
const READELF_OSABI: Record<string, number> = {
  'UNIX - System V': 0,
  'UNIX - NetBSD': 2,
  'UNIX - GNU': 3,
  'UNIX - Solaris': 6,
  'UNIX - FreeBSD': 9,
  'UNIX - OpenBSD': 12
};

export interface ReadelfFacts {
  class: number;
  endian: string;
  machine: number | string;
  osabi: number | string;
  type: string;
  flags: number;
  interpreter: string | null;
  needed: string[];
  sections: string[];
  symtab: boolean;
  dwarf: boolean;
}

export function parseReadelf(out: string): ReadelfFacts {
  const field = (name: string) => {
    const m = out.match(new RegExp(`^\\s*${name}:\\s+(.*)$`, 'm'));
    if (!m) throw new Error(`readelf output has no ${name}`);
    return m[1].trim();
  };
  const sections: string[] = [];
  let inSections = false;
  for (const line of out.split('\n')) {
    if (/^Section Headers:/.test(line)) inSections = true;
    else if (/^Key to Flags:/.test(line)) inSections = false;
    const m = inSections ? line.match(/^\s*\[\s*(\d+)\]\s+(\S+)\s+\S+/) : null;
    if (m && m[1] !== '0') sections.push(m[2]);
  }
  const interp = out.match(/\[Requesting program interpreter: (.*)\]/);
  const needed = [...out.matchAll(/\(NEEDED\)\s+Shared library: \[(.*)\]/g)].map(m => m[1]);
  const type = field('Type').split(' ')[0];
  return {
    class: field('Class') === 'ELF64' ? 64 : 32,
    endian: /little endian/.test(field('Data')) ? 'little' : 'big',
    machine: READELF_MACHINES[field('Machine')] ?? field('Machine'),
    osabi: READELF_OSABI[field('OS/ABI')] ?? field('OS/ABI'),
    type: { EXEC: 'exec', DYN: 'dyn', REL: 'rel', CORE: 'core' }[type] ?? type,
    flags: parseInt(field('Flags').split(/[ ,]/)[0], 16),
    interpreter: interp ? interp[1] : null,
    needed,
    sections,
    symtab: sections.includes('.symtab'),
    dwarf: sections.some(s => /^\.z?debug_/.test(s))
  };
}

export interface GoVersionFacts {
  version: string;
  path: string | null;
  main: { path: string; version: string; sum: string } | null;
  deps: {
    path: string;
    version: string;
    sum: string;
    replace?: { path: string; version: string; sum: string };
  }[];
  settings: Record<string, string>;
}

/** Parses `go version -m` output; null when go says it is not a Go executable. */
export function parseGoVersionM(out: string): GoVersionFacts | null {
  const lines = out.split('\n');
  const first = lines[0].match(/^.*?: (go\S*(?: .*)?)$/);
  if (!first) return null;
  const facts: GoVersionFacts = {
    version: first[1],
    path: null,
    main: null,
    deps: [],
    settings: {}
  };
  let last: GoVersionFacts['deps'][number] | null = null;
  for (const line of lines.slice(1)) {
    if (!line.startsWith('\t')) continue;
    const [kind, ...rest] = line.slice(1).split('\t');
    const mod = () => ({ path: rest[0], version: rest[1] ?? '', sum: rest[2] ?? '' });
    if (kind === 'path') facts.path = rest.join('\t');
    else if (kind === 'mod') facts.main = last = mod();
    else if (kind === 'dep') facts.deps.push((last = mod()));
    else if (kind === '=>' && last) last.replace = mod();
    else if (kind === 'build') {
      const kv = rest.join('\t');
      // Keys are plain in our fixtures; values may be quoted by Go.
      const eq = kv.indexOf('=');
      const v = kv.slice(eq + 1);
      facts.settings[kv.slice(0, eq)] =
        v.startsWith('"') || v.startsWith('`') ? (unquote(v) ?? `<bad quote ${v}>`) : v;
    }
  }
  return facts;
}

/** Go's `go version -m` from the newest Debian toolchain (it reads every older format). */
export async function goVersionM(file: string): Promise<GoVersionFacts | null> {
  const { stdout } = await tool('/usr/lib/go-1.23/bin/go', ['version', '-m', file]);
  return parseGoVersionM(stdout);
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
