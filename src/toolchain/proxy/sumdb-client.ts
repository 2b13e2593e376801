import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { excerpt, line } from '../../log/escape.js';
import { SumdbError } from './errors.js';
import { escapeModule } from './goproxy.js';
import { DownloadError } from '../http-get.js';
import { getBytes, type FetchOptions } from './http.js';
import type { SumdbConfig } from '../../inputs/sumdb.js';
import { openNote, parseVerifierKey } from './sumdb-note.js';
import {
  parseLookup,
  parseTree,
  TileHashes,
  verifyInclusion,
  verifyPrefix,
  type Tree
} from './tlog.js';

const MAX_LOOKUP_BYTES = 64 << 10;
const MAX_TILE_BYTES = 256 * 32;
const MAX_NOTE_BYTES = 16 << 10;

export interface LookupRequest {
  proxy: string;
  db: SumdbConfig;
  module: string;
  version: string;
  /** Where the newest verified tree head of each database is remembered (rollback detection). */
  stateDir: string;
  http: FetchOptions;
  log?: (line: string) => void;
  /** Where a warning goes (a remembered tree head that was set aside). */
  warn?: (line: string) => void;
}

/**
 * Where to reach the database, as cmd/go decides it: an explicit GOSUMDB URL
 * wins; else the proxy, when <proxy>/sumdb/<name>/supported answers 200;
 * else (404/410) https://<name> directly. Any other answer is an error.
 */
export async function sumdbBase(req: LookupRequest): Promise<string> {
  if (req.db.url) return req.db.url.replace(/\/+$/, '');
  const base = `${req.proxy}/sumdb/${req.db.name}`;
  try {
    await getBytes(`${base}/supported`, 4096, req.http);
    return base;
  } catch (e) {
    if (e instanceof DownloadError && (e.status === 404 || e.status === 410))
      return `https://${req.db.name}`;
    throw e;
  }
}

/**
 * The go.sum lines the checksum database holds for module@version, once
 * verified: the signed tree note by the configured key, the record's
 * inclusion in that tree through hash tiles, and that the tree extends the
 * newest one this machine has seen before. Returns the record's lines,
 * its number and the size of the tree it was proven in.
 */
export async function lookupVerified(
  req: LookupRequest
): Promise<{ lines: string[]; id: number; treeSize: number }> {
  const verifier = parseVerifierKey(req.db.key);
  const base = await sumdbBase(req);
  const lookupUrl = `${base}/lookup/${escapeModule(req.module)}@${escapeModule(req.version)}`;
  req.log?.(`Checksum database ${req.db.name}: ${lookupUrl}`);
  const body = await getBytes(lookupUrl, MAX_LOOKUP_BYTES, req.http);
  const { id, text, note } = parseLookup(body);
  const tree = parseTree(openNote(note, verifier, `checksum database ${req.db.name} tree note`));
  const hashes = new TileHashes(tree.size, p => getBytes(`${base}/${p}`, MAX_TILE_BYTES, req.http));

  const seen = await readSeenTree(
    req.stateDir,
    req.db,
    verifier,
    req.warn ?? req.log ?? (() => {})
  );
  if (seen && seen.size > tree.size)
    throw new SumdbError(
      'rollback',
      `checksum database ${req.db.name} signed a tree of size ${tree.size}, older than the tree of size ${seen.size} seen before (rollback)`
    );
  if (seen && !(await verifyPrefix(seen, tree, hashes)))
    throw new SumdbError(
      'rollback',
      `checksum database ${req.db.name}: the signed tree of size ${tree.size} does not extend the tree of size ${seen.size} seen before (fork)`
    );
  await verifyInclusion(tree, id, text, hashes);
  req.log?.(`Signature and inclusion verified: record ${id} in the tree of size ${tree.size}`);
  if (!seen || tree.size > seen.size) await rememberTree(req.stateDir, req.db, note);
  return { lines: text.split('\n').filter(Boolean), id, treeSize: tree.size };
}

/** The h1: hash a verified record gives for the module zip (not its go.mod). */
export function zipHashFromRecord(lines: string[], module: string, version: string): string {
  for (const line of lines) {
    const f = line.split(' ');
    if (f.length === 3 && f[0] === module && f[1] === version && f[2].startsWith('h1:'))
      return f[2];
  }
  throw new SumdbError(
    'record',
    `the checksum database record has no h1: line for ${module} ${version}`
  );
}

/**
 * The newest verified tree head, kept as the signed note itself (as cmd/go
 * keeps GOPATH/pkg/sumdb/<name>/latest), so a tampered state file fails its
 * signature instead of being trusted. Keyed by the database name and its
 * verifier key: after a key rotation the old key's tree head is not the new
 * key's history, and must not lock the runner.
 */
export function stateFile(stateDir: string, db: SumdbConfig): string {
  const key = createHash('sha256').update(db.key).digest('hex').slice(0, 16);
  return path.join(stateDir, `${db.name.replace(/[^A-Za-z0-9.-]/g, '_')}-${key}.latest`);
}

/**
 * The remembered tree head, or undefined when there is none. A file that is
 * not a tree note signed by this key (empty, cut short by a full disk,
 * tampered) proves nothing either way: it is moved aside with a warning
 * saying where, and verification goes on from the signed tree alone. A
 * state that does verify is kept and enforced (rollback, fork).
 */
async function readSeenTree(
  stateDir: string,
  db: SumdbConfig,
  verifier: ReturnType<typeof parseVerifierKey>,
  warn: (line: string) => void
): Promise<Tree | undefined> {
  const file = stateFile(stateDir, db);
  let msg: Buffer;
  try {
    msg = await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SumdbError(
      'rollback',
      `cannot read the remembered tree head ${file}: ${(e as Error).message}`
    );
  }
  try {
    if (msg.length > MAX_NOTE_BYTES)
      throw new Error(`${msg.length} bytes, too large for a tree note`);
    return parseTree(openNote(msg, verifier, 'the file'));
  } catch (e) {
    const aside = `${file}.unreadable-${Date.now()}-${process.pid}`;
    const moved = await rename(file, aside).then(
      () => `moved it to ${aside}`,
      (r: Error) => `could not move it aside (${r.message})`
    );
    warn(
      line`checksum database ${db.name}: the remembered tree head ${file} is not a tree note signed by its key (${excerpt((e as Error).message, 200)}); ${moved}, and verifying from the signed tree alone`
    );
    return undefined;
  }
}

async function rememberTree(stateDir: string, db: SumdbConfig, note: Buffer): Promise<void> {
  await mkdir(stateDir, { recursive: true });
  const file = stateFile(stateDir, db);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, note);
  await rename(tmp, file);
}
