/**
 * The exec wrappers: when GOOS/GOARCH differ from the host, `go run`,
 * `go test` (and so `go generate`'s `go run`, and `go tool`) execute what
 * they built through `go_$GOOS_$GOARCH_exec` if that is on PATH. This file
 * decides, per target, whether the runner needs one and writes its text.
 * Pure: the host, the probe results and the targets are passed in.
 *
 * The scripts are POSIX sh (one fork+exec of /bin/sh per program start, a
 * few ms; a node script would cost ~40 ms) and their text depends only on
 * table entries (GOOS/GOARCH validated against Go's port list, the QEMU
 * table), never on an input's raw text. They `exec` qemu with "$@", so argv,
 * stdin/stdout/stderr, the environment, the working directory, signals and
 * the exit status (a guest killed by a signal kills qemu with that signal)
 * are the program's own.
 */
import { formatTarget, type Target } from '../targets/parse.js';
import { QEMU_ARCH, qemuEmulators, type QemuArch } from '../targets/qemu.js';

export interface Host {
  goos: string;
  goarch: string;
}

/**
 * How the runner runs a target's programs:
 * - host: the runner's own pair; Go never looks for a wrapper.
 * - probe: the runner may run it natively (386 on amd64, arm on arm64); a probe decides.
 * - qemu: a wrapper runs it under qemu-user.
 * - unrunnable: a wrapper says in one line that it cannot run here and where it can.
 * - go: Go ships its own wrapper (js/wasip1 wasm, android, ios); ours would shadow it.
 * - os: the runner's OS runs other arches of its own programs itself (Rosetta 2, WoW64).
 */
export type ExecKind = 'host' | 'probe' | 'qemu' | 'unrunnable' | 'go' | 'os';

/** Pairs a 64-bit host may run natively when its kernel and CPU can (probed, not assumed). */
const MAYBE_NATIVE: Record<string, string> = { amd64: '386', arm64: 'arm' };

/** Targets whose exec wrappers Go ships in GOROOT (misc/wasm, lib/wasm, misc/android, misc/ios). */
const GO_OWN_WRAPPER = new Set(['js', 'wasip1', 'android', 'ios']);

export function execKind(target: Target, host: Host): ExecKind {
  if (target.goos === host.goos && target.goarch === host.goarch) return 'host';
  if (GO_OWN_WRAPPER.has(target.goos)) return 'go';
  if (target.goos !== host.goos) return 'unrunnable';
  if (host.goos === 'linux') {
    if (MAYBE_NATIVE[host.goarch] === target.goarch) return 'probe';
    return QEMU_ARCH[target.goarch] ? 'qemu' : 'unrunnable';
  }
  // Intel Macs cannot run arm64; everything else of the runner's own OS is the OS's to run.
  if (host.goos === 'darwin' && target.goarch === 'arm64') return 'unrunnable';
  return 'os';
}

/** The file Go looks up on PATH (with PATHEXT on Windows, so a .cmd there). */
export function wrapperFile(target: Pick<Target, 'goos' | 'goarch'>, host: Host): string {
  checkWord(target.goos);
  checkWord(target.goarch);
  return `go_${target.goos}_${target.goarch}_exec${host.goos === 'windows' ? '.cmd' : ''}`;
}

export interface Wrapper {
  /** File name, e.g. go_linux_arm64_exec. */
  file: string;
  text: string;
  /** One line for the log: what the wrapper does. */
  does: string;
  kind: 'qemu' | 'unrunnable';
}

/** What the step does about one target, for the log. */
export interface ExecDecision {
  target: Target;
  kind: ExecKind;
  /** For probe: whether the probe ran a native program. */
  native?: boolean;
}

/**
 * One wrapper per GOOS/GOARCH among the targets that need one (variants of
 * one GOARCH share it: it picks the CPU from the variant variable at run
 * time). `native` holds the probe result for 'probe' targets' GOARCH.
 */
