/** The reader never slurps: a ~30 MB binary is verified from a few KiB of reads. */
import { describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { verifyFile, verifyFileResult } from '../../src/verify/index.js';
import { BufferSource, FormatError, Reader } from '../../src/verify/reader.js';
import { esbuildFixtures, fixture, fixtures, optionsOf } from './helpers.js';

describe('bytes read', () => {
  it('the ~30 MB fixture is verified reading at most 1 MiB', async () => {
    const f = fixture('go1.23_linux_amd64_big');
    const size = statSync(f.path).size;
    expect(size).toBeGreaterThan(28 * 1024 * 1024);
    const { report, stats } = await verifyFileResult(f.path, optionsOf(f));
    expect(report.ok).toBe(true);
    expect(report.size).toBe(size);
    expect(stats.fileSize).toBe(size);
    expect(stats.bytesRead).toBeLessThanOrEqual(1024 * 1024);
    // In fact far less: headers, the section table, notes and the build info blob.
    expect(stats.bytesRead).toBeLessThan(16 * 1024);
  });
  it('no fixture needs more than 128 KiB', async () => {
    const files = [...fixtures().map(f => f.path), ...esbuildFixtures().map(f => f.path)];
    for (const file of files) {
      const { stats } = await verifyFileResult(file, {});
      expect([file, stats.bytesRead <= 128 * 1024]).toEqual([file, true]);
    }
  });
  it('stats are not part of the JSON report', async () => {
    const r = await verifyFile(fixture('go1.23_linux_arm64').path, {});
    expect(Object.keys(JSON.parse(JSON.stringify(r)))).toEqual([
      'path',
      'size',
      'ok',
      'format',
      'goos',
      'goarch',
      'elf',
      'macho',
      'pe',
      'go',
      'sections',
      'findings'
    ]);
  });
});

describe('Reader bounds', () => {
  const r = new Reader(new BufferSource(Buffer.alloc(100)));
  it('rejects ranges past the end, negative or unsafe values before any I/O', async () => {
    await expect(r.bytes(90, 20, 'thing')).rejects.toThrow(
      new FormatError('thing at offset 90 (20 bytes) runs past the end of the file (100 bytes)')
    );
    await expect(r.bytes(-1, 1, 'thing')).rejects.toThrow(FormatError);
    await expect(r.bytes(2 ** 60, 1, 'thing')).rejects.toThrow(/invalid offset/);
    expect(r.bytesRead).toBe(0);
  });
  it('counts what it reads, including slices', async () => {
    await r.bytes(0, 10, 'a');
    const s = r.slice(50, 50, 'half');
    await s.bytes(0, 50, 'b');
    await expect(s.bytes(1, 50, 'c')).rejects.toThrow(FormatError);
    expect(r.bytesRead).toBe(60);
  });
});
