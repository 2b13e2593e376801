import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { SumdbError } from './errors.js';

/**
 * Go's signed notes (golang.org/x/mod/sumdb/note): a text, a blank line, then
 * signature lines `— <name> <base64(4-byte key hash || signature)>`. A
 * verifier key is `<name>+<hash hex>+<base64(0x01 || Ed25519 public key)>`;
 * the key hash is the first 4 bytes of SHA-256(name + "\n" + 0x01 + pubkey).
 */
export interface Verifier {
  name: string;
  keyHash: number;
  key: KeyObject;
  /** The verifier key as written, for messages. */
  text: string;
}

const ALG_ED25519 = 1;

export class VerifierKeyError extends Error {}

/** Parses a verifier key; throws VerifierKeyError naming what is wrong. */
export function parseVerifierKey(vkey: string): Verifier {
  // As note.NewVerifier: name and hash end at the first two '+'; base64 has '+' too.
  const [name, hashHex, ...keyParts] = vkey.split('+');
  const b64 = keyParts.length ? keyParts.join('+') : undefined;
  if (b64 === undefined || !isValidName(name))
    throw new VerifierKeyError(`"${vkey}" is not a verifier key name+hash+key`);
  if (!/^[0-9a-f]{8}$/.test(hashHex))
    throw new VerifierKeyError(`"${vkey}": the key hash must be 8 lowercase hex digits`);
  const raw = Buffer.from(b64, 'base64');
  if (raw.toString('base64') !== b64 || raw.length !== 33 || raw[0] !== ALG_ED25519)
    throw new VerifierKeyError(
      `"${vkey}": the key must be base64 of 0x01 and a 32-byte Ed25519 key`
    );
  const keyHash = noteKeyHash(name, raw);
  if (keyHash !== parseInt(hashHex, 16))
    throw new VerifierKeyError(`"${vkey}": the key hash does not match the name and key`);
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.subarray(1).toString('base64url') },
    format: 'jwk'
  });
  return { name, keyHash, key, text: vkey };
}

/** First 4 bytes, big-endian, of SHA-256(name "\n" alg||key). */
export function noteKeyHash(name: string, algAndKey: Buffer): number {
  const h = createHash('sha256')
    .update(name + '\n')
    .update(algAndKey)
    .digest();
  return h.readUInt32BE(0);
}

/** Go's note.isValidName: non-empty, no spaces or '+', valid UTF-8 printable. */
function isValidName(name: string | undefined): name is string {
  return !!name && !/[\s+]/.test(name) && !/[\u0000-\u001f\u007f]/.test(name);
}

/**
 * Opens a signed note: returns its text once a signature by `verifier`
 * verifies. Signatures by other keys are ignored, as Go ignores unknown
 * signers; a bad signature by our key, or none at all, is an error.
 */
export function openNote(msg: Buffer, verifier: Verifier, what: string): string {
  const malformed = (why: string) =>
    new SumdbError('signature', `${what}: malformed signed note (${why})`);
  const str = msg.toString('utf8');
  if (!Buffer.from(str, 'utf8').equals(msg)) throw malformed('not UTF-8');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(str)) throw malformed('control characters');
  const split = str.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no signature block');
  const text = str.slice(0, split + 1);
  const sigs = str.slice(split + 2);
  if (!sigs.endsWith('\n')) throw malformed('signature block does not end with a newline');
  const lines = sigs.slice(0, -1).split('\n');
  if (lines.length > 100) throw malformed('too many signatures');
  let verified = false;
  for (const line of lines) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m) throw malformed(`bad signature line ${JSON.stringify(line.slice(0, 80))}`);
    const sig = Buffer.from(m[2], 'base64');
    if (sig.length < 5) throw malformed('short signature');
    if (m[1] !== verifier.name || sig.readUInt32BE(0) !== verifier.keyHash) continue;
    if (!verify(null, Buffer.from(text, 'utf8'), verifier.key, sig.subarray(4)))
      throw new SumdbError(
        'signature',
        `${what}: the signature by ${verifier.name}+${hex8(verifier.keyHash)} does not verify`
      );
    verified = true;
  }
  if (!verified)
    throw new SumdbError(
      'signature',
      `${what}: not signed by the checksum database key ${verifier.name}+${hex8(verifier.keyHash)}`
    );
  return text;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
