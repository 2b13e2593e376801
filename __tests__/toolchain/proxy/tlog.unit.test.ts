import { describe, expect, it } from '@jest/globals';
import { SumdbError } from '../../../src/toolchain/proxy/errors.js';
import {
  nodeHash,
  parseLookup,
  parseTree,
  recordHash,
  TileHashes,
  tilePath,
  verifyInclusion,
  verifyPrefix
} from '../../../src/toolchain/proxy/tlog.js';

/** Reference RFC 6962 MTH, straight from the definition. */
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const record = (i: number) =>
  `example.com/m${i} v1.0.0 h1:x${i}=\nexample.com/m${i} v1.0.0/go.mod h1:y${i}=\n`;

/** Tiles of height 8 for a log of n records, as a tlog server serves them. */
function tilesFor(n: number): Map<string, Buffer> {
  const leaves = Array.from({ length: n }, (_, i) => recordHash(record(i)));
  const tiles = new Map<string, Buffer>();
  for (let level = 0; 256 ** level <= n; level++) {
    const span = 256 ** level;
    const hashes: Buffer[] = [];
    for (let j = 0; (j + 1) * span <= n; j++)
      hashes.push(mth(leaves.slice(j * span, (j + 1) * span)));
    for (let t = 0; t * 256 < hashes.length; t++) {
      const part = hashes.slice(t * 256, t * 256 + 256);
      tiles.set(tilePath(level, t, part.length), Buffer.concat(part));
    }
  }
  return tiles;
}

function reader(tiles: Map<string, Buffer>, fetched: string[] = []) {
  return async (p: string) => {
    fetched.push(p);
    const t = tiles.get(p);
    if (!t) throw new Error(`no tile ${p}`);
    return t;
  };
}

function treeOf(n: number) {
  return { size: n, hash: mth(Array.from({ length: n }, (_, i) => recordHash(record(i)))) };
}

describe('tile paths', () => {
  it('spells indexes and partial widths as tlog does', () => {
    expect(tilePath(0, 0, 256)).toBe('tile/8/0/000');
    expect(tilePath(0, 1, 44)).toBe('tile/8/0/001.p/44');
    expect(tilePath(1, 1234067, 256)).toBe('tile/8/1/x001/x234/067');
  });
});

describe('inclusion through tiles', () => {
  it.each([1, 2, 3, 7, 255, 256, 257, 300, 513])(
    'every record of a tree of %i verifies',
    async n => {
      const tiles = tilesFor(n);
      const tree = treeOf(n);
      for (let id = 0; id < n; id += n > 40 ? 37 : 1) {
        await verifyInclusion(tree, id, record(id), new TileHashes(n, reader(tiles)));
      }
    }
  );

  it('a record that is not the one at that index fails as "inclusion"', async () => {
    const tiles = tilesFor(300);
    const err = await verifyInclusion(
      treeOf(300),
      5,
      record(6),
      new TileHashes(300, reader(tiles))
    ).catch(e => e);
    expect(err).toBeInstanceOf(SumdbError);
    expect(err.step).toBe('inclusion');
  });

  it('one flipped bit in a sibling hash fails', async () => {
    const tiles = tilesFor(300);
    const t = Buffer.from(tiles.get('tile/8/0/001.p/44')!);
    t[0] ^= 1;
    tiles.set('tile/8/0/001.p/44', t);
    await expect(
      verifyInclusion(treeOf(300), 3, record(3), new TileHashes(300, reader(tiles)))
    ).rejects.toThrow(/not included in the signed tree/);
  });

  it('a tile of the wrong length fails', async () => {
    const tiles = tilesFor(10);
    tiles.set('tile/8/0/000.p/10', Buffer.alloc(31));
    await expect(
      verifyInclusion(treeOf(10), 3, record(3), new TileHashes(10, reader(tiles)))
    ).rejects.toThrow(/has 31 bytes, expected 320/);
  });

  it('a record id beyond the tree fails', async () => {
    await expect(
      verifyInclusion(treeOf(4), 4, record(4), new TileHashes(4, reader(tilesFor(4))))
    ).rejects.toThrow(/outside the signed tree/);
  });
});

describe('older trees as prefixes', () => {
  it.each([
    [1, 2],
    [3, 8],
    [100, 300],
    [256, 300],
    [257, 513],
    [300, 300]
  ])('a tree of %i is a prefix of one of %i', async (m, n) => {
    expect(await verifyPrefix(treeOf(m), treeOf(n), new TileHashes(n, reader(tilesFor(n))))).toBe(
      true
    );
  });

  it('a forked older tree is not', async () => {
    const fork = { size: 100, hash: nodeHash(Buffer.alloc(32), Buffer.alloc(32)) };
    expect(await verifyPrefix(fork, treeOf(300), new TileHashes(300, reader(tilesFor(300))))).toBe(
      false
    );
    expect(
      await verifyPrefix(treeOf(300), treeOf(100), new TileHashes(100, reader(tilesFor(100))))
    ).toBe(false);
  });
});

describe('notes and records', () => {
  it('parses a tree note and a lookup response', () => {
    const h = Buffer.alloc(32, 7).toString('base64');
    expect(parseTree(`go.sum database tree\n42\n${h}\n`)).toEqual({
      size: 42,
      hash: Buffer.alloc(32, 7)
    });
    expect(() => parseTree(`go.sum database tree\n042\n${h}\n`)).toThrow(/malformed tree/);
    const body = Buffer.from(`7\n${record(7)}\nNOTE`);
    expect(parseLookup(body)).toEqual({ id: 7, text: record(7), note: Buffer.from('NOTE') });
    expect(() => parseLookup(Buffer.from('x\nabc\n\n'))).toThrow(/bad record id/);
  });
});
