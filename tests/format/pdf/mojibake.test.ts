import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extractText } from '../../../src/format/containers.js';
import { isShiftJisMojibake, unmojibake } from '../../../src/format/pdf/mojibake.js';

/** What a browser shows of a UTF-8 text it reads as Shift_JIS. */
const asShiftJis = (text: string) => new TextDecoder('shift_jis').decode(Buffer.from(text, 'utf8'));

const RELEASE =
  '当社が運営するオンラインショップのサーバーに対し、第三者による不正アクセスが行われ、お客様の個人情報が漏えいした可能性があることが判明いたしました。' +
  'お客様には多大なるご迷惑とご心配をおかけいたしますことを、深くお詫び申し上げます。対象となるお客様には、順次メールにてご連絡を差し上げております。' +
  '現時点で、個人情報の不正利用などの二次被害は確認されておりませんが、不審なメールや電話にはご注意ください。今後は外部の専門機関の協力のもと、再発防止に努めてまいります。';

test.each([
  ['a release printed through Shift_JIS', asShiftJis(RELEASE), true],
  ['the release as written', RELEASE, false],
  ['a page of half-width katakana (an old shop’s catalogue)', 'ｵﾝﾗｲﾝｼｮｯﾌﾟ ｾｰﾙ開催中 '.repeat(20) + RELEASE, false],
  ['a short mojibake line (too little to judge)', asShiftJis('お知らせ'), false],
  ['English', 'Notice of unauthorized access to our server. '.repeat(20), false],
])('%s: %s', (_label, text, expected) => {
  expect(isShiftJisMojibake(text)).toBe(expected);
});

test.each([
  ['kana and kanji', '不正アクセスのお知らせ', '不正アクセスのお知らせ'],
  ['ASCII alone', 'Copyright 2025', 'Copyright 2025'],
  // 報 (E5 A0 B1) and 月 (E6 9C 88): bytes the browser lost (0xA0 is no Shift_JIS lead byte) — their neighbours intact.
  ['a character whose bytes were lost', '情報の漏えい', '\ufffd\ufffd\ufffd\ufffdの漏え\ufffd\ufffd'],
  ['digits and Latin letters around lost bytes', '2025年4月18日 IR情報', '2025年4\ufffd\ufffd18日 IR\ufffd\ufffd\ufffd\ufffd'],
])('%s read back: %s', (_label, text, expected) => {
  expect(unmojibake(asShiftJis(text))).toBe(expected);
});

test('a printed page in UTF-8 the browser read as Shift_JIS is read back (fixtures/pages-i, i36)', async () => {
  const path = 'fixtures/pages-i/pdf/mtnews-i36.pdf';
  const { text } = await extractText(readFileSync(path), { path });
  expect(text).toContain('卒業アルバム');
  expect(text).toContain('区教育委員会');
  expect(text).not.toContain('蜊呈');
});
