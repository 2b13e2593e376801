import { describe, expect, it } from '@jest/globals';
import {
  cmdMessageText,
  execKind,
  qemuGoarches,
  qemuWrapperText,
  unrunnableMessage,
  wrapperFile,
  wrappersFor
} from '../../src/env/exec-wrapper.js';
import { parseTarget } from '../../src/targets/parse.js';
import { QEMU_ARCH, caseMatches, qemuCpu } from '../../src/targets/qemu.js';
import { DIST_LIST } from '../../src/targets/table.js';

const amd64 = { goos: 'linux', goarch: 'amd64' };
const arm64 = { goos: 'linux', goarch: 'arm64' };
const t = parseTarget;

describe('execKind: which targets get a wrapper', () => {
  it('the host pair never (Go does not look for one), whatever the variant', () => {
    expect(execKind(t('linux/amd64'), amd64)).toBe('host');
    expect(execKind(t('linux/amd64/v4'), amd64)).toBe('host');
    expect(execKind(t('linux/arm64'), arm64)).toBe('host');
  });
  it('386 on amd64 and arm on arm64 are probed, not assumed', () => {
    expect(execKind(t('linux/386'), amd64)).toBe('probe');
    expect(execKind(t('linux/arm/v7'), arm64)).toBe('probe');
    expect(execKind(t('linux/arm/v7'), amd64)).toBe('qemu');
    expect(execKind(t('linux/386'), arm64)).toBe('qemu');
  });
  it('other linux arches run under qemu', () => {
    for (const a of [
      'arm64',
      'riscv64',
      'ppc64le',
      'ppc64',
      's390x',
      'mips',
      'mips64le',
      'loong64'
    ])
      expect(execKind(t(`linux/${a}`), amd64)).toBe('qemu');
    expect(execKind(t('linux/amd64/v3'), arm64)).toBe('qemu');
  });
  it('another OS cannot run here; Go ships its own wrappers for wasm, android and ios', () => {
    expect(execKind(t('windows/amd64'), amd64)).toBe('unrunnable');
    expect(execKind(t('darwin/arm64'), amd64)).toBe('unrunnable');
    expect(execKind(t('freebsd/amd64'), amd64)).toBe('unrunnable');
    expect(execKind(t('linux/arm64'), { goos: 'darwin', goarch: 'arm64' })).toBe('unrunnable');
    expect(execKind(t('linux/amd64'), { goos: 'windows', goarch: 'amd64' })).toBe('unrunnable');
    expect(execKind(t('js/wasm'), amd64)).toBe('go');
    expect(execKind(t('wasip1/wasm'), amd64)).toBe('go');
    expect(execKind(t('android/arm64'), amd64)).toBe('go');
  });
  it("the runner's OS runs its own other arches (Rosetta 2, WoW64), but an Intel Mac not arm64", () => {
    expect(execKind(t('darwin/amd64'), { goos: 'darwin', goarch: 'arm64' })).toBe('os');
    expect(execKind(t('windows/386'), { goos: 'windows', goarch: 'amd64' })).toBe('os');
    expect(execKind(t('darwin/arm64'), { goos: 'darwin', goarch: 'amd64' })).toBe('unrunnable');
  });
  it('every linux pair Go has shipped is either run or explained (none falls through)', () => {
    for (const pair of DIST_LIST.filter(p => p.startsWith('linux/'))) {
      const kind = execKind(t(pair), amd64);
      expect(['host', 'probe', 'qemu']).toContain(kind);
    }
  });
});

describe('wrappersFor', () => {
  it('one wrapper per GOOS/GOARCH; variants share it; natively probed pairs get none', () => {
    const targets = [
      t('linux/arm/v5'),
      t('linux/arm/v7'),
      t('linux/arm64'),
      t('linux/386'),
      t('linux/amd64'),
      t('windows/amd64'),
      t('js/wasm')
    ];
    const native = wrappersFor(targets, amd64, new Map([['386', true]]));
    expect(native.wrappers.map(w => w.file).sort()).toEqual([
      'go_linux_arm64_exec',
      'go_linux_arm_exec',
      'go_windows_amd64_exec'
    ]);
    expect(native.decisions.find(d => d.target.goarch === '386')).toMatchObject({
      kind: 'probe',
      native: true
    });
    const notNative = wrappersFor(targets, amd64, new Map([['386', false]]));
    expect(notNative.wrappers.map(w => w.file)).toContain('go_linux_386_exec');
    expect(qemuGoarches(notNative.wrappers, targets, amd64).sort()).toEqual([
      '386',
      'arm',
      'arm64'
    ]);
  });
  it('writes .cmd files on Windows (Go finds them through PATHEXT)', () => {
    const { wrappers } = wrappersFor(
      [t('linux/arm64')],
      { goos: 'windows', goarch: 'amd64' },
      new Map()
    );
    expect(wrappers).toHaveLength(1);
    expect(wrappers[0].file).toBe('go_linux_arm64_exec.cmd');
    expect(wrappers[0].text).toMatch(
      /^@echo off\r\necho setup-go-cross: this windows\/amd64 runner cannot run linux\/arm64 programs/
    );
    expect(wrappers[0].text).toContain('exit /b 126');
  });
});

