import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../../src/cli/app.js';
import { memoryIO } from '../../src/cli/io.js';
import type { Stats } from '../../src/stats/aggregate.js';
import { ARCHIVE, ROOT, hasArchive } from '../helpers.js';

/**
 * `disclose report` in a real browser: Debian's chromium driven by playwright-core. Without
 * chromium these tests say so and skip — except in CI (CI set), where .ci/run installs it.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`CI: chromium is required for the report browser tests (${CHROMIUM} is missing; .ci/run installs it)`);
if (!hasChromium) console.warn(`tests/report/browser.test.ts: skipped — no chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`);

/** Screenshots of each section land here (gitignored) for a person to look at. */
const ARTIFACTS = join(ROOT, 'test-artifacts', 'report');

const SECTIONS = ['overview', 'activity', 'figures', 'largest', 'rankings', 'incidents'];

function release(title: string, date: string, org: string, url: string, body: string): string {
  return `# 公表概要\n- ${title}\n- ${date}\n- ${org}\n- ${url}\n\n# 本文\n${body}\n`;
}

/** Made releases: one incident told three times (figures change), a ransomware case, a misdelivery. */
const MADE: Record<string, string> = {
  '2026/01/10_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいの可能性に関するお知らせ', '2026年1月10日', '株式会社サンプル物産', 'https://example.jp/news/1',
    '株式会社サンプル物産は、2026年1月5日、当社の通販サーバーが第三者による不正アクセスを受けたことを確認しました。\n\nお客様の氏名、メールアドレス：1,000名の情報が漏えいした可能性があります。'),
  '2026/01/20_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいに関するお知らせ（第2報）', '2026年1月20日', '株式会社サンプル物産', 'https://example.jp/news/2',
    '株式会社サンプル物産は、先日お知らせした不正アクセスについて、調査結果をご報告いたします。\n\n調査の結果、お客様の氏名、メールアドレス：800名の情報が漏えいしたことが判明しました。また、1,200名の情報が漏えいした可能性があります。'),
  '2026/03/02_株式会社サンプル物産.md': release('不正アクセスによる個人情報漏えいに関するお知らせ（最終報）', '2026年3月2日', '株式会社サンプル物産', 'https://example.jp/news/3',
    '株式会社サンプル物産は、不正アクセスに関する調査を完了しました。\n\nお客様の氏名、メールアドレス：800名の情報が漏えいしたことを改めてご報告いたします。'),
  '2026/02/03_テスト工業株式会社.md': release('ランサムウェア被害に関するお知らせ', '2026年2月3日', 'テスト工業株式会社', 'https://example.jp/t/1',
    'テスト工業株式会社は、社内サーバーがランサムウェアに感染したことを確認しました。取引先の担当者情報300件が外部に流出しました。'),
  '2026/02/10_市立テスト病院.md': release('患者情報を含む書類の誤送付について', '2026年2月10日', '市立テスト病院', 'https://example.jp/h/1',
    '市立テスト病院において、患者さま12名の氏名と住所を記載した書類を誤送付する事案が発生しました。'),
};

