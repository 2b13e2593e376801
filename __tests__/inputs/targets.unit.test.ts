import { describe, expect, it } from '@jest/globals';
import { parseInputs } from '../../src/inputs/parse.js';
import { isMultiTarget, parseTargetList } from '../../src/inputs/targets.js';
import { UNIVERSAL } from '../../src/targets/universal.js';
import { goldenEnv } from '../../src/env/golden.js';
import { formatTarget } from '../../src/targets/parse.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('target list', () => {
  it('takes one per line or comma-separated, with darwin/universal', () => {
    const list = parseTargetList(
      'linux/amd64, linux/arm64\n  linux/arm/v7\n# comment\nwindows/amd64,darwin/universal\n'
    );
    expect(list.map(formatTarget)).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v7',
      'windows/amd64',
      'darwin/universal'
    ]);
    expect(list[4]).toEqual(UNIVERSAL);
    expect(isMultiTarget(list)).toBe(true);
  });

  it('one target is a single target, as before; darwin/universal alone is not', () => {
    expect(parseTargetList('linux/arm/v7')).toEqual([
      { goos: 'linux', goarch: 'arm', variant: { name: 'GOARM', value: '7' } }
    ]);
    expect(isMultiTarget(parseTargetList('linux/arm64'))).toBe(false);
    expect(isMultiTarget(parseTargetList('darwin/universal'))).toBe(true);
    expect(parseTargetList('')).toEqual([{ goos: 'linux', goarch: 'arm64' }]);
  });

  it('names the bad item, and refuses duplicates', () => {
    expect(() => parseTargetList('linux/amd64,linux/arm65')).toThrow(
      /target "linux\/arm65" is not a Go target; did you mean linux\/arm64\?.*darwin\/universal/
    );
    expect(() => parseTargetList('linux/arm/7\nlinux/arm/v7')).toThrow(
      /names linux\/arm\/v7 twice; accepted: each target once/
    );
  });

  it('parseInputs: targets, target = the first; verify globs with several targets', () => {
    const inputs = parseInputs(
      read({ 'go-version': '1.23', target: 'linux/amd64\nwindows/amd64', build: '.' })
    );
    expect(inputs.targets.map(formatTarget)).toEqual(['linux/amd64', 'windows/amd64']);
    expect(inputs.target).toEqual(inputs.targets[0]);
    // Each file is then checked against the target it is meant for (verify/match-target.ts).
    expect(
      parseInputs(
        read({ 'go-version': '1.23', target: 'linux/amd64,linux/arm64', verify: 'dist/*' })
      ).verify
    ).toEqual(['dist/*']);
    expect(() =>
      parseInputs(
        read({ 'go-version': '1.23', target: 'linux/amd64,linux/arm64', output: 'bin/{name}' })
      )
    ).toThrow(/output "bin\/\{name\}" names the same file for linux\/amd64 and linux\/arm64/);
    // Control characters are still refused; a newline now separates list items.
    expect(() => parseInputs(read({ 'go-version': '1.23', target: 'linux/amd64\u0007' }))).toThrow(
      /control character U\+0007/
    );
  });

  it('several targets export no GOOS/GOARCH/variant, and say so once', () => {
    const targets = parseTargetList('linux/arm/v7,linux/arm64');
    const env = goldenEnv(
      {
        target: targets[0],
        targets,
        cgo: false,
        trimpath: true,
        forceRebuild: false,
        ldflags: '-s -w'
      },
      'go1.23.5',
      { goroot: '/g', gocache: '/c/linux_arm_v7', gomodcache: '/m' }
    );
    const names = env.vars.map(([n]) => n);
    expect(names).not.toContain('GOOS');
    expect(names).not.toContain('GOARCH');
    expect(names).not.toContain('GOARM');
    expect(names).toEqual(
      expect.arrayContaining(['GOROOT', 'GOTOOLCHAIN', 'CGO_ENABLED', 'GOFLAGS', 'GOMODCACHE'])
    );
    expect(
      env.notices.filter(n => /GOOS, GOARCH and the variant are not exported/.test(n))
    ).toHaveLength(1);
  });
});
