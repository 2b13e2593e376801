/**
 * Where a test failure points, as a file in the workspace. Pure.
 *
 * Three shapes reach us:
 * - t.Error/t.Fatal output: `    x_test.go:12: message`, the base name of a
 *   file in the package's directory;
 * - panic stack frames: `\t/abs/dir/x.go:12 +0x1d`, or with -trimpath
 *   `\texample.com/mod/pkg/x.go:12 +0x1d` (module path, not a directory);
 * - compiler errors: `pkg/x.go:3:27: message`, relative to the directory
 *   go ran in (the workspace), or absolute.
 */
import path from 'node:path';

/** What go list told us about the packages under test. */
export interface Layout {
  /** The directory go test ran in; paths are shown relative to it. */
  workspace: string;
  /** Import path -> absolute package directory. */
  packages: Map<string, string>;
  /** Module path -> absolute module directory (for -trimpath frames). */
  modules: Map<string, string>;
}

export interface Position {
  /** Workspace-relative path with / separators. */
  file: string;
  line: number;
  column?: number;
}

/** `    x_test.go:12: message` (t.Log/t.Error/t.Fatal/t.Skip): file, line, message. */
const TEST_LINE = /^\s+([^\s:/\\][^\s:]*\.go):(\d+): ?(.*)$/;
/** A stack frame's location line: `\t<path>.go:<line>[ +0x..]`. */
const FRAME_LINE = /^\t(\S.*\.go):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=.*)?$/;
/** A compiler error: `<path>.go:<line>:<col>: message` (column optional). */
const COMPILER_LINE = /^(\S[^:]*\.go):(\d+)(?::(\d+))?: (.*)$/;

export interface TestLine {
  file: string;
  line: number;
  message: string;
}

/** A t.Log/t.Error line's parts, or undefined. */
export function testLine(text: string): TestLine | undefined {
  const m = TEST_LINE.exec(text.replace(/\r?\n$/, ''));
  return m ? { file: m[1], line: Number(m[2]), message: m[3] } : undefined;
}

/** A t.Error line's file, resolved against its package's directory. */
export function testLinePosition(pkg: string, t: TestLine, layout: Layout): Position | undefined {
  const dir = layout.packages.get(pkg);
  if (!dir) return undefined;
  return inWorkspace(path.join(dir, t.file), t.line, layout.workspace);
}

/**
 * The first frame of a stack trace that is a file in the workspace (runtime,
 * testing and module-cache frames are skipped): where the panic or the hang is.
 */
export function framePosition(lines: string[], layout: Layout): Position | undefined {
  for (const text of lines) {
    const m = FRAME_LINE.exec(text.replace(/\r?\n$/, ''));
    if (!m) continue;
    const file = frameFile(m[1], layout);
    const pos = file ? inWorkspace(file, Number(m[2]), layout.workspace) : undefined;
    if (pos) return pos;
  }
  return undefined;
}

/** An absolute frame path as is; a -trimpath one through the longest module path it starts with. */
function frameFile(text: string, layout: Layout): string | undefined {
  if (path.isAbsolute(text)) return text;
  let best: string | undefined;
  for (const mod of layout.modules.keys())
    if (text.startsWith(`${mod}/`) && (!best || mod.length > best.length)) best = mod;
  return best ? path.join(layout.modules.get(best)!, text.slice(best.length + 1)) : undefined;
}

export interface CompilerError extends Position {
  message: string;
}

/** A compiler error line's position (workspace-relative) and message, or undefined. */
export function compilerError(text: string, layout: Layout): CompilerError | undefined {
  const m = COMPILER_LINE.exec(text.replace(/\r?\n$/, ''));
  if (!m) return undefined;
  const pos = inWorkspace(path.resolve(layout.workspace, m[1]), Number(m[2]), layout.workspace);
  if (!pos) return undefined;
  return { ...pos, ...(m[3] ? { column: Number(m[3]) } : {}), message: m[4] };
}

function inWorkspace(file: string, line: number, workspace: string): Position | undefined {
  const rel = path.relative(workspace, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || !(line > 0)) return undefined;
  return { file: rel.split(path.sep).join('/'), line };
}