export function wrappersFor(
  targets: Target[],
  host: Host,
  native: ReadonlyMap<string, boolean>
): { decisions: ExecDecision[]; wrappers: Wrapper[] } {
  const decisions: ExecDecision[] = [];
  const wrappers = new Map<string, Wrapper>();
  for (const target of targets) {
    const kind = execKind(target, host);
    if (kind === 'probe') {
      const ok = native.get(target.goarch) === true;
      decisions.push({ target, kind, native: ok });
      if (ok) continue;
    } else decisions.push({ target, kind });
    const file = wrapperFile(target, host);
    if (wrappers.has(file)) continue;
    if (kind === 'qemu' || kind === 'probe') {
      wrappers.set(file, {
        file,
        kind: 'qemu',
        text: qemuWrapperText(target.goarch),
        does: `runs ${target.goos}/${target.goarch} programs under ${qemuEmulators(target.goarch).join(' or ')}`
      });
    } else if (kind === 'unrunnable') {
      const message = unrunnableMessage(target, host);
      wrappers.set(file, {
        file,
        kind: 'unrunnable',
        text: host.goos === 'windows' ? cmdMessageText(message) : shMessageText(message),
        does: `says: ${message}`
      });
    }
  }
  return { decisions, wrappers: [...wrappers.values()] };
}

/** The GOARCHes a qemu wrapper of this plan runs (what the emulator must provide). */
export function qemuGoarches(wrappers: Wrapper[], targets: Target[], host: Host): string[] {
  const files = new Set(wrappers.filter(w => w.kind === 'qemu').map(w => w.file));
  return [...new Set(targets.filter(t => files.has(wrapperFile(t, host))).map(t => t.goarch))];
}

const RUNNERS: Record<string, string> = {
  linux: 'a Linux runner (runs-on: ubuntu-latest, or ubuntu-24.04-arm for arm64)',
  windows: 'a Windows runner (runs-on: windows-latest)',
  darwin: 'a macOS runner (runs-on: macos-latest for arm64)'
};

/** One line: this runner cannot run the target's programs, and where they can run. */
export function unrunnableMessage(target: Target, host: Host): string {
  const pair = `${target.goos}/${target.goarch}`;
  const where =
    RUNNERS[target.goos] && target.goos !== host.goos
      ? RUNNERS[target.goos]
      : `a ${pair} machine (or a VM on a Linux runner)`;
  return `setup-go-cross: this ${host.goos}/${host.goarch} runner cannot run ${pair} programs (go run, go test, go tool); run them on ${where}, or use go build / go vet / go test -c here`;
}

/**
 * The qemu wrapper for one GOARCH: picks the CPU from the variant variable
 * (the same table as smoke runs), runs the program under the first emulator
 * on PATH, else directly when binfmt_misc has an enabled entry for the arch
 * (docker/setup-qemu-action), else says in one line what to do.
 */
export function qemuWrapperText(goarch: string): string {
  checkWord(goarch);
  const arch = QEMU_ARCH[goarch];
  if (!arch) throw new Error(`no qemu for ${goarch}`);
  const [fileStatic, file] = qemuEmulators(goarch);
  const missing = `setup-go-cross: cannot run this linux/${goarch} program: neither ${fileStatic} nor ${file} is on PATH and binfmt_misc has no qemu-${arch.name} entry; set emulator: install on setup-go-cross, or install qemu-user-static (sudo apt-get install -y qemu-user-static) before this step`;
  return [
    '#!/bin/sh',
    `# go_linux_${goarch}_exec, written by setup-go-cross. go run / go test / go tool run`,
    `# linux/${goarch} programs through this file: it runs them under qemu-user with a CPU`,
    '# that has the instructions of the variant. It execs, so argv, stdio, env, cwd, signals',
    '# and the exit status are those of the program. emulator: none writes no wrappers.',
    ...cpuSelection(arch),
    ...(arch.godebug
      ? [
          `# Go programs need GODEBUG=${checkSetting(arch.godebug)} under qemu-${arch.name} (see src/targets/qemu.ts).`,
          'GODEBUG=${GODEBUG:+$GODEBUG,}' + arch.godebug,
          'export GODEBUG'
        ]
      : []),
    ...(arch.gomaxprocs
      ? [
          `# and GOMAXPROCS=${Number(arch.gomaxprocs)} unless set: fewer threads starting at once (see src/targets/qemu.ts).`,
          `GOMAXPROCS=\${GOMAXPROCS:-${Number(arch.gomaxprocs)}}`,
          'export GOMAXPROCS'
        ]
      : []),
    `for q in ${fileStatic} ${file}; do`,
    '  if command -v "$q" >/dev/null 2>&1; then',
    `    exec "$q"${arch.cpu || arch.variant ? ' -cpu "$cpu"' : ''} -- "$@"`,
    '  fi',
    'done',
    `if read -r state 2>/dev/null </proc/sys/fs/binfmt_misc/qemu-${arch.name} && [ "$state" = enabled ]; then`,
    '  p=$1',
    '  shift',
    '  case $p in */*) ;; *) p=./$p ;; esac',
    '  exec "$p" "$@"',
    'fi',
    `echo '${shQuotable(missing)}' >&2`,
    'exit 127',
    ''
  ].join('\n');
}

