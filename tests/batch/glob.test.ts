import { describe, expect, test } from 'vitest';
import { compileGlob, expandBraces } from '../../src/batch/glob.js';

describe('compileGlob', () => {
  test.each([
    // pattern, path, matches
    ['*.md', 'a.md', true],
    ['*.md', '2025/03/a.md', true], // no "/": matches the name at any depth
    ['*.md', 'a.md.json', false],
    ['*.md', 'a.txt', false],
    ['2024/**', '2024/03/a.md', true],
    ['2024/**', '2025/03/a.md', false],
    ['2024/**', '2024/', true], // the folder itself, for pruning
    ['**/drafts/**', 'drafts/a.md', true],
    ['**/drafts/**', '2025/drafts/x/a.md', true],
    ['**/drafts/**', '2025/mydrafts/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/a.md', true],
    ['**/y/*.md', 'xy/a.md', false], // `**/` ends at a folder boundary
    ['2025/*/0?_*.md', '2025/03/04_org.md', true],
    ['2025/*/0?_*.md', '2025/03/x/04_org.md', false], // `*` stops at "/"
    ['*.{md,txt}', 'a.txt', true],
    ['*.{md,txt}', 'a.htm', false],
    ['*.{htm{,l},md}', 'a.html', true],
    ['[0-9][0-9]_*', '03_株式会社.md', true],
    ['[!0-9]*', '03_a.md', false],
    ['[^0-9]*', 'a.md', true],
    ['株式会社*', '株式会社テスト.md', true],
    ['?.md', '株.md', true], // one character, not one byte
    ['\\*.md', '*.md', true],
    ['\\*.md', 'a.md', false],
    ['./2024/**', '2024/a.md', true],
    ['/b.md', 'b.md', true], // a leading "/" anchors to the top folder
    ['/b.md', 'x/b.md', false],
    ['{a', '{a', true], // an unmatched brace is literal
  ])('%s on %s → %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).test(path)).toBe(expected);
  });

  test('nocase for the default extensions', () => {
    expect(compileGlob('*.html', { nocase: true }).test('A.HTML')).toBe(true);
    expect(compileGlob('*.html').test('A.HTML')).toBe(false);
  });

  test('brace expansion is bounded', () => {
    expect(expandBraces('{a,b}{c,d}')).toEqual(['ac', 'ad', 'bc', 'bd']);
    expect(() => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toThrow(/more than/);
  });

  test('many stars against a long path that almost matches: answers (no backtracking blow-up)', () => {
    const g = compileGlob('**/*a*a*a*a*a*a*a*a*b');
    expect(g.test('x/' + 'a'.repeat(4000))).toBe(false);
    expect(g.test('x/' + 'a'.repeat(4000) + 'b')).toBe(true);
  });
});
