import type { Inputs } from '../inputs/parse.js';
import { isMultiTarget } from '../inputs/targets.js';
import { formatTarget } from '../targets/parse.js';
import { buildGoflags } from './goflags.js';

export interface GoldenEnv {
  /** Variables to export, in the order they are logged. */
  vars: [string, string][];
  notices: string[];
}

/**
 * The environment every later step builds with. Pure: a function of the
 * inputs, the exact Go version and where things live.
 */
export function goldenEnv(
  inputs: Pick<Inputs, 'target' | 'cgo' | 'trimpath' | 'forceRebuild' | 'ldflags'> &
    Partial<Pick<Inputs, 'targets'>>,
  goVersion: string,
  paths: { goroot: string; gocache: string; gomodcache: string }
): GoldenEnv {
  const { target } = inputs;
  const goflags = buildGoflags({
    goVersion,
    trimpath: inputs.trimpath,
    forceRebuild: inputs.forceRebuild,
    ldflags: inputs.ldflags
  });
  const vars: [string, string][] = [
    ['GOROOT', paths.goroot],
    ['GOTOOLCHAIN', 'local']
  ];
  const notices = [...goflags.notices];
  // Several targets (or darwin/universal): no one GOOS/GOARCH is right for later steps.
  if (inputs.targets && isMultiTarget(inputs.targets)) {
    notices.push(
      `target lists ${inputs.targets.map(formatTarget).join(', ')}: GOOS, GOARCH and the variant are not exported to later steps (each build in this step sets its own); the toolchain, GOFLAGS and the rest are`
    );
  } else {
    vars.push(['GOOS', target.goos], ['GOARCH', target.goarch]);
    if (target.variant) vars.push([target.variant.name, target.variant.value]);
  }
  vars.push(
    ['CGO_ENABLED', inputs.cgo ? '1' : '0'],
    ['GOCACHE', paths.gocache],
    ['GOMODCACHE', paths.gomodcache],
    ['GOFLAGS', goflags.value]
  );
  return { vars, notices };
}
