import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { cveExtractor } from '../../src/extract/cves.js';
import { emptyFindings } from '../../src/extract/types.js';

async function cvesOf(text: string): Promise<{ id: string; ruleId: string; evidence: string }[]> {
  const doc = buildDocument(text);
  const part = await cveExtractor.extract(doc, emptyFindings(), { tokenize: false });
  return (part.cves ?? []).map((f) => {
    expect(text.slice(f.evidence!.start, f.evidence!.end)).toBe(f.evidence!.text);
    return { id: f.value, ruleId: f.ruleId, evidence: f.evidence!.text };
  });
}

describe('CVE identifiers', () => {
  test.each<[string, string, string[], string]>([
    ['standard form', '脆弱性（CVE-2024-3400）が悪用されました。', ['CVE-2024-3400'], 'cves.id'],
    ['five-digit sequence', '本件は CVE-2025-20393 に起因します。', ['CVE-2025-20393'], 'cves.id'],
    ['lowercase', '対象の脆弱性は cve-2023-4966 です。', ['CVE-2023-4966'], 'cves.foldedId'],
    ['full-width letters and digits', '脆弱性ＣＶＥ－２０２４－２１７６２への対応を行いました。', ['CVE-2024-21762'], 'cves.foldedId'],
    ['Unicode hyphens', '公表された CVE‐2025‐0282 の修正を適用しました。', ['CVE-2025-0282'], 'cves.foldedId'],
    ['katakana prolonged sound mark as a dash', '脆弱性CVEー2022ー40684が原因でした。', ['CVE-2022-40684'], 'cves.foldedId'],
    ['spaces around the dashes', '脆弱性 CVE - 2021 - 44228 を確認しました。', ['CVE-2021-44228'], 'cves.foldedId'],
    ['two ids, one repeated', 'CVE-2024-3400 と CVE-2024-21762、および CVE-2024-3400 の影響を調べました。', ['CVE-2024-3400', 'CVE-2024-21762'], 'cves.id'],
  ])('%s', async (_name, text, ids, ruleId) => {
    const found = await cvesOf(text);
    expect(found.map((f) => f.id)).toEqual(ids);
    expect(found[0]!.ruleId).toBe(ruleId);
  });

  test.each<[string, string]>([
    ['too few digits', 'CVE-2024-123 という表記は誤りです。'],
    ['part of a longer word', 'XCVE-2024-12345 は社内の管理番号です。'],
    ['a year out of range', 'CVE-1234-56789 は存在しません。'],
    ['a JVN id is not a CVE', 'JVNDB-2024-000123 を参照してください。'],
    ['no CVE at all', '脆弱性が悪用された可能性があります。'],
  ])('none: %s', async (_name, text) => {
    expect(await cvesOf(text)).toEqual([]);
  });

  test('a longer digit run is not cut into an id', async () => {
    expect(await cvesOf('CVE-2024-123456789 は桁が多すぎます。')).toEqual([]);
  });
});
