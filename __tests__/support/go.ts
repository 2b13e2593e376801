/** Helpers for tests that run the real Debian Go toolchains. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/**
 * Minor -> Debian GOROOT. CI installs all eight (.ci/install-system.sh for
 * 1.19-1.23 from bookworm(-backports), .ci/install-go-newer.sh for 1.24-1.27
 * from trixie(-backports)).
 */
export const DEBIAN_GO: Record<string, string> = {
  '1.19': '/usr/lib/go-1.19',
  '1.21': '/usr/lib/go-1.21',
  '1.22': '/usr/lib/go-1.22',
  '1.23': '/usr/lib/go-1.23',
  '1.24': '/usr/lib/go-1.24',
  '1.25': '/usr/lib/go-1.25',
  '1.26': '/usr/lib/go-1.26',
  '1.27': '/usr/lib/go-1.27'
};

export function debianGo(minor: string): string {
  const bin = path.join(DEBIAN_GO[minor], 'bin', 'go');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run .ci/install-system.sh`);
  return bin;
}

/** A clean env for go commands: no inherited GOFLAGS/GOOS from the developer's shell. */
export function goEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR']) if (process.env[k]) env[k] = process.env[k];
  return { ...env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', ...extra };
}

/** Writes a stdlib-only module with one main package. */
export async function writeModule(
  dir: string,
  opts: { module?: string; go?: string; main?: string } = {}
): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'go.mod'),
    `module ${opts.module ?? 'example.com/hello'}\n\ngo ${opts.go ?? '1.19'}\n`
  );
  await writeFile(
    path.join(dir, 'main.go'),
    opts.main ??
      'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tif len(os.Args) > 1 && os.Args[1] == "--version" {\n\t\tfmt.Println("hello 1.0")\n\t\treturn\n\t}\n\tfmt.Println("hello")\n}\n'
  );
  return dir;
}

/** Section names of an ELF file, via binutils. */
export async function elfSections(file: string): Promise<string[]> {
  const { stdout } = await run('readelf', ['-S', '-W', file]);
  return [...stdout.matchAll(/^\s*\[\s*\d+\]\s+(\S+)/gm)].map(m => m[1]);
}

export async function elfProgramHeaders(file: string): Promise<string[]> {
  const { stdout } = await run('readelf', ['-l', '-W', file]);
  return [...stdout.matchAll(/^\s+([A-Z_]+)\s+0x/gm)].map(m => m[1]);
}

export async function elfMachine(file: string): Promise<string> {
  const { stdout } = await run('readelf', ['-h', file]);
  return /Machine:\s+(.*)/.exec(stdout)?.[1].trim() ?? '';
}

/** `go version -m` as {version, settings}. */
export async function goVersionM(
  goBin: string,
  file: string
): Promise<{ version: string; settings: Record<string, string> }> {
  const { stdout } = await run(goBin, ['version', '-m', file], { env: goEnv({}) });
  const version = /^\S+: (go\S+)/.exec(stdout)?.[1] ?? '';
  const settings: Record<string, string> = {};
  for (const m of stdout.matchAll(/^\tbuild\t([^=]+)=(.*)$/gm)) settings[m[1]] = m[2];
  return { version, settings };
}
