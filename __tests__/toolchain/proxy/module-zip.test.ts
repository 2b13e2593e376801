import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  buildGoProxyFixtures,
  runHelper,
  type GoProxyFixtures,
  type ToolchainZip
} from '../../../scripts/fixtures/goproxy.mjs';
import { hash1 } from '../../../src/toolchain/proxy/dirhash.js';
import { SumdbError } from '../../../src/toolchain/proxy/errors.js';
import { extractModuleZip, planModuleZip } from '../../../src/toolchain/proxy/module-zip.js';

jest.setTimeout(300_000);

/**
 * The module-zip extraction on its own: the real toolchain zips of the
 * fixtures (made by Go's own archive/zip and dirhash) and small zips from
 * the same Go helper, damaged byte by byte, on 1, 2 and 4 worker threads.
 */
describe('extractModuleZip', () => {
  let fx: GoProxyFixtures;
  let root: string;
  let go123: ToolchainZip;
  let n = 0;
  const dest = () => path.join(root, `x${n++}`, 'go');
  const prefix = (t: ToolchainZip) => `golang.org/toolchain@${t.modVersion}/`;

  beforeAll(async () => {
    fx = await buildGoProxyFixtures({ quiet: true });
    root = await mkdtemp(path.join(os.tmpdir(), 'module-zip-'));
    const t = fx.toolchains.find(t => t.version === 'go1.23.5');
    if (!t) throw new Error('the go1.23.5 toolchain zip is missing from the fixtures');
    go123 = t;
  });

  /** Go's dirhash over what is on disk now, named as in the zip: proves the written bytes are the hashed ones. */
  async function hashOnDisk(dir: string, zipPrefix: string): Promise<string> {
    const files: { name: string; sha256: string }[] = [];
    for (const rel of (await readdir(dir, { recursive: true })) as string[]) {
      const p = path.join(dir, rel);
      if (!(await stat(p)).isFile()) continue;
      // cmd/go's copy of _go.mod is not in the zip.
      if (path.basename(rel) === 'go.mod') {
        const twin = path.join(path.dirname(p), '_go.mod');
        if (await stat(twin).catch(() => null)) continue;
      }
      const sha256 = createHash('sha256')
        .update(await readFile(p))
        .digest('hex');
      files.push({ name: zipPrefix + rel.split(path.sep).join('/'), sha256 });
    }
    return hash1(files);
  }

  it.each([1, 2, 4])(
    'a real toolchain zip on %i worker(s): the h1 Go computed, the same bytes on disk, Go’s modes',
    async workers => {
      const out = dest();
      const got = await extractModuleZip(await readFile(go123.zip), prefix(go123), out, {
        workers
      });
      expect(got.h1).toBe(go123.h1);
      expect(got.files).toBeGreaterThan(5000);
      expect(await hashOnDisk(out, prefix(go123))).toBe(go123.h1);
      expect((await stat(path.join(out, 'bin/go'))).mode & 0o777).toBe(0o755);
      expect((await stat(path.join(out, 'pkg/tool/linux_amd64/compile'))).mode & 0o777).toBe(0o755);
      expect((await stat(path.join(out, 'src/fmt/print.go'))).mode & 0o777).toBe(0o644);
      expect((await readFile(path.join(out, 'VERSION'), 'utf8')).split('\n')[0]).toBe('go1.23.5');
      await rm(path.dirname(out), { recursive: true });
    }
  );

  /** A zip with many entries of mixed sizes (several batches), from Go's archive/zip. */
  async function manyEntries(name: string, count = 300): Promise<{ file: string; pre: string }> {
    const pre = 'golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64/';
    const args: string[] = [];
    for (let i = 0; i < count; i++) {
      const body = createHash('sha256')
        .update(String(i))
        .digest('hex')
        .repeat(1 + (i % 40));
      args.push(`${pre}src/p${i % 7}/f${i}.go`, body);
    }
    const file = path.join(root, name);
    await runHelper(fx.helper, ['rawzip', file, ...args]);
    return { file, pre };
  }

  it('agrees with Go’s dirhash.HashZip on a many-entry zip, on any worker count', async () => {
    const { file, pre } = await manyEntries('many.zip');
    const want = (await runHelper(fx.helper, ['hashzip', file])).trim();
    for (const workers of [1, 3]) {
      const got = await extractModuleZip(await readFile(file), pre, dest(), { workers });
      expect(got).toMatchObject({ h1: want, files: 300 });
    }
  });

  it('damaged deflate data in one entry: a layout error, and the staging dir can go at once', async () => {
    const { file, pre } = await manyEntries('damaged.zip');
    const zip = await readFile(file);
    const plan = await planModuleZip(zip, pre, '/nonexistent');
    const victim = plan.files[250]!;
    for (let k = 0; k < 3; k++) {
      const bad = Buffer.from(zip);
      bad.fill(0xff, victim.start, victim.start + Math.min(40, victim.compressedSize));
      const out = dest();
      const e = await extractModuleZip(bad, pre, out, { workers: 2 }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(SumdbError);
      expect((e as SumdbError).step).toBe('layout');
      expect((e as Error).message).toMatch(
        /^module zip (cannot be read: "[^"]*f250\.go": .+|entry "[^"]*f250\.go" holds \d+ bytes, its header says \d+); nothing was installed$/
      );
      // Nothing is still being written: removal right after the verdict never races a worker.
      await rm(path.dirname(out), { recursive: true });
    }
  });

  /** Patches the central directory's uncompressed size of the entry named `name`. */
  function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
    const bad = Buffer.from(zip);
    for (let i = bad.lastIndexOf('PK\x01\x02'); i >= 0; i = bad.lastIndexOf('PK\x01\x02', i - 1)) {
      const len = bad.readUInt16LE(i + 28);
      if (bad.toString('utf8', i + 46, i + 46 + len) === name) {
        bad.writeUInt32LE(size, i + 24);
        return bad;
      }
    }
    throw new Error(`no central directory record for ${name}`);
  }

  it('an entry whose header understates its size stops at the stated size (no bomb)', async () => {
    const { file, pre } = await manyEntries('understated.zip', 20);
    const name = `${pre}src/p5/f12.go`;
    const bad = withDeclaredSize(await readFile(file), name, 10);
    const e = await extractModuleZip(bad, pre, dest()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SumdbError);
    expect((e as Error).message).toContain(JSON.stringify(name));
  });

  it('an entry whose header overstates its size: the byte counts in one line', async () => {
    const { file, pre } = await manyEntries('overstated.zip', 20);
    const name = `${pre}src/p5/f12.go`;
    const real = (await planModuleZip(await readFile(file), pre, '/x')).files[12]!.uncompressedSize;
    const bad = withDeclaredSize(await readFile(file), name, real + 1000);
    const e = await extractModuleZip(bad, pre, dest()).catch((x: unknown) => x);
    expect((e as Error).message).toBe(
      `module zip entry ${JSON.stringify(name)} holds ${real} bytes, its header says ${real + 1000}; nothing was installed`
    );
  });

  it('a file that cannot be written is an I/O error, not a verdict on the zip', async () => {
    const { file, pre } = await manyEntries('io.zip', 10);
    const blocker = path.join(root, 'a-file');
    await writeFile(blocker, 'not a directory');
    const e = await extractModuleZip(await readFile(file), pre, path.join(blocker, 'go')).catch(
      (x: unknown) => x
    );
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(SumdbError);
    expect((e as Error).message).toMatch(/^cannot unpack the module zip: .*(ENOTDIR|EEXIST)/);
  });

  it('a bad entry found while workers already write earlier ones: layout, workers ended', async () => {
    const pre = 'golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64/';
    const args: string[] = [];
    for (let i = 0; i < 400; i++) args.push(`${pre}src/f${i}.go`, 'x'.repeat(5000));
    args.push('elsewhere/escape', 'no');
    const file = path.join(root, 'late-slip.zip');
    await runHelper(fx.helper, ['rawzip', file, ...args]);
    const out = dest();
    const e = await extractModuleZip(await readFile(file), pre, out).catch((x: unknown) => x);
    expect((e as SumdbError).step).toBe('layout');
    expect((e as Error).message).toBe(
      `module zip entry "elsewhere/escape" is outside ${pre}; nothing was installed`
    );
    // Whatever the workers wrote before the verdict is inside the staging dir, and it can go at once.
    expect((await readdir(path.dirname(out))).filter(f => f !== 'go')).toEqual([]);
    await rm(path.dirname(out), { recursive: true });
  });
});
