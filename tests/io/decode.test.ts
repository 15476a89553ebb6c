import Encoding from 'encoding-japanese';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalEncoding, declaredCharset, decodeBytes } from '../../src/io/decode.js';

const TEXT = '株式会社サンプル（本社：東京都）は、顧客情報①1,234件が流出したおそれがあることを確認しました。㈱髙橋商事からの連絡で判明。';

/** The text in a Japanese legacy encoding (encoding-japanese writes CP932 / eucJP-ms / JIS). */
function encode(text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}
const utf16 = (text: string, be: boolean) => {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  return be ? Buffer.from(le).swap16() : le;
};

describe('decodeBytes: each encoding, detected', () => {
  test.each([
    ['utf-8 without BOM', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['utf-16le with BOM', utf16(TEXT, false), 'utf-16le'],
    ['utf-16be with BOM', utf16(TEXT, true), 'utf-16be'],
    ['shift_jis (CP932: ①, ㈱, 髙)', encode(TEXT, 'SJIS'), 'shift_jis'],
    ['euc-jp', encode(TEXT.replace(/[①㈱髙]/g, ''), 'EUCJP'), 'euc-jp'],
    ['iso-2022-jp', encode(TEXT.replace(/[①㈱髙]/g, ''), 'JIS'), 'iso-2022-jp'],
  ])('%s', (_label, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings).toEqual([]);
    expect(decoded.text).toBe(encoding === 'euc-jp' || encoding === 'iso-2022-jp' ? TEXT.replace(/[①㈱髙]/g, '') : TEXT);
  });

  test('a short Shift_JIS line that also decodes as EUC-JP is read as the one that reads like Japanese', () => {
    const bytes = encode('漏えい件数は12件です。', 'SJIS');
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'shift_jis', text: '漏えい件数は12件です。' });
  });

  test('a short EUC-JP line is not taken for Shift_JIS half-width katakana', () => {
    const bytes = encode('お知らせとお詫び', 'EUCJP');
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'euc-jp', text: 'お知らせとお詫び' });
  });

  test('pure ASCII is utf-8', () => {
    expect(decodeBytes(Buffer.from('CVE-2024-3400 advisory'))).toMatchObject({ encoding: 'utf-8', warnings: [] });
  });
});

describe('decodeBytes: forced and declared encodings', () => {
  test('--encoding wins over detection, and names are canonical', () => {
    const bytes = encode(TEXT, 'SJIS');
    expect(decodeBytes(bytes, 'Windows-31J').encoding).toBe('shift_jis');
    expect(decodeBytes(bytes, 'cp932').text).toBe(TEXT);
  });

  test('--encoding utf-16le reads a UTF-16 file that has no BOM', () => {
    const bytes = Buffer.from(TEXT, 'utf16le');
    expect(decodeBytes(bytes, 'utf-16le')).toMatchObject({ encoding: 'utf-16le', text: TEXT });
  });

  test('an unknown --encoding is an error that lists the known ones', () => {
    expect(() => decodeBytes(Buffer.from('a'), 'klingon')).toThrow(/unknown encoding "klingon".*shift_jis/);
  });

  test('a forced encoding the bytes do not follow warns with the byte offset rather than failing', () => {
    const bytes = encode('顧客情報', 'SJIS');
    const decoded = decodeBytes(bytes, 'utf-8');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings[0]).toMatch(/^invalid utf-8 byte sequence at byte 0/);
  });

  test('a declared charset is honoured when the bytes agree', () => {
    // Both readings are valid; the page says which.
    const bytes = encode('お知らせ', 'EUCJP');
    expect(decodeBytes(bytes, null, 'EUC-JP').encoding).toBe('euc-jp');
  });

  test('a declared charset the bytes contradict gives a warning and the detected encoding', () => {
    const decoded = decodeBytes(Buffer.from(TEXT, 'utf8'), null, 'Shift_JIS');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(TEXT);
    expect(decoded.warnings[0]).toMatch(/declares charset "Shift_JIS" but its bytes are not shift_jis/);
  });

  test.each([
    ['<meta charset="Shift_JIS">', 'Shift_JIS'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=euc-jp">', 'euc-jp'],
    ["<meta content='text/html;charset=x-sjis' http-equiv='Content-Type'>", 'x-sjis'],
    ['<?xml version="1.0" encoding="EUC-JP"?><html>', 'EUC-JP'],
    ['<html><head><title>charset</title></head>', null],
  ])('declaredCharset(%s) = %s', (head, charset) => {
    expect(declaredCharset(Buffer.from(head, 'latin1'))).toBe(charset);
  });

  test.each([
    ['sjis', 'shift_jis'], ['MS932', 'shift_jis'], ['EUC-JP', 'euc-jp'], ['csISO2022JP', 'iso-2022-jp'], ['UTF-16', 'utf-16le'], ['latin1', null],
  ])('canonicalEncoding(%s) = %s', (name, canonical) => {
    expect(canonicalEncoding(name)).toBe(canonical);
  });
});

