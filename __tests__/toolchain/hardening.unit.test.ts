import { describe, expect, it } from '@jest/globals';
import { parseBaseUrl } from '../../src/inputs/parse.js';
import { redactUrls } from '../../src/inputs/redact.js';
import { refusedMember, tarArgs } from '../../src/toolchain/extract.js';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../src/toolchain/limits.js';
import { refusedTarget } from '../../src/toolchain/url-policy.js';

describe('credentials in URLs', () => {
  it.each([
    [
      'GET https://user:secret@mirror.example/dl failed',
      'GET https://***@mirror.example/dl failed'
    ],
    [
      'http://tok@127.0.0.1:8080/x and https://a:b@c/d',
      'http://***@127.0.0.1:8080/x and https://***@c/d'
    ],
    ['https://go.dev/dl/?mode=json', 'https://go.dev/dl/?mode=json'],
    ['mail me: a@b.example', 'mail me: a@b.example']
  ])('%s', (text, redacted) => expect(redactUrls(text)).toBe(redacted));

  it('the go-download-base-url error names the input without the password', () => {
    expect(() =>
      parseBaseUrl('go-download-base-url', 'https://user:hunter2@mirror.example/dl')
    ).toThrow(
      'go-download-base-url "https://***@mirror.example/dl" must not carry a query, fragment or credentials'
    );
    try {
      parseBaseUrl('go-download-base-url', 'http://user:hunter2@mirror.example/dl');
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });
});

describe('redirect targets follow the input rule', () => {
  it.each([
    ['https://dl.google.com/go/go1.23.5.linux-amd64.tar.gz', undefined],
    ['http://127.0.0.1:8080/go.tar.gz', undefined],
    ['http://[::1]:8080/go.tar.gz', undefined],
    ['http://0.0.0.0:8080/go.tar.gz', 'only https, or http to a loopback host, is accepted'],
    ['http://mirror.example/go.tar.gz', 'only https, or http to a loopback host, is accepted'],
    ['file:///etc/passwd', 'only https, or http to a loopback host, is accepted'],
    ['https://u:p@mirror.example/x', 'it carries credentials']
  ])('%s', (url, why) => expect(refusedTarget(url)).toBe(why));
});

describe('limits', () => {
  it('defaults, with valid SETUP_GO_CROSS_* overrides and invalid ones ignored', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(
      limitsFromEnv({
        SETUP_GO_CROSS_STALL_MS: '500',
        SETUP_GO_CROSS_ARCHIVE_DEADLINE_MS: '3000',
        SETUP_GO_CROSS_INDEX_MAX_BYTES: 'lots',
        SETUP_GO_CROSS_ATTEMPTS: '0'
      })
    ).toEqual({ ...DEFAULT_LIMITS, stallMs: 500, archiveDeadlineMs: 3000 });
  });
});

describe('tar members', () => {
  it.each([
    ['-rwsr-xr-x root/root         2 2026-11-25 10:26 go/bin/go', 'a setuid file (go/bin/go)'],
    ['-rwxr-sr-x 0/0               2 2026-11-25 10:26 go/bin/x', 'a setgid file (go/bin/x)'],
    ['brw-r--r-- root/root       7,0 2026-11-25 10:26 go/dev', 'a device file (go/dev)'],
    ['crw-r--r-- root/root       1,3 2026-11-25 10:26 go/null', 'a device file (go/null)'],
    ['prw-r--r-- root/root         0 2026-11-25 10:26 go/fifo', 'a FIFO (go/fifo)'],
    ['-rwxr-xr-x root/root   1234567 2026-11-25 10:26 go/bin/go', undefined],
    ['drwxrwxrwt root/root         0 2026-11-25 10:26 go/tmp/', undefined],
    ['lrwxrwxrwx root/root         0 2026-11-25 10:26 go/x -> y', undefined],
    ["tar: Removing leading `/' from member names", undefined]
  ])('%s', (line, why) => expect(refusedMember(line)).toBe(why));

  it('GNU tar keeps neither owners, permissions, ACLs, xattrs nor labels', () => {
    expect(tarArgs('/s', 'linux')).toEqual([
      '-xvvf',
      '-',
      '-C',
      '/s',
      '--no-same-owner',
      '--no-same-permissions',
      '--no-acls',
      '--no-xattrs',
      '--no-selinux'
    ]);
    expect(tarArgs('/s', 'darwin')).not.toContain('--no-selinux');
  });
});
