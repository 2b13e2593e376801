import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { actionHarness, readReport, type ActionHarness } from '../support/action.js';

/**
 * Wrong binaries must turn the step red, with an annotation on the file and
 * a failing row in the job summary. Each is built by a later user step the
 * way real workflows go wrong, then verified in the post step.
 */
/** A program that links libc when cgo is on (package net uses the cgo resolver); pure fmt would stay static. */
const NET_MAIN =
  'package main\n\nimport (\n\t"fmt"\n\t"net"\n)\n\nfunc main() { fmt.Println("hello", net.IPv4len) }\n';

const CASES: Array<{
  name: string;
  inputs: Record<string, string>;
  step: string;
  checks: string[];
  message: RegExp;
  main?: string;
}> = [
  {
    name: 'a user step that overrides GOARCH=amd64',
    inputs: { target: 'linux/arm64' },
    step: 'GOARCH=amd64 go build -o dist/app .',
    checks: ['machine', 'goarch'],
    message: /built for x86-64 \(linux\/amd64\), expected AArch64 \(linux\/arm64\)/
  },
  {
    name: 'a cgo-enabled dynamic binary',
    inputs: { target: 'linux/amd64' },
    step: 'CGO_ENABLED=1 go build -o dist/app .',
    checks: ['static', 'cgo'],
    message: /interpreter|dynamic/i,
    main: NET_MAIN
  },
  {
    name: 'an unstripped binary',
    inputs: { target: 'linux/arm64' },
    step: 'go build -ldflags= -o dist/app .',
    checks: ['stripped', 'dwarf'],
    message: /symbol table|\.symtab/i
  },
  {
    name: 'a binary built with another Go than the pin',
    inputs: { target: 'linux/arm64' },
    step: 'env -u GOROOT /usr/lib/go-1.22/bin/go build -o dist/app .',
    checks: ['go-version'],
    message: /go1\.22\.12.*go1\.23\.5|go1\.23\.5.*go1\.22\.12/
  },
  {
    name: 'the right arch but the wrong GOARM',
    inputs: { target: 'linux/arm/v7' },
    step: 'GOARM=6 go build -o dist/app .',
    checks: ['variant'],
    message: /GOARM/
  }
];

describe('end to end: wrong binaries turn the step red', () => {
  let h: ActionHarness;
  beforeAll(async () => {
    h = await actionHarness('e2e-fail');
  });
  afterAll(async () => h.close());

  it.each(CASES)('$name', async ({ name, inputs, step, checks, message, main }) => {
    const r = await h.run(
      name.replace(/\W+/g, '-'),
      { 'go-version': '1.23.5', verify: 'dist/app', ...inputs },
      [{ run: `mkdir -p dist\n${step}` }],
      { main }
    );
    expect(r.main.conclusion).toBe('success');
    expect(r.steps.find(s => s.kind === 'run')?.conclusion).toBe('success');
    expect(r.post?.conclusion).toBe('failure');

    const errors = r.post!.annotations.filter(a => a.level === 'error' && a.file === 'dist/app');
    const titles = errors.map(a => a.title?.replace('setup-go-cross verify: ', ''));
    for (const check of checks) expect(titles).toContain(check);
    expect(errors.map(a => a.message).join('\n')).toMatch(message);

    expect(r.post!.summary).toContain('<td>dist/app</td>');
    expect(r.post!.summary).toContain('❌ fail');
    expect(r.post!.summary).toContain('Failing checks');

    const report = await readReport(r);
    expect(report.files[0]).toMatchObject({ path: 'dist/app', ok: false });
    for (const check of checks) {
      expect(report.files[0].findings).toContainEqual(
        expect.objectContaining({ check, severity: 'error' })
      );
    }
  });

  it('cgo: true expects a dynamic binary and passes it', async () => {
    const r = await h.run(
      'build-cgo-ok',
      { 'go-version': '1.23.5', target: 'linux/amd64', cgo: 'true', build: '.' },
      [],
      {
        main: NET_MAIN
      }
    );
    // cgo: true means dynamic is expected: green, and CGO_ENABLED=1 recorded.
    expect(r.main.conclusion).toBe('success');
    const report = await readReport(r);
    expect(report.files[0].go.settings.CGO_ENABLED).toBe('1');
    expect(report.files[0].elf.interpreter).toMatch(/ld-linux/);
  });

  it('fail-on: never reports the failure but keeps the step green', async () => {
    const r = await h.run(
      'never',
      { 'go-version': '1.23.5', target: 'linux/arm64', verify: 'dist/app', 'fail-on': 'never' },
      [{ run: 'mkdir -p dist\nGOARCH=amd64 go build -o dist/app .' }]
    );
    expect(r.post?.conclusion).toBe('success');
    // The verdict stays what the checks found; fail-on: never only keeps the step green.
    expect(r.post!.summary).toContain('❌ fail (fail-on: never)');
    expect(r.post!.summary).not.toContain('✅ pass');
    expect(r.post!.annotations.some(a => a.level === 'error' && a.file === 'dist/app')).toBe(true);
  });

  it('a verify glob that never matches fails the post step naming verify', async () => {
    const r = await h.run('nomatch', { 'go-version': '1.23.5', verify: 'dist/*.bin' }, [
      { run: 'true' }
    ]);
    expect(r.post?.conclusion).toBe('failure');
    expect(r.post!.annotations.map(a => a.message)).toContainEqual(
      expect.stringMatching(/^verify "dist\/\*\.bin" matched no file/)
    );
  });

  it('smoke-run failure (non-zero exit) fails the check', async () => {
    const r = await h.run(
      'smoke-fail',
      { 'go-version': '1.23.5', target: 'linux/arm64', build: '.', 'smoke-run': '--boom' },
      [],
      { main: 'package main\n\nimport "os"\n\nfunc main() { os.Exit(3) }\n' }
    );
    expect(r.main.conclusion).toBe('failure');
    const report = await readReport(r);
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({
        check: 'smoke-run',
        severity: 'error',
        message: expect.stringMatching(/exited with code 3/)
      })
    );
  });
});
