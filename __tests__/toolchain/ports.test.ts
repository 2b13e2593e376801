/** The target check asks the pinned go once per toolchain, then reads the port list it remembered. */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/inputs/errors.js';
import { parseTarget } from '../../src/targets/parse.js';
import { UNIVERSAL } from '../../src/targets/universal.js';
import { parsePorts, validateTargetsWithToolchain } from '../../src/toolchain/ports.js';
import { debianGo } from '../support/go.js';

describe('validateTargetsWithToolchain with a memo beside the toolchain', () => {
  it('asks go the first time, then answers from the memo without running go', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ports-'));
    const memo = path.join(dir, 'x64.ports.json');
    const go = debianGo('1.27');
    await validateTargetsWithToolchain([parseTarget('linux/arm64')], go, 'go1.27.4', false, memo);
    const remembered = parsePorts(await readFile(memo, 'utf8'));
    expect(remembered).toContainEqual(expect.objectContaining({ GOOS: 'linux', GOARCH: 'arm64' }));
    // windows/arm is gone from Go 1.26: the memo must say so too.
    expect(remembered.some(p => p.GOOS === 'windows' && p.GOARCH === 'arm')).toBe(false);

    const noGo = path.join(dir, 'no-such-go');
    await validateTargetsWithToolchain([parseTarget('linux/amd64')], noGo, 'go1.27.4', false, memo);
    await expect(
      validateTargetsWithToolchain([parseTarget('windows/arm')], noGo, 'go1.27.4', false, memo)
    ).rejects.toThrow(InputError);
    // Without a memo the missing go is asked, and fails.
    await expect(
      validateTargetsWithToolchain([parseTarget('linux/amd64')], noGo, 'go1.27.4', false)
    ).rejects.toThrow(/ENOENT/);
  });

  it('checks every target of a list, darwin/universal through its slices', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ports-'));
    const memo = path.join(dir, 'x64.ports.json');
    const go = debianGo('1.24');
    // Alone and first: darwin/amd64 and darwin/arm64 are ports of every Go.
    await validateTargetsWithToolchain([UNIVERSAL], go, 'go1.24.4', false, memo);
    await validateTargetsWithToolchain(
      [UNIVERSAL, parseTarget('linux/amd64')],
      go,
      'go1.24.4',
      false,
      memo
    );
    // The second entry is checked too: windows/arm is Broken on 1.24, rva23u64 needs 1.25.
    await expect(
      validateTargetsWithToolchain(
        [parseTarget('linux/amd64'), parseTarget('windows/arm')],
        go,
        'go1.24.4',
        false,
        memo
      )
    ).rejects.toThrow('target "windows/arm" is marked broken in Go 1.24.4');
    await expect(
      validateTargetsWithToolchain(
        [parseTarget('linux/amd64'), parseTarget('linux/riscv64/rva23u64')],
        go,
        'go1.24.4',
        false,
        memo
      )
    ).rejects.toThrow('GORISCV64=rva23u64 needs Go 1.25+');
  });
});
