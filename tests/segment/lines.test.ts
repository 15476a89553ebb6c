import { describe, expect, test } from 'vitest';
import { splitLines } from '../../src/segment/lines.js';

describe('splitLines: Markdown headings', () => {
  test.each([
    ['## 漏えいした可能性のある情報', 'heading', 2],
    [' ## (1) 漏えいした可能性のある情報', 'heading', 2],
    ['   ### <暗号化された情報>', 'heading', 3],
    // Four spaces make an indented line, not a heading; no space after the marks is not a heading.
    ['    ## 本文の続き', 'text', 0],
    ['##見出しではない', 'text', 0],
  ])('%j is %s', (text, kind, level) => {
    const [line] = splitLines(text);
    expect([line!.kind, line!.level]).toEqual([kind, level]);
  });

  test('lines under an indented heading stand under it', () => {
    const lines = splitLines(' ### <暗号化された情報>\n学生・教職員 ユーザーID 43,451件');
    expect(lines[1]!.headings).toEqual([0]);
  });
});

describe('splitLines: a heading with nothing under it opens the next one set like it', () => {
  // Each row: the text, the line asked about, the headings it stands under.
  test.each([
    // A page whose headings all print alike: the empty one holds the one right under it…
    ['### 流出したと思われる情報\n\n### 旧カタリバ北海道カフェ関係\nメールアドレス（517件）', 3, [0, 2]],
    // …and the next heading of their level closes both.
    ['### 流出したと思われる情報\n### 旧カタリバ北海道カフェ関係\n本文\n### カタリバ北海道カフェとは\n説明', 4, [3]],
    ['■漏えいした情報\n■顧客情報\n氏名 1,234件', 2, [0, 1]],
    // A heading with text under it opens nothing: its neighbour is its sibling.
    ['### 確認されている被害\n改ざんを確認しました。\n### メールの送信\n送信されました。', 3, [2]],
    // Nor does a heading over a deeper one change: that one is under it anyway.
    ['## 流出した情報\n### 顧客情報\n氏名', 2, [0, 1]],
    // A bare heading over a shallower one is closed by it.
    ['### 補足\n## 今後の対応\n調査中です。', 2, [1]],
  ])('%j: line %i under %j', (text, at, headings) => {
    expect(splitLines(text)[at]!.headings).toEqual(headings);
  });
});
