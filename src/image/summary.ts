/** The job summary's "Image" section. Pure; every value HTML-escaped. */
import { html } from '../log/escape.js';
import { formatPlatform } from './platform.js';
import type { PlatformProof } from './proof.js';

export function imageMarkdown(s: {
  refs: string[];
  indexDigest: string;
  proofs: PlatformProof[];
  layout?: string;
  /** Tags written: false when the proof failed and nothing was tagged. */
  tagged: boolean;
  error?: string;
}): string {
  const out = ['### setup-go-cross: image', ''];
  if (s.refs.length)
    out.push(
      `Reference: ${s.refs.map(r => `<code>${html(r)}</code>`).join(', ')}${s.tagged ? '' : ' (**not tagged**)'}<br>`
    );
  if (s.indexDigest) out.push(`Index digest: <code>${html(s.indexDigest)}</code><br>`);
  if (s.layout) out.push(`OCI image layout: <code>${html(s.layout)}</code><br>`);
  if (s.error) out.push(`❌ ${html(s.error)}<br>`);
  if (s.proofs.length) {
    out.push('', '| Platform | Manifest digest | Size | Verified |', '| --- | --- | --- | --- |');
    for (const p of s.proofs)
      out.push(
        `| ${html(formatPlatform(p.platform))} | <code>${html(p.manifestDigest || '–')}</code> | ${html(humanSize(p.size))} | ${p.ok ? '✅' : '❌'} |`
      );
    const problems = s.proofs.flatMap(p =>
      p.report.findings
        .filter(f => f.severity === 'error')
        .map(
          f =>
            `- ❌ <code>${html(formatPlatform(p.platform))}</code> <b>${html(f.check)}</b>: ${html(f.message)}`
        )
    );
    if (problems.length) out.push('', ...problems);
  }
  return `${out.join('\n')}\n`;
}

export function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1 << 20) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1 << 20)).toFixed(1)} MiB`;
}
