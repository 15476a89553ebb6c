import { describe, expect, test } from 'vitest';
import { splitLines } from '../../src/segment/lines.js';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/segment/sentences.js';

const sentencesOf = (text: string) => splitSentences(splitLines(text));

describe('splitSentences', () => {
  test.each([
    ['当社は調査しました。結果を報告します。', ['当社は調査しました。', '結果を報告します。']],
    ['一行目です\n二行目です。', ['一行目です', '二行目です。']],
    ['本当ですか?はい!', ['本当ですか?', 'はい!']],
    ['\n\n', []],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text).map((s) => s.text)).toEqual(expected);
  });

  test('round trip: the sentences of a line, put back together, give the line', () => {
    const text = '2025年12月3日、不正アクセスを検知しました。調査の結果、以下の情報が漏えいしました。対象:815件';
    const s = sentencesOf(text);
    expect(s.map((x) => x.text).join('')).toBe(text);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test('a line with no terminator is cut into bounded pieces that still round-trip', () => {
    const text = '氏名、メールアドレス、'.repeat(500);
    const s = sentencesOf(text);
    expect(s.length).toBeGreaterThan(1);
    expect(Math.max(...s.map((x) => x.end - x.start))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(s.map((x) => x.text).join('')).toBe(text);
    expect(s.every((x) => x.text.endsWith('、'))).toBe(true);
  });
});
