import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse.js';
import { buildReportData, sentenceOf } from '../../src/report/data.js';
import { buildReportPage, clientScriptText, contentSecurityPolicy, escapeHtml, jsonForScript } from '../../src/report/page.js';
import { computeStats } from '../../src/stats/aggregate.js';
import type { Release } from '../../src/incidents/group.js';

async function release(path: string, title: string, date: string, org: string, body: string): Promise<Release> {
  const text = `# 公表概要\n- ${title}\n- ${date}\n- ${org}\n- https://example.jp/news\n\n# 本文\n${body}\n`;
  return { incident: await parse(text, { path, tokenize: false }), text };
}

const RELEASES: Release[] = await Promise.all([
  release('2026/01/10_株式会社サンプル物産.md', '不正アクセスによる個人情報漏えいの可能性に関するお知らせ', '2026年1月10日', '株式会社サンプル物産',
    '株式会社サンプル物産は、当社の通販サーバーが不正アクセスを受けたことを確認しました。\n\nお客様の氏名、メールアドレス：1,000名の情報が漏えいした可能性があります。'),
  release('2026/01/20_株式会社サンプル物産.md', '不正アクセスによる個人情報漏えいに関するお知らせ（第2報）', '2026年1月20日', '株式会社サンプル物産',
    '株式会社サンプル物産は、先日お知らせした不正アクセスについて、調査結果をご報告いたします。\n\n調査の結果、お客様の氏名、メールアドレス：800名の情報が漏えいしたことが判明しました。'),
  release('2026/02/03_テスト工業.md', '</script><script>alert(1)</script>ランサムウェア被害に関するお知らせ', '2026年2月3日', 'テスト工業株式会社<!--',
    'テスト工業株式会社は、社内サーバーがランサムウェアに感染したことを確認しました。取引先の担当者情報300件が外部に流出しました。\u2028'),
]);

describe('jsonForScript: JSON that cannot end or comment out its <script> block', () => {
  test.each([
    ['</script><script>alert(1)</script>', '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
    ['<!-- a comment', '\\u003c!-- a comment'],
    ['a & b', 'a \\u0026 b'],
    ['line\u2028separator\u2029', 'line\\u2028separator\\u2029'],
    ['plain 日本語 text', 'plain 日本語 text'], // nothing to escape: unchanged
  ])('%j', (input, escaped) => {
    const json = jsonForScript({ t: input });
    expect(json).toBe(`{"t":"${escaped}"}`);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ t: input });
  });
});

describe('escapeHtml', () => {
  test.each([
    ['<b onmouseover="x">', '&lt;b onmouseover=&quot;x&quot;&gt;'],
    ["it's & more", 'it&#39;s &amp; more'],
    ['株式会社テスト', '株式会社テスト'],
  ])('%j', (input, out) => expect(escapeHtml(input)).toBe(out));
});

describe('the page', () => {
  const data = buildReportData(RELEASES, 'disclose test');
  const html = buildReportPage(data, { title: 'Report <of> "x"', subtitle: 'From <dir>:' });

  test('its Content-Security-Policy names the inline script and style by hash and allows nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(script)};`);
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(csp).toBe(contentSecurityPolicy(script, style));
    expect(script).toBe(clientScriptText());
  });

  test('nothing is fetched: no src, no stylesheet, no external href; one script runs', () => {
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/<link(?![^>]*href="data:,")/i);
    expect(html).not.toMatch(/href="(?!data:)/i);
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).not.toMatch(/@import|url\(/i);
    expect(html.match(/<script[\s>]/g)).toHaveLength(2); // the data block and the page's script
    expect(html).toContain('<script type="application/json" id="report-data">');
  });

  test('release text reaches the page only inside the escaped JSON; titles given on the command line are escaped', () => {
    const before = html.slice(0, html.indexOf('<script type="application/json"'));
    expect(before).not.toContain('alert(1)');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(html).toContain('<title>Report &lt;of&gt; &quot;x&quot;</title>');
    expect(html).toContain('From &lt;dir&gt;:');
    const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  test('the data: one entry per incident, releases in stats order, per figure the latest release\'s value with its sentence', () => {
    expect(data.schema).toBe('disclose-report/1');
    expect(data.incidents).toHaveLength(2);
    const sample = data.incidents.find((i) => i.organization === '株式会社サンプル物産')!;
    expect(sample.releases.map((r) => r.date)).toEqual(['2026-01-10', '2026-01-20']);
    expect(sample.releases.map((r) => r.role)).toEqual(['first', 'follow-up']);
    expect(sample.releases[0]!.figures[2]).toEqual([1000, '名', false, 'お客様の氏名、メールアドレス：1,000名の情報が漏えいした可能性があります。']);
    expect(sample.releases[1]!.figures[0]?.[0]).toBe(800);
    expect(sample.changes.map((c) => c.release)).toEqual([1]);
    // what the browser adds up (the last stated value per figure) is what stats gives
    const stats = computeStats(RELEASES);
    const latest = (k: number) => data.incidents.reduce((n, i) => n + ([...i.releases].reverse().find((r) => r.figures[k])?.figures[k]?.[0] ?? 0), 0);
    expect(data.figureKeys.map((_, k) => latest(k))).toEqual(data.figureKeys.map((key) => stats.figures[key].total));
  });
});

describe('sentenceOf: the evidence widened to its sentence', () => {
  const text = '前文です。お客様の情報1,000名が漏えいした可能性があります。次の文。\n一覧：300件\n';
  const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length, line: 1 });
  test.each([
    ['1,000名', 'お客様の情報1,000名が漏えいした可能性があります。'],
    ['300件', '一覧：300件'], // a list item ends at the line break
  ])('%s', (span, sentence) => expect(sentenceOf(at(span), text)).toBe(sentence));
  test('without the text, or when the span is not where it says, the span itself', () => {
    expect(sentenceOf(at('1,000名'), undefined)).toBe('1,000名');
    expect(sentenceOf({ ...at('1,000名'), start: 0, end: 6 }, text)).toBe('1,000名');
  });
  test('a sentence with no end in sight is clipped, never the whole text', () => {
    const long = 'あ'.repeat(5000) + '1,000名' + 'い'.repeat(5000);
    const s = sentenceOf({ text: '1,000名', start: 5000, end: 5006, line: 1 }, long);
    expect(s.length).toBeLessThanOrEqual(240 + 6);
    expect(s).toContain('1,000名');
  });
});
