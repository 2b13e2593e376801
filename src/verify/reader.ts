/**
 * Bounded positional reads. Parsers never see the whole file: they ask for
 * (offset, length) ranges, and every range is checked against the file size
 * before any I/O, so a lying header becomes a FormatError, not a huge read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The file is not a well-formed binary of the format it claims. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/** The file could not be opened or read at all (missing, directory, permission). */
export class ReadError extends Error {
  override name = 'ReadError';
}

/** Largest single read a parser may ask for; real headers and build info are far smaller. */
export const MAX_READ = 4 * 1024 * 1024;

export interface ByteSource {
  readonly size: number;
  /** Reads exactly buf.length bytes at position (the caller checked the range). */
  readInto(buf: Buffer, position: number): Promise<number>;
  close(): Promise<void>;
}

export class Reader {
  /** Total bytes fetched from the source: tests use it to prove large files are not slurped. */
  bytesRead = 0;
  reads = 0;

  constructor(
    private readonly source: ByteSource,
    /** Offset of this view inside the source (a slice of a fat Mach-O). */
    readonly base = 0,
    readonly size = source.size - base,
    private readonly parent?: Reader
  ) {}

  /** A view of [base, base+size) of this reader, sharing the byte counter. */
  slice(offset: number, size: number, what: string): Reader {
    this.check(offset, size, what);
    return new Reader(this.source, this.base + offset, size, this.root());
  }

  private root(): Reader {
    return this.parent ?? this;
  }

  check(offset: number, length: number, what: string): void {
    if (
      !Number.isSafeInteger(offset) ||
      !Number.isSafeInteger(length) ||
      offset < 0 ||
      length < 0
    ) {
      throw new FormatError(`${what}: invalid offset ${offset} / size ${length}`);
    }
    if (offset > this.size || length > this.size - offset) {
      throw new FormatError(
        `${what} at offset ${offset} (${length} bytes) runs past the end of the file (${this.size} bytes)`
      );
    }
  }

  /** Exactly `length` bytes at `offset`, or a FormatError naming `what`. */
  async bytes(offset: number, length: number, what: string): Promise<Buffer> {
    this.check(offset, length, what);
    if (length > MAX_READ) throw new FormatError(`${what} is implausibly large (${length} bytes)`);
    // Unsafe is fine: every byte is overwritten below or the read throws.
    const buf = Buffer.allocUnsafe(length);
    if (length === 0) return buf;
    let done = 0;
    while (done < length) {
      const n = await this.source.readInto(buf.subarray(done), this.base + offset + done);
      if (n <= 0) throw new FormatError(`${what}: file ended early (it changed while being read?)`);
      done += n;
    }
    const root = this.root();
    root.bytesRead += length;
    root.reads += 1;
    return buf;
  }

  /** Up to `length` bytes at `offset`, clipped at the end of the file. */
  async upTo(offset: number, length: number, what: string): Promise<Buffer> {
    if (offset >= this.size) return Buffer.alloc(0);
    return this.bytes(offset, Math.min(length, this.size - offset), what);
  }
}

/**
 * Synchronous positional reads on a file descriptor: the reads are a few KiB
 * from the page cache, where a thread-pool round trip per read would cost
 * more than the read itself (see bench/verify.mjs).
 */
class FileSource implements ByteSource {
  constructor(
    private readonly fd: number,
    readonly size: number
  ) {}
  async readInto(buf: Buffer, position: number): Promise<number> {
    return readSync(this.fd, buf, 0, buf.length, position);
  }
  async close(): Promise<void> {
    closeSync(this.fd);
  }
}

/** An in-memory source, for callers that already hold the bytes (fuzzing, tests). */
export class BufferSource implements ByteSource {
  constructor(private readonly data: Uint8Array) {}
  get size(): number {
    return this.data.length;
  }
  async readInto(buf: Buffer, position: number): Promise<number> {
    const n = Math.max(0, Math.min(buf.length, this.data.length - position));
    buf.set(this.data.subarray(position, position + n));
    return n;
  }
  async close(): Promise<void> {}
}

/** Opens a regular file for positional reads; ReadError for anything else. */
export async function openFile(path: string): Promise<ByteSource> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on regular files).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ReadError(describeIoError(path, err));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadError(`${path}: is a directory`);
    if (!st.isFile()) throw new ReadError(`${path}: not a regular file`);
    return new FileSource(fd, st.size);
  } catch (err) {
    closeSync(fd);
    throw err instanceof ReadError ? err : new ReadError(describeIoError(path, err));
  }
}

function describeIoError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file (or a dangling symlink)`;
    case 'EISDIR':
      return `${path}: is a directory`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'ELOOP':
      return `${path}: too many levels of symbolic links`;
    default:
      return `${path}: cannot read (${code ?? (err as Error)?.message ?? 'unknown error'})`;
  }
}
