/**
 * The pure comparison of two builds: artifacts matched by name and target;
 * per artifact the size delta, the sections that moved, the linked modules
 * added / removed / upgraded / downgraded / (re-)replaced, a Go version
 * change and changed build settings. Versions are ordered as Go orders
 * them (semver, pseudo-versions as prereleases, +incompatible ignored).
 */
import semver from 'semver';
import type { Module } from '../verify/modinfo.js';
import type { ArtifactFacts } from './facts.js';

export type ModuleChangeKind =
  | 'added'
  | 'removed'
  | 'upgraded'
  | 'downgraded'
  | 'replaced'
  | 're-replaced'
  | 'unreplaced'
  | 'changed';

export interface ModuleChange {
  change: ModuleChangeKind;
  /** The module path (the head's for a major-version move: `example.com/m/v2`). */
  path: string;
  /** The base's path when it differs (a major-version move: `example.com/m`). */
  basePath?: string;
  /** As Go prints it: `v1.2.3`, `v1.2.3 => ../fork`, `v1.2.3 => example.com/fork v1.2.4`; null when absent. */
  base: string | null;
  head: string | null;
  /** Why a `changed` module changed (e.g. the same version with another sum). */
  note?: string;
}

export interface SizeDelta {
  base: number;
  head: number;
  delta: number;
  /** delta / base × 100 (null when the base is empty). */
  percent: number | null;
}

export interface SectionDelta {
  name: string;
  base: number | null;
  head: number | null;
  delta: number;
}

export interface SettingChange {
  key: string;
  base: string | null;
  head: string | null;
}

export interface ArtifactDiff {
  name: string;
  target: string;
  /** `new`: only in the head; `gone`: only in the base. */
  status: 'changed' | 'unchanged' | 'new' | 'gone';
  path: string;
  size: SizeDelta | null;
  /** Sections whose size changed, largest move first. */
  sections: SectionDelta[];
  modules: ModuleChange[];
  goVersion: { base: string | null; head: string | null } | null;
  settings: SettingChange[];
}

export interface Comparison {
  artifacts: ArtifactDiff[];
  /** Over the artifacts in both builds. */
  total: SizeDelta;
}

/** Settings that change with every commit: a difference there says nothing about the PR. */
const VOLATILE_SETTINGS = new Set(['vcs.revision', 'vcs.time']);

const matchKey = (a: ArtifactFacts) => `${a.target}\u0000${a.name}`;

export function compareBuilds(base: ArtifactFacts[], head: ArtifactFacts[]): Comparison {
  const baseBy = new Map(base.map(a => [matchKey(a), a]));
  const headKeys = new Set(head.map(matchKey));
  const artifacts: ArtifactDiff[] = [];
  for (const h of head) {
    const b = baseBy.get(matchKey(h));
    artifacts.push(b ? compareArtifact(b, h) : newArtifact(h));
  }
  for (const b of base) if (!headKeys.has(matchKey(b))) artifacts.push(goneArtifact(b));
  const both = artifacts.filter(a => a.size && a.status !== 'new' && a.status !== 'gone');
  return {
    artifacts,
    total: sizeDelta(
      both.reduce((n, a) => n + (a.size?.base ?? 0), 0),
      both.reduce((n, a) => n + (a.size?.head ?? 0), 0)
    )
  };
}

export function sizeDelta(base: number, head: number): SizeDelta {
  const delta = head - base;
  return {
    base,
    head,
    delta,
    percent: base > 0 ? Math.round((delta / base) * 10000) / 100 : null
  };
}

function compareArtifact(b: ArtifactFacts, h: ArtifactFacts): ArtifactDiff {
  const sections = compareSections(b.sections, h.sections);
  const modules = compareModules(b.go?.deps ?? [], h.go?.deps ?? []);
  const goVersion =
    (b.go?.version ?? null) !== (h.go?.version ?? null)
      ? { base: b.go?.version ?? null, head: h.go?.version ?? null }
      : null;
  const settings = compareSettings(b.go?.settings ?? {}, h.go?.settings ?? {});
  const size = sizeDelta(b.size, h.size);
  const same =
    size.delta === 0 &&
    (b.sha256 === null || h.sha256 === null || b.sha256 === h.sha256) &&
    !sections.length &&
    !modules.length &&
    !goVersion &&
    !settings.length;
  return {
    name: h.name,
    target: h.target,
    status: same ? 'unchanged' : 'changed',
    path: h.path,
    size,
    sections,
    modules,
    goVersion,
    settings
  };
}

function newArtifact(h: ArtifactFacts): ArtifactDiff {
  return {
    name: h.name,
    target: h.target,
    status: 'new',
    path: h.path,
    size: sizeDelta(0, h.size),
    sections: [],
    modules: (h.go?.deps ?? []).map(d => ({
      change: 'added' as const,
      path: d.path,
      base: null,
      head: moduleVersion(d)
    })),
    goVersion: null,
    settings: []
  };
}

function goneArtifact(b: ArtifactFacts): ArtifactDiff {
  return {
    name: b.name,
    target: b.target,
    status: 'gone',
    path: b.path,
    size: sizeDelta(b.size, 0),
    sections: [],
    modules: [],
    goVersion: null,
    settings: []
  };
}

export function compareSections(
  base: Record<string, number>,
  head: Record<string, number>
): SectionDelta[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])];
  return names
    .map(name => {
      const b = Object.hasOwn(base, name) ? base[name] : null;
      const h = Object.hasOwn(head, name) ? head[name] : null;
      return { name, base: b, head: h, delta: (h ?? 0) - (b ?? 0) };
    })
    .filter(s => s.delta !== 0 || (s.base === null) !== (s.head === null))
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name));
}

