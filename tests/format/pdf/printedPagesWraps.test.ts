import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/parse.js';
import { extractPdf } from '../../../src/format/pdf.js';
import { needsSpace } from '../../../src/format/pdf/assemble.js';
import { FIXTURES } from '../../helpers.js';

/**
 * A wrapped line joined back: the PDF's space flag at the line's end (Chromium writes one at some soft wraps) is a
 * space of the text only where a Latin word or a number stands beside it, never between two wide characters.
 */
describe('needsSpace: a space flag at a wrap between wide characters', () => {
  const flag = { spaceAfter: true, spaceBefore: false };
  const none = { spaceAfter: false, spaceBefore: false };
  test.each<[string, string, string, typeof flag, boolean]>([
    ['kana over kanji (「万が」 over 「一、」)', '現時点では確認されておりませんが、万が', '一、お客様の情報が', flag, false],
    ['after a comma', '対策の強化を図り、', '再発防止策を講じて', flag, false],
    ['the flag on the next line\'s start', '対策の強化を図り、', '再発防止策を講じて', { spaceAfter: false, spaceBefore: true }, false],
    // negative: a number or a Latin word beside the wrap keeps the space the PDF wrote
    ['a year set apart from its number', '事業（2023 年', '6 月〜8 月）', flag, true],
    ['a sentence ending before a date', 'ログインされました。', '4月22日 第三者が', flag, true],
    ['Latin words', 'Academic Support', 'Navi', flag, true],
    // negative: no flag, wide text: no space; Latin prose: a space
    ['no flag, Japanese', '不正アクセスが発', '生しました。', none, false],
    ['no flag, English prose', 'We found that an unauthorized', 'party accessed the server.', none, true],
  ])('%s', (_name, before, after, prev, expected) => {
    expect(needsSpace(before, after, prev, none)).toBe(expected);
  });
});

/**
 * fixtures pages-i and pages-n (made blind to the tool): a list item whose words a wide space sets apart reads as the
 * item, not a two-cell table row; a wrap at a page break joins 「万が」「一」 with no space; a site's generic words
 * 「オフィシャルサイト」 in the banner name no organization.
 */
describe('prints: list items, wraps and a site\'s generic name', () => {
  test.each<[string, string, string[], string[]]>([
    ['pages-i', 'pdf/builder-i06.pdf', ['- 氏名 住所 電話番号 メールアドレス', '- 引越予定日 引越日 家財リスト'], ['| 氏名']],
    ['pages-i', 'pdf/wpcocoon-i24.pdf', ['万が一、お客様'], ['万が 一']],
  ])('%s %s', async (set, file, present, absent) => {
    const { text } = await extractPdf(readFileSync(join(FIXTURES, set, file)), file);
    for (const p of present) expect(text).toContain(p);
    for (const a of absent) expect(text).not.toContain(a);
  }, 30_000);

  test.each<[string, string, string[]]>([
    ['pages-i', 'pdf/builder-i06.pdf', ['address', 'email', 'name', 'other', 'phone']],
    ['pages-i', 'pdf/wpcocoon-i24.pdf', []],
  ])('%s %s dataTypes', async (set, file, dataTypes) => {
    const result = await parse(readFileSync(join(FIXTURES, set, file)), { path: file });
    expect([...result.dataTypes].sort()).toEqual(dataTypes);
  }, 30_000);

  test.each<[string, string, string | null]>([
    ['pages-n', 'pdf/builder-n33.pdf', null],
    // negative: a name in katakana with its legal form stands
    ['pages-o', 'pdf/wpblock-o10.pdf', '株式会社オフィスバスターズ'],
  ])('%s %s organization', async (set, file, organization) => {
    const result = await parse(readFileSync(join(FIXTURES, set, file)), { path: file });
    expect(result.organization?.name ?? null).toBe(organization);
  }, 30_000);
});
