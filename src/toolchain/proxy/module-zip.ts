import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRaw as inflateRawCb, type InputType, type ZlibOptions } from 'node:zlib';
import yauzl from 'yauzl';
import { hash1, type HashedFile } from './dirhash.js';
import { SumdbError } from './errors.js';

const inflateRaw = promisify(inflateRawCb) as (
  buf: InputType,
  opts: ZlibOptions
) => Promise<Buffer>;

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
  bytes: number;
}

/**
 * Extracts a module zip into dest (a staging directory, never the tool
 * cache itself), hashing each entry as it is inflated: one pass gives both
 * the files and the h1: hash the caller compares before promoting. yauzl
 * parses the central directory and local headers; up to 16 entries are
 * inflated at once.
 * Like cmd/go, every _go.mod is copied to go.mod afterwards.
 */
export async function extractModuleZip(
  zipFile: string,
  prefix: string,
  dest: string
): Promise<Extracted> {
  // In memory (at most ZIP_LIMITS.maxBytes, checked by the download): each
  // entry's data is then a slice yauzl locates, inflated on the thread pool,
  // about 2x faster than a yauzl read stream per entry for ~10,000 small files.
  const data0 = await readFile(zipFile);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      data0,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, z) => (err ? reject(layoutError(err)) : resolve(z))
    )
  );
  const hashed: HashedFile[] = [];
  const seen = new Set<string>();
  const dirs = new Set<string>();
  const goMods: string[] = [];
  let bytes = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      let ended = false;
      let failure: SumdbError | undefined;
      // Settles only once no entry is still being written: the caller removes
      // the staging directory next, and a write racing that removal would
      // turn the one-line verdict into an ENOTEMPTY.
      const settle = () => {
        if (inFlight > 0) return;
        if (failure) reject(failure);
        else if (ended) resolve();
      };
      const fail = (e: unknown) => {
        failure ??= e instanceof SumdbError ? e : layoutError(e as Error);
        settle();
      };
      // yauzl reads the central directory one record at a time: at most one
      // readEntry() may be outstanding, while up to 16 entries are being written.
      let reading = false;
      const next = () => {
        if (failure || ended || reading || inFlight >= 16) return;
        reading = true;
        zip.readEntry();
      };
      zip.on('error', fail);
      zip.on('end', () => {
        reading = false;
        ended = true;
        settle();
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        reading = false;
        inFlight++;
        handle(entry).then(
          () => {
            inFlight--;
            if (failure || ended) settle();
            else next();
          },
          (e: unknown) => {
            inFlight--;
            fail(e);
          }
        );
        next();
      });
      const handle = async (entry: yauzl.Entry) => {
        if (hashed.length >= ZIP_LIMITS.maxEntries)
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
        bytes += entry.uncompressedSize;
        if (bytes > ZIP_LIMITS.maxBytes)
          throw new SumdbError(
            'layout',
            `module zip unpacks to more than ${ZIP_LIMITS.maxBytes} bytes; nothing was installed`
          );
        const target = path.join(dest, ...rel.split('/'));
        const sha = createHash('sha256');
        if (entry.fileName.endsWith('/')) {
          await mkdir(target, { recursive: true });
        } else {
          const dir = path.dirname(target);
          if (!dirs.has(dir)) {
            await mkdir(dir, { recursive: true });
            dirs.add(dir);
          }
          const data = await entryData(zip, data0, entry);
          sha.update(data);
          // Sync: a write to the page cache is a memcpy; through the 4-thread pool
          // it would queue behind the inflates and cost three hops (open, write, close).
          writeFileSync(target, data, { mode: goFileMode(rel) });
          if (path.posix.basename(rel) === '_go.mod') goMods.push(target);
        }
        hashed.push({ name: entry.fileName, sha256: sha.digest('hex') });
      };
      next();
    });
  } finally {
    zip.close();
  }
  for (const m of goMods) await copyFile(m, path.join(path.dirname(m), 'go.mod'));
  return { h1: hash1(hashed), files: hashed.length, bytes };
}

/** yauzl's own local-header reader (typed here: @types/yauzl lacks it). */
type LocalHeaderReader = {
  readLocalFileHeader(
    entry: yauzl.Entry,
    options: { minimal: true },
    cb: (err: Error | null, header: { fileDataStart: number }) => void
  ): void;
};

/** An entry's content: the span yauzl locates, stored or inflated, of exactly the size its header says. */
async function entryData(zip: yauzl.ZipFile, buf: Buffer, entry: yauzl.Entry): Promise<Buffer> {
  const name = JSON.stringify(entry.fileName.slice(0, 200));
  if (entry.isEncrypted())
    throw new SumdbError('layout', `module zip entry ${name} is encrypted; nothing was installed`);
  const { fileDataStart } = await new Promise<{ fileDataStart: number }>((ok, no) =>
    (zip as unknown as LocalHeaderReader).readLocalFileHeader(entry, { minimal: true }, (err, h) =>
      err ? no(layoutError(err)) : ok(h)
    )
  );
  const raw = buf.subarray(fileDataStart, fileDataStart + entry.compressedSize);
  let data: Buffer;
  if (entry.compressionMethod === 0) data = raw;
  else if (entry.compressionMethod === 8)
    data = await inflateRaw(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).catch(
      (e: Error) => {
        throw layoutError(new Error(`${name}: ${e.message}`));
      }
    );
  else
    throw new SumdbError(
      'layout',
      `module zip entry ${name} uses compression method ${entry.compressionMethod}; nothing was installed`
    );
  if (data.length !== entry.uncompressedSize)
    throw new SumdbError(
      'layout',
      `module zip entry ${name} holds ${data.length} bytes, its header says ${entry.uncompressedSize}; nothing was installed`
    );
  return data;
}

function layoutError(e: Error): SumdbError {
  return new SumdbError('layout', `module zip cannot be read: ${e.message}; nothing was installed`);
}
