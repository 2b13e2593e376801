/**
 * Who requires whom among the modules linked into a binary, from
 * `go mod graph` (edges "<from> <to>", nodes `path@version`, the main
 * module bare) and the main go.mod's `// indirect` marks (`go mod edit
 * -json`). Build info lists what was linked but not this graph. Pure.
 */
import type { Module } from '../verify/modinfo.js';

/** Edges of `go mod graph`, from node to the nodes it requires; odd lines are skipped. */
export function parseModGraph(text: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 2 || !parts[0] || !parts[1]) continue;
    const [from, to] = parts;
    const edges = graph.get(from);
    if (edges) edges.push(to);
    else graph.set(from, [to]);
  }
  return graph;
}

/** The paths the main go.mod requires directly (no `// indirect`), from `go mod edit -json`. */
export function directRequirements(goModJson: string): Set<string> | undefined {
  try {
    const parsed = JSON.parse(goModJson) as {
      Require?: { Path?: unknown; Indirect?: unknown }[] | null;
    };
    const direct = new Set<string>();
    for (const r of parsed.Require ?? [])
      if (typeof r.Path === 'string' && r.Indirect !== true) direct.add(r.Path);
    return direct;
  } catch {
    return undefined;
  }
}

function modulePath(node: string): string {
  const at = node.lastIndexOf('@');
  return at > 0 ? node.slice(0, at) : node;
}

/**
 * For the main module and each linked dependency (keyed by module path),
 * the linked modules it requires. The main module keeps only its direct
 * requirements when `direct` is known (a tidy go.mod also lists every
 * indirect one). A linked module no edge reaches from the main module is
 * required by the main module here, so none is left out of the tree.
 */
export function linkedRequirements(
  graph: Map<string, string[]>,
  mainPath: string,
  deps: Module[],
  direct?: Set<string>
): Map<string, string[]> {
  const linked = new Set(deps.map(d => d.path));
  const requires = new Map<string, string[]>();
  const edgesOf = (node: string, self: string, keep: (p: string) => boolean) =>
    [...new Set((graph.get(node) ?? []).map(modulePath))].filter(
      p => p !== self && linked.has(p) && keep(p)
    );
  requires.set(
    mainPath,
    edgesOf(mainPath, mainPath, p => !direct || direct.has(p))
  );
  // A go.work module is a bare node in the graph (build info says `(devel)`).
  const nodeOf = (d: Module) =>
    graph.has(`${d.path}@${d.version}`) ? `${d.path}@${d.version}` : d.path;
  for (const d of deps)
    requires.set(
      d.path,
      edgesOf(nodeOf(d), d.path, () => true)
    );

  const reached = new Set<string>();
  const reach = (p: string) => {
    if (reached.has(p)) return;
    reached.add(p);
    for (const q of requires.get(p) ?? []) reach(q);
  };
  reach(mainPath);
  for (const d of deps)
    if (!reached.has(d.path)) {
      requires.get(mainPath)!.push(d.path);
      reach(d.path);
    }
  for (const list of requires.values()) list.sort();
  return requires;
}
