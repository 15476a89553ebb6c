import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, test } from 'vitest';
import { extractText, statesName, wholeIssuer } from '../../src/format/containers.js';
import { parse, parseFile } from '../../src/parse.js';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import { FIXTURES } from '../helpers.js';
import { imageOnlyPdf } from './pdfBuilder.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-format-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};
const sjis = (s: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(s), { to: 'SJIS', from: 'UNICODE' }));

describe('inputs that cannot become an incident: one clear line each', () => {
  test.each([
    ['empty', new Uint8Array(0), /^x: is empty$/],
    ['white space only', Buffer.from(' \n\u3000\n', 'utf8'), /^x: has no text \(only white space\)$/],
    ['binary', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41]), /^x: looks like a binary file, not a text, HTML or PDF release$/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^x: looks like a binary file \(a PNG image\), not a text/],
    ['a .docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml')]), /\(a ZIP container \(a \.docx\/\.xlsx file or an archive; save it as PDF or text first\)\)/],
    ['undecodable bytes', Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 3)), /^x: does not decode as .* \([0-9]+ invalid byte sequences\); name it with --encoding if you know it$/],
    ['an HTML page with no text in its body', Buffer.from('<!DOCTYPE html><html><head><title>t</title></head><body><script>x()</script><nav><a href="/">ホーム</a></nav></body></html>'), /^x: is an HTML page with no release text in it$/],
  ])('%s', async (_label, bytes, message) => {
    const err = await extractText(bytes, { path: 'x' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('a few bad bytes are a warning in the incident, not a failure', () => {
  test('a Shift_JIS release with one broken byte', async () => {
    const good = sjis('株式会社サンプルは、顧客情報1,234件が流出したおそれがあることを確認しました。');
    const bytes = Buffer.concat([good.subarray(0, 10), Buffer.from([0x81, 0x0a]), good.subarray(10)]);
    const incident = await parse(bytes, { path: 'broken.txt', tokenize: false });
    expect(incident.source.encoding).toBe('shift_jis');
    expect(incident.warnings).toContainEqual(expect.stringMatching(/^invalid shift_jis byte sequence at byte 10/));
    expect(incident.counts.map((c) => c.value)).toContain(1234);
  });
});

describe('encodings end to end', () => {
  test('--encoding forces one and source.encoding says so', async () => {
    const bytes = Buffer.from('当社は、会員情報532件が流出したことを確認しました。', 'utf16le');
    // Without a BOM it is detected too (issue 14: UTF-16 is tried before NULs are called binary).
    expect((await parse(bytes, { path: 'u16.txt', tokenize: false })).source.encoding).toBe('utf-16le');
    const incident = await parse(bytes, { path: 'u16.txt', encoding: 'utf-16le', tokenize: false });
    expect(incident.source.encoding).toBe('utf-16le');
    expect(incident.counts.map((c) => c.value)).toEqual([532]);
  });

  test('a Shift_JIS HTML page is decoded by its <meta charset>, and the incident says shift_jis', async () => {
    const incident = await parseFile(join(FIXTURES, 'html-sjis-layout.html'));
    expect(incident.source).toMatchObject({ format: 'html', encoding: 'shift_jis' });
    expect(incident.title).toBe('本学メールアカウントへの不正アクセスについて(お詫び)');
    expect(incident.publishedAt).toBe('2025-10-14');
  });

  test('an EUC-JP municipal page: breadcrumbs, local navigation and footer stay out', async () => {
    const { text, encoding } = await extractText(readFileSync(join(FIXTURES, 'html-municipal-eucjp.html')));
    expect(encoding).toBe('euc-jp');
    for (const furniture of ['ホーム', 'くらし・手続き', '市民意識調査', 'Copyright', '検索', 'サイトマップ']) expect(text).not.toContain(furniture);
    expect(text).toContain('講座参加者のメールアドレス　148件');
  });
});

describe('disclose text', () => {
  test('prints the extracted text that evidence offsets index', async () => {
    const path = join(FIXTURES, 'html-tables.html');
    const io = memoryIO();
    expect(await runCli(['text', path], io)).toBe(0);
    const text = io.out();
    expect(text.startsWith('# 公表概要\n- ランサムウェア被害に関する調査結果のご報告（第2報）\n- 2025年9月30日\n')).toBe(true);
    const incident = await parseFile(path);
    const spans = [incident.organization?.evidence, ...incident.counts.map((c) => c.evidence), ...incident.timeline.map((t) => t.evidence)];
    expect(spans.length).toBeGreaterThan(5);
    for (const e of spans) {
      expect(text.slice(e!.start, e!.end)).toBe(e!.text);
      expect(text.split('\n')[e!.line - 1]).toContain(e!.text.split('\n')[0]);
    }
  });

  test('a scanned PDF: exit 1 and one line on stderr', async () => {
    const io = memoryIO();
    expect(await runCli(['text', file('scan.pdf', imageOnlyPdf())], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err().trimEnd().split('\n')).toHaveLength(1);
    expect(io.err()).toMatch(/scan\.pdf: is a PDF with no text layer/);
  });

  test('--encoding is honoured', async () => {
    const io = memoryIO();
    expect(await runCli(['text', '--encoding', 'shift_jis', file('sjis.txt', sjis('漏えい件数：12件'))], io)).toBe(0);
    expect(io.out()).toBe('漏えい件数：12件');
  });
});

test('parse(string) extracts a page passed as markup, like an .html file', async () => {
  const html = '<!DOCTYPE html><html><head><title>お知らせ</title><link rel="canonical" href="https://example.jp/n/7"></head><body><nav>メニュー</nav><article><h1>顧客情報流出のお知らせ</h1><p>当社は、顧客情報1,234件が流出したことを確認しました。</p></article></body></html>';
  const incident = await parse(html, { path: 'pasted.html', tokenize: false });
  expect(incident.source.format).toBe('html');
  expect(incident).toMatchObject({ title: '顧客情報流出のお知らせ', sourceUrl: 'https://example.jp/n/7' });
  expect(incident.counts.map((c) => c.value)).toEqual([1234]);
});

describe('damaged files', () => {
  const originals = ['seed-tokai-3rd.pdf', 'pdf-tables.pdf', 'seed-tokai-3rd.html', 'html-sjis-layout.html', 'seed-tokai-3rd.eucjp.txt'].map((f) => readFileSync(join(FIXTURES, f)));

  test('random byte damage and truncation: text, or one clear input error — never a crash', async () => {
    const { default: fc } = await import('fast-check');
    const { InputError } = await import('../../src/errors.js');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: originals.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        async (which, damage, truncate) => {
          const bytes = Buffer.from(originals[which]!);
          for (const [at, value] of damage) bytes[Math.floor(at * (bytes.length - 1))] = value;
          const input = truncate === null ? bytes : bytes.subarray(0, Math.floor(truncate * bytes.length));
          try {
            await extractText(input, { path: 'damaged' });
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
            expect((e as Error).message).not.toContain('\n');
          }
        },
      ),
      { numRuns: 40, seed: 20260123 },
    );
  }, 120_000);
});

describe('a printed page\'s copyright footer names the publisher when the text gives no other name', () => {
  const OPENING = '平素は、株式会社サンプルグループ（以下「当社グループ」）のサービスをご利用いただき、誠にありがとうございます。';
  const REPORT = '当社は第三者による不正アクセスを受けました。';
  test.each([
    ['the name alone, as the footer\'s company block over its TEL line', ['株式会社サンプル', 'TEL 03-0000-0000'], true],
    ['no line naming it', [], true],
    // The company block set on one line: the name before its address names it no closer.
    ['the name before its address and TEL on one line', ['株式会社サンプル 〒100-0001 東京都千代田区千代田1-1 TEL 03-0000-0000'], true],
    // the text gives the name with more: the text's own
    ['a signature with the representative after the name', ['株式会社サンプル 代表取締役 山田太郎'], false],
    ['the name before its desk', ['株式会社サンプル 総務部'], false],
  ])('%s', async (_, lines, inOverview) => {
    const { positionedPdf } = await import('./pdfBuilder.js');
    const texts = [OPENING.slice(0, 30), OPENING.slice(30), REPORT, ...lines, 'Copyright © 2026 株式会社サンプル All Rights Reserved.'];
    const pdf = positionedPdf(texts.map((text, k) => ({ x: 72, y: 760 - k * 40, text })));
    const { text } = await extractText(pdf);
    expect(/^- 株式会社サンプル$/m.test(text)).toBe(inOverview);
  });

  // A name with the unit it speaks for in parentheses is read from the text only to the parenthesis: the
  // text repeating it whole before a desk names it no closer; a part of the name before a desk does.
  test.each([
    ['the whole name before its desk', '学校法人サンプル学園（サンプル大学） 総務課', '学校法人サンプル学園（サンプル大学）', true],
    ['the whole name in two parts before its desk', '学校法人サンプル学園 サンプル大学（図書館） 総務課', '学校法人サンプル学園 サンプル大学（図書館）', true],
    ['the body\'s name alone before its desk', '学校法人サンプル学園 総務課', '学校法人サンプル学園 サンプル大学（図書館）', false],
  ])('a name with its unit in parentheses: %s', async (_, line, site, inOverview) => {
    const { positionedPdf } = await import('./pdfBuilder.js');
    const texts = ['本学のサーバーが第三者による不正アクセスを受けました。', line, `© 2026 ${site}`];
    const pdf = positionedPdf(texts.map((text, k) => ({ x: 72, y: 760 - k * 40, text })));
    const { text } = await extractText(pdf);
    expect(text.includes(`\n- ${site}\n`)).toBe(inOverview);
  });
});

describe('a page\'s metadata names the publisher only where the text does not name it more closely', () => {
  const page = (body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta property="og:site_name" content="サンプル市"></head><body><article><h1>不正アクセスに関するお知らせ</h1>${body}</article></body></html>`;
  test.each([
    ['a release that never signs', '<p>市のサーバーが第三者による不正アクセスを受けました。深くお詫び申し上げます。</p>', true],
    ['a line with the name and a sentence after a particle', '<p>サンプル市のホームページの一部が改ざんされました。深くお詫び申し上げます。</p>', true],
    // the text opens a line with an office of the site's body: its own name for the issuer
    ['a line opening with a division of the city', '<p>サンプル市こども未来課において、メールの誤送信がありました。深くお詫び申し上げます。</p>', false],
    ['a line opening with the board of education', '<p>サンプル市教育委員会は、不正アクセスを受けました。深くお詫び申し上げます。</p>', false],
    ['a signature line with the name alone', '<p>不正アクセスを受けました。深くお詫び申し上げます。</p><p>サンプル市</p>', false],
    // a CMS's page-contact box under the text names the page's owner, not the release's signer
    ['the page-contact box', '<p>不正アクセスを受けました。深くお詫び申し上げます。</p><div><b>このページに関するお問い合わせ</b><br>サンプル市　総務課<br>電話：000-000-0000</div>', true],
    ['the page-contact box under a heading', '<p>不正アクセスを受けました。深くお詫び申し上げます。</p><h3>このページについてのお問い合わせ先</h3><p>サンプル市 総務課</p>', true],
    ['a signature after the page-contact box', '<p>不正アクセスを受けました。深くお詫び申し上げます。</p><div><b>このページに関するお問い合わせ</b><br>総務課</div><p>サンプル市</p>', false],
    ['the release\'s own contact section', '<p>不正アクセスを受けました。深くお詫び申し上げます。</p><h3>本件に関するお問い合わせ</h3><p>サンプル市 総務課</p>', false],
  ])('%s', async (_, body, inOverview) => {
    const { text } = await extractText(new TextEncoder().encode(page(body)));
    expect(/^- サンプル市$/m.test(text)).toBe(inOverview);
  });
});

describe('wholeIssuer: a printed head\'s issuer that is a wrapped piece of the site\'s name', () => {
  test.each([
    ['キャット株式会社', 'エヌ・イーサンプルキャット株式会社', 'エヌ・イーサンプルキャット株式会社'],
    // Another name, or the same name, or no site name: the issuer as read.
    ['株式会社見本', 'サンプル株式会社', '株式会社見本'],
    ['サンプル株式会社', 'サンプル株式会社', 'サンプル株式会社'],
    ['サンプル株式会社', null, 'サンプル株式会社'],
    [null, 'サンプル株式会社', null],
    // The name, then the header row's words after a space: the name.
    ['株式会社サンプル ニュース 会キーワードで検索', '株式会社サンプル', '株式会社サンプル'],
    ['株式会社サンプル（HOTEL LA FORESTA）', '株式会社サンプル（HOTEL LA', '株式会社サンプル（HOTEL LA FORESTA）'],
    ['株式会社サンプルホテル', '株式会社サンプル', '株式会社サンプルホテル'],
  ])('%s with site %s', (issuer, site, expected) => {
    expect(wholeIssuer(issuer, site)).toBe(expected);
  });
});

describe('statesName: whether the text names the site itself', () => {
  test.each<[string, string, string, boolean]>([
    // A legal form apart is no part of the name: the logo's line 「株式会社 広 島銀行」 (its wrap read with a space) names no 広島銀行.
    ['a legal form set apart, the name broken elsewhere', '株式会社 サンプル銀行', '株式会社 サン プル銀行\n当行のお客さま情報が流出しました。', false],
    ['a line opening with another company after the form', '株式会社 サンプル銀行', '株式会社 みほん商事\n当行のお客さま情報が流出しました。', false],
    // negative: the name's own part opens a line, or the name whole stands alone
    ['the name\'s part opening a line (negative)', '株式会社 サンプル銀行', 'サンプル銀行 総務部\n当行のお客さま情報が流出しました。', true],
    ['the name alone on a line (negative)', '株式会社 サンプル銀行', '当行のお客さま情報が流出しました。\n株式会社 サンプル銀行', true],
    // An author box's self-introduction is a sentence after the name, no signature.
    ['an author box\'s sentence after the name', '見本少額短期保険株式会社', '当社お客さま情報が漏えいしたおそれがあります。\nお知らせ\nこの記事を書いた人：広報担当\n見本少額短期保険株式会社 広報部です。入社13年目のスタッフが最新情報をお届けします。', false],
    ['the name and its office, no sentence (negative)', '見本少額短期保険株式会社', '当社お客さま情報が漏えいしたおそれがあります。\n見本少額短期保険株式会社 広報部', true],
    // A list of names alone (the bodies the release speaks of): the site's among them signs nothing.
    ['the name in a list of names', '見本県信用農業協同組合連合会', '下記のＪＡ等のメールシステムが不正アクセスを受けました。\n記\n## １．県内の各ＪＡ等\n見本市農業協同組合\n\nみほん農業協同組合\n\n見本県信用農業協同組合連合会\n## ２．リリース', false],
    ['the name under one other name, no list (negative)', '見本県信用農業協同組合連合会', '下記のＪＡ等のメールシステムが不正アクセスを受けました。\n見本市農業協同組合\n見本県信用農業協同組合連合会', true],
    // A site's name giving its office already: a line with the body and another office names a unit, not the issuer more closely.
    ['the body and another office, the site\'s name giving its own', '東京都 保健医療局', '保健医療局が運営するセンターのメールサーバが不正に利用されました。\n東京都保健医療情報センターで、都職員が確認した。', false],
    ['the body and an office, the site\'s name the body alone (negative)', '東京都', '東京都保健医療情報センターで、都職員が確認した。', true],
    // A Latin word of the name alone opening a line names a product, not the site.
    ['a Latin word of the name opening a line', 'Sampl Future株式会社', '「Sampl Path」が不正アクセスを受けました。\nSampl Path回答データ\n氏名、メールアドレス', false],
    ['the name whole opening a line (negative)', 'Sampl Future株式会社', '「Sampl Path」が不正アクセスを受けました。\nSampl Future株式会社 代表取締役 見本太郎', true],
  ])('%s', (_, name, body, stated) => {
    expect(statesName(body, name)).toBe(stated);
  });
});
