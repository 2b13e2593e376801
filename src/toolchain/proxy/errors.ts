/**
 * A checksum-database or module-proxy check that did not pass. `what` names
 * the check (signature, inclusion, rollback, hash, layout), so every failure
 * is one line saying what did not verify.
 */
export type VerifyStep = 'signature' | 'inclusion' | 'rollback' | 'hash' | 'layout' | 'record';

export class SumdbError extends Error {
  constructor(
    readonly step: VerifyStep,
    message: string
  ) {
    super(message);
  }
}
