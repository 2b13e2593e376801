/**
 * Policy on real binaries: every fixture passes against the target and flags
 * it was built with, and each kind of mistake gives its finding with a
 * message in the user's words.
 */
import { describe, expect, it } from '@jest/globals';
import { parseTarget } from '../../src/targets/parse.js';
import { verifyFile, type FileReport, type VerifyOptions } from '../../src/verify/index.js';
import { sameVariant } from '../../src/verify/checks.js';
import { esbuildFixtures, fixture, fixtures, optionsOf, targetOf } from './helpers.js';

const errors = (r: FileReport) => r.findings.filter(f => f.severity === 'error');
const checks = (r: FileReport, severity = 'error') =>
  r.findings.filter(f => f.severity === severity).map(f => f.check);
const verify = (id: string, opts: Partial<VerifyOptions> = {}) => {
  const f = fixture(id);
  return verifyFile(f.path, { ...optionsOf(f), ...opts });
};

describe('every fixture passes with the options it was built with', () => {
  // -buildmode=pie has a dynamic loader: a true "not static" finding, tested below.
  const list = fixtures().filter(f => f.buildmode !== 'pie');
  it.each(list.map(f => [f.id]))('%s', async id => {
    const r = await verify(id);
    expect(errors(r)).toEqual([]);
    expect(r.ok).toBe(true);
    const f = fixture(id);
    expect([r.goos, r.goarch]).toEqual([f.goos, f.goarch]);
    // GOEXPERIMENT is part of the recorded version: "go1.25.12 X:arenas", from 1.26 "go1.27.4-X:arenas".
    const sep = Number(f.go.split('.')[1]) >= 26 ? '-' : ' ';
    expect(r.go?.version).toBe(
      f.experiment ? `${f.goVersion}${sep}X:${f.experiment}` : f.goVersion
    );
    expect(r.go?.experiments).toEqual(f.experiment ? [f.experiment] : []);
  });
});

describe('GOEXPERIMENT builds against the pin', () => {
  it.each(['go1.25_linux_amd64_arenas', 'go1.26_linux_amd64_arenas', 'go1.27_linux_amd64_arenas'])(
    '%s: the pin matches; another release does not',
    async id => {
      const f = fixture(id);
      expect(checks(await verify(id, { goVersion: f.goVersion }))).toEqual([]);
      expect((await verify(id, { goVersion: '1.23.5' })).findings).toContainEqual({
        check: 'go-version',
        severity: 'error',
        message: `built with ${f.goVersion}${f.go >= '1.26' ? '-' : ' '}X:arenas, expected go1.23.5`
      });
    }
  );
});

describe('wrong target', () => {
  it('amd64 binary for an arm64 target names both in words', async () => {
    const r = await verify('go1.23_linux_amd64', { target: parseTarget('linux/arm64') });
    expect(r.ok).toBe(false);
    expect(r.findings).toContainEqual({
      check: 'machine',
      severity: 'error',
      message: 'built for x86-64 (linux/amd64), expected AArch64 (linux/arm64)'
    });
    expect(checks(r)).toEqual(['machine', 'goarch']);
  });
  it('32-bit arm for arm64: class and machine', async () => {
    const r = await verify('go1.23_linux_arm', { target: parseTarget('linux/arm64') });
    expect(checks(r)).toEqual(['class', 'machine', 'goarch']);
    expect(r.findings[0].message).toBe(
      'is a 32-bit ELF (linux/arm), expected 64-bit (linux/arm64)'
    );
  });
  it('big-endian ppc64 for ppc64le: endian and flags of the same machine', async () => {
    const r = await verify('go1.23_linux_ppc64', { target: parseTarget('linux/ppc64le') });
    expect(checks(r)).toEqual(['endian', 'goarch']);
    expect(r.findings[0].message).toBe(
      'is big-endian (linux/ppc64), expected little-endian (linux/ppc64le)'
    );
  });
  it('mips vs mipsle differ only in byte order', async () => {
    const r = await verify('go1.23_linux_mipsle', { target: parseTarget('linux/mips') });
    expect(checks(r)).toEqual(['endian', 'goarch']);
  });
  it('freebsd binary for linux: OS/ABI and GOOS', async () => {
    const r = await verify('go1.23_freebsd_amd64', { target: parseTarget('linux/amd64') });
    expect(checks(r)).toEqual(['osabi', 'goos']);
    expect(r.findings[0].message).toMatch(
      /OS\/ABI is 9 \(FreeBSD\) \(freebsd\/amd64\), expected 0 .*linux/
    );
  });
  it('windows binary for linux: format', async () => {
    const r = await verify('go1.23_windows_amd64', { target: parseTarget('linux/amd64') });
    expect(r.findings[0]).toEqual({
      check: 'format',
      severity: 'error',
      message: 'is a PE (Windows) file, expected ELF (linux/amd64)'
    });
  });
  it('darwin/amd64 for darwin/arm64: Mach-O cpu', async () => {
    const r = await verify('go1.23_darwin_amd64', { target: parseTarget('darwin/arm64') });
    expect(checks(r)).toEqual(['machine', 'goarch']);
    expect(r.findings[0].message).toBe(
      'built for x86_64 (darwin/amd64), expected AArch64 (darwin/arm64)'
    );
  });
  it('windows/386 for windows/amd64: PE machine and class', async () => {
    const r = await verify('go1.23_windows_386', { target: parseTarget('windows/amd64') });
    expect(checks(r)).toEqual(['machine', 'class', 'goarch']);
  });
  it('without --target, the header is checked against the build info and passes', async () => {
    for (const id of ['go1.23_linux_s390x', 'go1.23_darwin_arm64', 'go1.23_windows_arm64']) {
      const r = await verifyFile(fixture(id).path, {});
      expect(errors(r)).toEqual([]);
    }
  });
});

