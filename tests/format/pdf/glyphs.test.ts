import { expect, test } from 'vitest';
import { normalizeGlyphs } from '../../../src/format/pdf/glyphs.js';

test.each([
  ['Kangxi radicals from a subset font', 'パスワードを⼊⼒', 'パスワードを入力'],
  ['a Kangxi month radical in a date', '2025年4⽉27⽇', '2025年4月27日'],
  ['the door radical a Japanese font draws as 戸 (not NFKC\'s 戶)', '東京都江⼾川区', '東京都江戸川区'],
  ['the blue and black radicals as the Japanese forms', '⾭森・⿊田', '青森・黒田'],
  ['a Kangxi radical NFKC already gives in its Japanese form', '⾷品', '食品'],
  ['a CJK radicals supplement form', '⺠間', '民間'],
  ['a Latin ligature', 'conﬁrmed', 'confirmed'],
  ['the hyphenation point Type 3 fonts give for the middle dot', '氏名‧住所', '氏名・住所'],
  ['the division slash Type 3 fonts give for the full-width solidus', '更新日：令和7年2月10日 ∕ 掲載日：令和7年1月7日', '更新日：令和7年2月10日 ／ 掲載日：令和7年1月7日'],
  // Left alone: characters the text means.
  ['plain text', '氏名・住所・電話番号', '氏名・住所・電話番号'],
  ['circled numbers (the pipeline reads them as markers)', '①氏名', '①氏名'],
  ['half-width katakana (the normalizer folds width, keeping offsets)', 'ｱｸｾｽ', 'ｱｸｾｽ'],
  ['the older forms written as such stay', '戶籍・靑', '戶籍・靑'],
  ['full-width digits', '２０２５年', '２０２５年'],
])('%s: %s → %s', (_label, input, expected) => {
  expect(normalizeGlyphs(input)).toBe(expected);
});