/** `cpu=...` from the variant variable, by the table's `case` patterns. */
function cpuSelection(arch: QemuArch): string[] {
  if (!arch.variant) return arch.cpu ? [`cpu=${checkCpu(arch.cpu)}`] : [];
  checkWord(arch.variant.name);
  const lines = [`case \${${arch.variant.name}-} in`];
  for (const rule of arch.variant.rules) {
    if (!/^[A-Za-z0-9.,*|]+$/.test(rule.match)) throw new Error(`bad pattern ${rule.match}`);
    if (rule.unsupported) {
      lines.push(
        `${rule.match})`,
        `  echo 'setup-go-cross: cannot run this program under qemu: ${shQuotable(rule.unsupported)}' >&2`,
        '  exit 126',
        '  ;;'
      );
    } else lines.push(`${rule.match}) cpu=${checkCpu(rule.cpu ?? '')} ;;`);
  }
  lines.push(arch.cpu ? `*) cpu=${checkCpu(arch.cpu)} ;;` : '*) ;;', 'esac');
  return lines;
}

/** A wrapper that prints one line on stderr and exits 126 ("cannot execute"). */
export function shMessageText(message: string): string {
  return ['#!/bin/sh', `echo '${shQuotable(message)}' >&2`, 'exit 126', ''].join('\n');
}

/** The same for Windows, where Go finds go_..._exec.cmd through PATHEXT. */
export function cmdMessageText(message: string): string {
  // cmd.exe's metacharacters are escaped with ^ (and % doubled), so echo prints them.
  const escaped = message.replace(/[\^&|<>()]/g, c => `^${c}`).replace(/%/g, '%%');
  if (/[\r\n"!]/.test(escaped)) throw new Error('message not printable by cmd echo');
  return ['@echo off', `echo ${escaped} 1>&2`, 'exit /b 126', ''].join('\r\n');
}

/** Table text goes inside '…' in sh: it must hold no quote or control character. */
function shQuotable(text: string): string {
  if (/['\\\x00-\x1f\x7f]/.test(text)) throw new Error(`not single-quotable: ${text}`);
  return text;
}

/** A qemu -cpu value: a model and its properties (rv64,v=true,...), nothing the shell expands. */
function checkCpu(cpu: string): string {
  if (!/^[A-Za-z0-9_.-]+(,[A-Za-z0-9_]+=[A-Za-z0-9_.]+)*$/.test(cpu))
    throw new Error(`not a qemu CPU: ${JSON.stringify(cpu)}`);
  return cpu;
}

function checkSetting(setting: string): string {
  if (!/^[a-z0-9]+=[a-z0-9]+$/.test(setting)) throw new Error(`not a GODEBUG setting: ${setting}`);
  return setting;
}

/** GOOS, GOARCH, CPU and variable names are plain words; anything else is a bug in a table. */
function checkWord(word: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(word)) throw new Error(`not a plain word: ${JSON.stringify(word)}`);
  return word;
}

/** One log line per target: what `go run` / `go test` will do with its programs. */
export function describeDecision(d: ExecDecision, host: Host, wrappers: Wrapper[]): string {
  const t = formatTarget(d.target);
  const w = wrappers.find(x => x.file === wrapperFile(d.target, host));
  switch (d.kind) {
    case 'host':
      return `${t}: the runner's own platform, runs natively`;
    case 'go':
      return `${t}: no wrapper from setup-go-cross (Go ships go_${d.target.goos}_${d.target.goarch}_exec in GOROOT/misc or GOROOT/lib; put it on PATH to run these)`;
    case 'os':
      return `${t}: no wrapper; this ${host.goos}/${host.goarch} runner's OS runs ${d.target.goarch} programs itself when it can (Rosetta 2, Windows emulation)`;
    case 'probe':
      if (d.native) return `${t}: runs natively here (a probe program ran)`;
      return `${t}: this runner cannot run it natively (the probe failed); ${w?.file} ${w?.does ?? ''}`;
    default:
      return `${t}: ${w?.file} ${w?.does ?? ''}`;
  }
}
