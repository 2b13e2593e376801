import { createHash } from 'node:crypto';
import { SumdbError } from './errors.js';

/**
 * The checksum database's transparency log (golang.org/x/mod/sumdb/tlog):
 * RFC 6962 hashing, signed tree heads, lookup records, and the hash tiles
 * of height 8 the database serves at /tile/8/<level>/<index>[.p/<width>].
 */
export interface Tree {
  size: number;
  hash: Buffer;
}

export const TILE_HEIGHT = 8;
const TILE_WIDTH = 1 << TILE_HEIGHT;
const HASH_SIZE = 32;

/** A tree note's text: "go.sum database tree\n<N>\n<base64 hash>\n" (extra lines ignored, as Go does). */
export function parseTree(text: string): Tree {
  const lines = text.split('\n');
  const bad = () =>
    new SumdbError('signature', `malformed tree note ${JSON.stringify(text.slice(0, 120))}`);
  if (lines[0] !== 'go.sum database tree' || lines.length < 4) throw bad();
  if (!/^(0|[1-9][0-9]{0,15})$/.test(lines[1])) throw bad();
  const size = Number(lines[1]);
  const hash = Buffer.from(lines[2], 'base64');
  if (
    hash.length !== HASH_SIZE ||
    hash.toString('base64') !== lines[2] ||
    !Number.isSafeInteger(size)
  )
    throw bad();
  return { size, hash };
}

/** A /lookup response: "<id>\n<record text>\n<signed tree note>" (tlog.ParseRecord). */
export function parseLookup(body: Buffer): { id: number; text: string; note: Buffer } {
  const bad = (why: string) => new SumdbError('record', `malformed lookup response (${why})`);
  const nl = body.indexOf(0x0a);
  if (nl < 0) throw bad('no record id');
  const idText = body.subarray(0, nl).toString('latin1');
  if (!/^(0|[1-9][0-9]{0,15})$/.test(idText)) throw bad('bad record id');
  const rest = body.subarray(nl + 1);
  const end = rest.indexOf('\n\n');
  if (end < 0) throw bad('no end of record');
  const textBytes = rest.subarray(0, end + 1);
  const text = textBytes.toString('utf8');
  if (
    !Buffer.from(text, 'utf8').equals(textBytes) ||
    /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text)
  )
    throw bad('record text is not printable UTF-8');
  return { id: Number(idText), text, note: rest.subarray(end + 2) };
}

export function recordHash(data: Buffer | string): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(data)
    .digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(left)
    .update(right)
    .digest();
}

/** tlog's Tile.Path: tile/8/<L>/x001/x234/067[.p/<W>]. */
export function tilePath(level: number, index: number, width: number): string {
  let n = index;
  let s = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    s = `x${String(n % 1000).padStart(3, '0')}/${s}`;
  }
  const partial = width === TILE_WIDTH ? '' : `.p/${width}`;
  return `tile/${TILE_HEIGHT}/${level}/${s}${partial}`;
}

/** Fetches one hash tile (the caller adds its base URL, deadline and byte cap). */
export type TileFetcher = (path: string) => Promise<Buffer>;

/**
 * The stored hashes of a tree of `size` leaves, read from hash tiles as the
 * tree of that size has them. Tiles are unauthenticated on their own: every
 * hash read here is only trusted once it recomputes the signed root.
 */
export class TileHashes {
  private readonly tiles = new Map<string, Promise<Buffer>>();

  constructor(
    readonly size: number,
    private readonly fetch: TileFetcher
  ) {}

