/**
 * The emulator input against the real system: Debian's qemu-user-static is
 * installed here (dpkg knows its version), and this test runs as root, the
 * way a container job does, so `auto` with a PATH that lacks qemu really runs
 * apt-get install (a no-op for an installed package) and finds the emulator
 * through the package's file list.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readlink, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureEmulator } from '../../src/env/emulator.js';

const dpkgVersion = (): string =>
  execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'qemu-user-static'], {
    encoding: 'utf8'
  }).trim();

let root: string;
const savedPath = process.env['PATH'];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'emulator-'));
});
afterAll(async () => {
  process.env['PATH'] = savedPath;
  await rm(root, { recursive: true, force: true });
});

describe('ensureEmulator', () => {
  it('install, with qemu on PATH: reports the package, its dpkg version and the emulator paths', async () => {
    const status = await ensureEmulator('install', ['arm64', 's390x'], {
      needed: false,
      linkDir: root
    });
    expect(status.missing).toEqual([]);
    expect(status.found.get('arm64')).toBe('/usr/bin/qemu-aarch64-static');
    expect(status.found.get('s390x')).toBe('/usr/bin/qemu-s390x-static');
    expect(status.package).toEqual({ name: 'qemu-user-static', version: dpkgVersion() });
    expect(status.installSeconds).toBeUndefined();
  });

  it('auto, not needed by the step, qemu missing: nothing installed, the missing arch reported', async () => {
    process.env['PATH'] = '/nonexistent';
    try {
      const status = await ensureEmulator('auto', ['arm64'], { needed: false, linkDir: root });
      expect(status).toEqual({ found: new Map(), missing: ['arm64'] });
    } finally {
      process.env['PATH'] = savedPath;
    }
  });

  it('auto, needed (smoke-run), PATH without qemu: apt-get installs it and it is linked onto PATH', async () => {
    if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
      // Not in CI (which runs as root on Debian): the plan's errors are unit-tested instead.
      console.log('skipped: needs root and apt-get');
      return;
    }
    // Every program of /usr/bin except the emulators, and sbin (dpkg's helpers).
    const bin = path.join(root, 'bin-without-qemu');
    const linkDir = path.join(root, 'exec');
    await mkdir(bin);
    await mkdir(linkDir);
    for (const name of readdirSync('/usr/bin'))
      if (!name.startsWith('qemu-'))
        await symlink(path.join('/usr/bin', name), path.join(bin, name));
    process.env['PATH'] = [linkDir, bin, '/usr/sbin', '/sbin'].join(path.delimiter);
    try {
      const status = await ensureEmulator('auto', ['arm64'], { needed: true, linkDir });
      expect(status.missing).toEqual([]);
      expect(status.installSeconds).toBeGreaterThan(0);
      expect(status.found.get('arm64')).toBe('/usr/bin/qemu-aarch64-static');
      expect(await readlink(path.join(linkDir, 'qemu-aarch64-static'))).toBe(
        '/usr/bin/qemu-aarch64-static'
      );
      expect(status.package).toEqual({ name: 'qemu-user-static', version: dpkgVersion() });
    } finally {
      process.env['PATH'] = savedPath;
    }
  }, 600_000);
});
