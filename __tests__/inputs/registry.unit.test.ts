/**
 * One source of truth for inputs: src/inputs/registry.ts. action.yml, the
 * parser, the `Inputs` type (through INPUT_OF_FIELD) and the README table
 * must all agree with it, so adding an input in one place only fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseInputs } from '../../src/inputs/parse.js';
import { INPUT_NAMES, INPUT_OF_FIELD, INPUTS, type InputSpec } from '../../src/inputs/registry.js';
import { actionYmlInputs, runnerInputs } from '../support/inputs.js';

const specs: readonly InputSpec[] = INPUTS;

/** The README's inputs table: name -> [default column, meaning column]. */
function readmeInputs(): Map<string, [string, string]> {
  const lines = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n');
  const start = lines.findIndex(l => /^\| input \| default \| meaning \|$/.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, [string, string]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map(c => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0])?.[1];
    expect([line, name]).toEqual([line, expect.any(String)]);
    rows.set(name!, [cells[1], cells.slice(2).join('|')]);
  }
  return rows;
}

describe('input registry', () => {
  it('action.yml declares exactly the registry inputs, in order', () => {
    expect(Object.keys(actionYmlInputs())).toEqual([...INPUT_NAMES]);
  });

  it.each(specs.map(s => [s.name, s] as const))(
    'action.yml states %s as the registry does',
    (name, spec) => {
      const yml = actionYmlInputs()[name];
      expect({
        default: yml?.default,
        required: yml?.required,
        description: yml?.description
      }).toEqual({
        default: spec.default,
        required: String(spec.required),
        description: spec.description
      });
      expect(spec.description.length).toBeGreaterThan(10);
    }
  );

  it('an input with an env fallback has no action.yml default (it would hide the variable)', () => {
    const withEnv = specs.filter(s => s.env);
    expect(withEnv.length).toBeGreaterThan(0);
    for (const s of withEnv) expect([s.name, s.default]).toEqual([s.name, undefined]);
  });

  it('the parser reads every registry input and no other', () => {
    const read = new Set<string>();
    const runner = runnerInputs({ 'go-version': '1.22.12' });
    parseInputs(name => {
      read.add(name);
      return runner(name);
    });
    expect([...read].sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('every input feeds a field of Inputs (INPUT_OF_FIELD is typed by keyof Inputs)', () => {
    expect([...new Set(Object.values(INPUT_OF_FIELD))].sort()).toEqual([...INPUT_NAMES].sort());
    const parsed = parseInputs(
      runnerInputs({ 'go-version': '1.22.12', output: 'o', 'smoke-run': 'x' })
    );
    for (const field of Object.keys(parsed)) expect(Object.keys(INPUT_OF_FIELD)).toContain(field);
  });

  it("the parser's own fallbacks equal action.yml's defaults", () => {
    const bare = parseInputs(name => (name === 'go-version' ? '1.22.12' : ''));
    expect(bare).toEqual(parseInputs(runnerInputs({ 'go-version': '1.22.12' })));
  });

  it.each(specs.map(s => [s.name, s.list] as const))(
    '%s: newlines are accepted exactly when the registry says it is a list (list=%s)',
    (name, list) => {
      const values = { 'go-version': '1.22.12', [name]: 'a\nb' };
      let error = '';
      try {
        parseInputs(runnerInputs(values));
      } catch (e) {
        error = (e as Error).message;
      }
      if (list) expect(error).not.toMatch(/newline/);
      else expect(error).toMatch(new RegExp(`^${name} ".*" contains a newline`));
    }
  );

  it('the README table lists every input with its default and a meaning', () => {
    const rows = readmeInputs();
    expect([...rows.keys()].sort()).toEqual([...INPUT_NAMES].sort());
    for (const s of specs) {
      const [def, meaning] = rows.get(s.name)!;
      const want = s.readmeDefault ?? (s.default === undefined ? '' : `\`${s.default}\``);
      expect([s.name, def]).toEqual([s.name, want]);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});
