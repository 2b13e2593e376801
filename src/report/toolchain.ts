/**
 * The job summary's "Go toolchain" section: which Go the job got, where it
 * came from and what vouched for it — the audit trail of the install. Pure.
 */
import { html } from '../log/escape.js';
import type { InstalledGo } from '../toolchain/installed.js';

export function toolchainMarkdown(go: InstalledGo): string {
  const rows = [
    ['Go', go.version],
    ['GOROOT', go.goroot],
    ['From', go.provenance.source],
    ['Verified', go.provenance.verified]
  ];
  return `### Go toolchain\n\n| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${html(v)} |`).join('\n')}\n`;
}