describe('decodeBytes: invalid bytes', () => {
  test('a broken Shift_JIS byte gives a warning with its offset and U+FFFD in place, the rest intact', () => {
    const good = encode('顧客情報1,234件が流出しました。', 'SJIS');
    const bytes = Buffer.concat([good.subarray(0, 8), Buffer.from([0x81]), Buffer.from(' '), good.subarray(8)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.warnings).toEqual([expect.stringMatching(/^invalid shift_jis byte sequence at byte 8 /)]);
    expect(decoded.text).toContain('\ufffd');
    expect(decoded.text).toContain('1,234件が流出しました。');
  });

  test('a truncated UTF-16 file (odd length) warns at the last byte', () => {
    const bytes = Buffer.concat([utf16('件数', false), Buffer.from([0x41])]);
    const decoded = decodeBytes(bytes);
    expect(decoded.text.startsWith('件数')).toBe(true);
    expect(decoded.warnings[0]).toMatch(/at byte 6/);
  });

  test('never throws on arbitrary bytes, and every U+FFFD it adds is announced', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        if (decoded.text.includes('\ufffd') && !bytesHoldReplacement(bytes)) expect(decoded.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

/** U+FFFD written in the input itself (UTF-8 EF BF BD, UTF-16 FD FF / FF FD) is text, not a decoding failure. */
function bytesHoldReplacement(bytes: Uint8Array): boolean {
  const hex = Buffer.from(bytes).toString('hex');
  return hex.includes('efbfbd') || hex.includes('fdff') || hex.includes('fffd');
}

test('an ASCII-only page that declares Shift_JIS is reported as shift_jis (what it says it is)', () => {
  expect(decodeBytes(Buffer.from('<html>CVE-2024-3400</html>'), null, 'Shift_JIS')).toMatchObject({ encoding: 'shift_jis', warnings: [] });
});

test('a page that declares Shift_JIS but holds EUC-JP (which reads as half-width katakana) is read as EUC-JP, with a warning', () => {
  // Kana whose EUC-JP bytes all fall in A1–DF: Shift_JIS reads each byte as a half-width katakana.
  const bytes = encode('あいうえお かきくけこ さしすせそ', 'EUCJP');
  expect(new TextDecoder('shift_jis', { fatal: true }).decode(bytes)).toMatch(/[ｦ-ﾟ]/); // the declared reading does not fail
  const decoded = decodeBytes(bytes, null, 'Shift_JIS');
  expect(decoded).toMatchObject({ encoding: 'euc-jp', text: 'あいうえお かきくけこ さしすせそ' });
  expect(decoded.warnings[0]).toMatch(/declares charset "Shift_JIS"/);
});

test.each([
  ['shift_jis', 'SJIS'],
  ['euc-jp', 'EUCJP'],
] as const)('after bytes that do not decode as %s (cut inside a character), the next page in it decodes whole', (encoding, name) => {
  const bytes = encode(TEXT, name);
  // The same encoding's decoder meets a truncated character first, then a whole page.
  expect(decodeBytes(bytes.subarray(0, bytes.length - 1), encoding).warnings[0]).toMatch(/invalid/);
  expect(decodeBytes(bytes, encoding)).toMatchObject({ encoding, text: TEXT, warnings: [] });
  expect(decodeBytes(bytes, null, encoding)).toMatchObject({ encoding, text: TEXT, warnings: [] });
});

describe('decodeBytes: a page mixing encodings', () => {
  const TITLE = '不正アクセスによる個人情報流出に関するお知らせ';
  const ascii = (s: string) => Buffer.from(s, 'latin1');
  test.each([
    ['an EUC-JP title in a UTF-8 page', 'EUCJP', 'utf-8', 'euc-jp'],
    ['a Shift_JIS title in a UTF-8 page', 'SJIS', 'utf-8', 'shift_jis'],
  ] as const)('%s: each part in its own encoding, with a warning', (_, legacy, major, minor) => {
    const bytes = Buffer.concat([
      ascii('<html><head><meta charset="utf-8"><title>'), encode(TITLE, legacy), ascii('</title></head><body><h1>'), encode(TITLE, legacy),
      ascii('</h1><p>'), Buffer.from(`${TEXT}${TEXT}`, 'utf8'), ascii('</p></body></html>'),
    ]);
    const decoded = decodeBytes(bytes, null, 'utf-8');
    expect(decoded.text).toContain(`<title>${TITLE}</title>`);
    expect(decoded.text).toContain(TEXT);
    expect(decoded.encoding).toBe(major);
    expect(decoded.warnings.join('\n')).toMatch(new RegExp(`mixed encodings: .*${minor}`));
  });

  test('a legacy file with one broken byte is not taken for a mix', () => {
    const bytes = Buffer.concat([encode(TEXT, 'SJIS'), Buffer.from([0x82]), ascii('\n'), encode(TEXT, 'SJIS')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.warnings.join('\n')).not.toMatch(/mixed/);
  });
});

describe('decodeBytes: UTF-16 without a BOM', () => {
  test.each([
    ['LE', Buffer.from(TEXT + '\n', 'utf16le'), 'utf-16le'],
    ['BE', Buffer.from(Buffer.from(TEXT + '\n', 'utf16le')).swap16(), 'utf-16be'],
  ])('%s is detected', (_, bytes, encoding) => {
    expect(decodeBytes(bytes)).toMatchObject({ encoding, text: TEXT + '\n' });
  });
});
