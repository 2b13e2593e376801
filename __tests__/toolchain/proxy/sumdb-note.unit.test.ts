import { describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import {
  noteKeyHash,
  openNote,
  parseVerifierKey,
  VerifierKeyError
} from '../../../src/toolchain/proxy/sumdb-note.js';
import { parseGoSumdb, SUM_GOLANG_ORG_KEY, SumdbConfigError } from '../../../src/inputs/sumdb.js';
import { SumdbError } from '../../../src/toolchain/proxy/errors.js';

/** A signer the way note.GenerateKey makes one: Ed25519, alg byte 0x01. */
function testSigner(name: string) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const algKey = Buffer.concat([Buffer.from([1]), raw]);
  const hash = noteKeyHash(name, algKey);
  const vkey = `${name}+${hash.toString(16).padStart(8, '0')}+${algKey.toString('base64')}`;
  const signNote = (text: string, signName = name, keyHash = hash) => {
    const sig = sign(null, Buffer.from(text), privateKey);
    const blob = Buffer.concat([Buffer.alloc(4), sig]);
    blob.writeUInt32BE(keyHash, 0);
    return Buffer.from(`${text}\n\u2014 ${signName} ${blob.toString('base64')}\n`);
  };
  return { vkey, signNote, hash };
}

describe('verifier keys', () => {
  it("accepts sum.golang.org's key: its hash 033de0ae is SHA-256(name \\n 0x01 key)[:4]", () => {
    const v = parseVerifierKey(SUM_GOLANG_ORG_KEY);
    expect(v.name).toBe('sum.golang.org');
    expect(v.keyHash).toBe(0x033de0ae);
  });

  it('recomputes the key hash the way Go does', () => {
    const key = Buffer.from(SUM_GOLANG_ORG_KEY.split('+').slice(2).join('+'), 'base64');
    const h = createHash('sha256').update('sum.golang.org\n').update(key).digest();
    expect(h.subarray(0, 4).toString('hex')).toBe('033de0ae');
  });

  it.each([
    ['no fields', 'sum.golang.org'],
    ['wrong hash', SUM_GOLANG_ORG_KEY.replace('033de0ae', '033de0af')],
    ['short key', 'x+01234567+AQID'],
    ['upper-case hash', SUM_GOLANG_ORG_KEY.replace('033de0ae', '033DE0AE')]
  ])('rejects %s', (_why, key) => {
    expect(() => parseVerifierKey(key)).toThrow(VerifierKeyError);
  });
});

describe('signed notes', () => {
  const s = testSigner('sum.test.example');
  const v = parseVerifierKey(s.vkey);
  const text = 'go.sum database tree\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';

  it('returns the text once our key signed it', () => {
    expect(openNote(s.signNote(text), v, 'tree')).toBe(text);
  });

  it('ignores signatures by other keys, but needs one by ours', () => {
    const other = testSigner('sum.test.example');
    const both = Buffer.concat([other.signNote(text), s.signNote(text).subarray(text.length + 1)]);
    expect(openNote(both, v, 'tree')).toBe(text);
    expect(() => openNote(other.signNote(text), v, 'tree')).toThrow(
      /tree: not signed by the checksum database key sum\.test\.example\+/
    );
  });

  it('rejects a changed text or signature as "signature"', () => {
    const note = s.signNote(text);
    const changed = Buffer.from(note.toString().replace('\n5\n', '\n6\n'));
    let err: unknown;
    try {
      openNote(changed, v, 'tree');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SumdbError);
    expect((err as SumdbError).step).toBe('signature');
    expect((err as Error).message).toMatch(/does not verify/);
  });

  it('rejects malformed notes', () => {
    expect(() => openNote(Buffer.from(text), v, 'tree')).toThrow(/malformed/);
    expect(() => openNote(Buffer.from(text + '\n\u2014 x\n'), v, 'tree')).toThrow(/malformed/);
    expect(() => openNote(Buffer.from('a\tb\n\n\u2014 n AAAAAAA=\n'), v, 'tree')).toThrow(
      /control/
    );
  });
});

describe('GOSUMDB syntax', () => {
  it('knows sum.golang.org by name and its China alias', () => {
    expect(parseGoSumdb('sum.golang.org')).toEqual({
      key: SUM_GOLANG_ORG_KEY,
      name: 'sum.golang.org',
      url: undefined
    });
    expect(parseGoSumdb('sum.golang.google.cn')).toEqual({
      key: SUM_GOLANG_ORG_KEY,
      name: 'sum.golang.org',
      url: 'https://sum.golang.google.cn'
    });
  });

  it('takes a key and an optional URL', () => {
    const s = testSigner('sum.test.example');
    expect(parseGoSumdb(`${s.vkey} http://127.0.0.1:9/db`)).toEqual({
      key: s.vkey,
      name: 'sum.test.example',
      url: 'http://127.0.0.1:9/db'
    });
  });

  it('refuses off, junk and extra fields', () => {
    expect(() => parseGoSumdb('off')).toThrow(/is "off"/);
    expect(() => parseGoSumdb('nonsense')).toThrow(SumdbConfigError);
    expect(() => parseGoSumdb('sum.golang.org a b')).toThrow(/must be/);
  });
});
