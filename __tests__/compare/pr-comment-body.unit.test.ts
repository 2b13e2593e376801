/** The pull-request comment's text: sections per job, merged, read back, within GitHub's limit. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { compareBuilds } from '../../src/compare/diff.js';
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  MAX_SECTION_CHARS,
  buildSection,
  mergeSections,
  parseSections,
  renderComment,
  sectionId,
  trustedAuthor,
  type SectionIdentity
} from '../../src/compare/pr-comment-body.js';
import { parseComment, parseCommentList } from '../../src/compare/pr-comment.js';
import type { TargetComparison } from '../../src/compare/render.js';
import { artifactFacts } from './artifact.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function comparison(name: string, added: string[], target = 'linux/arm64'): TargetComparison {
  return {
    target,
    base: { ref: 'refs/heads/main', sha: SHA_B, how: 'exact' },
    comparison: compareBuilds([artifactFacts(name, [], 1000)], [artifactFacts(name, added, 1500)]),
    overBudget: []
  };
}

const who = (over: Partial<SectionIdentity> = {}): SectionIdentity => ({
  job: 'build',
  runnerOs: 'Linux',
  phase: 'main',
  targets: ['linux/arm64'],
  goVersions: ['go1.27.4'],
  ...over
});

describe('sectionId', () => {
  it('is stable for the same job and differs per matrix leg, phase and Go version', () => {
    const base = sectionId(who());
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(sectionId(who({ targets: ['linux/arm64'] }))).toBe(base);
    expect(sectionId(who({ goVersions: ['go1.27.4', 'go1.27.4'] }))).toBe(base);
    const others = [
      who({ targets: ['linux/amd64'] }),
      who({ goVersions: ['go1.26.9'] }),
      who({ phase: 'post' }),
      who({ runnerOs: 'macOS' }),
      who({ job: 'release' })
    ].map(sectionId);
    expect(new Set([base, ...others]).size).toBe(6);
  });
});

describe('buildSection', () => {
  it('escapes names, module paths and @mentions from the binaries', () => {
    const s = buildSection(who({ job: '<b>job</b>' }), SHA_A, [
      comparison('@octo-org/team<img src=x>', ['evil.example/<script>@v1'])
    ]);
    expect(s.html).not.toMatch(/<script>|<img|@|<b>job/);
    expect(s.html).toContain('&#64;octo-org/team&lt;img src=x&gt;');
    expect(s.html).toContain('evil.example/&lt;script&gt;&#64;v1 v1.0.0');
    expect(s.html).toContain('<code>aaaaaaa</code>');
  });

  it('a section too long for a comment is written short', () => {
    const many = Array.from({ length: 600 }, (_, i) => `example.com/module-number-${i}`);
    const s = buildSection(who(), SHA_A, [comparison('app', many)]);
    expect(s.html.length).toBeLessThan(MAX_SECTION_CHARS);
    expect(s.html).toContain('Too many changes for a comment');
    expect(s.html).toMatch(/<td>600<\/td>/);
  });
});

describe('render, parse, merge', () => {
  const a = buildSection(who(), SHA_A, [comparison('app', ['example.com/a'])]);
  const b = buildSection(who({ targets: ['linux/amd64'] }), SHA_A, [
    comparison('app', ['example.com/b'], 'linux/amd64')
  ]);

  it('reads back what it wrote, also with CRLF line ends (a body edited on github.com)', () => {
    const body = renderComment([a, b], a.id);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(parseSections(body)).toEqual([a, b]);
    expect(parseSections(body.replace(/\n/g, '\r\n'))).toEqual([a, b]);
  });

  it('a body without the marker is not ours; a section edited by hand is dropped', () => {
    expect(parseSections(`hello\n${renderComment([a], a.id)}`)).toBeNull();
    const edited = renderComment([a, b], a.id).replace('example.com/b', 'example.com/x');
    expect(parseSections(edited)).toEqual([a]);
  });

  it('replaces its own section in place and appends a new one', () => {
    const a2 = buildSection(who(), SHA_B, [comparison('app', ['example.com/a2'])]);
    expect(a2.id).toBe(a.id);
    expect(mergeSections([a, b], a2)).toEqual([a2, b]);
    const c = buildSection(who({ phase: 'post' }), SHA_A, [comparison('app', [])]);
    expect(mergeSections([a, b], c)).toEqual([a, b, c]);
  });

  it('fits the 65,536-character limit by dropping older commits first, never its own', () => {
    const big = (job: string, sha: string) => {
      const s = buildSection(who({ job }), sha, [comparison('app', ['example.com/a'])]);
      const html = s.html + 'x'.repeat(15_000);
      // The section format: the hash is the first 12 hex digits of the text's SHA-256.
      return { ...s, html, hash: createHash('sha256').update(html).digest('hex').slice(0, 12) };
    };
    const old1 = big('old1', SHA_B);
    const cur1 = big('cur1', SHA_A);
    const cur2 = big('cur2', SHA_A);
    const old2 = big('old2', SHA_B);
    const mine = big('mine', SHA_B);
    const body = renderComment([old1, cur1, cur2, old2, mine], mine.id);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    // mine is of commit B: a section of another commit (A) goes first, the oldest of them;
    // four of ~15.5 K fit.
    const kept = (parseSections(body) ?? []).map(s => s.id);
    expect(kept).toEqual([old1.id, cur2.id, old2.id, mine.id]);
    // Still too big without the other commit's sections: other jobs' go, mine stays.
    const huge = renderComment([old1, old2, big('x', SHA_B), big('y', SHA_B), mine], mine.id);
    expect(huge.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect((parseSections(huge) ?? []).map(s => s.id)).toContain(mine.id);
    expect((parseSections(huge) ?? []).map(s => s.id)).not.toContain(old1.id);
  });
});

describe('trustedAuthor', () => {
  it('an app or someone with write access; never a contributor or a stranger', () => {
    expect(trustedAuthor({ userType: 'Bot', association: 'NONE' })).toBe(true);
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR'])
      expect(trustedAuthor({ userType: 'User', association })).toBe(true);
    for (const association of ['CONTRIBUTOR', 'FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR', 'NONE'])
      expect(trustedAuthor({ userType: 'User', association })).toBe(false);
    expect(trustedAuthor({ userType: null, association: null })).toBe(false);
  });
});

describe('parseCommentList', () => {
  it('reads the fields it needs and refuses what is not a comment list', () => {
    const list = parseCommentList(
      Buffer.from(
        JSON.stringify([
          {
            id: 7,
            body: 'x',
            html_url: 'https://github.com/o/r/pull/1#issuecomment-7',
            user: { type: 'Bot' },
            author_association: 'NONE'
          },
          { id: 8, user: null }
        ])
      )
    );
    expect(list).toEqual([
      {
        id: 7,
        body: 'x',
        htmlUrl: 'https://github.com/o/r/pull/1#issuecomment-7',
        userType: 'Bot',
        association: 'NONE'
      },
      { id: 8, body: '', htmlUrl: '', userType: null, association: null }
    ]);
    expect(() => parseCommentList(Buffer.from('{}'))).toThrow(/not an array/);
    expect(() => parseCommentList(Buffer.from('[{"body":"x"}]'))).toThrow(/entry 0: no id/);
    expect(() => parseComment('nope', 'the new comment')).toThrow(/no id/);
  });
});
