/** The go.dev index is untrusted JSON: a file entry is kept only when every field GoFile promises is there and typed. */
import { describe, expect, it } from '@jest/globals';
import { parseIndex } from '../../src/toolchain/index-json.js';

const file = {
  filename: 'go1.23.5.linux-amd64.tar.gz',
  os: 'linux',
  arch: 'amd64',
  version: 'go1.23.5',
  sha256: 'a'.repeat(64),
  size: 73_000_000,
  kind: 'archive'
};

describe('parseIndex guards', () => {
  it('keeps a complete entry', () => {
    const releases = parseIndex(
      JSON.stringify([{ version: 'go1.23.5', stable: true, files: [file] }]),
      'u'
    );
    expect(releases).toEqual([{ version: 'go1.23.5', stable: true, files: [file] }]);
  });
  it.each([
    ['size as a string', { ...file, size: '73000000' }],
    ['no version', { ...file, version: undefined }],
    ['sha256 as a number', { ...file, sha256: 1 }],
    ['null', null]
  ])('drops a file with %s', (_what, bad) => {
    const releases = parseIndex(JSON.stringify([{ version: 'go1.23.5', files: [bad, file] }]), 'u');
    expect(releases[0].files).toEqual([file]);
  });
  it('drops releases that are not objects or lack version/files', () => {
    const body = JSON.stringify([
      null,
      'go1.22',
      { version: 1, files: [] },
      { version: 'go1.22.1' }
    ]);
    expect(parseIndex(body, 'u')).toEqual([]);
    expect(() => parseIndex('{}', 'u')).toThrow('is not a JSON array');
  });
});