describe('wrapper text', () => {
  it('is constant per GOARCH: the variant is read at run time, never spliced in', () => {
    const text = qemuWrapperText('arm');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toContain('case ${GOARM-} in');
    expect(text).toContain('5*) cpu=arm926 ;;');
    expect(text).toContain('7*) cpu=cortex-a8 ;;');
    expect(text).toContain('*) cpu=max ;;');
    expect(text).toContain('for q in qemu-arm-static qemu-arm; do');
    expect(text).toContain('exec "$q" -cpu "$cpu" -- "$@"');
    expect(text).toContain('/proc/sys/fs/binfmt_misc/qemu-arm ');
    expect(text).toContain('exit 127');
  });
  it("an arch with one CPU passes no -cpu; 386 adds its GODEBUG to the user's", () => {
    expect(qemuWrapperText('loong64')).toContain('exec "$q" -- "$@"');
    expect(qemuWrapperText('386')).toContain('GODEBUG=${GODEBUG:+$GODEBUG,}asyncpreemptoff=1');
    expect(qemuWrapperText('arm64')).not.toContain('GODEBUG');
  });
  it("386 runs with GOMAXPROCS=1 unless the user set one; other arches keep Go's default", () => {
    expect(qemuWrapperText('386')).toContain('GOMAXPROCS=${GOMAXPROCS:-1}\nexport GOMAXPROCS\n');
    expect(qemuWrapperText('arm64')).not.toContain('GOMAXPROCS');
  });
  it('a variant qemu cannot emulate exits 126 with one line', () => {
    const text = qemuWrapperText('amd64');
    expect(text).toMatch(
      /v4\)\n {2}echo 'setup-go-cross: cannot run this program under qemu: GOAMD64=v4 needs AVX-512[^'\n]*' >&2\n {2}exit 126/
    );
  });
  it('every table entry renders (no quote or odd word slips into the script)', () => {
    for (const goarch of Object.keys(QEMU_ARCH)) {
      const text = qemuWrapperText(goarch);
      // Single-quoted strings only hold table text; nothing is expanded inside them.
      const code = text
        .split('\n')
        .filter(l => !l.startsWith('#'))
        .join('\n');
      for (const m of code.matchAll(/'([^']*)'/g)) expect(m[1]).not.toMatch(/[\n\\]/);
      expect(text).not.toMatch(/[\u0080-\uffff]/);
    }
  });
  it('refuses names that are not plain words', () => {
    expect(() => wrapperFile({ goos: 'linux', goarch: 'arm64;rm' }, amd64)).toThrow(/plain word/);
    expect(() => qemuWrapperText('wasm')).toThrow(/no qemu/);
  });
  it('cmd text escapes cmd.exe metacharacters', () => {
    expect(cmdMessageText('a (b) & c | d > e < f ^ g %PATH%')).toContain(
      'echo a ^(b^) ^& c ^| d ^> e ^< f ^^ g %%PATH%% 1>&2'
    );
  });
  it('says where the target can run', () => {
    expect(unrunnableMessage(t('windows/amd64'), amd64)).toBe(
      'setup-go-cross: this linux/amd64 runner cannot run windows/amd64 programs (go run, go test, go tool); run them on a Windows runner (runs-on: windows-latest), or use go build / go vet / go test -c here'
    );
    expect(unrunnableMessage(t('freebsd/amd64'), amd64)).toContain(
      'run them on a freebsd/amd64 machine'
    );
  });
});

describe('qemu CPU table', () => {
  it('picks the variant CPU; the default variant gets the most capable one', () => {
    expect(qemuCpu(t('linux/arm/v5'))).toEqual({ cpu: 'arm926' });
    expect(qemuCpu(t('linux/arm/6,softfloat'))).toEqual({ cpu: 'arm1176' });
    expect(qemuCpu(t('linux/arm/v7'))).toEqual({ cpu: 'cortex-a8' });
    expect(qemuCpu(t('linux/arm'))).toEqual({ cpu: 'max' });
    expect(qemuCpu(t('linux/ppc64le/power9'))).toEqual({ cpu: 'power9' });
    expect(qemuCpu(t('linux/ppc64le'))).toEqual({ cpu: 'power8' });
    expect(qemuCpu(t('linux/mipsle/softfloat'))).toEqual({ cpu: '24Kc' });
    expect(qemuCpu(t('linux/loong64'))).toEqual({ cpu: undefined });
    expect(qemuCpu(t('linux/riscv64/rva23u64'))).toEqual({
      cpu: 'rv64,v=true,vext_spec=v1.0,vlen=128'
    });
    expect(qemuCpu(t('linux/riscv64/rva22u64'))).toEqual({ cpu: 'rv64' });
    expect(qemuCpu(t('linux/amd64/v4'))).toMatchObject({
      unsupported: expect.stringMatching(/AVX-512/)
    });
    expect(qemuCpu(t('linux/amd64/v3'))).toEqual({ cpu: 'max' });
    expect(qemuCpu(t('js/wasm'))).toBeUndefined();
  });
  it('matches patterns the way sh case does for the forms the table uses', () => {
    expect(caseMatches('5*', '5,softfloat')).toBe(true);
    expect(caseMatches('5*', '6')).toBe(false);
    expect(caseMatches('power9|power10', 'power10')).toBe(true);
    expect(caseMatches('v4', 'v41')).toBe(false);
  });
});
