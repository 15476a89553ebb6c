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
    // A 。 inside a quotation closed on the line ends the quoted text's sentence, not the line's.
    ['お客様に対して、「確認手続きを完了してください。完了されない場合、予約がキャンセルされます。」という文章のメッセージが配信されました。次の文です。',
      ['お客様に対して、「確認手続きを完了してください。完了されない場合、予約がキャンセルされます。」という文章のメッセージが配信されました。', '次の文です。']],
    ['『第1報。概要』の続報です。以上。', ['『第1報。概要』の続報です。', '以上。']],
    ['「入れ子「内側。」外側。」まで一文。次。', ['「入れ子「内側。」外側。」まで一文。', '次。']],
    // A 「 that never closes on its line quotes nothing: the line splits as before (negative).
    ['「閉じない引用です。次の文です。', ['「閉じない引用です。', '次の文です。']],
    ['閉じるだけ」です。次の文です。', ['閉じるだけ」です。', '次の文です。']],
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
