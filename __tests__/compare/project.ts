/**
 * A Go project to compare builds of: example.com/app requiring two local
 * modules through `replace` (no module proxy here): example.com/lib (its
 * required version moves for an upgrade) and, optionally, example.com/big,
 * a dependency big enough to matter (a ~256 KiB table in .rodata and 300
 * functions in .text). `extra` adds a file behind the `extra` build tag;
 * `tool` a second main package (./cmd/tool) for a removed-artifact case.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ProjectOptions {
  lib?: string;
  big?: boolean;
  tool?: boolean;
}

const BIG_FUNCS = 300;

function bigSource(): string {
  // Deterministic content: a table of 8192 32-byte rows, and functions that index it.
  const rows: string[] = [];
  for (let i = 0; i < 8192; i++) rows.push(`"row-${String(i).padStart(6, '0')}-${'x'.repeat(17)}"`);
  const funcs: string[] = [];
  for (let i = 0; i < BIG_FUNCS; i++)
    funcs.push(
      `func F${i}(n int) string { return Table[(n*${i + 7}+${i})%len(Table)] + Table[(n+${i})%len(Table)] }`
    );
  return `package big

var Table = [...]string{\n${rows.join(',\n')},\n}

${funcs.join('\n')}

var Funcs = []func(int) string{${Array.from({ length: BIG_FUNCS }, (_, i) => `F${i}`).join(', ')}}

func Pick(n int) string { return Funcs[n%len(Funcs)](n) }
`;
}

/** The project's files by relative path. */
export function projectFiles(o: ProjectOptions = {}): Record<string, string> {
  const files: Record<string, string> = {
    'go.mod': [
      'module example.com/app',
      '',
      'go 1.21',
      '',
      'require (',
      `\texample.com/lib ${o.lib ?? 'v1.0.0'}`,
      ...(o.big ? ['\texample.com/big v1.0.0'] : []),
      ')',
      '',
      'replace example.com/lib => ./lib',
      ...(o.big ? ['replace example.com/big => ./big'] : []),
      ''
    ].join('\n'),
    'lib/go.mod': 'module example.com/lib\n\ngo 1.21\n',
    'lib/lib.go': 'package lib\n\nfunc Name() string { return "lib" }\n',
    'cmd/app/main.go': `package main

import (
\t"fmt"
\t"os"

\t"example.com/lib"
${o.big ? '\t"example.com/big"\n' : ''})

var extra = ""

func main() {
\tfmt.Println(lib.Name(), len(os.Args), extra)
${o.big ? '\tfmt.Println(big.Pick(len(os.Args)))\n' : ''}}
`,
    'cmd/app/extra.go': '//go:build extra\n\npackage main\n\nfunc init() { extra = "extra" }\n'
  };
  if (o.big) {
    files['big/go.mod'] = 'module example.com/big\n\ngo 1.21\n';
    files['big/big.go'] = bigSource();
  }
  if (o.tool)
    files['cmd/tool/main.go'] =
      'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("tool") }\n';
  return files;
}

export async function writeProject(dir: string, o: ProjectOptions = {}): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [f, text] of Object.entries(projectFiles(o))) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), text);
  }
}
