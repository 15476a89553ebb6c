import { describe, expect, test } from 'vitest';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay, wrapItems, wrapText } from '../../src/output/text.js';

describe('display width', () => {
  test.each([
    ['ASCII', 'abc', 3],
    ['full-width kanji count two', '株式会社', 8],
    ['full-width Latin count two', 'ＴＯＫＡＩ', 10],
    ['half-width katakana count one', 'ｶﾀｶﾅ', 4],
    ['mixed', 'OneOffice メール', 16],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test('padding aligns Japanese and ASCII to the same column', () => {
    const a = padEndDisplay('株式会社', 12) + '|';
    const b = padEndDisplay('ABC Inc.', 12) + '|';
    expect(displayWidth(a)).toBe(displayWidth(b));
    expect(padStartDisplay('件', 4)).toBe('  件');
  });

  test('truncation counts columns, not code units', () => {
    expect(truncateDisplay('株式会社ＴＯＫＡＩコミュニケーションズ', 12)).toBe('株式会社...');
    expect(displayWidth(truncateDisplay('株式会社ＴＯＫＡＩコミュニケーションズ', 13))).toBeLessThanOrEqual(13);
    expect(truncateDisplay('short', 12)).toBe('short');
  });

  test('wrapping keeps every line within the width', () => {
    const lines = wrapText('不正アクセスによる個人情報漏洩についてのお知らせとお詫び(第三報)', 20, 5);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe('不正アクセスによる個人情報漏洩についてのお知らせとお詫び(第三報)');
    const items = wrapItems(['OneOffice Mail Solution', 'OneOffice SPAM Filtering', 'Cisco Secure Email Gateway'], 40, 0);
    expect(items).toEqual(['OneOffice Mail Solution,', 'OneOffice SPAM Filtering,', 'Cisco Secure Email Gateway']);
  });
});
