import { describe, expect, it } from '@jest/globals';
import { cacheMarkdown, cacheRows, cell, logLine, size } from '../../src/cache/report.js';
import type { SaveReport } from '../../src/cache/save.js';

const MiB = 1024 * 1024;
const KEY = 'setup-go-cross-v1-gocache-Linux-X64-go1.22.12-linux_amd64-nodeps-';

function settled(usedMiB: number, unusedMiB: number, addedMiB: number) {
  return {
    used: { files: 100, bytes: usedMiB * MiB },
    unused: { files: 50, bytes: unusedMiB * MiB },
    added: { files: 4, bytes: addedMiB * MiB },
    addedOutputs: [],
    unusedFiles: []
  };
}

describe('cache report', () => {
  it('says what was restored, how much of it the job used, and what was saved', () => {
    const save: SaveReport = {
      gocache: {
        settled: settled(156.56, 255.44, 2),
        trimmed: true,
        savedKey: `${KEY}102-1`,
        size: { files: 104, bytes: 158.56 * MiB },
        ms: 3210
      },
      gomodcache: { notSaved: 'no dependency files, so no modules to cache' }
    };
    const rows = cacheRows({
      gocache: {
        hit: 'exact',
        matchedKey: `${KEY}101-1`,
        ms: 9100,
        size: { files: 150, bytes: 412 * MiB }
      },
      gomodcache: { hit: 'skipped' },
      save
    });
    expect(rows[0].line).toBe(
      `GOCACHE restored 412.0 MiB in 9.1 s from ${KEY}101-1 (exact); this job used 38% of it (100 entries, 156.6 MiB), trimmed 50 unused (255.4 MiB), added 4 (2.0 MiB); saved ${KEY}102-1 (158.6 MiB) in 3.2 s`
    );
    expect(rows[1].line).toBe(
      'GOMODCACHE not cached; not saved: no dependency files, so no modules to cache'
    );
    const md = cacheMarkdown(rows);
    expect(md).toMatch(/^### Build cache\n/);
    expect(md).toContain(
      `| GOCACHE | ${KEY}101-1 (exact) | 412.0 MiB | 9.1 s | used 38% (100 entries, 156.6 MiB); trimmed 50 entries, 255.4 MiB; added 4 entries, 2.0 MiB | ${KEY}102-1 | 158.6 MiB | 3.2 s |`
    );
  });

  it('a miss, a restore-only run, and a no-op rebuild each say why nothing was saved', () => {
    const miss = cacheRows({
      gocache: {
        hit: 'miss',
        ms: 40,
        error: 'cache restore did not finish within 3 s (cache-timeout)'
      },
      gomodcache: { hit: 'miss', ms: 20 },
      save: {
        gocache: { settled: settled(0, 0, 30), trimmed: false, notSaved: 'cache-write: false' },
        gomodcache: { notSaved: 'cache-write: false' }
      }
    });
    expect(miss[0].line).toBe(
      'GOCACHE miss (cache restore did not finish within 3 s (cache-timeout)); this job added 4 entries, 30.0 MiB; not saved: cache-write: false'
    );
    expect(miss[1].line).toBe('GOMODCACHE miss; not saved: cache-write: false');
    const noop = cacheRows({
      gocache: {
        hit: 'exact',
        matchedKey: `${KEY}1-1`,
        ms: 500,
        size: { files: 150, bytes: 10 * MiB }
      },
      gomodcache: { hit: 'skipped' },
      save: {
        gocache: {
          settled: settled(10, 0, 0),
          trimmed: false,
          notSaved: 'this job added no entries to the restored cache'
        },
        gomodcache: { notSaved: 'nothing' }
      }
    });
    expect(noop[0].line).toMatch(
      /used 100% of it .*left 50 unused \(0 B\).*; not saved: this job added no entries/
    );
  });

  it('escapes what the service or an error message could carry', () => {
    expect(cell('a|b<img src=x>`c`\r\n::warning::x')).toBe(
      'a&#124;b&lt;img src=x&gt;&#96;c&#96;  ::warning::x'
    );
    expect(logLine('::error::boom\nnext')).toBe(': :error::boom next');
    expect(size(512)).toBe('512 B');
    expect(size(1536)).toBe('1.5 KiB');
    expect(size(3 * 1024 ** 3)).toBe('3.00 GiB');
  });
});