/** The same release twice: once plain, once with markup in its title, organization and text, and a javascript: URL. */
function twin(hostile: boolean): string {
  const t = hostile ? '<script>alert(1)</script>不正アクセスに関するお知らせ<img src=x onerror=alert(2)>' : 'ああああああああああああああああ不正アクセスに関するお知らせあああああああああああああああああああああ';
  const o = hostile ? '株式会社<img src=x onerror=alert(3)>ハック<script>alert(4)</script>' : '株式会社ああああああああああああああああああああああハックあああああああああああああああああああああああああ';
  return release(t, '2026年2月5日', o, 'https://example.jp/x', `${o}は、当社サーバーが不正アクセスを受けたことを確認しました。お客様のメールアドレス 1,234名${hostile ? '<b onmouseover=alert(6)>' : 'いいいいいいいいいいいいいいいいいいいいいいい'}が漏えいしました。`);
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

async function cli(args: string[]): Promise<string> {
  const io = memoryIO();
  const code = await runCli(args, io);
  if (code !== 0) throw new Error(`disclose ${args.join(' ')}: exit ${code}\n${io.err()}`);
  return io.out();
}

const work = mkdtempSync(join(tmpdir(), 'disclose-report-'));
let browser: Browser;

describe.skipIf(!hasChromium)('disclose report in chromium', () => {
  let stats: Stats;
  let pagePath: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    // the made releases, and a month of the real archive when it is there
    const input = join(work, 'in');
    writeTree(input, MADE);
    if (hasArchive) {
      for (const name of readdirSync(join(ARCHIVE, '2025', '12'))) {
        mkdirSync(join(input, '2025', '12'), { recursive: true });
        copyFileSync(join(ARCHIVE, '2025', '12', name), join(input, '2025', '12', name));
      }
    }
    const out = join(work, 'out');
    await cli(['batch', '--quiet', '--jobs', '2', input, '-o', out]);
    stats = JSON.parse(await cli(['stats', '--format', 'json', '--top', '10000', out]));
    pagePath = join(work, 'report.html');
    await cli(['report', out, '-o', pagePath]);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page and records every console error, page error, dialog, CSP violation and request. */
  async function open(path: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(path).href;
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    page.on('request', (r) => r.url() !== url && requests.push(r.url()));
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`csp: ${e.violatedDirective}`)));
    return { page, problems, requests };
  }

  /** A chart's table view as {row key: {column: number}}. */
  async function tableOf(page: Page, chart: string): Promise<Record<string, Record<string, number>>> {
    return page.$$eval(`table[data-chart="${chart}"] tbody tr`, (rows) => {
      const out: Record<string, Record<string, number>> = {};
      for (const row of rows) {
        const cells: Record<string, number> = {};
        for (const td of Array.from(row.querySelectorAll('td'))) {
          const key = td.getAttribute('data-series') ?? td.getAttribute('data-col') ?? (td.hasAttribute('data-total') ? 'total' : '?');
          cells[key] = Number((td.textContent ?? '').replace(/,/g, ''));
        }
        out[row.getAttribute('data-key')!] = cells;
      }
      return out;
    });
  }

  async function overview(page: Page): Promise<Record<string, number>> {
    return page.$$eval('#overview [data-total]', (items) =>
      Object.fromEntries(items.map((i) => [i.getAttribute('data-total'), Number((i.querySelector('.value')!.textContent ?? '').replace(/,/g, ''))])),
    );
  }

  test('loads with no console error, no request, and a screenshot per section', async () => {
    const { page, problems, requests } = await open(pagePath);
    await page.locator('details.incident summary').first().click();
    await page.waitForSelector('details.incident .body svg.timeline');
    for (const id of SECTIONS) {
      const shot = await page.locator(`#${id}`).screenshot({ path: join(ARTIFACTS, `${id}.png`) });
      expect(shot.length, id).toBeGreaterThan(1000);
    }
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(ARTIFACTS, 'print.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  test('the charts show the figures stats gives for the same input', async () => {
    const { page, problems } = await open(pagePath);
    const totals = await overview(page);
    expect(totals.releases).toBe(stats.releases);
    expect(totals.incidents).toBe(stats.incidents);
    for (const key of ['leakedPeople', 'leakedRecords', 'possiblePeople', 'possibleRecords'] as const) expect(totals[key], key).toBe(stats.figures[key].total);
    // releases per month: the stacks add up to stats' byMonth, month by month (gaps included)
    const months = await tableOf(page, 'releases');
    expect(Object.entries(months).map(([month, c]) => ({ month, releases: c.total }))).toEqual(stats.byMonth);
    // the figures per month add up to stats' totals
    const people = await tableOf(page, 'people');
    const sum = (rows: Record<string, Record<string, number>>, k: string) => Object.values(rows).reduce((n, r) => n + (r[k] ?? 0), 0);
    expect(sum(people, 'leakedPeople')).toBe(stats.figures.leakedPeople.total);
    expect(sum(people, 'possiblePeople')).toBe(stats.figures.possiblePeople.total);
    const records = await tableOf(page, 'records');
    expect(sum(records, 'leakedRecords')).toBe(stats.figures.leakedRecords.total);
    const incidents = await tableOf(page, 'incidents');
    expect(sum(incidents, 'total')).toBe(stats.incidents);
    // rankings: types, data kinds and products in stats' order with stats' counts
    const ranking = async (chart: string) => Object.entries(await tableOf(page, chart)).map(([name, c]) => ({ name, releases: c.releases, incidents: c.incidents }));
    expect(await ranking('types')).toEqual(stats.byIncidentType);
    expect(await ranking('dataTypes')).toEqual(stats.dataTypes);
    expect(await ranking('products')).toEqual(stats.products.slice(0, 20));
    // the largest incidents: stats' figures, largest first
    const weights = await page.$$eval('.largest > li', (items) => items.map((i) => Number(i.getAttribute('data-weight'))));
    const weightOf = (f: Stats['largest'][number]['figures']) => Math.max(...Object.values(f).map((v) => v ?? 0));
    expect(weights).toEqual(stats.largest.slice(0, 10).map((s) => weightOf(s.figures)));
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('filters change the charts: type, period, granularity, organization kind, search', async () => {
    const { page, problems } = await open(pagePath);
    const all = await overview(page);
    await page.selectOption('#f-type', 'ransomware');
    const ransomware = await overview(page);
    expect(ransomware.incidents).toBe(stats.byIncidentType.find((t) => t.name === 'ransomware')!.incidents);
    expect(ransomware.releases).toBeLessThan(all.releases);
    await page.selectOption('#f-type', '');
    // one month: the releases stats counts in it
    const busiest = [...stats.byMonth].sort((a, b) => b.releases - a.releases)[0]!;
    await page.selectOption('#f-from', busiest.month);
    await page.selectOption('#f-to', busiest.month);
    expect((await overview(page)).releases).toBe(busiest.releases);
    expect(Object.keys(await tableOf(page, 'releases'))).toEqual([busiest.month]);
    await page.click('#f-reset');
    // by year: the same releases, fewer bars
    await page.check('input[name="gran"][value="year"]');
    const years = await tableOf(page, 'releases');
    expect(Object.keys(years).every((k) => /^\d{4}$/.test(k))).toBe(true);
    expect(Object.values(years).reduce((n, r) => n + r.total!, 0)).toBe(stats.releases);
    await page.check('input[name="gran"][value="day"]');
    expect(Object.keys(await tableOf(page, 'releases')).some((k) => /^\d{4}-\d{2}-\d{2}$/.test(k))).toBe(true);
    // organization kind and search
    await page.selectOption('#f-kind', 'medical');
    const medical = await overview(page);
    expect(medical.incidents).toBeGreaterThan(0);
    expect(medical.incidents).toBeLessThan(all.incidents);
    await page.selectOption('#f-kind', '');
    await page.fill('#f-q', 'サンプル物産');
    await page.waitForFunction(() => document.querySelectorAll('details.incident').length === 1);
    const one = await overview(page);
    expect(one).toMatchObject({ incidents: 1, releases: 3, leakedPeople: 800, possiblePeople: 1200 });
    // its timeline: three releases on one axis, the changed figures marked
    await page.locator('details.incident summary').first().click();
    await page.waitForSelector('details.incident .body svg.timeline');
    expect(await page.locator('details.incident svg.timeline circle.mark-release').count()).toBe(3);
    expect(await page.locator('details.incident svg.timeline circle.changed').count()).toBeGreaterThan(0);
    expect(await page.locator('details.incident svg.timeline title').first().textContent()).toMatch(/^Timeline of 株式会社サンプル物産/);
    await page.locator('#incidents').screenshot({ path: join(ARTIFACTS, 'incident-timeline.png') });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('markup in a release changes nothing: no dialog, no extra element, the text shown as text', async () => {
    const pages: Record<string, { tags: Record<string, number>; text: string; links: string[] }> = {};
    for (const hostile of [false, true]) {
      const dir = join(work, hostile ? 'hostile' : 'plain');
      writeTree(dir, { ...MADE, '2026/02/05_hack.md': twin(hostile) });
      // as NDJSON, its URL made a javascript: one, which must not become a link
      const ndjson = (await cli(['batch', '--jobs', '0', dir]))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((i) => (i.source.path.endsWith('05_hack.md') ? { ...i, sourceUrl: hostile ? 'javascript:alert(5)' : 'xxxxxxxxxxx:xxxxxxxx' } : i));
      writeFileSync(join(dir, 'in.ndjson'), ndjson.map((i) => JSON.stringify(i)).join('\n') + '\n');
      await cli(['report', join(dir, 'in.ndjson'), '-o', join(dir, 'report.html')]);
      const { page, problems, requests } = await open(join(dir, 'report.html'));
      await page.fill('#f-q', 'ハック');
      await page.waitForFunction(() => document.querySelectorAll('details.incident').length === 1);
      await page.locator('details.incident summary').click();
      await page.waitForSelector('details.incident .body svg.timeline'); // drawn on the toggle event
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      pages[hostile ? 'hostile' : 'plain'] = await page.evaluate(() => {
        const tags: Record<string, number> = {};
        for (const e of Array.from(document.querySelectorAll('*'))) tags[e.tagName] = (tags[e.tagName] ?? 0) + 1;
        return { tags, text: document.body.innerText, links: Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href')!) };
      });
      if (hostile) {
        expect(await page.locator('[onerror], [onmouseover]').count()).toBe(0);
        expect(await page.evaluate(() => document.scripts.length)).toBe(2); // the data and the page's own script
        await page.locator('#incidents').screenshot({ path: join(ARTIFACTS, 'hostile.png') });
      }
      await page.close();
    }
    expect(pages.hostile!.tags).toEqual(pages.plain!.tags);
    expect(pages.hostile!.text).toContain('<script>alert(1)</script>不正アクセスに関するお知らせ<img src=x onerror=alert(2)>');
    expect(pages.hostile!.text).toContain('株式会社<img src=x onerror=alert(3)>ハック<script>alert(4)</script>');
    expect(pages.hostile!.links.every((href) => /^https?:/.test(href))).toBe(true);
    expect(pages.hostile!.text).toContain('javascript:alert(5)'); // shown, not linked
  }, 120_000);
});

test('the report page file is self-contained (checked without a browser too)', () => {
  // a cheap guard that runs everywhere: the asset the page inlines is there
  expect(readFileSync(join(ROOT, 'assets', 'report-client.js'), 'utf8')).toContain("getElementById('report-data')");
});
