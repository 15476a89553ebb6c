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

describe('splitLines: a heading with nothing under it but the next heading of its level heads that one', () => {
  test.each([
    // A page marking every heading alike: the label over its first subsection heads it.
    ['## 流出したと思われる情報\n## 旧Ａカフェ関係\nメールアドレス（517件）', [0, 1]],
    ['## 流出したと思われる情報\n\n## 旧Ａカフェ関係\n\nメールアドレス（517件）', [0, 2]],
    // Only the first: where the group ends the text does not say.
    ['## 流出したと思われる情報\n## 旧Ａカフェ関係\n本文\n## これまでの対応\n対応しました', [3]],
    // Text under the first heading: siblings (negative).
    ['## 概要\n本文\n## 経緯\n経緯です', [2]],
    // A heading stating a figure is no group's label (negative).
    ['## 【対象件数】474件\n## 【個人情報の種別】\n氏名', [1]],
    // One step: a heading so set heads none in turn (a run of headings alike is no ladder).
    ['## Ａ\n## Ｂ\n## Ｃ\n本文', [2]],
    // A deeper heading under it stays under both; a shallower one under neither.
    ['# 本文\n## 概要\n## 詳細\n本文', [0, 1, 2]],
  ])('%j', (text, headings) => {
    const lines = splitLines(text);
    expect(lines[lines.length - 1]!.headings).toEqual(headings);
  });
});
