import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

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
