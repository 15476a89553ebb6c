import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/document.js';
import { bodyHeaderExtractor, titleHeadsText } from '../../src/extract/bodyHeader.js';
import { emptyFindings } from '../../src/extract/types.js';

async function headerOf(text: string) {
  const doc = buildDocument(text);
  const part = await bodyHeaderExtractor.extract(doc, emptyFindings(), { tokenize: false });
  return { title: part.title?.[0]?.value ?? null, publishedAt: part.publishedAt?.[0]?.value ?? null };
}

describe('title and date of a pasted release', () => {
  test.each<[string, string, string | null]>([
    ['a date line above the title', '2025年6月2日\n架空物産株式会社\n\n不正アクセスに関するお知らせ\n\n当社サーバーへの不正アクセスを確認しました。', '2025-06-02'],
    ['a Japanese-era date line with its weekday', '令和7年6月2日（月）\n\nシステム障害について\n\n障害が発生しました。', '2025-06-02'],
    ['a labelled date line at the end', '不正アクセスについて\n\n調査を進めております。\n\n公開日：2025年6月2日', '2025-06-02'],
    ['a date in a timeline list is an event', 'お知らせ\n\n## 経緯\n- 2025年5月18日\n外部から不正アクセスを受けました。', null],
    ['a date line under a heading is an event', 'お知らせ\n\n## 経緯\n2025年5月18日（水曜）\n不審な通信を検知しました。', null],
    ['a date inside a sentence', '2025年5月18日、不審な通信を検知しました。', null],
    // A date line that closes the text signs it, though the text ended inside a section.
    ['a signature date after 以上, under the last section', 'お知らせ\n\n## 4. 再発防止について\n本会では、対策を強化してまいります。\n以上\n令和7年12月17日\n【お問い合わせ先】\n架空県商工会連合会 組織支援課', '2025-12-17'],
    ['a signature date above the organization and its head', 'お知らせ\n\n## 今後の対応\n重ねて深くお詫び申し上げます。\n\n2026年7月27日\n\n架空株式会社\n\n代表取締役社長  山田 太郎', '2026-07-27'],
    ['a chronology\'s last entry at the end is an event', 'お知らせ\n\n## 経緯\n当社は調査を進めました。\n2026年4月14日\n- 個人情報保護委員会へ報告', null],
    ['a last date line followed by what happened', 'お知らせ\n\n## 経緯\n当社は調査を進めました。\n2026年4月14日\n個人情報保護委員会へ報告しました。', null],
    // A date line under the title heading a pasted page is the page's date; under a section heading, an event's.
    ['a date line under the title heading', '# 不正アクセスに関するお知らせ\n\n2025年6月2日\n\n架空物産株式会社\n\n5月30日、当社サーバーへの不正アクセスを確認しました。', '2025-06-02'],
    ['a date line under the title, after the organization', '## システム障害に関するお詫び\n\n架空物産株式会社\n\n令和7年6月2日（月）\n\n障害が発生しました。', '2025-06-02'],
    ['a date line under a first heading that is a section', '## 1. 経緯について\n2025年5月18日\n不審な通信を検知しました。', null],
    ['a date line under a first heading that is no title', '## 発生日時\n2025年5月18日\n\n不審な通信を検知しました。', null],
    ['a date line under the title after a sentence', '# 不正アクセスに関するお知らせ\n\n当社サーバーへの不正アクセスを確認しました。\n\n2025年5月18日\n\n調査を進めております。', null],
    ['a date under a heading of its own at the end', 'お知らせ\n\n本件についてお詫び申し上げます。\n\n## 発生日時\n2026年4月14日\n架空株式会社', null],
  ])('%s', async (_name, text, publishedAt) => {
    expect((await headerOf(text)).publishedAt).toBe(publishedAt);
  });

  test.each<[string, string, string | null]>([
    ['the first heading-like line with a title word', '架空物産株式会社\n\nサーバーへの不正アクセスに関するお知らせ\n\n当社サーバーへの不正アクセスを確認しました。', 'サーバーへの不正アクセスに関するお知らせ'],
    ['a sentence is not a title', '当社サーバーへの不正アクセスについてお知らせいたします。\n詳細は以下のとおりです。', null],
  ])('title: %s', async (_name, text, title) => {
    expect((await headerOf(text)).title).toBe(title);
  });

  test.each<[string, string, boolean]>([
    ['a title heading above the first sentence', '## 不正アクセスによる情報流出についてのお詫び\n\n当社サーバーが不正アクセスを受けました。', true],
    ['a title line under an addressee', 'お客様各位\n\n不正アクセスに関するお知らせ\n\n当社サーバーが不正アクセスを受けました。', true],
    ['a numbered section heading after the first sentence', '当社サーバーが不正アクセスを受けました。\n\n## ２．現在の状況と対応について\n- システムを遮断しました。', false],
    ['a section number at the top', '## 1. 経緯について\n2025年5月1日、不正アクセスを確認しました。', false],
    ['a quoted title of another release below the first sentence', '詳細は下記のIIJ社の発表をご覧ください。\n\nIIJセキュアMXサービスにおけるお客様情報の漏えいについて', false],
  ])('the title line heads the text: %s', async (_name, text, heads) => {
    const doc = buildDocument(text);
    const part = await bodyHeaderExtractor.extract(doc, emptyFindings(), { tokenize: false });
    expect(titleHeadsText(doc, part.title![0]!.at)).toBe(heads);
  });
});
