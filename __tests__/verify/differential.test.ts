/**
 * Differential test: for every fixture binary (our builds and the npm
 * third-party binaries), the verifier's facts equal what readelf -h -l -d -S -W,
 * `go version -m` and file(1) print, parsed independently
 * (scripts/fixtures/binaries/reference.mjs). Zero differences allowed.
 */
import { describe, expect, it } from '@jest/globals';
import { verifyFile } from '../../src/verify/index.js';
import { differences } from '../../scripts/fixtures/binaries/reference.mjs';
import { esbuildFixtures, fixtures } from './helpers.js';
import { expectValidReport } from '../support/report-schema.js';

const all = [
  ...fixtures().map(f => [f.id, f.path, f.goos]),
  ...esbuildFixtures().map(f => [f.spec, f.path, f.goos])
];

describe('differential: verifier facts equal readelf / file / go version -m', () => {
  it.each(all)('%s', async (_id, file, goos) => {
    const r = expectValidReport(await verifyFile(file, {}));
    expect(r.format).toBe(goos === 'darwin' ? 'macho' : goos === 'windows' ? 'pe' : 'elf');
    expect(await differences(r, file)).toEqual([]);
  });
});

describe('the reference parsers are not vacuous', () => {
  it('a wrong report is caught on every kind of fact', async () => {
    const file = fixtures().find(f => f.id === 'go1.23_linux_amd64_cgo')!.path;
    const r = JSON.parse(JSON.stringify(await verifyFile(file, {})));
    r.elf.machine = 183;
    r.elf.needed = [];
    r.elf.dwarf = !r.elf.dwarf;
    r.go.settings.CGO_ENABLED = '0';
    expect((await differences(r, file)).map((d: string) => d.split(':')[0])).toEqual([
      'elf.machine',
      'elf.needed',
      'elf.dwarf',
      'go.settings'
    ]);
  });
});
