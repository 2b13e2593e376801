/**
 * Real parts for the image tests: tiny Go programs built by a real toolchain
 * for linux/amd64, linux/arm64 and linux/arm/v7, verified by the verifier,
 * and the Debian oracles (skopeo, umoci, qemu-user) run with argument arrays.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ImageArtifact } from '../../src/image/publish.js';
import { parseTarget, type Target } from '../../src/targets/parse.js';
import { verifyFileResult } from '../../src/verify/index.js';

export const run = promisify(execFile);

export const GO = '/usr/lib/go-1.23/bin/go';
const REPO = path.resolve(new URL('../..', import.meta.url).pathname);
/**
 * The shared fixtures' GOCACHE (jest's global setup fills it with go1.23
 * builds of these very targets and flags), so these builds are warm.
 */
const GOCACHE = path.join(REPO, '.tmp', 'fixtures', 'gocache');

export const TARGETS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'].map(t => parseTarget(t));

/** Builds `app` (prints its GOARCH and argv[1]) for each target; verified, with SHA-256. */
export async function buildApp(
  dir: string,
  targets: Target[] = TARGETS,
  opts: { cgo?: boolean; padMiB?: number; name?: string } = {}
): Promise<ImageArtifact[]> {
  const src = path.join(dir, 'src');
  await mkdir(src, { recursive: true });
  await writeFile(path.join(src, 'go.mod'), 'module example.com/app\n\ngo 1.21\n');
  // padMiB: a large incompressible table, for a binary of realistic size (the benchmark).
  const pad = opts.padMiB
    ? `var pad = [...]byte{${[...createHash('sha512').update('x').digest()].join(',')}}\nvar big [${opts.padMiB << 20}]byte\nfunc init() { for i := range big { big[i] = pad[i%64] ^ byte(i>>7) }; if len(os.Args) > 5 { fmt.Println(big[len(os.Args)]) } }\n`
    : '';
  // With cgo, os/user links libc: a dynamic binary.
  const cgoImport = opts.cgo ? '\t_ "os/user"\n' : '';
  await writeFile(
    path.join(src, 'main.go'),
    `package main\n\nimport (\n\t"fmt"\n\t"os"\n${cgoImport}\t"runtime"\n)\n\n${pad}func main() {\n\targ := ""\n\tif len(os.Args) > 1 {\n\t\targ = os.Args[1]\n\t}\n\tfmt.Println("app", runtime.GOARCH, arg)\n}\n`
  );
  const out: ImageArtifact[] = [];
  for (const target of targets) {
    const file = path.join(
      dir,
      'dist',
      `${opts.name ?? 'app'}_${target.goos}_${target.goarch}${target.variant ? `_${target.variant.value}` : ''}`
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GOOS: target.goos,
      GOARCH: target.goarch,
      CGO_ENABLED: opts.cgo ? '1' : '0',
      GOCACHE,
      GOFLAGS: '',
      GOTOOLCHAIN: 'local'
    };
    if (target.variant) env[target.variant.name] = target.variant.value;
    await run(GO, ['build', '-trimpath', '-ldflags=-s -w', '-o', file, '.'], { cwd: src, env });
    const bytes = await readFile(file);
    const { report } = await verifyFileResult(file, {
      target,
      cgo: opts.cgo ?? false,
      stripped: true,
      trimpath: true
    });
    out.push({
      target,
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      report,
      importPath: 'example.com/app'
    });
  }
  return out;
}

/** skopeo with the registry's credentials, no TLS (loopback). */
export async function skopeo(args: string[], creds?: string): Promise<string> {
  const [cmd, ...rest] = args;
  const flags = ['--tls-verify=false', ...(creds ? ['--creds', creds] : [])];
  const where =
    cmd === 'copy'
      ? [
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          ...(creds ? ['--src-creds', creds, '--dest-creds', creds] : [])
        ]
      : flags;
  const { stdout } = await run('skopeo', ['--insecure-policy', cmd, ...where, ...rest], {
    maxBuffer: 64 << 20
  });
  return stdout;
}

export function sha256Hex(b: Buffer | string): string {
  return createHash('sha256').update(b).digest('hex');
}
