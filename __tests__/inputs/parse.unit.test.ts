import { describe, expect, it } from '@jest/globals';
import { InputError, parseInputs, parseBaseUrl, isLoopbackHost } from '../../src/inputs/parse.js';
import { runnerInputs } from '../support/inputs.js';

/** The step's `with:` values on top of action.yml's defaults, read as core.getInput does. */
const reader = runnerInputs;

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
  it('emulator: auto by default, install and none as written', () => {
    expect(parseInputs(reader({ 'go-version': '1.27' })).emulator).toBe('auto');
    expect(parseInputs(reader({ 'go-version': '1.27', emulator: 'install' })).emulator).toBe(
      'install'
    );
    expect(parseInputs(reader({ 'go-version': '1.27', emulator: ' none ' })).emulator).toBe('none');
  });

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
      failOn: 'error',
      emulator: 'auto',
      allowBrokenPort: false,
      checkLatest: false
    });
  });

  it('reads allow-broken-port and check-latest as booleans', () => {
    const inputs = parseInputs(
      reader({ 'go-version': '1.25', 'allow-broken-port': 'true', 'check-latest': 'TRUE' })
    );
    expect(inputs).toMatchObject({ allowBrokenPort: true, checkLatest: true });
    expect(errorOf({ 'go-version': '1.25', 'check-latest': 'yes' })).toBe(
      'check-latest "yes" is not a boolean; accepted: true, false'
    );
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
    ['emulator', 'qemu', /^emulator "qemu" is not accepted; accepted: auto, install, none$/],
    ['emulator', 'Install', /^emulator "Install" is not accepted; accepted: auto, install, none$/],
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
    // Inside the value: core.getInput trims a trailing one away before the parser sees it.
    expect(errorOf({ 'go-version': '1.\t22' })).toMatch(/control character U\+0009/);
    expect(errorOf({ 'go-version': '1.22', ldflags: '-s \u001b[31m' })).toMatch(/U\+001B/);
  });

  it('reads GO_DOWNLOAD_BASE_URL (action.yml has no default to hide it), with the input winning', () => {
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

describe('issue 14 hardening: ldflags, output, list lines', () => {
  it('refuses an unbalanced quote in ldflags, in one line', () => {
    expect(errorOf({ 'go-version': '1.22.12', ldflags: "-X 'main.version=1.0" })).toBe(
      `ldflags "-X 'main.version=1.0" has an unclosed ' quote; accepted: flags with balanced quotes, e.g. -X 'main.version=1.0'`
    );
    expect(errorOf({ 'go-version': '1.22.12', ldflags: '-s -X "a=b' })).toMatch(/unclosed " quote/);
  });
  it.each(['\u00a0', '\u2028', '\u202f', '\u3000', '\ufeff'])(
    'refuses the Unicode space %j in ldflags (Go and GOFLAGS would split it differently)',
    space => {
      expect(errorOf({ 'go-version': '1.22.12', ldflags: `-s${space}-w` })).toMatch(
        /^ldflags ".*" contains the Unicode space U\+[0-9A-F]{4}; accepted: flags separated by ASCII spaces$/
      );
    }
  );
  it('keeps balanced ldflags', () => {
    expect(
      parseInputs(reader({ 'go-version': '1.22.12', ldflags: "-s -w -X 'main.v=1 2'" })).ldflags
    ).toBe("-s -w -X 'main.v=1 2'");
  });
  it.each([
    ['dist/[x]', /glob character/],
    ['out\\app', /backslash/],
    ['../app', /leaves the workspace/],
    ['/tmp/app', /is absolute/]
  ])('refuses output %j in one line', (output, why) => {
    const message = errorOf({ 'go-version': '1.22.12', output });
    expect(message).toMatch(why);
    expect(message).toMatch(/^output ".*" .*; accepted: a relative file path inside the workspace/);
    expect(message).not.toMatch(/\n/);
  });
  it('reads a lone CR in a list input as a line break, as the runner does', () => {
    expect(
      parseInputs(reader({ 'go-version': '1.22.12', verify: 'dist/*\r::warning::x' })).verify
    ).toEqual(['dist/*', '::warning::x']);
  });
});

describe('go-proxy and go-sumdb', () => {
  const base = { 'go-version': '1.23.5' };
  it('are off by default; with a proxy, sum.golang.org is the database', () => {
    const inputs = parseInputs(reader(base));
    expect(inputs.goProxy).toBeUndefined();
    expect(inputs.goSumdb).toBeUndefined();
    expect(parseInputs(reader({ ...base, 'go-proxy': 'https://p.example' })).goSumdb?.name).toBe(
      'sum.golang.org'
    );
  });

  it('leave a job-wide GOPROXY=off/direct or GOSUMDB=off alone when no proxy is in use', () => {
    const inputs = parseInputs(reader(base), { GOPROXY: 'off', GOSUMDB: 'off' });
    expect(inputs.goProxy).toBeUndefined();
    expect(inputs.goSumdb).toBeUndefined();
    expect(parseInputs(reader(base), { GOPROXY: 'direct' }).goProxy).toBeUndefined();
  });

  it('take the first GOPROXY entry when the input is empty', () => {
    expect(
      parseInputs(reader(base), { GOPROXY: 'https://goproxy.corp.example/api/go,direct' }).goProxy
    ).toBe('https://goproxy.corp.example/api/go');
    expect(
      parseInputs(reader(base), { GOPROXY: 'https://a.example|https://b.example' }).goProxy
    ).toBe('https://a.example');
    expect(
      parseInputs(reader({ ...base, 'go-proxy': 'http://127.0.0.1:8080/' }), { GOPROXY: 'off' })
        .goProxy
    ).toBe('http://127.0.0.1:8080');
  });

  it('refuse direct, off and plain http', () => {
    expect(errorOf({ ...base, 'go-proxy': 'direct' })).toMatch(
      /^go-proxy "direct" starts with "direct"/
    );
    expect(errorOf({ ...base, 'go-proxy': 'http://proxy.example' })).toMatch(
      /^go-proxy .* must use https/
    );
  });

  it('read GOSUMDB syntax and refuse off, naming the input', () => {
    const key = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
    expect(
      parseInputs(reader({ ...base, 'go-sumdb': `${key} https://sumdb.corp.example/` })).goSumdb
    ).toEqual({
      key,
      name: 'sum.golang.org',
      url: 'https://sumdb.corp.example'
    });
    expect(errorOf({ ...base, 'go-sumdb': 'off' })).toMatch(/^go-sumdb is "off"/);
    expect(errorOf(base, { GOPROXY: 'https://p.example', GOSUMDB: 'off' })).toMatch(
      /^GOSUMDB is "off"/
    );
    expect(errorOf({ ...base, 'go-sumdb': `${key} http://sumdb.example` })).toMatch(
      /^go-sumdb .* must use https/
    );
    expect(errorOf({ ...base, 'go-sumdb': 'name+1+x' })).toMatch(/^go-sumdb "name\+1\+x"/);
  });
});

describe('cache-write and cache-timeout', () => {
  it('default to saving, and to 300 s per cache-service call', () => {
    const inputs = parseInputs(reader({ 'go-version': '1.22.12' }));
    expect(inputs.cacheWrite).toBe(true);
    expect(inputs.cacheTimeoutSeconds).toBe(300);
  });

  it('accept false and whole seconds', () => {
    const inputs = parseInputs(
      reader({ 'go-version': '1.22.12', 'cache-write': 'false', 'cache-timeout': '30' })
    );
    expect(inputs.cacheWrite).toBe(false);
    expect(inputs.cacheTimeoutSeconds).toBe(30);
  });

  it.each(['0', '-5', '1.5', '3601', '5m', '99999999'])(
    'reject cache-timeout %s in one line',
    value => {
      expect(errorOf({ 'go-version': '1.22.12', 'cache-timeout': value })).toBe(
        `cache-timeout "${value}" is not accepted; accepted: whole seconds from 1 to 3600 (default 300)`
      );
    }
  );

  it('rejects a non-boolean cache-write', () => {
    expect(errorOf({ 'go-version': '1.22.12', 'cache-write': 'pr' })).toBe(
      'cache-write "pr" is not a boolean; accepted: true, false'
    );
  });

  it('checksums: a file path, with build; a directory or no build is one line', () => {
    const base = { 'go-version': '1.22.12', build: '.' };
    expect(parseInputs(reader({ ...base, checksums: 'dist/SHA256SUMS' })).checksumsFile).toBe(
      'dist/SHA256SUMS'
    );
    expect(parseInputs(reader(base)).checksumsFile).toBeUndefined();
    expect(errorOf({ 'go-version': '1.22.12', checksums: 'SUMS' })).toBe(
      'checksums "SUMS" needs build: only artifacts this step builds are summed; accepted: checksums with build'
    );
    for (const dir of ['dist/', '.', 'dist/..'])
      expect(errorOf({ ...base, checksums: dir })).toBe(
        `checksums "${dir}" names a directory; accepted: a file path such as dist/SHA256SUMS`
      );
  });
});
