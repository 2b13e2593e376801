import { spawn } from 'node:child_process';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** An archive that must not be installed: unsafe entries, too large, no go/ directory, no tar. */
export class ExtractError extends Error {}

/**
 * tar options that keep the archive from choosing owners, permission bits,
 * ACLs, xattrs or SELinux labels (as root GNU tar would otherwise keep them
 * all, setuid bits included). `-vv` lists every member as it is unpacked, so
 * a device, FIFO or setuid/setgid member stops extraction at once.
 */
export function tarArgs(dir: string, platform: string = process.platform): string[] {
  const args = ['-xvvf', '-', '-C', dir, '--no-same-owner', '--no-same-permissions'];
  if (platform === 'linux') args.push('--no-acls', '--no-xattrs', '--no-selinux');
  return args;
}

/**
 * Why a member listed by `tar -tvv`/`-xvv` (ls-style: `-rwsr-xr-x root/root 2 … go/bin/go`)
 * may not be installed, or undefined. Lines that are not ls-style return undefined.
 */
export function refusedMember(line: string): string | undefined {
  const m = /^([-hdlbcpCS])([-rwxsStT]{9})\s+\S+\s+\S+\s+\S+\s+\S+\s+(.*)$/.exec(line);
  if (!m) return undefined;
  const [, type, mode, rest] = m;
  const name = rest.slice(0, 200);
  if (type === 'b' || type === 'c') return `a device file (${name})`;
  if (type === 'p') return `a FIFO (${name})`;
  if (mode[2] === 's' || mode[2] === 'S') return `a setuid file (${name})`;
  if (mode[5] === 's' || mode[5] === 'S') return `a setgid file (${name})`;
  return undefined;
}

export interface Extraction {
  /** Feed the .tar.gz bytes here; never errors, swallows input once extraction has ended. */
  input: Writable;
  /** Settles once tar has exited; rejects with ExtractError. */
  done: Promise<void>;
  /** Stops extraction (the caller gave up, e.g. on a checksum mismatch). */
  abort(): void;
}

/**
 * Inflates a .tar.gz with Node's zlib (twice as fast as gzip(1), see
 * bench/setup.mjs) and has tar unpack it into dir, counting inflated bytes
 * against maxBytes, so a gzip bomb stops at the cap.
 */
export function startExtraction(dir: string, maxBytes: number, label: string): Extraction {
  let refusal: string | undefined;
  const tar = spawn('tar', tarArgs(dir), { stdio: ['pipe', 'pipe', 'pipe'] });
  const stop = (why: string) => {
    refusal ??= why;
    gunzip.destroy();
    tar.kill('SIGKILL');
  };
  let tarError = '';
  tar.stderr.on('data', (d: Buffer) => (tarError = (tarError + d.toString()).slice(-2000)));
  let pending = '';
  let listed = 0;
  tar.stdout.on('data', (d: Buffer) => {
    const lines = (pending + d.toString()).split('\n');
    pending = lines.pop()!.slice(-4096);
    for (const line of lines) {
      if (/^[-hdlbcpCS][-rwxsStT]{9}\s/.test(line)) listed++;
      const why = refusedMember(line);
      if (why) stop(`the archive holds ${why}; refusing it`);
    }
  });
  const exited = new Promise<number>((resolve, reject) => {
    tar.on('error', reject);
    tar.on('close', code => resolve(code ?? -1));
  });
  tar.stdin.on('error', () => undefined); // EPIPE once tar exits; its exit code speaks

  let inflated = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      inflated += chunk.length;
      if (inflated > maxBytes) {
        stop(`the archive unpacks to more than ${maxBytes} bytes; stopped there`);
        return done();
      }
      done(null, chunk);
    }
  });
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  let inflateError: Error | undefined;
  gunzip.on('error', e => {
    inflateError = e;
    tar.stdin.destroy();
  });
  gunzip.pipe(counter).pipe(feedWhileAlive(tar.stdin));

  const done = (async () => {
    let code: number;
    try {
      code = await exited;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new ExtractError(
        err.code === 'ENOENT'
          ? `tar was not found on PATH; it is needed to unpack ${label}`
          : `tar could not start: ${err.message}`
      );
    }
    if (refusal) throw new ExtractError(`${label}: ${refusal}`);
    if (inflateError || code !== 0) {
      const why = [inflateError?.message, code !== 0 && `tar exit code ${code}`, tarError.trim()]
        .filter(Boolean)
        .join('; ')
        .replace(/\s*\n\s*/g, '; ');
      throw new ExtractError(`unpacking ${label} failed: ${why}`);
    }
    // Tars that don't list members (bsdtar prints only names) get every entry checked on disk.
    if (listed === 0) await checkTree(dir, label);
    await requireGoDir(dir, label);
  })();
  return { input: feedWhileAlive(gunzip), done, abort: () => stop('extraction was aborted') };
}

/** The archive must hold a real go/ directory: a symlink would point GOROOT elsewhere. */
export async function requireGoDir(dir: string, label: string): Promise<void> {
  const st = await lstat(path.join(dir, 'go')).catch(() => undefined);
  if (!st)
    throw new ExtractError(`${label}: the archive has no go/ directory; it is not a Go toolchain`);
  if (st.isSymbolicLink())
    throw new ExtractError(`${label}: the archive's go is a symlink, not a directory; refusing it`);
  if (!st.isDirectory())
    throw new ExtractError(`${label}: the archive's go is not a directory; refusing it`);
}

/** Walks an unpacked tree and refuses special files and setuid/setgid bits. */
export async function checkTree(dir: string, label: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, full);
    if (e.isBlockDevice() || e.isCharacterDevice())
      throw new ExtractError(`${label}: the archive holds a device file (${rel}); refusing it`);
    if (e.isFIFO() || e.isSocket())
      throw new ExtractError(`${label}: the archive holds a FIFO or socket (${rel}); refusing it`);
    if (e.isFile()) {
      const { mode } = await lstat(full);
      if (mode & 0o6000)
        throw new ExtractError(
          `${label}: the archive holds a setuid/setgid file (${rel}); refusing it`
        );
    }
  }
}

/**
 * A sink that feeds every chunk on to `target` until the target fails or
 * closes, and after that swallows them, so the stream upstream always runs to
 * its end (the hash covers every byte; tar may stop reading at its
 * end-of-archive blocks, as it does under `curl | tar xz`).
 */
export function feedWhileAlive(target: Writable): Writable {
  let alive = true;
  let pending: (() => void) | undefined;
  const release = () => {
    const cb = pending;
    pending = undefined;
    cb?.();
  };
  const gone = () => {
    alive = false;
    release();
  };
  target.on('error', gone);
  target.on('close', gone);
  target.on('drain', release);
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, done) {
      if (!alive || target.destroyed || target.write(chunk)) done();
      else pending = done;
    },
    final(done) {
      if (alive) target.end();
      done();
    }
  });
}
