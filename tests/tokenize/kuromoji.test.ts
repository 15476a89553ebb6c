import { describe, expect, test } from 'vitest';
import { getTokenizer, tokenizeText } from '../../src/tokenize/kuromoji.js';
import { buildDocument } from '../../src/document.js';
import { organizationExtractor } from '../../src/extract/organization.js';
import { emptyFindings } from '../../src/extract/types.js';

describe('tokenizeText reads any text kuromoji would throw on', () => {
  // A Divi icon font's glyph comes out of a printed page as U+0000 (「\u0000 無料査定」 beside a button): kuromoji's
  // lattice throws on it, and on a lone surrogate; they read as spaces, so every token keeps its offset.
  test.each<[string, string]>([
    ['an icon glyph mapped to NUL', '\u0000 無料査定'],
    ['NUL inside a sentence', '当社\u0000のサーバー'],
    ['a lone high surrogate at the end', '不正アクセス\ud83d'],
    ['a lone high surrogate inside', '個人情報\ud800の漏えい'],
  ])('%s', async (_what, text) => {
    const tokenizer = await getTokenizer();
    expect(() => tokenizer.tokenize(text)).toThrow();
    const tokens = tokenizeText(tokenizer, text);
    expect(tokens.map((t) => t.surface_form).join('').length).toBe(text.length);
  });

  test.each<[string]>([['株式会社サンプル商事は不正アクセスを確認しました。'], ['絵文字😀のある文']])('unchanged: %s', async (text) => {
    const tokenizer = await getTokenizer();
    expect(tokenizeText(tokenizer, text)).toEqual(tokenizer.tokenize(text));
  });

  test('the organization extractor reads a text holding NUL', async () => {
    const doc = buildDocument('\u0000 無料査定\n\n国立国会図書館は、当館のサーバーへの不正アクセスを確認しました。');
    const part = await organizationExtractor.extract(doc, emptyFindings(), { tokenize: true });
    expect(part.organization?.[0]?.evidence?.text).toBe('国立国会図書館');
  });
});
