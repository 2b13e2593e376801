import { describe, expect, it } from '@jest/globals';
import { failsChecks, failsStep, humanSize, summaryRow } from '../../src/report/rows.js';
import { countFailing, displayPath } from '../../src/report/publish.js';
import { parseTarget } from '../../src/targets/parse.js';
import type { FileReport } from '../../src/verify/index.js';

function report(over: Partial<FileReport>): FileReport {
  return {
    path: 'dist/app',
    ok: true,
    format: 'elf',
    goos: 'linux',
    goarch: 'arm',
    elf: {
      class: 32,
      endian: 'little',
      machine: 40,
      machineName: 'ARM',
      osabi: 0,
      type: 'exec',
      flags: 0x5000002,
      interpreter: null,
      needed: [],
      stripped: true,
      dwarf: false,
      goBuildId: null,
      gnuBuildId: null
    },
    macho: null,
    pe: null,
    go: {
      version: 'go1.23.5',
      path: 'example.com/app',
      main: null,
      settings: { CGO_ENABLED: '0', GOARM: '6' },
      deps: [],
      buildInfoFormat: 'inline'
    },
    findings: [],
    ...over
  } as FileReport;
}

describe('summary rows', () => {
  it('shows expected vs found, including the variant', () => {
    const row = summaryRow(report({}), parseTarget('linux/arm/v7'), 'dist/app', 'error');
    expect(row).toEqual([
      'dist/app',
      'linux/arm/v7 → linux/arm (GOARM=6)',
      'yes',
      'yes',
      'go1.23.5',
      '0',
      '–',
      '✅ pass'
    ]);
  });
  it('marks dynamic, unstripped and failing artifacts', () => {
    const bad = report({
      elf: { ...report({}).elf!, interpreter: '/lib/ld-linux.so.3', stripped: false, dwarf: true },
      findings: [{ check: 'static', severity: 'error', message: 'x' }]
    });
    const row = summaryRow(bad, parseTarget('linux/arm'), 'dist/app', 'error');
    expect(row[2]).toBe('no (dynamic)');
    expect(row[3]).toBe('no');
    expect(row[7]).toBe('❌ fail');
  });
  it('applies fail-on', () => {
    const warned = report({
      findings: [{ check: 'vcs-modified', severity: 'warning', message: 'x' }]
    });
    expect(failsStep(warned, 'error')).toBe(false);
    expect(failsStep(warned, 'warning')).toBe(true);
    const failed = report({ findings: [{ check: 'machine', severity: 'error', message: 'x' }] });
    expect(failsStep(failed, 'never')).toBe(false);
    expect(summaryRow(warned, parseTarget('linux/arm'), 'a', 'error')[7]).toBe('⚠️ pass');
  });
  it('formats sizes and paths', () => {
    expect(humanSize(512)).toBe('512 B');
    expect(humanSize(1536)).toBe('1.5 KiB');
    expect(humanSize(1.4 * 1024 * 1024)).toBe('1.4 MiB');
    expect(displayPath('/ws/dist/app', '/ws')).toBe('dist/app');
    expect(displayPath('/elsewhere/app', '/ws')).toBe('/elsewhere/app');
  });
});

describe('fail-on decides the step, not the verdict (issue 14, item 10)', () => {
  const bad = report({
    ok: false,
    findings: [{ check: 'machine', severity: 'error', message: 'built for x86-64' }]
  });
  const warned = report({
    findings: [{ check: 'vcs-modified', severity: 'warning', message: 'modified tree' }]
  });
  const clean = report({});
  it('a failing row stays failing under fail-on: never', () => {
    expect(failsStep(bad, 'never')).toBe(false);
    expect(failsChecks(bad, 'never')).toBe(true);
    expect(summaryRow(bad, parseTarget('linux/arm'), 'a', 'never')[7]).toBe(
      '❌ fail (fail-on: never)'
    );
  });
  it('counts the artifacts that failed, not all of them', () => {
    expect(countFailing([warned, clean, clean], 'warning')).toBe(1);
    expect(countFailing([warned, clean, clean], 'error')).toBe(0);
    expect(countFailing([bad, warned, clean], 'never')).toBe(1);
  });
});
