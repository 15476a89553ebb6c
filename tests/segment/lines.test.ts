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
