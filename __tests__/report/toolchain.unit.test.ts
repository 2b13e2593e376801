import { describe, expect, it } from '@jest/globals';
import { toolchainMarkdown } from '../../src/report/toolchain.js';

describe('toolchainMarkdown', () => {
  it('one row each: Go, GOROOT, where from, what vouched for it', () => {
    const md = toolchainMarkdown({
      version: 'go1.27.4',
      goroot: '/opt/hostedtoolcache/go/1.27.4/x64',
      fromToolCache: false,
      provenance: {
        source: 'https://go.dev/dl/go1.27.4.linux-amd64.tar.gz',
        verified: 'SHA-256 ab12, from the download index https://go.dev/dl/?mode=json&include=all'
      }
    });
    expect(md.split('\n')).toEqual([
      '### Go toolchain',
      '',
      '| | |',
      '|---|---|',
      '| Go | go1.27.4 |',
      '| GOROOT | /opt/hostedtoolcache/go/1.27.4/x64 |',
      '| From | https://go.dev/dl/go1.27.4.linux-amd64.tar.gz |',
      '| Verified | SHA-256 ab12, from the download index https://go.dev/dl/?mode=json&amp;include=all |',
      ''
    ]);
  });

  it('a hostile source (a mirror URL is an input) cannot break the table or inject HTML', () => {
    const md = toolchainMarkdown({
      version: 'go1.27.4',
      goroot: '/g',
      fromToolCache: false,
      provenance: { source: 'http://127.0.0.1/x|<img src=x>\n### forged', verified: 'ok' }
    });
    const from = md.split('\n').find(l => l.startsWith('| From'));
    expect(from).toBe('| From | http://127.0.0.1/x&#124;&lt;img src=x&gt;\\n### forged |');
    expect(md.split('\n').filter(l => l.startsWith('###'))).toEqual(['### Go toolchain']);
  });
});
