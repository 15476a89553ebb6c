import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse.js';
import type { Incident } from '../../src/types.js';
import { ARCHIVE, hasArchive, walk } from '../helpers.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An archive release as a news page: header/nav/footer around an <article> with h1, <time>, headings, lists, paragraphs. */
function asNewsPage(text: string, ref: Incident): string {
  const body = text.split(/^# 本文\s*$/m)[1] ?? text;
  const html: string[] = [];
  let list = false;
  const closeList = () => {
    if (list) html.push('</ul>');
    list = false;
  };
  for (const line of body.split('\n')) {
    const heading = /^(#{1,5}) (.*)$/.exec(line);
    if (!line.trim()) closeList();
    else if (heading) {
      closeList();
      html.push(`<h${heading[1]!.length + 1}>${esc(heading[2]!)}</h${heading[1]!.length + 1}>`);
    } else if (/^\s*[-*] /.test(line)) {
      if (!list) html.push('<ul>');
      list = true;
      html.push(`<li>${esc(line.replace(/^\s*[-*] /, ''))}</li>`);
    } else {
      closeList();
      html.push(`<p>${esc(line)}</p>`);
    }
  }
  closeList();
  const head = `<meta charset="utf-8"><title>${esc(ref.title ?? '')} | 公式サイト</title>${ref.sourceUrl ? `<link rel="canonical" href="${ref.sourceUrl}">` : ''}`;
  const article = `${ref.title ? `<h1>${esc(ref.title)}</h1>` : ''}${ref.publishedAt ? `<time datetime="${ref.publishedAt}">${ref.publishedAt}</time>` : ''}${html.join('\n')}`;
  return `<!DOCTYPE html><html lang="ja"><head>${head}</head><body><header><nav><a href="/">ホーム</a><a href="/news/">お知らせ 1,000件</a></nav></header><main><article>${article}</article></main><aside><h2>新着</h2><ul><li><a href="/x">2025年1月1日 別のお知らせ 300名</a></li></ul></aside><footer>© 公式サイト</footer></body></html>`;
}

const facts = (i: Incident) => ({
  counts: i.counts.map((c) => [c.value, c.unit, c.status]),
  publishedAt: i.publishedAt,
  title: i.title,
  sourceUrl: i.sourceUrl,
  timeline: i.timeline.map((t) => `${t.date} ${t.event}`),
  products: i.products.map((p) => p.name),
  dataTypes: i.dataTypes,
});

/** Real releases (every 20th of the shared archive) wrapped as web pages give the same facts. */
describe.skipIf(!hasArchive)('real releases as web pages', () => {
  test('the facts are the same for at least 95% of them, and the counts for all', async () => {
    const files = hasArchive ? walk(ARCHIVE).filter((f) => f.endsWith('.md')).filter((_, i) => i % 20 === 0) : [];
    const differing: string[] = [];
    const countsDiffer: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const ref = await parse(Buffer.from(text), { path: f, tokenize: false });
      const page = await parse(Buffer.from(asNewsPage(text, ref)), { path: f + '.html', tokenize: false });
      expect(page.source.format).toBe('html');
      if (JSON.stringify(facts(ref)) !== JSON.stringify(facts(page))) differing.push(f);
      if (JSON.stringify(facts(ref).counts) !== JSON.stringify(facts(page).counts)) countsDiffer.push(f);
    }
    expect(files.length).toBeGreaterThan(50);
    expect(countsDiffer).toEqual([]);
    expect(differing.length).toBeLessThanOrEqual(files.length * 0.05);
  }, 120_000);
});
