import { describe, expect, it } from '@jest/globals';
import { parseGoSumdb, SUM_GOLANG_ORG_KEY } from '../../../src/inputs/sumdb.js';
import { stateFile } from '../../../src/toolchain/proxy/sumdb-client.js';

describe('the remembered tree head is keyed by database name and key', () => {
  it('one file per (name, key): a rotated key starts its own history', () => {
    const a = parseGoSumdb(SUM_GOLANG_ORG_KEY);
    // The same name under another key (what a rotation looks like to the runner).
    const b = { name: 'sum.golang.org', key: SUM_GOLANG_ORG_KEY.replace('033de0ae', '12345678') };
    expect(stateFile('/s', a)).toMatch(/^\/s\/sum\.golang\.org-[0-9a-f]{16}\.latest$/);
    expect(stateFile('/s', b)).toMatch(/^\/s\/sum\.golang\.org-[0-9a-f]{16}\.latest$/);
    expect(stateFile('/s', a)).not.toBe(stateFile('/s', b));
    // A URL is where to reach the database, not which history it has.
    expect(stateFile('/s', { ...a, url: 'https://mirror.example' })).toBe(stateFile('/s', a));
  });
  it('a database name with a path stays one file name', () => {
    const db = { name: 'example.com/sumdb', key: 'k' };
    expect(stateFile('/s', db)).toMatch(/^\/s\/example\.com_sumdb-[0-9a-f]{16}\.latest$/);
  });
});
