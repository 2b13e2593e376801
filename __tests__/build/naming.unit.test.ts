import { describe, expect, it } from '@jest/globals';
import {
  binaryName,
  buildUnits,
  checkOutputTemplate,
  DEFAULT_OUTPUT,
  outputClashes,
  outputPath
} from '../../src/build/naming.js';
import { checkOutputShape, OutputTemplateError } from '../../src/inputs/output-template.js';
import { parseTarget } from '../../src/targets/parse.js';

describe('binary names', () => {
  it.each([
    ['example.com/hello', 'hello'],
    ['example.com/app/cmd/server', 'server'],
    ['example.com/tool/v2', 'tool'],
    ['example.com/tool/v2/cmd/tool2', 'tool2'],
    ['hello', 'hello']
  ])('%s -> %s', (importPath, name) => {
    expect(binaryName(importPath)).toBe(name);
  });
});

describe('output template', () => {
  it.each([
    ['linux/arm64', 'dist/hello_linux_arm64'],
    ['linux/arm/v7', 'dist/hello_linux_arm_v7'],
    ['linux/amd64/v3', 'dist/hello_linux_amd64_v3'],
    ['windows/amd64', 'dist/hello_windows_amd64.exe'],
    ['windows/arm64', 'dist/hello_windows_arm64.exe'],
    ['darwin/arm64', 'dist/hello_darwin_arm64']
  ])('default for %s is %s', (target, out) => {
    expect(outputPath(DEFAULT_OUTPUT, 'hello', parseTarget(target))).toBe(out);
  });

  it('expands a custom template', () => {
    expect(
      outputPath('out/{goos}/{goarch}/{variant}/{name}{ext}', 'app', parseTarget('linux/arm/v6'))
    ).toBe('out/linux/arm/v6/app');
  });

  it('names the input for unknown placeholders and clashing outputs', () => {
    expect(() => outputPath('dist/{nam}', 'x', parseTarget('linux/arm64'))).toThrow(
      'output "dist/{nam}" has an unknown placeholder {nam}; accepted: {name} {goos} {goarch} {variant} {_variant} {ext}'
    );
    expect(() => checkOutputTemplate('dist/app', 2)).toThrow(
      /has no \{name\} placeholder, but build names 2 packages/
    );
    expect(() => checkOutputTemplate('dist/app', 1)).not.toThrow();
  });
});

describe('build units and clashes (issue 14, item 11)', () => {
  it('names a file build after its first file, as go build does', () => {
    expect(buildUnits(['cmd/tool.go', 'util.go'], ['command-line-arguments'])).toEqual([
      { importPath: 'command-line-arguments', args: ['cmd/tool.go', 'util.go'], name: 'tool' }
    ]);
    expect(buildUnits(['./...'], ['example.com/a/app', 'example.com/tool/v2'])).toEqual([
      { importPath: 'example.com/a/app', args: ['example.com/a/app'], name: 'app' },
      { importPath: 'example.com/tool/v2', args: ['example.com/tool/v2'], name: 'tool' }
    ]);
  });
  it('finds packages that would share one output', () => {
    expect(
      outputClashes([
        { importPath: 'x/a/app', output: 'dist/app' },
        { importPath: 'x/b/app', output: 'dist/app' },
        { importPath: 'x/tool', output: 'dist/tool' }
      ])
    ).toEqual([['dist/app', ['x/a/app', 'x/b/app']]]);
    expect(outputClashes([{ importPath: 'x/tool', output: 'dist/tool' }])).toEqual([]);
  });
});

describe('output shape (issue 14, item 13)', () => {
  it.each([
    ['dist/[x]/{name}', /glob character/],
    ['dist/*{name}', /glob character/],
    ['dist/{name}?', /glob character/],
    ['dist\\{name}', /backslash/],
    ['/tmp/{name}', /is absolute/],
    ['C:/out/{name}', /is absolute/],
    ['../{name}', /leaves the workspace/],
    ['dist/../../{name}', /leaves the workspace/],
    ['dist/', /names a directory/],
    ['dist/..', /names a directory/]
  ])('refuses %j', (template, why) => {
    expect(() => checkOutputShape(template)).toThrow(OutputTemplateError);
    expect(() => checkOutputShape(template)).toThrow(why);
  });
  it.each(['dist/{name}', 'bin/{name}_{goos}{ext}', './out/../dist/{name}', 'app'])(
    'accepts %j',
    template => {
      expect(() => checkOutputShape(template)).not.toThrow();
    }
  );
});