describe('variants', () => {
  it('GOARM=6 build for linux/arm/v7 is an error; v6 passes', async () => {
    const r = await verify('go1.22_linux_arm_GOARM-6', { target: parseTarget('linux/arm/v7') });
    expect(r.findings).toContainEqual({
      check: 'variant',
      severity: 'error',
      message: 'built with GOARM=6, expected GOARM=7'
    });
    expect(
      (await verify('go1.22_linux_arm_GOARM-6', { target: parseTarget('linux/arm/v6') })).ok
    ).toBe(true);
  });
  it('GOAMD64=v3 recorded and checked', async () => {
    const r = await verify('go1.23_linux_amd64_GOAMD64-v3');
    expect(r.go?.settings.GOAMD64).toBe('v3');
    const wrong = await verify('go1.23_linux_amd64', { target: parseTarget('linux/amd64/v3') });
    expect(wrong.findings).toContainEqual({
      check: 'variant',
      severity: 'error',
      message: 'built with GOAMD64=v1, expected GOAMD64=v3'
    });
  });
  it('GOMIPS=softfloat vs hardfloat', async () => {
    const r = await verify('go1.23_linux_mips_GOMIPS-softfloat', {
      target: { ...parseTarget('linux/mips'), variant: { name: 'GOMIPS', value: 'hardfloat' } }
    });
    expect(checks(r)).toEqual(['variant']);
  });
  it('GOARM float suffix defaults (measured: 1.22+ records 7,hardfloat when GOARM is unset)', () => {
    expect(sameVariant('GOARM', '7,hardfloat', '7')).toBe(true);
    expect(sameVariant('GOARM', '5', '5,softfloat')).toBe(true);
    expect(sameVariant('GOARM', '7,softfloat', '7')).toBe(false);
    expect(sameVariant('GOAMD64', 'v3', 'v1')).toBe(false);
  });
  it('Debian go1.23 default GOARM is 7,hardfloat (no variant asked: not checked)', async () => {
    const r = await verify('go1.23_linux_arm');
    expect(r.go?.settings.GOARM).toBe('7,hardfloat');
    expect(r.ok).toBe(true);
  });
});

