/**
 * A comparison for people: the job summary's "Compared with base" section
 * (HTML, every untrusted value escaped by log/escape.ts) and the CLI's text.
 */
import { guardLine, html, htmlLine, untrusted } from '../log/escape.js';
import { formatBytes, formatPercent } from './budget.js';
import type { ArtifactDiff, Comparison, ModuleChange, SizeDelta } from './diff.js';

/** What a target's comparison was made against, for its heading. */
export interface BaseLabel {
  ref: string;
  sha: string;
  /** How it was found: the base commit's own entry, or the newest readable one. */
  how: 'exact' | 'newest';
}

export interface TargetComparison {
  /** The step's target, `linux/arm/v7`. */
  target: string;
  base: BaseLabel;
  comparison: Comparison;
  /** Over-budget lines of this target, each a finding already raised. */
  overBudget: string[];
  /** Their severity: error with size-budget-fail, else warning. */
  budgetSeverity?: 'error' | 'warning';
}

const ICON: Record<ModuleChange['change'], string> = {
  added: '➕',
  removed: '➖',
  upgraded: '⬆️',
  downgraded: '⬇️',
  replaced: '🔀',
  're-replaced': '🔀',
  unreplaced: '↩️',
  changed: '✳️'
};

const shortSha = (sha: string) => sha.slice(0, 7);

function sizeCells(s: SizeDelta | null): string[] {
  if (!s) return ['–', '–', '–'];
  return [
    s.base ? formatBytes(s.base) : '–',
    s.head ? formatBytes(s.head) : '–',
    `${formatBytes(s.delta, true)}${s.percent === null ? '' : ` (${formatPercent(s.percent)})`}`
  ];
}

function status(a: ArtifactDiff): string {
  return a.status === 'new'
    ? 'new'
    : a.status === 'gone'
      ? 'gone'
      : a.status === 'unchanged'
        ? 'same'
        : 'changed';
}

const table = (head: string[], rows: string[][]) =>
  `<table><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>${rows
    .map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>\n`;

export function moduleLine(m: ModuleChange): string {
  const from = m.basePath ? `${m.basePath} ${m.base}` : m.base;
  switch (m.change) {
    case 'added':
      return `${m.path} ${m.head}`;
    case 'removed':
      return `${m.path} ${m.base}`;
    default:
      return `${m.path}: ${from} → ${m.head}${m.note ? ` (${m.note})` : ''}`;
  }
}

/** The "Compared with base" section for the job summary (HTML). */
export function comparisonHtml(targets: TargetComparison[]): string {
  return `<h3>Compared with base</h3>\n${targetsHtml(targets)}`;
}

/** One table per target, then its findings and module changes (HTML). */
export function targetsHtml(targets: TargetComparison[]): string {
  let out = '';
  for (const t of targets) {
    out += htmlLine`<h4>${t.target}</h4>\n<p>Baseline: <code>${t.base.ref}</code> @ <code>${shortSha(t.base.sha)}</code>`;
    out +=
      t.base.how === 'exact'
        ? ' (the base commit)</p>\n'
        : ' (newest baseline of the base branch; none for the base commit)</p>\n';
    const rows = t.comparison.artifacts.map(a => [
      htmlLine`<code>${a.name}</code>`,
      html(status(a)),
      ...sizeCells(a.size).map(html),
      html(
        a.sections
          .slice(0, 4)
          .map(s => `${s.name} ${formatBytes(s.delta, true)}`)
          .join(', ') || '–'
      )
    ]);
    out += table(['artifact', '', 'base', 'this build', 'Δ size', 'sections moved'], rows);
    const items: string[] = [];
    for (const a of t.comparison.artifacts) {
      const tag = t.comparison.artifacts.length > 1 ? htmlLine`<code>${a.name}</code>: ` : '';
      if (a.goVersion)
        items.push(`${tag}Go ${htmlLine`${a.goVersion.base ?? '–'} → ${a.goVersion.head ?? '–'}`}`);
      for (const s of a.settings)
        items.push(
          `${tag}build setting ${htmlLine`<code>${s.key}</code>: ${s.base ?? '(unset)'} → ${s.head ?? '(unset)'}`}`
        );
    }
    for (const line of t.overBudget)
      items.push(`${t.budgetSeverity === 'error' ? '❌' : '⚠️'} ${html(line)}`);
    if (items.length) out += `<ul>${items.map(i => `<li>${i}</li>`).join('')}</ul>\n`;
    const modules = moduleChangesOf(t.comparison);
    if (modules.length) {
      out += '<p><b>Linked modules</b></p>\n<ul>';
      for (const m of modules)
        out += `<li>${ICON[m.change]} ${html(m.change)} ${htmlLine`<code>${moduleLine(m)}</code>`}</li>`;
      out += '</ul>\n';
    }
  }
  return out;
}

/** The size change and number of module changes per target: the short form when the long one is too big. */
export function targetsCompactHtml(targets: TargetComparison[]): string {
  const rows = targets.map(t => {
    const total = t.comparison.total;
    return [
      htmlLine`<code>${t.target}</code>`,
      html(
        `${formatBytes(total.delta, true)}${total.percent === null ? '' : ` (${formatPercent(total.percent)})`}`
      ),
      html(String(moduleChangesOf(t.comparison).length)),
      html(t.overBudget.length ? `${t.overBudget.length} over size-budget` : '–')
    ];
  });
  return table(['target', 'Δ size', 'module changes', 'budget'], rows);
}

/** The module changes of a target's artifacts, once each (every artifact links the same set, usually). */
export function moduleChangesOf(c: Comparison): ModuleChange[] {
  const seen = new Set<string>();
  const out: ModuleChange[] = [];
  for (const a of c.artifacts) {
    if (a.status === 'new') continue;
    for (const m of a.modules) {
      const key = `${m.change}\u0000${m.path}\u0000${m.base}\u0000${m.head}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

/** The CLI's text: one line per artifact, then what changed in it. */
export function comparisonText(c: Comparison, baseName: string): string {
  const out = [`Compared with ${baseName}:`];
  for (const a of c.artifacts) {
    const [b, h, d] = sizeCells(a.size);
    out.push(`  ${status(a).padEnd(7)} ${a.name} (${a.target || '?'})  ${b} -> ${h}  ${d}`);
    for (const s of a.sections.slice(0, 6))
      out.push(
        `    section ${s.name}: ${s.base ?? '-'} -> ${s.head ?? '-'} (${formatBytes(s.delta, true)})`
      );
    if (a.goVersion) out.push(`    go: ${a.goVersion.base ?? '-'} -> ${a.goVersion.head ?? '-'}`);
    for (const s of a.settings)
      out.push(`    setting ${s.key}: ${s.base ?? '(unset)'} -> ${s.head ?? '(unset)'}`);
    if (a.status !== 'new') for (const m of a.modules) out.push(`    ${m.change} ${moduleLine(m)}`);
  }
  const t = c.total;
  out.push(
    `  total (artifacts in both): ${formatBytes(t.delta, true)}${t.percent === null ? '' : ` (${formatPercent(t.percent)})`}`
  );
  // Module paths, names and settings come from the binaries: one visible line each.
  return out.map(l => guardLine(untrusted(l))).join('\n');
}
