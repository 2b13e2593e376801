/**
 * One third-party module for jobs that need a GOMODCACHE: example.com/dep
 * v1.0.0 served from a GOPROXY=file:// directory (no proxy is reachable
 * here). The module zip is written by Go's own archive/zip, and go.sum comes
 * from `go mod download -json`, so the job's `go build` downloads and
 * verifies it exactly as from a real proxy, into the action's GOMODCACHE.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { GO } from './harness.js';

const run = promisify(execFile);
export const DEP = 'example.com/dep';
const VERSION = 'v1.0.0';
const GO_BIN = `/usr/lib/go-${GO.split('.').slice(0, 2).join('.')}/bin/go`;
const DEP_GO_MOD = `module ${DEP}\n\ngo 1.21\n`;
const DEP_SOURCE = 'package dep\n\nfunc Name() string { return "dep" }\n';

/** CRC-32 (IEEE), for the zip below. */
function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * A stored (uncompressed) zip of `files`: local headers, central directory,
 * end record (APPNOTE 4.3). Go's module zip reader takes any valid zip; a
 * Go program to write it would cost a cold compile on a busy machine.
 */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fname = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fname.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fname.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fname, data);
    centrals.push(central, fname);
    offset += local.length + fname.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export interface DepModule {
  /** go.mod and go.sum of a module example.com/hello that requires example.com/dep. */
  files: Record<string, string>;
  /** For the build step: fetch from the file proxy, no checksum database for example.com. */
  stepEnv: Record<string, string>;
}

/** Builds the file:// proxy under `root` (well under a second: one `go mod download`). */
export async function depModule(root: string): Promise<DepModule> {
  const proxy = path.join(root, 'file-proxy');
  const dir = path.join(proxy, DEP, '@v');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'list'), `${VERSION}\n`);
  await writeFile(
    path.join(dir, `${VERSION}.info`),
    JSON.stringify({ Version: VERSION, Time: '2024-01-01T00:00:00Z' })
  );
  await writeFile(path.join(dir, `${VERSION}.mod`), DEP_GO_MOD);
  const prefix = `${DEP}@${VERSION}/`;
  await writeFile(
    path.join(dir, `${VERSION}.zip`),
    storedZip({ [`${prefix}go.mod`]: DEP_GO_MOD, [`${prefix}dep.go`]: DEP_SOURCE })
  );
  const tool = await mkdtemp(path.join(root, 'sums-'));
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: tool,
    GOCACHE: path.join(tool, 'gocache'),
    GOMODCACHE: path.join(tool, 'gomodcache'),
    GOPROXY: `file://${proxy}`,
    GONOSUMDB: 'example.com',
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local'
  };
  // The sums of the zip and the go.mod, as a proxy's client records them.
  const { stdout } = await run(GO_BIN, ['mod', 'download', '-json', `${DEP}@${VERSION}`], {
    cwd: tool,
    env
  });
  const info = JSON.parse(stdout) as { Sum: string; GoModSum: string };
  await rm(tool, { recursive: true, force: true });
  return {
    files: {
      'go.mod': `module example.com/hello\n\ngo 1.21\n\nrequire ${DEP} ${VERSION}\n`,
      'go.sum': `${DEP} ${VERSION} ${info.Sum}\n${DEP} ${VERSION}/go.mod ${info.GoModSum}\n`
    },
    stepEnv: { GOPROXY: `file://${proxy}`, GONOSUMDB: 'example.com' }
  };
}