export function compareSettings(
  base: Record<string, string>,
  head: Record<string, string>
): SettingChange[] {
  const keys = [...new Set([...Object.keys(base), ...Object.keys(head)])].filter(
    k => !VOLATILE_SETTINGS.has(k)
  );
  return keys
    .map(key => ({
      key,
      base: Object.hasOwn(base, key) ? base[key] : null,
      head: Object.hasOwn(head, key) ? head[key] : null
    }))
    .filter(s => s.base !== s.head)
    .sort((x, y) => x.key.localeCompare(y.key));
}

/** A module as `go version -m` shows it: version, then `=> replacement [version]`. */
export function moduleVersion(m: Module): string {
  const v = m.version || '(no version)';
  if (!m.replace) return v;
  const r = m.replace;
  return `${v} => ${r.path}${r.version ? ` ${r.version}` : ''}`;
}

/**
 * Go's ordering of two module versions: -1, 0, 1, or null when either is not
 * a semantic version (`(devel)`, a directory replacement's empty version).
 * `+incompatible` is build metadata, ignored by the order; pseudo-versions
 * are prereleases whose timestamps order them, as in Go.
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 | null {
  const pa = semver.parse(a.replace(/^v/, ''));
  const pb = semver.parse(b.replace(/^v/, ''));
  if (!pa || !pb || !a.startsWith('v') || !b.startsWith('v')) return null;
  return semver.compare(pa, pb);
}

/** `example.com/m/v2` -> `example.com/m`; `gopkg.in/yaml.v3` -> `gopkg.in/yaml`; else itself. */
export function majorFamily(modPath: string): string {
  const slash = /^(.+)\/v(\d+)$/.exec(modPath);
  if (slash && Number(slash[2]) >= 2) return slash[1];
  const gopkg = /^(gopkg\.in\/.+)\.v\d+$/.exec(modPath);
  if (gopkg) return gopkg[1];
  return modPath;
}

/** One dependency of the base against the same path in the head (null: nothing changed). */
function changeOf(b: Module, h: Module): ModuleChange | null {
  const base = moduleVersion(b);
  const head = moduleVersion(h);
  const out = (change: ModuleChangeKind, note?: string): ModuleChange => ({
    change,
    path: h.path,
    ...(b.path !== h.path ? { basePath: b.path } : {}),
    base,
    head,
    ...(note ? { note } : {})
  });
  if (!b.replace && h.replace) return out('replaced');
  if (b.replace && !h.replace) return out('unreplaced');
  if (b.replace && h.replace) {
    if (b.replace.path !== h.replace.path) return out('re-replaced');
    // The same replacement path: what is linked is the replacement's version.
    if (b.replace.version !== h.replace.version)
      return byVersion(b.replace.version, h.replace.version, out);
    if (b.replace.sum !== h.replace.sum) return out('changed', 'same version, another sum');
    // A directory replacement has no version of its own: the required one moved (go.mod's require line).
    if (b.version !== h.version) return byVersion(b.version, h.version, out);
    return null;
  }
  if (b.version !== h.version) return byVersion(b.version, h.version, out);
  if (b.sum !== h.sum && b.sum && h.sum) return out('changed', 'same version, another sum');
  return null;
}

function byVersion(
  a: string,
  b: string,
  out: (c: ModuleChangeKind, note?: string) => ModuleChange
): ModuleChange {
  const order = compareVersions(a, b);
  if (order === null) return out('changed');
  if (order < 0) return out('upgraded');
  if (order > 0) return out('downgraded');
  // Equal by semver but spelled differently: only +incompatible (build metadata) can do that.
  return out('changed', 'same version, other build metadata');
}

export function compareModules(base: Module[], head: Module[]): ModuleChange[] {
  const baseBy = new Map(base.map(m => [m.path, m]));
  const headBy = new Map(head.map(m => [m.path, m]));
  const changes: ModuleChange[] = [];
  for (const h of head) {
    const b = baseBy.get(h.path);
    if (!b) continue;
    const c = changeOf(b, h);
    if (c) changes.push(c);
  }
  const added = head.filter(m => !baseBy.has(m.path));
  const removed = base.filter(m => !headBy.has(m.path));
  // A major-version move (m -> m/v2) is one module changing, not one added and one removed.
  for (const a of added) {
    const family = majorFamily(a.path);
    const i = removed.findIndex(r => r.path !== a.path && majorFamily(r.path) === family);
    if (i >= 0) {
      const [r] = removed.splice(i, 1);
      changes.push(
        changeOf(r, a) ?? {
          change: 'changed',
          path: a.path,
          basePath: r.path,
          base: moduleVersion(r),
          head: moduleVersion(a)
        }
      );
      continue;
    }
    changes.push({ change: 'added', path: a.path, base: null, head: moduleVersion(a) });
  }
  for (const r of removed)
    changes.push({ change: 'removed', path: r.path, base: moduleVersion(r), head: null });
  const order: ModuleChangeKind[] = [
    'added',
    'upgraded',
    'downgraded',
    'replaced',
    're-replaced',
    'unreplaced',
    'changed',
    'removed'
  ];
  return changes.sort(
    (x, y) => order.indexOf(x.change) - order.indexOf(y.change) || x.path.localeCompare(y.path)
  );
}