  /** Hash of the complete subtree of 2^level leaves starting at leaf index * 2^level. */
  async subtree(level: number, index: number): Promise<Buffer> {
    const tileLevel = Math.floor(level / TILE_HEIGHT);
    const base = tileLevel * TILE_HEIGHT;
    const span = 2 ** (level - base);
    const first = index * span;
    const tileIndex = Math.floor(first / TILE_WIDTH);
    const complete = Math.floor(this.size / 2 ** base);
    const width = Math.min(TILE_WIDTH, complete - tileIndex * TILE_WIDTH);
    if (first + span > complete)
      throw new Error(
        `internal: subtree ${level}/${index} is not complete in a tree of ${this.size}`
      );
    const tile = await this.tile(tileLevel, tileIndex, width);
    let hashes: Buffer[] = [];
    for (let i = first - tileIndex * TILE_WIDTH, j = 0; j < span; i++, j++)
      hashes.push(tile.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
    while (hashes.length > 1) {
      const up: Buffer[] = [];
      for (let i = 0; i < hashes.length; i += 2) up.push(nodeHash(hashes[i], hashes[i + 1]));
      hashes = up;
    }
    return hashes[0];
  }

  /** RFC 6962 MTH of leaves [lo, hi), from complete subtrees. */
  async range(lo: number, hi: number): Promise<Buffer> {
    const n = hi - lo;
    if (isPowerOfTwo(n) && lo % n === 0) return this.subtree(Math.log2(n), lo / n);
    const k = largestPowerOfTwoBelow(n);
    return nodeHash(await this.range(lo, lo + k), await this.range(lo + k, hi));
  }

  private tile(level: number, index: number, width: number): Promise<Buffer> {
    const p = tilePath(level, index, width);
    let t = this.tiles.get(p);
    if (!t) {
      t = this.fetch(p).then(data => {
        if (data.length !== width * HASH_SIZE)
          throw new SumdbError(
            'inclusion',
            `hash tile ${p} has ${data.length} bytes, expected ${width * HASH_SIZE}`
          );
        return data;
      });
      this.tiles.set(p, t);
    }
    return t;
  }
}

/**
 * Proves the record with leaf number `id` is in the signed tree: recomputes
 * the root from the record's own leaf hash and the tiles' sibling hashes.
 */
export async function verifyInclusion(
  tree: Tree,
  id: number,
  record: string,
  hashes: TileHashes
): Promise<void> {
  if (id >= tree.size)
    throw new SumdbError(
      'inclusion',
      `record ${id} is outside the signed tree of size ${tree.size}`
    );
  const leaf = recordHash(record);
  const rootWith = async (lo: number, hi: number): Promise<Buffer> => {
    if (hi - lo === 1) return leaf;
    const k = largestPowerOfTwoBelow(hi - lo);
    return id < lo + k
      ? nodeHash(await rootWith(lo, lo + k), await hashes.range(lo + k, hi))
      : nodeHash(await hashes.range(lo, lo + k), await rootWith(lo + k, hi));
  };
  if (!(await rootWith(0, tree.size)).equals(tree.hash))
    throw new SumdbError(
      'inclusion',
      `the lookup record ${id} is not included in the signed tree of size ${tree.size} (inclusion proof from the tiles does not reach the signed root)`
    );
}

/**
 * Proves an older tree is a prefix of the newer one (no fork, no rewrite):
 * the subtrees covering [0, old.size) are read once and must rebuild both
 * the old root and, together with the rest, the new signed root.
 */
export async function verifyPrefix(older: Tree, newer: Tree, hashes: TileHashes): Promise<boolean> {
  if (older.size > newer.size) return false;
  if (older.size === newer.size) return older.hash.equals(newer.hash);
  if (older.size === 0) return true;
  const pieces: Buffer[] = [];
  const walk = async (lo: number, hi: number): Promise<Buffer> => {
    const n = hi - lo;
    if (hi <= older.size && isPowerOfTwo(n) && lo % n === 0) {
      const h = await hashes.subtree(Math.log2(n), lo / n);
      pieces.push(h);
      return h;
    }
    if (lo >= older.size) return hashes.range(lo, hi);
    const k = largestPowerOfTwoBelow(n);
    const left = await walk(lo, lo + k);
    return nodeHash(left, await walk(lo + k, hi));
  };
  const root = await walk(0, newer.size);
  let oldRoot = pieces[pieces.length - 1];
  for (let i = pieces.length - 2; i >= 0; i--) oldRoot = nodeHash(pieces[i], oldRoot);
  return root.equals(newer.hash) && oldRoot.equals(older.hash);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}

/** Largest power of two strictly below n (n >= 2). */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
