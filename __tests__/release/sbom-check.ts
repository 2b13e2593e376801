/** Shared SBOM assertions: CycloneDX 1.6 schema validation and the deps `go version -m` lists. */
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { goEnv, run } from '../support/go.js';

/** `go version -m` deps as path@version (=> replacement) and their sums. */
export async function goVersionDeps(goBin: string, file: string): Promise<string[]> {
  const { stdout } = await run(goBin, ['version', '-m', file], { env: goEnv({}) });
  const out: string[] = [];
  for (const m of stdout.matchAll(/^\t(dep|=>)\t(\S+)\t?(\S*)\t?(\S*)$/gm)) {
    if (m[1] === 'dep') out.push(`${m[2]}@${m[3]} ${m[4]}`.trim());
    else out[out.length - 1] += ` => ${m[2]}@${m[3]} ${m[4]}`.trimEnd();
  }
  return out.sort();
}

/** The same list read back from an SBOM's components and properties. */
export function sbomDeps(bom: {
  components: { name: string; version: string; properties?: { name: string; value: string }[] }[];
}): string[] {
  return bom.components
    .filter(c => c.name !== 'std')
    .map(c => {
      const p = (n: string) => c.properties?.find(x => x.name === n)?.value ?? '';
      const rp = p('go:module:replace:path');
      const sum = p('go:module:sum');
      return rp
        ? `${c.name}@${c.version} => ${rp}@${p('go:module:replace:version')} ${sum}`.trimEnd()
        : `${c.name}@${c.version} ${sum}`.trim();
    })
    .sort();
}

export async function validateCdx16(json: string): Promise<unknown> {
  return new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
}
