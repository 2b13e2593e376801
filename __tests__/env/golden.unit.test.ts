import { describe, expect, it } from '@jest/globals';
import { goldenEnv } from '../../src/env/golden.js';
import { parseTarget } from '../../src/targets/parse.js';
import { goenvConflicts, parseGoenvFile } from '../../src/env/goenv.js';

const paths = { goroot: '/t/go/1.22.12/x64', gocache: '/tmp/c/linux_arm64', gomodcache: '/tmp/m' };
const inputs = {
  target: parseTarget('linux/arm64'),
  cgo: false,
  trimpath: true,
  forceRebuild: false,
  ldflags: '-s -w'
};

describe('goldenEnv', () => {
  it('reproduces the linux/arm64 formula', () => {
    expect(Object.fromEntries(goldenEnv(inputs, 'go1.22.12', paths).vars)).toEqual({
      GOROOT: '/t/go/1.22.12/x64',
      GOTOOLCHAIN: 'local',
      GOOS: 'linux',
      GOARCH: 'arm64',
      CGO_ENABLED: '0',
      GOCACHE: '/tmp/c/linux_arm64',
      GOMODCACHE: '/tmp/m',
      GOFLAGS: `-trimpath '-ldflags=-s -w'`
    });
  });

  it.each([
    ['linux/arm/v7', 'GOARM', '7'],
    ['linux/amd64/v3', 'GOAMD64', 'v3'],
    ['linux/arm64/v8.2', 'GOARM64', 'v8.2'],
    ['linux/riscv64/rva22u64', 'GORISCV64', 'rva22u64'],
    ['linux/mipsle/softfloat', 'GOMIPS', 'softfloat']
  ])('%s exports %s=%s', (target, name, value) => {
    const env = new Map(
      goldenEnv({ ...inputs, target: parseTarget(target) }, 'go1.23.5', paths).vars
    );
    expect(env.get(name)).toBe(value);
  });

  it('turns cgo on only when asked', () => {
    expect(
      new Map(goldenEnv({ ...inputs, cgo: true }, 'go1.23.5', paths).vars).get('CGO_ENABLED')
    ).toBe('1');
  });

  it('gives each Go version GOFLAGS it can read', () => {
    const flags = (v: string) => new Map(goldenEnv(inputs, v, paths).vars).get('GOFLAGS');
    expect(flags('go1.19.8')).toBe('-trimpath -ldflags=-s');
    expect(flags('go1.21.13')).toBe(`-trimpath '-ldflags=-s -w'`);
    expect(goldenEnv(inputs, 'go1.19.8', paths).notices).toHaveLength(1);
  });
});

describe('GOENV file warnings', () => {
  it('says which value wins', () => {
    const vars = parseGoenvFile('GOARCH=amd64\nGOPROXY=direct\nCGO_ENABLED=1\n');
    const warnings = goenvConflicts(
      '/home/u/.config/go/env',
      vars,
      new Map([
        ['GOARCH', 'arm64'],
        ['CGO_ENABLED', '0']
      ])
    );
    expect(warnings).toEqual([
      '/home/u/.config/go/env (go env -w) sets GOARCH=amd64, but the exported environment variable GOARCH=arm64 wins over it.',
      '/home/u/.config/go/env (go env -w) sets CGO_ENABLED=1, but the exported environment variable CGO_ENABLED=0 wins over it.'
    ]);
    expect(goenvConflicts('f', parseGoenvFile('GOPROXY=off\n'), new Map())).toEqual([]);
  });
});
