import { expect, test } from 'vitest';
import { splitHeader } from '../../../src/format/pdf/assemble.js';

test.each([
  [
    'a blog page: banner with its section, the site description, the date in large type, then the title',
    '日新火災海上保険株式会社ニュースリリース\n日新火災海上保険株式会社からのお知らせを掲載しています。\n\n## 2024年12月17日\n\n### 情報漏えいの可能性について\n\n当社の委託先で被害が発生しました。',
    { date: '2024-12-17', start: '日新火災海上保険株式会社\n' },
  ],
  [
    'a document: its own first paragraph ends the head and stays',
    '## 不正アクセスに関するお知らせ\n\n当社は本日、次のとおりご報告いたします。\n2025年1月9日',
    { date: null, start: '当社は本日、次のとおりご報告いたします。' },
  ],
])('splitHeader: %s', (_label, text, expected) => {
  const head = splitHeader(text);
  expect(head.date).toBe(expected.date);
  expect(head.text.startsWith(expected.start)).toBe(true);
});
