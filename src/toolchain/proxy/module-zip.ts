import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { hash1, type HashedFile } from './dirhash.js';
import { SumdbError } from './errors.js';

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
 * the files and the h1: hash the caller compares before promoting. Entries
 * are read a few at a time (yauzl reads by offset, so they can overlap).
 * Like cmd/go, every _go.mod is copied to go.mod afterwards.
 */
export async function extractModuleZip(
  zipFile: string,
  prefix: string,
  dest: string
): Promise<Extracted> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      zipFile,
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
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        reject(e instanceof SumdbError ? e : layoutError(e as Error));
      };
      // yauzl reads the central directory one record at a time: at most one
      // readEntry() may be outstanding, while up to 8 entries are being written.
      let reading = false;
      const next = () => {
        if (failed || ended || reading || inFlight >= 8) return;
        reading = true;
        zip.readEntry();
      };
      zip.on('error', fail);
      zip.on('end', () => {
        reading = false;
        ended = true;
        if (inFlight === 0 && !failed) resolve();
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        reading = false;
        inFlight++;
        const done = () => {
          inFlight--;
          if (ended && inFlight === 0 && !failed) resolve();
          else next();
        };
        handle(entry).then(done, fail);
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
          const stream = await new Promise<NodeJS.ReadableStream>((ok, no) =>
            zip.openReadStream(entry, (err, s) => (err ? no(layoutError(err)) : ok(s)))
          );
          const tap = new Transform({
            transform(chunk: Buffer, _e, cb) {
              sha.update(chunk);
              cb(null, chunk);
            }
          });
          if (entry.uncompressedSize <= 256 << 10) {
            const chunks: Buffer[] = [];
            await pipeline(stream, tap, async src => {
              for await (const c of src) chunks.push(c as Buffer);
            });
            await writeFile(target, Buffer.concat(chunks), { mode: goFileMode(rel) });
          } else {
            await pipeline(stream, tap, createWriteStream(target, { mode: goFileMode(rel) }));
          }
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

function layoutError(e: Error): SumdbError {
  return new SumdbError('layout', `module zip cannot be read: ${e.message}; nothing was installed`);
}
