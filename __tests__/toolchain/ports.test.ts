/** The target check asks the pinned go once per toolchain, then reads the port list it remembered. */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/inputs/errors.js';
import { parseTarget } from '../../src/targets/parse.js';
import { parsePorts, validateTargetWithToolchain } from '../../src/toolchain/ports.js';
import { debianGo } from '../support/go.js';

describe('validateTargetWithToolchain with a memo beside the toolchain', () => {
  it('asks go the first time, then answers from the memo without running go', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ports-'));
    const memo = path.join(dir, 'x64.ports.json');
    const go = debianGo('1.27');
    await validateTargetWithToolchain(parseTarget('linux/arm64'), go, 'go1.27.4', false, memo);
    const remembered = parsePorts(await readFile(memo, 'utf8'));
    expect(remembered).toContainEqual(expect.objectContaining({ GOOS: 'linux', GOARCH: 'arm64' }));
    // windows/arm is gone from Go 1.26: the memo must say so too.
    expect(remembered.some(p => p.GOOS === 'windows' && p.GOARCH === 'arm')).toBe(false);

    const noGo = path.join(dir, 'no-such-go');
    await validateTargetWithToolchain(parseTarget('linux/amd64'), noGo, 'go1.27.4', false, memo);
    await expect(
      validateTargetWithToolchain(parseTarget('windows/arm'), noGo, 'go1.27.4', false, memo)
    ).rejects.toThrow(InputError);
    // Without a memo the missing go is asked, and fails.
    await expect(
      validateTargetWithToolchain(parseTarget('linux/amd64'), noGo, 'go1.27.4', false)
    ).rejects.toThrow(/ENOENT/);
  });
});
