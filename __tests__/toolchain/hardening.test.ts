import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as tc from '@actions/tool-cache';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  utimes,
  writeFile
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startMirror, type Mirror } from '../../scripts/fixtures/mirror-server.mjs';
import type { GoRelease } from '../../scripts/fixtures/mirror.mjs';
import { ChecksumError, DownloadError, ExtractError } from '../../src/toolchain/download.js';
import { installGo, toolCacheName, type InstallRequest } from '../../src/toolchain/install.js';
import type { Limits } from '../../src/toolchain/limits.js';
import { promoteToToolCache, sweepStaging } from '../../src/toolchain/toolcache.js';
import { parseVersionSpec } from '../../src/toolchain/version.js';

const run = promisify(execFile);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const GO = '/usr/lib/go-1.22';
/** Top-level names to archive; an empty archive when there are none. */
const entries = async (dir: string) => {
  const names = await readdir(dir);
  return names.length ? names : ['-T', '/dev/null'];
};
/** The error a promise fails with (and a failure of the test if it succeeds). */
async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure, got success');
}

/**
 * Hostile mirrors, unlucky networks and busy runners (issue 14, items 1-7),
 * against the real install path: loopback go.dev mirrors, archives made by
 * the real tar (as root where the item needs it), a real tool cache, and
 * limits shortened so each stall or cap shows in seconds.
 */
