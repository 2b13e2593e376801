import type * as Crypto from 'node:crypto';
import type * as Fs from 'node:fs';
import type * as Path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Zlib from 'node:zlib';

/** One file for a worker to write: where its data sits in the zip, where it goes. */
export interface FileJob {
  /** Names the entry in an error. */
  name: string;
  /** Offset of the entry's data in the zip, after its local header. */
  start: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Method 0 (stored) rather than 8 (deflated). */
  stored: boolean;
  target: string;
  mode: number;
}

/** A batch of jobs, answered by one reply with the same id. */
export interface WorkerBatch {
  id: number;
  jobs: FileJob[];
}

/**
 * The SHA-256 (hex) of each job's content in batch order, or why the batch
 * stopped: the zip's data was bad (layout) or the file could not be written (io).
 */
export type WorkerReply =
  { id: number; sums: string[] } | { id: number; error: string; kind: 'layout' | 'io' };

/**
 * A worker's whole program: inflate, hash and write each job of a batch,
 * synchronously (a worker has nothing else to do, and sync zlib spares the
 * thread-pool round trips). The zip is the SharedArrayBuffer in workerData,
 * shared with every worker rather than copied. It runs from its source
 * text (see ZIP_WORKER_SOURCE), so it may use nothing but its parameters.
 */
/* istanbul ignore next -- runs in a worker, from its source text */
export function zipWorkerMain(
  wt: typeof WorkerThreads,
  zlib: typeof Zlib,
  crypto: typeof Crypto,
  fs: typeof Fs,
  path: typeof Path
): void {
  const port = wt.parentPort;
  if (!port) return;
  const zip = Buffer.from(wt.workerData as SharedArrayBuffer);
  const made = new Set<string>();
  port.on('message', ({ id, jobs }: WorkerBatch) => {
    const sums: string[] = [];
    let kind: 'layout' | 'io' = 'layout';
    try {
      for (const job of jobs) {
        const name = JSON.stringify(job.name.slice(0, 200));
        const raw = zip.subarray(job.start, job.start + job.compressedSize);
        let data: Buffer;
        if (job.stored) data = raw;
        else {
          try {
            // One output chunk of the entry's size, and no more than it.
            data = zlib.inflateRawSync(raw, {
              chunkSize: Math.max(64, job.uncompressedSize),
              maxOutputLength: Math.max(1, job.uncompressedSize)
            });
          } catch (e) {
            throw new Error(
              `module zip cannot be read: ${name}: ${(e as Error).message}; nothing was installed`
            );
          }
        }
        if (data.length !== job.uncompressedSize)
          throw new Error(
            `module zip entry ${name} holds ${data.length} bytes, its header says ${job.uncompressedSize}; nothing was installed`
          );
        kind = 'io';
        const dir = path.dirname(job.target);
        if (!made.has(dir)) {
          fs.mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        fs.writeFileSync(job.target, data, { mode: job.mode });
        sums.push(crypto.createHash('sha256').update(data).digest('hex'));
        kind = 'layout';
      }
      port.postMessage({ id, sums } satisfies WorkerReply);
    } catch (e) {
      port.postMessage({ id, error: (e as Error).message, kind } satisfies WorkerReply);
    }
  });
}

/**
 * The worker's program as text for `new Worker(src, { eval: true })`: the
 * bundle then needs no second file, and the function above stays typed and
 * linted with the rest of the source.
 */
export const ZIP_WORKER_SOURCE = `(${zipWorkerMain.toString()})(require('node:worker_threads'), require('node:zlib'), require('node:crypto'), require('node:fs'), require('node:path'));`;
