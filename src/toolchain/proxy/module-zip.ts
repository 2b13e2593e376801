import { createHash } from 'node:crypto';
import { copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { hash1, type HashedFile } from './dirhash.js';
import { SumdbError } from './errors.js';
import { ExtractionPool } from './zip-pool.js';
import type { FileJob } from './zip-worker.js';

/**
 * Limits for a toolchain module zip. Go caps a module zip and its unpacked
 * size at 500 MiB (golang.org/x/mod/zip MaxZipFile); a Go toolchain has
 * about 15,000 files.
 */
export const ZIP_LIMITS = { maxEntries: 100_000, maxBytes: 500 << 20 };

/**
 * The path under the GOROOT an entry lands at: the entry must sit under the
 * module prefix and be a plain relative path (no '..', '.', empty segments,
 * backslashes, drive letters or absolute paths). Throws a 'layout' error.
 */
export function entryPath(name: string, prefix: string): string {
  const bad = (why: string) =>
    new SumdbError(
      'layout',
      `module zip entry ${JSON.stringify(name.slice(0, 200))} ${why}; nothing was installed`
    );
  if (!name.startsWith(prefix)) throw bad(`is outside ${prefix}`);
  const rel = name.slice(prefix.length).replace(/\/$/, '');
  if (!rel) throw bad('names the module root');
  if (rel.includes('\\') || rel.includes('\0') || /^[A-Za-z]:/.test(rel) || rel.startsWith('/'))
    throw bad('is not a relative slash-separated path');
  if (rel.split('/').some(s => s === '' || s === '.' || s === '..'))
    throw bad('has an empty, "." or ".." path element');
  return rel;
}

/**
 * The mode Go gives a file of a downloaded toolchain (cmd/go/internal/toolchain
 * select.go, allowExec): executable under bin/ and pkg/tool/, and lib/
 * files named go_*_*_exec; everything else stays 0644.
 */
export function goFileMode(rel: string): number {
  if (rel.startsWith('bin/') || rel.startsWith('pkg/tool/')) return 0o755;
  if (rel.startsWith('lib/') && /^go_.+_.+_exec$/.test(path.posix.basename(rel))) return 0o755;
  return 0o644;
}

export interface Extracted {
  /** dirhash Hash1 over the entries as they were read (what the checksum database records). */
  h1: string;
  files: number;
}

/** What the central directory says, checked: the files for the workers, the directories, the names to hash. */
export interface ZipPlan {
  files: FileJob[];
  /** Directory entries (rare in module zips): created, hashed as empty. */
  dirs: { name: string; target: string }[];
  bytes: number;
}

const EMPTY_SHA256 = createHash('sha256').digest('hex');

/**
 * Extracts a module zip (in memory, at most ZIP_LIMITS.maxBytes, checked by
 * the download) into dest (a staging directory, never the tool cache
 * itself), hashing each entry as it is inflated: one pass gives both the
 * files and the h1: hash the caller compares before promoting.
 * yauzl reads the central directory and local headers on this thread
 * while worker threads (one per core, up to 4) inflate, hash and write the
 * files already read.
 * Like cmd/go, every _go.mod is copied to go.mod afterwards.
 */
export async function extractModuleZip(
  zip: Buffer,
  prefix: string,
  dest: string,
  opts: { workers?: number } = {}
): Promise<Extracted> {
  const shared = sharedBytes(zip);
  const pool = new ExtractionPool(shared, opts.workers ?? Math.min(4, availableParallelism()));
  let plan: ZipPlan;
  try {
    plan = await planModuleZip(shared, prefix, dest, job => pool.add(job));
    for (const d of plan.dirs) await mkdir(d.target, { recursive: true });
  } catch (e) {
    await pool.close();
    throw e;
  }
  const sums = await pool.finish();
  const hashed: HashedFile[] = [
    ...plan.files.map((f, i) => ({ name: f.name, sha256: sums[i] })),
    ...plan.dirs.map(d => ({ name: d.name, sha256: EMPTY_SHA256 }))
  ];
  for (const f of plan.files)
    if (path.basename(f.target) === '_go.mod')
      await copyFile(f.target, path.join(path.dirname(f.target), 'go.mod'));
  return { h1: hash1(hashed), files: hashed.length };
}

/** The zip as a Buffer over a SharedArrayBuffer, which every worker can read without a copy. */
function sharedBytes(zip: Buffer): Buffer {
  if (
    zip.buffer instanceof SharedArrayBuffer &&
    zip.byteOffset === 0 &&
    zip.byteLength === zip.buffer.byteLength
  )
    return zip;
  const shared = Buffer.from(new SharedArrayBuffer(zip.length));
  shared.set(zip);
  return shared;
}

/**
 * Reads the central directory and every local header with yauzl and checks
 * each entry before anything is written: layout (entryPath), duplicates
 * (case-folded, as Go refuses them), counts and sizes, encryption, method.
 */
export async function planModuleZip(
  zip: Buffer,
  prefix: string,
  dest: string,
  onFile: (job: FileJob) => void = () => {}
): Promise<ZipPlan> {
  const z = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      zip,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, zf) => (err ? reject(layoutError(err)) : resolve(zf))
    )
  );
  const plan: ZipPlan = { files: [], dirs: [], bytes: 0 };
  const seen = new Set<string>();
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
        const onEnd = () => done(() => resolve(undefined));
        const onError = (e: Error) => done(() => reject(layoutError(e)));
        const done = (then: () => void) => {
          z.off('entry', onEntry).off('end', onEnd).off('error', onError);
          then();
        };
        z.on('entry', onEntry).on('end', onEnd).on('error', onError);
        z.readEntry();
      });
      if (!entry) return plan;
      if (seen.size >= ZIP_LIMITS.maxEntries)
        throw new SumdbError(
          'layout',
          `module zip has more than ${ZIP_LIMITS.maxEntries} entries; nothing was installed`
        );
      const rel = entryPath(entry.fileName, prefix);
      const folded = rel.toLowerCase();
      if (seen.has(folded))
        throw new SumdbError(
          'layout',
          `module zip has ${JSON.stringify(rel)} twice (or differing only in case); nothing was installed`
        );
      seen.add(folded);
      plan.bytes += entry.uncompressedSize;
      if (plan.bytes > ZIP_LIMITS.maxBytes)
        throw new SumdbError(
          'layout',
          `module zip unpacks to more than ${ZIP_LIMITS.maxBytes} bytes; nothing was installed`
        );
      const target = path.join(dest, ...rel.split('/'));
      if (entry.fileName.endsWith('/')) {
        plan.dirs.push({ name: entry.fileName, target });
        continue;
      }
      const name = JSON.stringify(entry.fileName.slice(0, 200));
      if (entry.isEncrypted())
        throw new SumdbError(
          'layout',
          `module zip entry ${name} is encrypted; nothing was installed`
        );
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new SumdbError(
          'layout',
          `module zip entry ${name} uses compression method ${entry.compressionMethod}; nothing was installed`
        );
      const start = await dataStart(z, entry);
      if (start + entry.compressedSize > zip.length)
        throw new SumdbError(
          'layout',
          `module zip entry ${name} runs past the end of the zip; nothing was installed`
        );
      const job: FileJob = {
        name: entry.fileName,
        start,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        stored: entry.compressionMethod === 0,
        target,
        mode: goFileMode(rel)
      };
      plan.files.push(job);
      onFile(job);
    }
  } finally {
    z.close();
  }
}

/** yauzl's own local-header reader (typed here: @types/yauzl lacks it). */
type LocalHeaderReader = {
  readLocalFileHeader(
    entry: yauzl.Entry,
    options: { minimal: true },
    cb: (err: Error | null, header: { fileDataStart: number }) => void
  ): void;
};

/** Where an entry's data starts: after its local header, as yauzl reads it. */
function dataStart(z: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((ok, no) =>
    (z as unknown as LocalHeaderReader).readLocalFileHeader(entry, { minimal: true }, (err, h) =>
      err ? no(layoutError(err)) : ok(h.fileDataStart)
    )
  );
}

function layoutError(e: Error): SumdbError {
  return new SumdbError('layout', `module zip cannot be read: ${e.message}; nothing was installed`);
}
