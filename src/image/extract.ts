/** Reads one file out of a gzipped layer (the read-back proof): bytes and mode, or why not. */
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { extract } from 'tar-stream';

const gunzipAsync = promisify(gunzip);

export interface Entry {
  bytes: Buffer;
  mode: number;
  type: string;
}

/** The entry at `file` (absolute) in a tar+gzip layer; undefined when absent. */
export async function layerEntry(
  gz: Buffer,
  file: string,
  maxBytes: number
): Promise<Entry | undefined> {
  const tar = await gunzipAsync(gz, { maxOutputLength: maxBytes });
  const want = file.replace(/^\/+/, '');
  const ex = extract();
  let found: Entry | undefined;
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, stream, next) => {
      const name = header.name.replace(/^\.?\/+/, '');
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        const chunk = c as Buffer;
        if (name === want) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (name === want)
          found = {
            bytes: Buffer.concat(chunks),
            mode: header.mode ?? 0,
            type: header.type ?? 'file'
          };
        next();
      });
      stream.resume();
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  Readable.from([tar]).pipe(ex);
  await done;
  return found;
}
