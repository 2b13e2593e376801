import { Worker } from 'node:worker_threads';
import { SumdbError } from './errors.js';
import {
  ZIP_WORKER_SOURCE,
  type FileJob,
  type WorkerBatch,
  type WorkerReply
} from './zip-worker.js';

/** A batch is about this many inflated bytes (or files): small enough to keep the workers even. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 128;
/** Batches a worker holds at once, so it never waits for the next message. */
const AHEAD = 2;

interface Batch {
  /** Index of the batch's first job among all jobs added. */
  first: number;
  jobs: FileJob[];
  bytes: number;
}

/**
 * Worker threads that inflate, hash and write module-zip entries while the
 * central directory is still being read: jobs are added one by one, sent in
 * batches to whichever worker has room. The first failure stops dispatch;
 * the pool settles only once no batch is in flight, because the caller
 * removes the staging directory next and a write racing that removal
 * would turn the one-line verdict into an ENOTEMPTY.
 */
export class ExtractionPool {
  private readonly workers: Worker[];
  private readonly inFlight = new Map<Worker, number>();
  private readonly queue: Batch[] = [];
  private readonly sums: string[] = [];
  private current: Batch | undefined;
  private added = 0;
  private failure: Error | undefined;
  private closed = false;
  private wake: (() => void) | undefined;

  /** zip must be a Buffer over a whole SharedArrayBuffer (shared, not copied, with the workers). */
  constructor(zip: Buffer, count: number) {
    this.workers = Array.from(
      { length: Math.max(1, count) },
      () => new Worker(ZIP_WORKER_SOURCE, { eval: true, workerData: zip.buffer })
    );
    for (const w of this.workers) {
      this.inFlight.set(w, 0);
      w.on('message', (reply: WorkerReply) => this.received(w, reply));
      w.on('error', e => this.lost(w, e));
      w.on('exit', code => this.lost(w, new Error(`exit code ${code}`)));
    }
  }

  add(job: FileJob): void {
    this.current ??= { first: this.added, jobs: [], bytes: 0 };
    this.current.jobs.push(job);
    this.current.bytes += job.uncompressedSize;
    this.added++;
    if (this.current.bytes >= BATCH_BYTES || this.current.jobs.length >= BATCH_FILES) {
      this.queue.push(this.current);
      this.current = undefined;
      this.dispatch();
    }
  }

  /** Every job's SHA-256 (hex) in the order added, once all are written; rejects with the first failure. */
  async finish(): Promise<string[]> {
    if (this.current) this.queue.push(this.current);
    this.current = undefined;
    this.dispatch();
    await this.idle(() => this.queue.length === 0 || this.failure !== undefined);
    await this.close();
    if (this.failure) throw this.failure;
    return this.sums;
  }

  /** Stops dispatching, waits for the batches in flight, ends the workers. */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle(() => true);
    await Promise.all(this.workers.map(w => w.terminate()));
  }

  /** Resolves when nothing is in flight and done() holds. */
  private idle(done: () => boolean): Promise<void> {
    return new Promise(resolve => {
      const check = () => {
        for (const n of this.inFlight.values()) if (n > 0) return;
        if (!done() && this.inFlight.size > 0) return;
        this.wake = undefined;
        resolve();
      };
      this.wake = check;
      check();
    });
  }

  private dispatch(): void {
    for (const w of this.workers) {
      while (!this.closed && !this.failure && this.queue.length > 0 && this.inFlight.has(w)) {
        const held = this.inFlight.get(w)!;
        if (held >= AHEAD) break;
        const batch = this.queue.shift()!;
        this.inFlight.set(w, held + 1);
        w.postMessage({ id: batch.first, jobs: batch.jobs } satisfies WorkerBatch);
      }
    }
  }

  private received(w: Worker, reply: WorkerReply): void {
    this.inFlight.set(w, this.inFlight.get(w)! - 1);
    if ('error' in reply)
      this.failure ??=
        reply.kind === 'layout'
          ? new SumdbError('layout', reply.error)
          : new Error(`cannot unpack the module zip: ${reply.error}`);
    else reply.sums.forEach((sum, k) => (this.sums[reply.id + k] = sum));
    this.dispatch();
    this.wake?.();
  }

  private lost(w: Worker, why: Error): void {
    if (!this.inFlight.has(w)) return;
    const pending = this.inFlight.get(w)!;
    this.inFlight.delete(w);
    if (!this.closed || pending > 0)
      this.failure ??= new Error(`a zip extraction worker stopped: ${why.message}`, {
        cause: why
      });
    this.wake?.();
  }
}
