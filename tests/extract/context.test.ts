import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { legalFormsOf } from '../../src/extract/context.js';

/** The legal forms legalFormsOf finds, as the text they cover. */
function formsIn(text: string): string[] {
  const doc = buildDocument(text);
  const spans = legalFormsOf(doc);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(doc.text.slice(spans[i], spans[i + 1]));
  return out;
}

describe('legalFormsOf: every legal form of the text, in order, found once per document', () => {
  test.each<[string, string, string[]]>([
    ['a form before and after a name', '株式会社サンプルは、架空物産株式会社から報告を受けました。', ['株式会社', '株式会社']],
    ['the longest form where one holds another', '特定非営利活動法人サンプルの会と一般社団法人テスト協会', ['特定非営利活動法人', '一般社団法人']],
    ['abbreviated forms (㈱ reads as (株) once normalized)', 'サンプル(株)および㈱テスト', ['(株)', '(株)']],
    ['forms on separate lines', '# お知らせ\n\n- 有限会社みどり\n- 合同会社あお', ['有限会社', '合同会社']],
    ['no form: a company word that is not a legal form', '当社の会社概要と社会保険について', []],
  ])('%s', (_name, text, forms) => {
    expect(formsIn(text)).toEqual(forms);
  });

  test('the same spans for the same document, computed once', () => {
    const doc = buildDocument('株式会社サンプル');
    expect(legalFormsOf(doc)).toBe(legalFormsOf(doc));
  });
});
