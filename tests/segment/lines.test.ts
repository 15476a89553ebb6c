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

describe('splitLines: headings set at one level that their numbering nests', () => {
  const under = (text: string, line: string) => {
    const lines = splitLines(text);
    const at = lines.find((l) => l.text === line)!;
    return at.headings.map((h) => lines[h]!.text);
  };
  test.each([
    // An unnumbered heading between section 2 and section 3 stands in section 2 (a page's template set all its headings alike).
    ['a sub-heading between two numbered sections', '## 2．流出が確認された個人情報\n## 情報種類 内容等\n- 弊社役職員に関する情報 38 人分\n## ３．今後の弊社の対応', '- 弊社役職員に関する情報 38 人分', ['## 2．流出が確認された個人情報', '## 情報種類 内容等']],
    ['printed headings (marker level)', '1．流出懸念のある個人情報\n■対象\n- 13,485 人分\n2．今後の対応', '- 13,485 人分', ['1．流出懸念のある個人情報', '■対象']],
    ['the next numbered section itself stays a sibling', '## 2．原因\n## 情報種類\n## 3．今後の対応\n本文です。', '本文です。', ['## 3．今後の対応']],
    // After the last numbered section, or where the next number does not follow, the numbering says nothing.
    ['after the last numbered section (negative)', '## 1．概要\n## 2．原因\n## お問い合わせ先\n電話でお受けします。', '電話でお受けします。', ['## お問い合わせ先']],
    ['the next number not following (negative)', '## 2．原因\n## 情報種類\n- 38 人分\n## 5．今後の対応', '- 38 人分', ['## 情報種類']],
    ['a bracketed title among them: left to the data kinds\' reading (negative)', '## 2．漏洩状況\n## 【当サイトをご利用されたお客様】\n- 12 人分\n## 3．お願い', '- 12 人分', ['## 【当サイトをご利用されたお客様】']],
    ['a deeper heading keeps its place under the nested one', '## 1．概要\n## 対象\n### 会員\n- 12 人分\n## 2．原因', '- 12 人分', ['## 1．概要', '## 対象', '### 会員']],
  ])('%s', (_label, text, line, headings) => {
    expect(under(text, line)).toEqual(headings);
  });
});
