/**
 * A CycloneDX 1.6 SBOM for one Go binary, from its own build info (what was
 * linked, not what go.mod asks for): the main module, every dependency with
 * its version, replacement and h1: sum, the Go standard library of the
 * toolchain, and GOOS/GOARCH and the build settings as properties. Built and
 * serialized with @cyclonedx/cyclonedx-library. Pure; reproducible output
 * (no timestamp, no random serial number or bom-refs).
 */
// Submodules, not the package index: the index loads the validator's schema
// resources through __dirname, which the ESM bundle does not have.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { PackageURL } from 'packageurl-js';
import type { Module } from '../verify/modinfo.js';
import type { GoReport } from '../verify/report.js';

/** `pkg:golang/<path>@<version>` (no version for the main module's `(devel)`). */
export function goPurl(modPath: string, version?: string): string {
  const slash = modPath.lastIndexOf('/');
  const namespace = slash > 0 ? modPath.slice(0, slash) : undefined;
  const name = slash > 0 ? modPath.slice(slash + 1) : modPath;
  const v = version && version !== '(devel)' ? version : undefined;
  return new PackageURL('golang', namespace, name, v, undefined, undefined).toString();
}

/**
 * h1: is base64 SHA-256 of the module's file list hash (go.sum's dirhash);
 * it is kept verbatim as a property and as the SHA-256 it encodes.
 */
export function h1Hex(sum: string): string | undefined {
  const m = /^h1:([A-Za-z0-9+/]{43}=)$/.exec(sum);
  return m ? Buffer.from(m[1], 'base64').toString('hex') : undefined;
}

export interface SbomSubject {
  /** The artifact's file name (metadata). */
  name: string;
  go: GoReport;
  /**
   * A universal binary: every slice's build info, named by GOARCH. The SBOM
   * then lists what any slice links (a dependency some slices lack says
   * which have it), and build settings that differ between slices per slice.
   */
  slices?: { goarch: string; go: GoReport }[];
  /**
   * Which linked modules each module (by path, the main module's included)
   * requires (modgraph.ts). Without it every dependency hangs off the main
   * module: build info alone does not say who requires whom.
   */
  requires?: Map<string, string[]>;
}

function prop(name: string, value: string): Models.Property {
  return new Models.Property(name, value);
}

function moduleComponent(m: Module, type: Enums.ComponentType): Models.Component {
  const purl = goPurl(m.path, m.version);
  const c = new Models.Component(type, m.path, {
    version: m.version || undefined,
    bomRef: purl,
    purl
  });
  const sum = m.replace?.sum || m.sum;
  if (sum) {
    c.properties.add(prop('go:module:sum', sum));
    const hex = h1Hex(sum);
    if (hex) c.hashes.set(Enums.HashAlgorithm['SHA-256'], hex);
  }
  if (m.replace) {
    c.properties.add(prop('go:module:replace:path', m.replace.path));
    if (m.replace.version) c.properties.add(prop('go:module:replace:version', m.replace.version));
  }
  return c;
}

/**
 * Build settings as properties: `go:build:<key>` for a value every slice
 * shares, `go:slice:<goarch>:build:<key>` for one that differs (GOARCH,
 * GOAMD64/GOARM64 ...). One binary is one slice. Pure.
 */
export function settingsProperties(slices: { goarch: string; go: GoReport }[]): [string, string][] {
  const out: [string, string][] = [];
  const keys = [...new Set(slices.flatMap(s => Object.keys(s.go.settings)))];
  for (const key of keys) {
    const values = slices.map(s => s.go.settings[key]);
    if (values.every(v => v !== undefined && v === values[0]))
      out.push([`go:build:${key}`, values[0]]);
    else
      slices.forEach((s, i) => {
        if (values[i] !== undefined) out.push([`go:slice:${s.goarch}:build:${key}`, values[i]]);
      });
  }
  return out;
}

/**
 * The dependencies of every slice, each once (by path and version), with
 * the slices that link it. Pure.
 */
export function mergeDeps(
  slices: { goarch: string; go: GoReport }[]
): { module: Module; goarches: string[] }[] {
  const merged = new Map<string, { module: Module; goarches: string[] }>();
  for (const s of slices)
    for (const dep of s.go.deps) {
      const id = `${dep.path}@${dep.version}`;
      const m = merged.get(id) ?? { module: dep, goarches: [] };
      m.goarches.push(s.goarch);
      merged.set(id, m);
    }
  return [...merged.values()];
}

export function buildSbom(subject: SbomSubject): Models.Bom {
  const { go } = subject;
  const slices = subject.slices?.length ? subject.slices : [{ goarch: '', go }];
  const universal = slices.length > 1;
  const bom = new Models.Bom();
  const main = moduleComponent(
    go.main ?? { path: go.path ?? subject.name, version: '(devel)', sum: '' },
    Enums.ComponentType.Application
  );
  if (go.path) main.properties.add(prop('go:package', go.path));
  for (const [key, value] of settingsProperties(slices)) main.properties.add(prop(key, value));
  bom.metadata.component = main;
  bom.metadata.properties.add(prop('go:artifact', subject.name));
  if (universal)
    bom.metadata.properties.add(prop('go:slices', slices.map(s => s.goarch).join(',')));

  for (const version of new Set(slices.map(s => s.go.version))) {
    const std = new Models.Component(Enums.ComponentType.Library, 'std', {
      version,
      bomRef: goPurl('std', version),
      purl: goPurl('std', version),
      description: `The Go standard library and toolchain ${version}`
    });
    std.properties.add(prop('go:toolchain', version));
    bom.components.add(std);
    main.dependencies.add(std.bomRef);
  }
  const refs = new Map<string, Models.BomRef>();
  const deps = new Set<Models.Component>();
  for (const { module, goarches } of mergeDeps(slices)) {
    const c = moduleComponent(module, Enums.ComponentType.Library);
    if (universal && goarches.length < slices.length)
      c.properties.add(prop('go:slices', goarches.join(',')));
    bom.components.add(c);
    deps.add(c);
    if (!refs.has(module.path)) refs.set(module.path, c.bomRef);
  }
  const dependsOn = (component: Models.Component, paths: Iterable<string>) => {
    for (const p of paths) {
      const ref = refs.get(p);
      if (ref) component.dependencies.add(ref);
    }
  };
  const requires = go.main ? subject.requires : undefined;
  if (!requires || !go.main) dependsOn(main, refs.keys());
  else {
    dependsOn(main, requires.get(go.main.path) ?? []);
    for (const c of deps) dependsOn(c, requires.get(c.name) ?? []);
  }
  return bom;
}

/** Whether text is a CycloneDX JSON document (an SBOM an earlier run wrote may be replaced). Pure. */
export function isCycloneDxText(text: string): boolean {
  try {
    return (JSON.parse(text) as { bomFormat?: unknown }).bomFormat === 'CycloneDX';
  } catch {
    return false;
  }
}

/** The SBOM as CycloneDX 1.6 JSON, lists sorted so equal inputs give equal bytes. */
export function serializeSbom(bom: Models.Bom): string {
  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
  );
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}

export const SBOM_SUFFIX = '.cdx.json';
