/**
 * The runner emulation, against a throwaway fixture action that talks to the
 * runner only through env files and workflow commands. If these hold, the
 * end-to-end tests of the real bundles see what GitHub's runner would give.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  escapeProperty,
  evaluateCondition,
  inputEnvName,
  parseActionYml,
  parseCommandLine,
  parseKeyValueFile,
  runAction,
  type RunResult
} from '../../scripts/runner/index.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';

const fixture = fileURLToPath(new URL('fixture-action', import.meta.url));

describe('file and workflow command parsing', () => {
  it('reads KEY=value and heredoc entries like the runner', () => {
    const text = 'A=1\nB=x=y\n\nC<<EOF\nline 1\n\nline=3\nEOF\nD<<EOF\r\nwin\r\nEOF\r\n';
    expect(parseKeyValueFile(text)).toEqual({
      values: { A: '1', B: 'x=y', C: 'line 1\n\nline=3', D: 'win' },
      errors: []
    });
    expect(parseKeyValueFile('X<<EOF\nno end\n').errors[0]).toMatch(/delimiter not found/);
    expect(parseKeyValueFile('=1\n').errors[0]).toMatch(/invalid format/);
    expect(parseKeyValueFile('no separator\n').errors[0]).toMatch(/invalid format/);
  });

  it('unescapes command properties and data', () => {
    const line = `::error file=${escapeProperty('a,b:c.go')},line=7,title=T%3A x::m1%0Am2 %25`;
    expect(parseCommandLine(line)).toEqual({
      command: 'error',
      properties: { file: 'a,b:c.go', line: '7', title: 'T: x' },
      data: 'm1\nm2 %'
    });
    expect(parseCommandLine('  ::warning::indented')?.command).toBe('warning');
    expect(parseCommandLine('not :: a command')).toBeNull();
    expect(parseCommandLine('::no end')).toBeNull();
  });

  it('spells INPUT_ names as the runner does', () => {
    expect(inputEnvName('go-version')).toBe('INPUT_GO-VERSION');
    expect(inputEnvName('multi line')).toBe('INPUT_MULTI_LINE');
  });

  it('evaluates post-if conditions', () => {
    expect(evaluateCondition('success()', { failed: false })).toBe(true);
    expect(evaluateCondition('${{ success() }}', { failed: true })).toBe(false);
    expect(evaluateCondition('always()', { failed: true })).toBe(true);
    expect(evaluateCondition('failure()', { failed: true })).toBe(true);
    expect(() => evaluateCondition('github.ref == 1', { failed: false })).toThrow(/unsupported/);
  });

  it('reads action.yml scalars, block scalars and quoted strings', () => {
    const yml = parseActionYml(
      'name: x\ninputs:\n  a:\n    default: |\n      one\n      two\n  b:\n    default: "q: \\"x\\" # y"\n' +
        "  c:\n    default: 'it''s'\n  d:\n    default: >-\n      folded\n      text\n"
    );
    expect(yml.inputs).toEqual({
      a: { default: 'one\ntwo\n' },
      b: { default: 'q: "x" # y' },
      c: { default: "it's" },
      d: { default: 'folded text' }
    });
    expect(() => parseActionYml('a:\n  - seq\n')).toThrow(/line 2/);
  });
});

describe('runAction with the fixture action on node 24', () => {
  let node: string;
  let run: RunResult;
  beforeAll(async () => {
    node = await ensureNode24({ quiet: true });
    run = await runAction({
      actionDir: fixture,
      node,
      inputs: { 'go-version': '1.23.5' },
      steps: [
        {
          name: 'use env',
          run: 'echo "multi=[$FIXTURE_MULTI]"\nfixture-tool\necho FROM_STEP=yes >> "$GITHUB_ENV"'
        },
        { name: 'compile error', run: 'echo "x.go:1:2: oops"' }
      ]
    });
  }, 120_000);

  it('runs main, the user steps and post, on node 24', () => {
    expect(run.success).toBe(true);
    expect(run.steps.map(s => [s.kind, s.conclusion])).toEqual([
      ['main', 'success'],
      ['run', 'success'],
      ['run', 'success'],
      ['post', 'success']
    ]);
    expect(run.main.stdout).toMatch(/^node v24\./);
    expect(run.main.stdout).toContain(`cwd=${run.dirs.workspace}`);
  });

  it('passes INPUT_ variables with dashes, spaces and action.yml defaults', () => {
    expect(run.inputEnv).toEqual({
      'INPUT_GO-VERSION': '1.23.5',
      INPUT_GREETING: 'hello there',
      INPUT_MULTI_LINE: 'first line\nsecond: line\n',
      'INPUT_FAIL-MAIN': 'false',
      INPUT_TOKEN: ''
    });
    expect(run.outputs.version).toBe('1.23.5');
  });

  it('keeps multi-line outputs, state and env values intact', () => {
    expect(run.outputs.banner).toBe('A\nB');
    expect(run.state).toEqual({ started: 'yes', 'cache-key': 'k1\nk2' });
    expect(run.env.FIXTURE_MULTI).toBe('line 1\n\nline 3 = x');
    expect(run.env.FIXTURE_SIMPLE).toBe('one=two');
  });

  it('gives later steps the exported env and PATH', () => {
    const step = run.steps[1];
    expect(step.stdout).toContain('multi=[line 1\n\nline 3 = x]');
    expect(step.stdout).toContain('fixture-tool ran with one=two');
    expect(run.path[0]).toBe(join(run.dirs.temp, 'fixture-bin'));
    expect(run.jobEnv.PATH.startsWith(`${run.path[0]}:`)).toBe(true);
  });

  it('gives post STATE_*, inputs and env exported by user steps', () => {
    expect(run.post?.stdout).toContain(
      'post state {"STATE_started":"yes","STATE_cache-key":"k1\\nk2"}'
    );
    expect(run.post?.stdout).toContain('FIXTURE_SIMPLE=one=two from-step=yes');
    expect(run.post?.stdout).toContain('greeting=hello there');
  });

  it('parses annotations with escapes, masks secrets, applies problem matchers', () => {
    expect(run.main.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'src/a,b.go',
        line: 12,
        col: 3,
        title: 'Bad: thing',
        message: 'first\nsecond 100%'
      }),
      expect.objectContaining({ level: 'warning', message: 'plain warning' }),
      expect.objectContaining({ level: 'notice', file: 'main.go', message: 'a notice' }),
      expect.objectContaining({
        level: 'error',
        file: 'main.go',
        line: 3,
        col: 5,
        source: 'matcher:fixture-go'
      })
    ]);
    expect(run.steps[2].annotations).toEqual([
      expect.objectContaining({ level: 'error', file: 'x.go', line: 1, col: 2, message: 'oops' })
    ]);
    expect(run.main.log).toContain('the secret is ***');
    expect(run.main.log).not.toContain('s3cr3t');
  });

  it('collects every step summary', () => {
    expect(run.summary).toContain('| 1 | 2 |');
    expect(run.summary).toContain('### Fixture post');
  });
});

describe('runAction failure paths', () => {
  it('a failing user step skips later steps and post (post-if: success())', async () => {
    const run = await runAction({
      actionDir: fixture,
      steps: [
        { run: 'echo before; false; echo never' },
        { run: 'echo skipped' },
        { run: 'echo cleanup', if: 'always()' }
      ]
    });
    expect(run.success).toBe(false);
    expect(run.steps.map(s => s.conclusion)).toEqual([
      'success',
      'failure',
      'skipped',
      'success',
      'skipped'
    ]);
    expect(run.steps[1].stdout).toBe('before\n');
    expect(run.post?.conclusion).toBe('skipped');
  });

  it('a failing main skips everything after it', async () => {
    const run = await runAction({
      actionDir: fixture,
      inputs: { 'fail-main': true },
      steps: [{ run: 'true' }]
    });
    expect(run.steps.map(s => s.conclusion)).toEqual(['failure', 'skipped', 'skipped']);
    // stdout and stderr interleave by arrival, so look the annotation up.
    expect(run.main.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'main failed on purpose' })
    );
  });

  it('a malformed GITHUB_ENV fails the step; unknown inputs are warned about', async () => {
    const run = await runAction({
      actionDir: fixture,
      inputs: { nope: 'x' },
      steps: [{ run: 'printf "K<<EOF\\nno end\\n" >> "$GITHUB_ENV"' }]
    });
    expect(run.steps[1].conclusion).toBe('failure');
    expect(run.steps[1].errors[0]).toMatch(/delimiter not found/);
    expect(run.warnings).toEqual(["Unexpected input 'nope'"]);
  });

  it('kills a step that runs past its timeout', async () => {
    const run = await runAction({
      actionDir: fixture,
      timeoutMs: 3000,
      steps: [{ run: 'sleep 60 & wait' }]
    });
    expect(run.steps[1]).toEqual(
      expect.objectContaining({ conclusion: 'failure', timedOut: true })
    );
    expect(run.steps[1].durationMs).toBeLessThan(20_000);
  });

  it('does not leak the caller’s Go or Actions environment', async () => {
    const run = await runAction({
      actionDir: fixture,
      baseEnv: {
        ...process.env,
        GOFLAGS: '-race',
        ACTIONS_CACHE_URL: 'http://x',
        INPUT_STRAY: '1'
      },
      steps: [
        {
          run: 'echo "[${GOFLAGS:-}][${ACTIONS_CACHE_URL:-}][${INPUT_STRAY:-}][$CI][$GITHUB_ACTIONS]"'
        }
      ]
    });
    expect(run.steps[1].stdout).toBe('[][][][true][true]\n');
  });
});
