/** The one Go version pattern every reader shares (src/toolchain/go-version.ts). */
import { describe, expect, it } from '@jest/globals';
import { leadingGoVersion, parseGoVersion } from '../../src/toolchain/go-version.js';

describe('Go version syntax', () => {
  it.each([
    ['1.22.12', { text: '1.22.12', major: 1, minor: 22, patch: 12 }],
    ['go1.20', { text: '1.20', major: 1, minor: 20 }],
    ['go1.22rc1', { text: '1.22rc1', major: 1, minor: 22, pre: 'rc', preNum: 1 }],
    ['1.21beta2', { text: '1.21beta2', major: 1, minor: 21, pre: 'beta', preNum: 2 }]
  ])('parses %s', (text, want) => {
    expect(parseGoVersion(text)).toEqual({
      patch: undefined,
      pre: undefined,
      preNum: undefined,
      ...want
    });
  });
  it.each(['1', '1.x', 'go1.22.', 'v1.22.1', '1.22.1+auto', ' 1.22.1', 'go1.22rc'])(
    'rejects %j as a whole version',
    text => expect(parseGoVersion(text)).toBeUndefined()
  );
  it('reads the version at the start of a longer go-prefixed string', () => {
    expect(leadingGoVersion('go1.22.3+auto')?.text).toBe('1.22.3');
    expect(leadingGoVersion('go1.21.1-custom')?.text).toBe('1.21.1');
    expect(leadingGoVersion('go1.22.12 X:boringcrypto')?.minor).toBe(22);
    expect(leadingGoVersion('1.22.3')).toBeUndefined();
    expect(leadingGoVersion('devel go1.23-abc')).toBeUndefined();
  });
});
