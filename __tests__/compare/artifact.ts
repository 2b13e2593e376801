import type { ArtifactFacts } from '../../src/compare/facts.js';

/** A linux/arm64 artifact's facts linking `deps` (each at v1.0.0), for comparisons without a build. */
export function artifactFacts(
  name: string,
  deps: string[],
  size: number,
  go: Partial<NonNullable<ArtifactFacts['go']>> = {}
): ArtifactFacts {
  return {
    name,
    path: `dist/${name}`,
    target: 'linux/arm64',
    size,
    sha256: null,
    sections: { '.text': size },
    go: {
      version: 'go1.27.4',
      path: null,
      main: null,
      deps: deps.map(path => ({ path, version: 'v1.0.0', sum: '' })),
      settings: {},
      ...go
    }
  };
}
