/**
 * The report contract in docs/: the schema accepts the documented example and
 * rejects reports broken the ways drift breaks them; the schema's check names
 * are the code's; every schema field is documented on the page.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CHECK_NAMES } from '../../src/verify/report.js';
import { expectValidReport, reportErrors, reportSchema } from '../support/report-schema.js';

const page = readFileSync(new URL('../../docs/verify-report.md', import.meta.url), 'utf8');
/** The page's example report (the first ```json block). */
const example = (): { files: Record<string, unknown>[] } =>
  JSON.parse(/```json\n([\s\S]*?)\n```/.exec(page)![1]);

type Defs = Record<string, { properties?: Record<string, unknown> }>;
const defs = reportSchema.$defs as Defs;

describe('docs/verify-report.schema.json', () => {
  it('accepts the example on docs/verify-report.md', () => {
    expect(expectValidReport(example()).files).toHaveLength(1);
  });

  it('accepts the optional go.experiments (string[]) and a replaced module', () => {
    const doc = example();
    const go = doc.files[0].go as Record<string, unknown>;
    go.experiments = ['loopvar'];
    go.deps = [
      {
        path: 'a.example',
        version: 'v1.0.0',
        sum: '',
        replace: { path: '../a', version: '', sum: '' }
      }
    ];
    expect(reportErrors(doc)).toEqual([]);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the shape on purpose
  const broken: [string, (f: Record<string, any>) => void, RegExp][] = [
    [
      'a required field is missing',
      f => delete f.findings,
      /must have required property 'findings'/
    ],
    [
      'an undocumented field is added',
      f => (f.elf.extra = 1),
      /must NOT have additional properties/
    ],
    ['a field changes type', f => (f.ok = 'true'), /\/files\/0\/ok must be boolean/],
    [
      'an unknown check name',
      f => (f.findings[0].check = 'statik'),
      /must be equal to one of the allowed values/
    ],
    [
      'an unknown severity',
      f => (f.findings[0].severity = 'fatal'),
      /severity must be equal to one/
    ],
    [
      'a NaN number (serialised as null)',
      f => (f.elf.machine = null),
      /\/elf\/machine must be integer/
    ],
    [
      'go.experiments of the wrong type',
      f => (f.go.experiments = 'loopvar'),
      /experiments must be array/
    ],
    [
      'a non-string build setting',
      f => (f.go.settings.CGO_ENABLED = 0),
      /CGO_ENABLED must be string/
    ]
  ];
  it.each(broken)('rejects a report where %s', (_what, breakIt, error) => {
    const doc = example();
    breakIt(doc.files[0]);
    expect(reportErrors(doc).join('\n')).toMatch(error);
  });

  it('rejects anything beside "files" at the top', () => {
    expect(reportErrors({ ...example(), version: 1 })).not.toEqual([]);
    expect(reportErrors({})).not.toEqual([]);
  });

  it("lists exactly the code's check names (src/verify/report.ts CHECK_NAMES)", () => {
    const finding = defs.finding.properties as { check: { enum: string[] } };
    expect([...finding.check.enum].sort()).toEqual([...CHECK_NAMES].sort());
    const table = page.slice(page.indexOf('Check names:'));
    for (const name of CHECK_NAMES) expect(table).toContain(`\`${name}\``);
  });

  it('every field in the schema is documented on docs/verify-report.md', () => {
    const undocumented = Object.values(defs)
      .flatMap(d => Object.keys(d.properties ?? {}))
      .filter(name => !page.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
