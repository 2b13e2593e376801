/**
 * The `test-flags` input against the step's targets. Pure.
 * The race detector and the memory/address sanitizers need cgo and a C
 * toolchain and runtime for the target, which a cross build under an
 * emulator does not have: refused up front with one line instead of a
 * confusing go error per target.
 */
import { InputError } from '../inputs/errors.js';
import { NODE_ARCH_TO_GOARCH, NODE_PLATFORM_TO_GOOS } from '../targets/host.js';
import { formatTarget, type Target } from '../targets/parse.js';

const NOT_CROSS = ['race', 'msan', 'asan'];

/** Flags the stage sets itself: a second value would only confuse the parse. */
const OWN = ['json'];

/** Whether the target is the pair go itself was built for here (go then never uses an exec wrapper). */
export function isHostPair(target: Target, host: { platform: string; arch: string }): boolean {
  return (
    NODE_PLATFORM_TO_GOOS[host.platform] === target.goos &&
    NODE_ARCH_TO_GOARCH[host.arch] === target.goarch
  );
}

/** Throws InputError when a flag cannot work for one of the targets. */
export function checkTestFlags(
  flags: string[],
  raw: string,
  targets: Target[],
  host: { platform: string; arch: string }
): void {
  for (const flag of flags) {
    const name = /^--?([A-Za-z0-9_.]+)(=.*)?$/.exec(flag)?.[1]?.replace(/^test\./, '');
    if (!name) continue;
    if (OWN.includes(name))
      throw new InputError(
        `test-flags ${JSON.stringify(raw)} has ${flag}, which the test stage sets itself; accepted: go test flags such as -short, -run, -count=1, -timeout`
      );
    if (!NOT_CROSS.includes(name) || /=(false|0)$/i.test(flag)) continue;
    const cross = targets.filter(t => !isHostPair(t, host));
    if (cross.length)
      throw new InputError(
        `test-flags ${JSON.stringify(raw)} has ${flag}, which cannot work for ${cross.map(formatTarget).join(', ')}: it needs cgo and the target's C runtime, not available in a cross build run under an emulator; accepted: -${name} only when every target is the runner's own`
      );
  }
}
