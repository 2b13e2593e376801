/**
 * Inputs the way the runner passes them: every default action.yml declares,
 * then the step's `with:` values, as INPUT_<NAME> variables read back like
 * core.getInput (trimmed, '' when unset). A parser test built on this sees
 * what the action sees, defaults included: an action.yml default that hides
 * an env fallback (go-download-base-url vs GO_DOWNLOAD_BASE_URL) shows up.
 */
import { readFileSync } from 'node:fs';
import {
  inputEnvName,
  parseActionYml,
  substituteExpressions,
  type ActionYml
} from '../../scripts/runner/index.mjs';
import type { InputReader } from '../../src/inputs/parse.js';

export type ActionInputs = NonNullable<ActionYml['inputs']>;

/** The `inputs:` of the repository's action.yml. */
export function actionYmlInputs(): ActionInputs {
  const text = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
  return (parseActionYml(text) as unknown as ActionYml).inputs ?? {};
}

/**
 * An InputReader as the action sees it under the runner, for a step with
 * `with: values`. A value for an input action.yml does not declare throws
 * (the runner would only warn, and the action would never read it).
 */
export function runnerInputs(
  values: Record<string, string> = {},
  context: Record<string, string> = { 'github.token': '' }
): InputReader {
  const declared = actionYmlInputs();
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    // The runner evaluates expressions in defaults (token: ${{ github.token }}).
    if (typeof spec?.default === 'string')
      env[inputEnvName(name)] = substituteExpressions(spec.default, context);
  }
  for (const [name, value] of Object.entries(values)) {
    if (!(name in declared))
      throw new Error(`test passes input "${name}", which action.yml does not declare`);
    env[inputEnvName(name)] = value;
  }
  return name => (env[inputEnvName(name)] ?? '').trim();
}