describe('installGo hardening', () => {
  let mirror: Mirror; // the real fixture archives
  let hostile: Mirror; // archives built below
  let root: string;
  let cacheN = 0;
  const fast: Partial<Limits> = {
    backoffMs: 10,
    stallMs: 1500,
    // Generous for real installs on a busy machine; the stall cases set their own.
    indexDeadlineMs: 30_000,
    archiveDeadlineMs: 90_000
  };
  const index: GoRelease[] = [];

  const request = (m: Mirror, specText: string, limits: Partial<Limits> = {}): InstallRequest => ({
    spec: parseVersionSpec(specText),
    specText,
    baseUrl: m.baseUrl,
    officialDownloads: false,
    host: { os: 'linux', arch: 'amd64' },
    toolArch: 'x64',
    retry: { limits: { ...fast, ...limits } }
  });
  /** A fresh, empty tool cache and RUNNER_TEMP for each case. */
  const freshRunner = async () => {
    const dir = path.join(root, `runner-${++cacheN}`);
    process.env['RUNNER_TOOL_CACHE'] = path.join(dir, 'tool-cache');
    process.env['RUNNER_TEMP'] = path.join(dir, 'temp');
    await mkdir(process.env['RUNNER_TEMP'], { recursive: true });
    return { toolCache: process.env['RUNNER_TOOL_CACHE'], temp: process.env['RUNNER_TEMP'] };
  };
  /** Everything under the tool cache and RUNNER_TEMP (nothing should survive a refusal). */
  const leftovers = async (r: { toolCache: string; temp: string }) => [
    // The tool's own (empty) directory may stay; nothing inside it may.
    ...(await readdir(r.toolCache, { recursive: true }).catch(() => [])).filter(p =>
      p.includes(path.sep)
    ),
    ...(await readdir(r.temp, { recursive: true }))
  ];

  /** Builds go<version>.linux-amd64.tar.gz with the real tar from a tree made by `make`. */
  async function hostileArchive(
    version: string,
    make: (src: string) => Promise<void>,
    opts: { wrongSha?: boolean; tarArgs?: string[] } = {}
  ) {
    const src = path.join(root, `src-${version}`);
    await mkdir(src, { recursive: true });
    await make(src);
    const filename = `go${version}.linux-amd64.tar.gz`;
    const file = path.join(root, 'hostile', filename);
    await run('bash', [
      '-c',
      'tar -cf - -C "$1" "${@:3}" | gzip -1 > "$2"',
      'x',
      src,
      file,
      ...(opts.tarArgs ?? (await entries(src)))
    ]);
    const body = await readFile(file);
    index.push({
      version: `go${version}`,
      stable: true,
      files: [
        {
          filename,
          os: 'linux',
          arch: 'amd64',
          version: `go${version}`,
          sha256: opts.wrongSha ? sha256(Buffer.from('not this')) : sha256(body),
          size: body.length,
          kind: 'archive'
        }
      ]
    });
    hostile.setIndex(index);
  }
  /** A go/ tree whose bin/go is a real Go (so an install would succeed but for `extra`). */
  const goTree = (extra: (go: string) => Promise<void>) => async (src: string) => {
    const go = path.join(src, 'go');
    await mkdir(path.join(go, 'bin'), { recursive: true });
    await writeFile(path.join(go, 'VERSION'), 'go1.99\n');
    await extra(go);
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'hardening-'));
    await mkdir(path.join(root, 'hostile'), { recursive: true });
    mirror = await startMirror({ prefix: '/dl', hangMs: 30_000 });
    hostile = await startMirror({ root: path.join(root, 'hostile'), index: [] });
  });
  afterAll(async () => {
    await mirror.close();
    await hostile.close();
    await rm(root, { recursive: true, force: true });
  });

  it('item 1: an archive that stalls mid-body once is retried and installs', async () => {
    await freshRunner();
    mirror.clear();
    mirror.fault('go1.22.12.linux-amd64.tar.gz', 'stall');
    const go = await installGo(request(mirror, '1.22.12'));
    expect(go.fromToolCache).toBe(false);
    expect(mirror.downloads().map(r => r.fault)).toEqual(['stall', undefined]);
    const { stdout } = await run(path.join(go.goroot, 'bin', 'go'), ['version']);
    expect(stdout).toContain('go1.22.12');
  });

  it('item 1: an archive that always stalls fails by its deadline with one message, nothing installed', async () => {
    const r = await freshRunner();
    mirror.clear();
    mirror.always('go1.22.12.linux-amd64.tar.gz', 'stall');
    const attempt = installGo(
      request(mirror, '1.22.12', { attempts: 10, archiveDeadlineMs: 6000 })
    );
    await expect(attempt).rejects.toBeInstanceOf(DownloadError);
    await expect(attempt).rejects.toThrow(
      /ran out of time after \d attempts; last: .*stalled: no data for 1500 ms|did not finish before its deadline/
    );
    expect((await failure(attempt)).message).not.toContain('\n');
    expect(mirror.downloads().length).toBeGreaterThan(1);
    expect(mirror.downloads().length).toBeLessThan(10);
    expect(await leftovers(r)).toEqual([]);
    mirror.clear();
  }, 30_000);

  it('item 1: an index that stalls until the attempts run out is one error', async () => {
    await freshRunner();
    mirror.clear();
    mirror.always('index', 'stall');
    await expect(installGo(request(mirror, '1.22.12', { attempts: 2 }))).rejects.toThrow(
      /^GET .*mode=json.* failed 2 times; last: .*stalled/
    );
    mirror.clear();
  }, 30_000);

  it('item 2: an endless archive body stops at the index size, without retrying', async () => {
    const r = await freshRunner();
    mirror.clear();
    mirror.always('go1.22.12.linux-amd64.tar.gz', 'endless');
    await expect(installGo(request(mirror, '1.22.12'))).rejects.toThrow(
      /sent more than the size the Go download index gives \(\d+ bytes\); stopped/
    );
    expect(mirror.downloads()).toHaveLength(1);
    expect(await leftovers(r)).toEqual([]);
    mirror.clear();
  });

  it('item 3: a wrong-SHA gzip bomb is never unpacked: it stops at the size and leaves nothing', async () => {
    // 1 GiB of zeros in ~1 MB of gzip: unpacking it would take 1 GiB of disk.
    await hostileArchive(
      '1.99.1',
      async src => {
        await mkdir(path.join(src, 'go'), { recursive: true });
        await run('bash', ['-c', 'head -c 1G /dev/zero > "$1"', 'x', path.join(src, 'go', 'bomb')]);
      },
      { wrongSha: true }
    );
    await rm(path.join(root, 'src-1.99.1'), { recursive: true, force: true });
    const r = await freshRunner();
    // Never unpacked (verify first); under SETUP_GO_CROSS_DESIGN=stream the inflate cap would stop it.
    const attempt = installGo(request(hostile, '1.99.1', { unpackMaxBytes: 64 << 20 }));
    await expect(attempt).rejects.toBeInstanceOf(ChecksumError);
    await expect(attempt).rejects.toThrow(/SHA-256 mismatch .*nothing|the file was deleted/);
    expect(await leftovers(r)).toEqual([]);
  }, 60_000);

  it('item 3: a bomb with a matching SHA stops at the inflate cap, nothing in the tool cache', async () => {
    const r = await freshRunner();
    const file = path.join(root, 'hostile', 'go1.99.1.linux-amd64.tar.gz');
    index.push({ ...index.at(-1)!, version: 'go1.99.2' });
    index[index.length - 1] = {
      version: 'go1.99.2',
      stable: true,
      files: [
        {
          ...index.at(-2)!.files[0],
          filename: 'go1.99.2.linux-amd64.tar.gz',
          version: 'go1.99.2',
          sha256: sha256(await readFile(file))
        }
      ]
    };
    await run('cp', [file, path.join(root, 'hostile', 'go1.99.2.linux-amd64.tar.gz')]);
    hostile.setIndex(index);
    await expect(
      installGo(request(hostile, '1.99.2', { unpackMaxBytes: 64 << 20 }))
    ).rejects.toThrow(
      'go1.99.2.linux-amd64.tar.gz: the archive unpacks to more than 67108864 bytes; stopped there'
    );
    expect(await leftovers(r)).toEqual([]);
  }, 60_000);

  const refusals: Array<[string, string, (src: string) => Promise<void>]> = [
    [
      '1.99.3',
      'the archive holds a setuid file (go/bin/go',
      goTree(async go => {
        await writeFile(path.join(go, 'bin', 'go'), '#!/bin/sh\n');
        await chmod(path.join(go, 'bin', 'go'), 0o4755);
      })
    ],
    [
      '1.99.4',
      'the archive holds a setgid file (go/bin/gofmt',
      goTree(async go => {
        await writeFile(path.join(go, 'bin', 'gofmt'), '#!/bin/sh\n');
        await chmod(path.join(go, 'bin', 'gofmt'), 0o2755);
      })
    ],
    [
      '1.99.5',
      'the archive holds a device file (go/dev-loop',
      goTree(go => run('mknod', [path.join(go, 'dev-loop'), 'b', '7', '0']).then(() => undefined))
    ],
    [
      '1.99.6',
      'the archive holds a FIFO (go/fifo',
      goTree(go => run('mkfifo', [path.join(go, 'fifo')]).then(() => undefined))
    ],
    [
      '1.99.7',
      "the archive's go is a symlink, not a directory",
      async src => {
        await mkdir(path.join(src, 'elsewhere', 'bin'), { recursive: true });
        await symlink('elsewhere', path.join(src, 'go'));
      }
    ],
    [
      '1.99.8',
      'the archive has no go/ directory',
      async src => void (await mkdir(path.join(src, 'golang', 'bin'), { recursive: true }))
    ],
    ['1.99.9', 'the archive has no go/ directory', async () => undefined]
  ];
  it.each(refusals)(
    'item 4: go%s with a matching SHA is refused: %s',
    async (version, why, make) => {
      if (process.getuid?.() !== 0 && /device|setuid|setgid/.test(why))
        return console.log(`skipped: needs root to build and to be tempted by ${why}`);
      await hostileArchive(version, make);
      const r = await freshRunner();
      const attempt = installGo(request(hostile, version));
      await expect(attempt).rejects.toBeInstanceOf(ExtractError);
      const message = (await failure(attempt)).message;
      expect(message).toContain(`go${version}.linux-amd64.tar.gz: ${why}`);
      expect(message).not.toContain('\n');
      expect(tc.findAllVersions(toolCacheName(hostile.baseUrl, false), 'x64')).toEqual([]);
      expect(await leftovers(r)).toEqual([]);
    }
  );

  it('item 5: an index cut mid-body is retried; cut every time it is one error', async () => {
    await freshRunner();
    mirror.clear();
    mirror.fault('index', 'reset');
    await expect(installGo(request(mirror, 'oldstable'))).resolves.toMatchObject({
      version: 'go1.26.11'
    });
    expect(mirror.requests.filter(q => q.path.includes('mode=json')).map(q => q.fault)).toEqual([
      'reset',
      undefined
    ]);
    mirror.clear();
    mirror.always('index', 'reset');
    await expect(installGo(request(mirror, 'oldstable', { attempts: 3 }))).rejects.toThrow(
      /^GET .*mode=json.* failed 3 times; last: .*broke off/
    );
    mirror.clear();
  });

  it('item 5: an endless index stops at the index cap', async () => {
    await freshRunner();
    mirror.clear();
    mirror.always('index', 'endless');
    await expect(installGo(request(mirror, 'stable', { indexMaxBytes: 4 << 20 }))).rejects.toThrow(
      /sent more than the cap for the download index \(4194304 bytes\); stopped/
    );
    expect(mirror.requests).toHaveLength(1);
    mirror.clear();
  });

  it('item 6: a redirect to a host the input would refuse is not followed; one on the same host is', async () => {
    await freshRunner();
    mirror.clear();
    mirror.fault(
      'go1.22.12.linux-amd64.tar.gz',
      `redirect:http://0.0.0.0:${mirror.port}/dl/go1.22.12.linux-amd64.tar.gz`
    );
    await expect(installGo(request(mirror, '1.22.12'))).rejects.toThrow(
      /redirects to http:\/\/0\.0\.0\.0:\d+\/dl\/go1\.22\.12\.linux-amd64\.tar\.gz, refused: only https, or http to a loopback host/
    );
    expect(mirror.downloads()).toHaveLength(1);
    mirror.fault(
      'go1.22.12.linux-amd64.tar.gz',
      `redirect:http://user:secret@127.0.0.1:${mirror.port}/x`
    );
    const credentialed = await failure(installGo(request(mirror, '1.22.12')));
    expect(credentialed.message).toContain('redirects to http://***@127.0.0.1');
    expect(credentialed.message).not.toContain('secret');
    mirror.clear();
    mirror.fault('go1.22.12.linux-amd64.tar.gz', 'redirect:/dl/go1.22.12.linux-amd64.tar.gz');
    await expect(installGo(request(mirror, '1.22.12'))).resolves.toMatchObject({
      fromToolCache: false
    });
    expect(mirror.downloads().map(q => q.status)).toEqual([302, 200]);
    mirror.clear();
  });

  it('item 7: two concurrent installs of one version both succeed on one toolchain', async () => {
    const r = await freshRunner();
    mirror.clear();
    const [a, b] = await Promise.all([
      installGo(request(mirror, '1.22.12')),
      installGo(request(mirror, '1.22.12'))
    ]);
    expect(a.goroot).toBe(b.goroot);
    // Both raced to download (a busy machine may add a retry); one copy was kept.
    expect(mirror.downloads().length).toBeGreaterThanOrEqual(2);
    const tool = path.join(r.toolCache, toolCacheName(mirror.baseUrl, false));
    expect((await readdir(tool)).sort()).toEqual(['1.22.12']);
    const { stdout } = await run(path.join(a.goroot, 'bin', 'go'), ['version']);
    expect(stdout).toContain('go1.22.12');
  });

  it("item 7: a loser of the promotion race keeps the winner's files in place and discards its own", async () => {
    const r = await freshRunner();
    const copy = async (name: string) => {
      const dir = path.join(root, name);
      await run('cp', ['-a', `${GO}/.`, dir]);
      return dir;
    };
    const winner = await promoteToToolCache(await copy('winner'), 'go-race', '1.22.12', 'x64');
    const before = (await stat(path.join(winner, 'bin', 'go'))).ino;
    // A job is running from the winner's toolchain while the loser promotes.
    const busy = run(path.join(winner, 'bin', 'go'), ['version']);
    const loserDir = await copy('loser');
    const loser = await promoteToToolCache(loserDir, 'go-race', '1.22.12', 'x64', async () => true);
    expect(loser).toBe(winner);
    expect((await stat(path.join(winner, 'bin', 'go'))).ino).toBe(before);
    expect(existsSync(loserDir)).toBe(false);
    expect((await busy).stdout).toContain('go1.22.12');
    expect((await readdir(path.join(r.toolCache, 'go-race'))).sort()).toEqual(['1.22.12']);
  });

  it('item 7: a damaged entry with its .complete marker is reinstalled', async () => {
    const r = await freshRunner();
    mirror.clear();
    const first = await installGo(request(mirror, '1.22.12'));
    await truncate(path.join(first.goroot, 'bin', 'go'), 0);
    expect(existsSync(`${first.goroot}.complete`)).toBe(true);
    const again = await installGo(request(mirror, '1.22.12'));
    expect(again).toMatchObject({ goroot: first.goroot, fromToolCache: false });
    const { stdout } = await run(path.join(again.goroot, 'bin', 'go'), ['version']);
    expect(stdout).toContain('go1.22.12');
    const tool = path.join(r.toolCache, toolCacheName(mirror.baseUrl, false));
    expect((await readdir(tool)).sort()).toEqual(['1.22.12']); // the damaged copy went with its trash
  });

  it('item 7: staging directories older than an hour are swept, fresh ones kept', async () => {
    const r = await freshRunner();
    const tool = path.join(r.toolCache, 'go-sweep');
    for (const name of ['.incoming-old', '.incoming-fresh', '.trash-old', '1.22.12'])
      await mkdir(path.join(tool, name, 'go', 'bin'), { recursive: true });
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const name of ['.incoming-old', '.trash-old', '1.22.12'])
      await utimes(path.join(tool, name), old, old);
    expect((await sweepStaging('go-sweep')).sort()).toEqual(['.incoming-old', '.trash-old']);
    expect((await readdir(tool)).sort()).toEqual(['.incoming-fresh', '1.22.12']);
  });
});