describe('linking, stripping, build settings', () => {
  it('cgo build is dynamic: interpreter and libc; an error unless cgo is on', async () => {
    const r = await verify('go1.23_linux_amd64_cgo', { cgo: false });
    expect(r.elf?.interpreter).toBe('/lib64/ld-linux-x86-64.so.2');
    expect(r.elf?.needed).toContain('libc.so.6');
    expect(checks(r)).toEqual(['static', 'static', 'cgo']);
    expect(r.findings.find(f => f.check === 'cgo')?.message).toBe(
      'built with CGO_ENABLED=1, expected CGO_ENABLED=0'
    );
    expect((await verify('go1.23_linux_amd64_cgo', { cgo: true })).ok).toBe(true);
  });
  it('-buildmode=pie is ET_DYN with a loader: static error that says why', async () => {
    const r = await verify('go1.23_linux_amd64_pie');
    expect(r.elf?.type).toBe('dyn');
    expect(checks(r)).toEqual(['static']);
    expect(r.findings[0].message).toMatch(/needs the loader .*\(built with -buildmode=pie\)/);
  });
  it('openbsd and illumos always have an interpreter: info, not an error', async () => {
    for (const id of ['go1.23_openbsd_arm64', 'go1.21_openbsd_amd64', 'go1.23_illumos_amd64']) {
      const r = await verify(id);
      expect(r.elf?.interpreter).toBeTruthy();
      expect(r.ok).toBe(true);
      expect(checks(r, 'info')).toContain('static');
    }
  });
  it('unstripped ELF: symtab and DWARF findings; .zdebug on go1.19', async () => {
    const r = await verify('go1.23_linux_amd64_plain', { stripped: true });
    expect(checks(r)).toEqual(['stripped', 'dwarf']);
    const old = await verify('go1.19_linux_amd64_plain', { stripped: true });
    expect(checks(old)).toEqual(['stripped', 'dwarf']);
    expect(old.elf?.dwarf).toBe(true);
  });
  it('-w only keeps .symtab but drops DWARF', async () => {
    const r = await verify('go1.23_linux_amd64_w-only', { stripped: true });
    expect(checks(r)).toEqual(['stripped']);
  });
  it('unstripped PE and Mach-O are caught too', async () => {
    expect(checks(await verify('go1.23_windows_amd64_plain', { stripped: true }))).toEqual([
      'stripped',
      'dwarf'
    ]);
    expect(checks(await verify('go1.23_darwin_arm64_plain', { stripped: true }))).toEqual([
      'stripped',
      'dwarf'
    ]);
  });
  it('go1.21 Mach-O keeps symbols with -s: a warning that explains, not an error', async () => {
    const r = await verify('go1.21_darwin_arm64');
    expect(r.ok).toBe(true);
    expect(r.findings.find(f => f.check === 'stripped')?.message).toMatch(
      /go1.21.13 keeps the Mach-O symbol table/
    );
  });
  it('missing -trimpath is an error when trimpath is expected', async () => {
    const r = await verify('go1.23_linux_amd64_plain', { stripped: false, trimpath: true });
    expect(checks(r)).toEqual(['trimpath']);
  });
  it('go version mismatch', async () => {
    const r = await verify('go1.22_linux_arm64', { goVersion: '1.23.5' });
    expect(r.findings).toContainEqual({
      check: 'go-version',
      severity: 'error',
      message: 'built with go1.22.12, expected go1.23.5'
    });
  });
  it('vcs.revision compared with GITHUB_SHA; vcs.modified is a warning', async () => {
    const r = await verify('go1.23_linux_arm64', { githubSha: 'deadbeef'.repeat(5) });
    expect(checks(r)).toEqual(['vcs-revision']);
    expect(r.findings[0].message).toMatch(
      /^built from commit [0-9a-f]{12}, but this run is at deadbeefdead \(GITHUB_SHA\)$/
    );
    const dirty = await verify('go1.23_linux_amd64_dirty');
    expect(dirty.ok).toBe(true);
    expect(checks(dirty, 'warning')).toEqual(['vcs-modified']);
  });
  it('replaced dependency and quoted ldflags are read like go version -m', async () => {
    const r = await verify('go1.23_linux_arm64_replaced');
    expect(r.go?.deps).toEqual([
      {
        path: 'example.com/greet',
        version: 'v1.2.3',
        sum: '',
        replace: { path: './greet', version: '(devel)', sum: '' }
      }
    ]);
    for (const id of ['go1.23_linux_amd64_quoted', 'go1.19_linux_arm64_quoted']) {
      const q = await verify(id);
      expect(q.go?.settings['-ldflags']).toBe(`-s -w -X 'main.v=a b' -X 'main.w=say "hi"\tnow'`);
    }
    expect((await verify('go1.23_linux_amd64_quoted')).go?.settings['-tags']).toBe(
      'netgo,osusergo'
    );
  });
});

describe('third-party binaries (esbuild and lefthook from npm)', () => {
  const list = esbuildFixtures();
  it.each(list.map(b => [b.spec, b.path, b.goos, b.goarch]))(
    '%s',
    async (spec, file, goos, goarch) => {
      const r = await verifyFile(file, { target: targetOf({ goos, goarch }), trimpath: false });
      expect([r.goos, r.goarch]).toEqual([goos, goarch]);
      if (spec.includes('0.28')) {
        // Built by a newer Go without build info: recognised as Go, a warning, not a crash.
        expect(r.go).toBeNull();
        expect(r.findings.find(f => f.check === 'buildinfo')).toMatchObject({
          severity: 'warning'
        });
        expect(r.findings.find(f => f.check === 'buildinfo')?.message).toMatch(
          /^a Go binary \(.+\) without Go build info/
        );
      } else {
        expect(r.go?.version).toMatch(
          spec.startsWith('lefthook') ? /^go1\.2\d\./ : /^go1\.(17|20)\./
        );
        expect(r.go?.buildInfoFormat).toBe(spec.includes('0.13') ? 'pointer' : 'inline');
      }
      expect(errors(r).filter(f => f.check !== 'stripped' && f.check !== 'static')).toEqual([]);
    }
  );
});
