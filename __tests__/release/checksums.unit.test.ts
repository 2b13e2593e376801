import { describe, expect, it } from '@jest/globals';
import {
  checksumsDir,
  digestsOutput,
  formatChecksums,
  isChecksumsText
} from '../../src/release/checksums.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('checksums.txt', () => {
  it('is sha256sum format, sorted by name, relative to the common directory', () => {
    const files = ['/w/dist/z_linux', '/w/dist/a_linux', '/w/dist/win/a.exe'];
    const dir = checksumsDir(files);
    expect(dir).toBe('/w/dist');
    expect(
      formatChecksums(
        [
          { file: files[0], sha256: A },
          { file: files[1], sha256: B },
          { file: files[2], sha256: C }
        ],
        dir
      )
    ).toBe(`${B}  a_linux\n${C}  win/a.exe\n${A}  z_linux\n`);
  });

  it('puts a single artifact beside itself', () => {
    expect(checksumsDir(['/w/dist/app'])).toBe('/w/dist');
  });

  it('refuses names sha256sum would have to escape, and bad digests', () => {
    expect(() => formatChecksums([{ file: '/w/a\\b', sha256: A }], '/w')).toThrow(
      /cannot be named/
    );
    expect(() => formatChecksums([{ file: '/w/a', sha256: 'xyz' }], '/w')).toThrow(/SHA-256/);
  });

  it('digests output maps display paths to sha256:<hex>', () => {
    const out = digestsOutput(
      [
        { file: '/w/dist/b', sha256: B },
        { file: '/w/dist/a', sha256: A }
      ],
      f => f.replace('/w/', '')
    );
    expect(out).toBe(JSON.stringify({ 'dist/a': `sha256:${A}`, 'dist/b': `sha256:${B}` }));
  });

  it('recognises a sha256sum file (ours to replace) and nothing else', () => {
    const ours = formatChecksums([{ file: '/w/app', sha256: A }], '/w');
    expect(isChecksumsText(ours)).toBe(true);
    expect(isChecksumsText(`${A} *app.exe\n${B}  b\n`)).toBe(true); // binary-mode marker
    expect(isChecksumsText('')).toBe(true); // an empty file holds nothing of the user's
    expect(isChecksumsText('my release notes\n')).toBe(false);
    expect(isChecksumsText(`${A}  app\nnotes\n`)).toBe(false);
    expect(isChecksumsText(`${A.toUpperCase()}  app\n`)).toBe(false);
    expect(isChecksumsText(`${A}  app\n\n`)).toBe(false);
  });
});
