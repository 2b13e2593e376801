import { verify } from 'node:crypto';
import { SumdbError } from './errors.js';
import type { Verifier } from '../../inputs/sumdb-key.js';

export {
  noteKeyHash,
  parseVerifierKey,
  VerifierKeyError,
  type Verifier
} from '../../inputs/sumdb-key.js';

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
