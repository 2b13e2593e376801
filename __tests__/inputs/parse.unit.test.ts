import { describe, expect, it } from '@jest/globals';
import { InputError, parseInputs, parseBaseUrl, isLoopbackHost } from '../../src/inputs/parse.js';

function reader(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

function errorOf(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): string {
  try {
    parseInputs(reader(values), env);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  it('fills the documented defaults', () => {
    const inputs = parseInputs(reader({ 'go-version': '1.22.12' }));
    expect(inputs).toMatchObject({
      goVersion: '1.22.12',
      downloadBaseUrl: 'https://go.dev/dl',
      officialDownloads: true,
      target: { goos: 'linux', goarch: 'arm64' },
      cgo: false,
      ldflags: '-s -w',
      trimpath: true,
      forceRebuild: false,
      cache: true,
      cacheDependencyPath: ['go.sum'],
      cacheDependencyPathExplicit: false,
      build: [],
      verify: [],
      failOn: 'error'
    });
  });

  it('reads lists one item per line, skipping blanks and comments', () => {
    const inputs = parseInputs(
      reader({
        'go-version': 'stable',
        build: './cmd/a\r\n\n  ./cmd/b  \n# not this',
        verify: 'dist/*'
      })
    );
    expect(inputs.build).toEqual(['./cmd/a', './cmd/b']);
    expect(inputs.verify).toEqual(['dist/*']);
  });

  it('parses the target variant', () => {
    expect(parseInputs(reader({ 'go-version': '1.23', target: 'linux/arm/v7' })).target).toEqual({
      goos: 'linux',
      goarch: 'arm',
      variant: { name: 'GOARM', value: '7' }
    });
  });

  it('requires a version', () => {
    expect(errorOf({})).toMatch(/^go-version is required/);
  });

  it('names target, the value and a suggestion for a bad target', () => {
    expect(errorOf({ 'go-version': '1.22', target: 'linux/arm65' })).toBe(
      'target "linux/arm65" is not a Go target; did you mean linux/arm64?'
    );
  });

  it.each([
    [
      'target',
      'linux/arm/v9',
      /target "linux\/arm\/v9": "v9" is not a valid GOARM for arm; accepted: 5, 6, 7/
    ],
    ['target', 'linux/amd64/v5', /GOAMD64 .*accepted: v1, v2, v3, v4/],
    ['target', 'linux/arm64/v8.2,sve', /GOARM64/],
    ['target', 'linux/s390x/z15', /s390x has no variants/],
    ['target', 'linux', /GOOS\/GOARCH\[\/variant\]/],
    ['cgo', 'yes', /^cgo "yes" is not a boolean; accepted: true, false$/],
    ['trimpath', '1', /^trimpath "1" is not a boolean/],
    ['force-rebuild', 'on', /^force-rebuild "on"/],
    ['cache', 'maybe', /^cache "maybe"/],
    ['fail-on', 'panic', /^fail-on "panic" is not accepted; accepted: error, warning, never$/],
    ['go-download-base-url', 'http://example.com/dl', /must use https/],
    ['go-download-base-url', 'ftp://127.0.0.1/dl', /must use https/],
    ['go-download-base-url', 'not a url', /is not a URL/],
    ['go-download-base-url', 'https://u:p@example.com/dl', /credentials/],
    ['ldflags', `-X 'a=b' -X "c=d"`, /both ' and " quotes/]
  ])('rejects %s=%s with a message naming it', (name, value, message) => {
    expect(errorOf({ 'go-version': '1.22', [name]: value })).toMatch(message);
  });

  it.each(['go-version', 'ldflags', 'output', 'smoke-run', 'go-version-file', 'fail-on'])(
    'rejects a newline in %s',
    name => {
      const values: Record<string, string> = {
        'go-version': '1.22.12',
        [name]: 'x\nGOFLAGS=-toolexec=evil'
      };
      expect(errorOf(values)).toMatch(new RegExp(`^${name} ".*" contains a newline`));
    }
  );

  it.each(['build', 'verify', 'cache-dependency-path'])(
    'rejects control characters (not newlines) in list %s',
    name => {
      expect(errorOf({ 'go-version': '1.22', [name]: 'a\u0007b' })).toMatch(
        /control character U\+0007/
      );
      expect(() => parseInputs(reader({ 'go-version': '1.22', [name]: 'a\nb' }))).not.toThrow();
    }
  );

  it('target is a list: a newline separates targets, each validated', () => {
    expect(
      errorOf({ 'go-version': '1.22.12', target: 'linux/amd64\nGOFLAGS=-toolexec=evil' })
    ).toMatch(/^target "GOFLAGS=-toolexec=evil" is not of the form GOOS\/GOARCH/);
    expect(errorOf({ 'go-version': '1.22', target: 'linux/amd64\u0007' })).toMatch(/U\+0007/);
  });

  it('rejects a tab or escape in a scalar input', () => {
    expect(errorOf({ 'go-version': '1.22\t' })).toMatch(/control character U\+0009/);
    expect(errorOf({ 'go-version': '1.22', ldflags: '-s \u001b[31m' })).toMatch(/U\+001B/);
  });

  it('reads GO_DOWNLOAD_BASE_URL, with the input winning', () => {
    const env = { GO_DOWNLOAD_BASE_URL: 'http://127.0.0.1:8080/dl/' };
    expect(parseInputs(reader({ 'go-version': '1.22' }), env).downloadBaseUrl).toBe(
      'http://127.0.0.1:8080/dl'
    );
    expect(parseInputs(reader({ 'go-version': '1.22' }), env).officialDownloads).toBe(false);
    expect(
      parseInputs(
        reader({ 'go-version': '1.22', 'go-download-base-url': 'https://mirror.example/go' }),
        env
      ).downloadBaseUrl
    ).toBe('https://mirror.example/go');
    expect(
      errorOf({ 'go-version': '1.22' }, { GO_DOWNLOAD_BASE_URL: 'http://mirror.example' })
    ).toMatch(/^GO_DOWNLOAD_BASE_URL "http:\/\/mirror.example" must use https/);
  });

  it('lets ldflags opt out with none', () => {
    expect(parseInputs(reader({ 'go-version': '1.22', ldflags: 'none' })).ldflags).toBe('');
    expect(
      parseInputs(reader({ 'go-version': '1.22', ldflags: '-s -w -X main.v=1' })).ldflags
    ).toBe('-s -w -X main.v=1');
  });
});

describe('base URL', () => {
  it('accepts loopback http only', () => {
    expect(parseBaseUrl('x', 'http://127.0.0.1:9999/dl')).toBe('http://127.0.0.1:9999/dl');
    expect(parseBaseUrl('x', 'http://localhost/dl')).toBe('http://localhost/dl');
    expect(parseBaseUrl('x', 'http://[::1]:80/')).toBe('http://[::1]');
    expect(isLoopbackHost('127.9.9.9')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.com')).toBe(false);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
});
