import { describe, expect, it } from '@jest/globals';
import {
  directRequirements,
  linkedRequirements,
  parseModGraph
} from '../../src/release/modgraph.js';
import type { Module } from '../../src/verify/modinfo.js';

const dep = (path: string, version: string): Module => ({ path, version, sum: '' });

// The shape of real `go mod graph` output (Go 1.21+: go@ and toolchain@ nodes; a version
// required by one module and a higher one selected; a module required at two versions).
const GRAPH = `example.com/app example.com/a@v1.0.0
example.com/app example.com/b@v1.1.0
example.com/app example.com/c@v0.3.0
example.com/app go@1.22
example.com/app toolchain@go1.22.1
example.com/a@v1.0.0 example.com/c@v0.2.0
example.com/a@v1.0.0 go@1.21
example.com/b@v1.0.0 example.com/gone@v1.0.0
example.com/b@v1.1.0 example.com/a@v1.0.0
example.com/b@v1.1.0 example.com/b@v1.1.0
go@1.22 toolchain@go1.22
`;
const LINKED = [
  dep('example.com/a', 'v1.0.0'),
  dep('example.com/b', 'v1.1.0'),
  dep('example.com/c', 'v0.3.0'),
  dep('example.com/orphan', 'v2.0.0')
];

describe('parseModGraph', () => {
  it('reads edges per node and skips lines that are not two fields', () => {
    const g = parseModGraph(`${GRAPH}\nnot an edge at all\n\n  x  y  \n`);
    expect(g.get('example.com/app')).toEqual([
      'example.com/a@v1.0.0',
      'example.com/b@v1.1.0',
      'example.com/c@v0.3.0',
      'go@1.22',
      'toolchain@go1.22.1'
    ]);
    expect(g.get('x')).toEqual(['y']);
    expect(g.has('not')).toBe(false);
  });
});

describe('directRequirements', () => {
  it('keeps requirements without // indirect', () => {
    const json = JSON.stringify({
      Module: { Path: 'example.com/app' },
      Require: [
        { Path: 'example.com/a', Version: 'v1.0.0' },
        { Path: 'example.com/c', Version: 'v0.3.0', Indirect: true }
      ]
    });
    expect([...directRequirements(json)!]).toEqual(['example.com/a']);
  });
  it('no requirements, or not JSON', () => {
    expect(directRequirements('{"Module":{"Path":"x"},"Require":null}')!.size).toBe(0);
    expect(directRequirements('go: no go.mod')).toBeUndefined();
  });
});

describe('linkedRequirements', () => {
  it('edges from the selected version, to linked modules only, never to itself', () => {
    const r = linkedRequirements(parseModGraph(GRAPH), 'example.com/app', LINKED);
    expect(r.get('example.com/b')).toEqual(['example.com/a']);
    // a@v1.0.0 asks for c@v0.2.0; c@v0.3.0 was selected: still an edge to c.
    expect(r.get('example.com/a')).toEqual(['example.com/c']);
    expect(r.get('example.com/c')).toEqual([]);
  });

  it('the main module keeps its direct requirements; an unreached module hangs off it', () => {
    const direct = new Set(['example.com/b']);
    const r = linkedRequirements(parseModGraph(GRAPH), 'example.com/app', LINKED, direct);
    // a and c are reached through b; orphan has no edge at all.
    expect(r.get('example.com/app')).toEqual(['example.com/b', 'example.com/orphan']);
  });

  it('without the direct set, every linked module the main go.mod names', () => {
    const r = linkedRequirements(parseModGraph(GRAPH), 'example.com/app', LINKED);
    expect(r.get('example.com/app')).toEqual([
      'example.com/a',
      'example.com/b',
      'example.com/c',
      'example.com/orphan'
    ]);
  });

  it('an empty graph leaves every module directly under the main module', () => {
    const r = linkedRequirements(new Map(), 'example.com/app', LINKED);
    expect(r.get('example.com/app')).toEqual(LINKED.map(d => d.path));
  });

  it('a go.work module (build info: (devel)) is a bare node: its edges are found', () => {
    const graph = parseModGraph(
      'example.com/app example.com/lib\nexample.com/lib example.com/a@v1.0.0\nexample.com/app example.com/a@v1.0.0\n'
    );
    const r = linkedRequirements(graph, 'example.com/app', [
      dep('example.com/lib', '(devel)'),
      dep('example.com/a', 'v1.0.0')
    ]);
    expect(r.get('example.com/lib')).toEqual(['example.com/a']);
  });
});
