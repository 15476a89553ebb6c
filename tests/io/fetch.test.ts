import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../src/parse.js';
import { charsetOf, fetchInput, isUrl, parseDuration, urlFileName } from '../../src/io/fetch.js';
import { runBatch, type BatchResult } from '../../src/batch/run.js';
import { FIXTURES } from '../helpers.js';

/** A local server on 127.0.0.1 (never the internet) serving pages the way real sites do. */
const SJIS_PAGE = readFileSync(join(FIXTURES, 'pages', 'tableSjis', 'p02.html'));
const PDF = readFileSync(join(FIXTURES, 'seed-tokai-3rd.pdf'));
const UTF8_NO_META = Buffer.from('<!DOCTYPE html><html><head><title>お知らせ</title></head><body><article><h1>不正アクセスに関するお知らせ</h1><p>当社サーバーが不正アクセスを受け、顧客情報1,234件が流出したおそれがあります。</p></article></body></html>');
let server: Server;
let base = '';
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = req.url ?? '/';
    if (route === '/redirect') return res.writeHead(302, { location: '/sjis-header' }).end();
    if (route === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    // Shift_JIS bytes named by the header (the page declares it too).
    if (route === '/sjis-header') return res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }).end(SJIS_PAGE);
    // The header names no charset: the page's <meta> decides.
    if (route === '/sjis-meta') return res.writeHead(200, { 'content-type': 'text/html' }).end(SJIS_PAGE);
    // The header's charset is the only clue (no <meta>).
    if (route === '/header-only') return res.writeHead(200, { 'content-type': 'text/html; charset="utf-8"' }).end(UTF8_NO_META);
    if (route === '/release.pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    if (route === '/slow') {
      open.add(res);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      return;
    }
    if (route === '/big-declared') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1_000_000) }).end('x'.repeat(1_000_000));
    if (route === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 100; i++) res.write('x'.repeat(10_000));
      return res.end();
    }
    if (route === '/empty') return res.writeHead(200, { 'content-type': 'text/html' }).end();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('a URL is an input like a file', () => {
  test('a redirect is followed; the header charset decodes; source.path keeps the URL as given', async () => {
    const incident = await parseFile(`${base}/redirect`, { tokenize: false });
    expect(incident.source.path).toBe(`${base}/redirect`);
    expect(incident.source.format).toBe('html');
    expect(incident.source.encoding).toBe('shift_jis');
    expect(incident.title).toBe('ランサムウェア被害による個人情報の流出懸念および当社の対応と再発防止策のご報告');
    expect(incident.organization?.name).toBe('ZACROS株式会社');
    // The page names no canonical URL: the address it was downloaded from (after the redirect) stands in.
    expect(incident.sourceUrl).toBe(`${base}/sjis-header`);
  });

  test.each([
    ['the page <meta> when the header names no charset', '/sjis-meta', 'shift_jis'],
    ['the header when the page declares nothing', '/header-only', 'utf-8'],
  ])('charset from %s', async (_, route, encoding) => {
    const incident = await parseFile(`${base}${route}`, { tokenize: false });
    expect(incident.source.encoding).toBe(encoding);
    expect(incident.counts.length + incident.incidentTypes.length).toBeGreaterThan(0);
  });

  test('a PDF is downloaded and read as a PDF', async () => {
    const incident = await parseFile(`${base}/release.pdf`, { tokenize: false });
    expect(incident.source.format).toBe('pdf');
    expect(incident.counts.length).toBeGreaterThan(0);
  });

  test.each([
    ['a missing page', '/missing', {}, /: HTTP 404 Not Found$/],
    ['a redirect loop', '/loop', {}, /: too many redirects$/],
    ['a server that stalls', '/slow', { fetchTimeoutMs: 300 }, /: timed out after 0\.3 s \(--fetch-timeout\)$/],
    ['a Content-Length over --max-bytes', '/big-declared', { maxBytes: 50_000 }, /: is 1000000 bytes, over the --max-bytes limit of 50000$/],
    ['a streamed body over --max-bytes', '/big-chunked', { maxBytes: 50_000 }, /: is over the --max-bytes limit of 50000 \(download stopped\)$/],
    ['an empty body', '/empty', {}, /: is empty \(the server sent no body\)$/],
  ])('%s fails in one line naming the URL', async (_, route, options, message) => {
    const error = await parseFile(`${base}${route}`, { tokenize: false, ...options }).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(message);
    expect(error?.message.startsWith(`${base}${route}: `)).toBe(true);
    expect(error?.message).not.toContain('\n');
  });

  test('a refused connection fails in one line', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchInput(`http://127.0.0.1:${port}/x`, { maxBytes: 1000 })).rejects.toThrow(/: connection refused$/);
  });

  test('batch takes URLs among its inputs, and one failing URL does not stop it', async () => {
    const results: BatchResult[] = [];
    for await (const r of runBatch({ inputs: [`${base}/sjis-header`, `${base}/missing`], jobs: 0, tokenize: false })) results.push(r);
    expect(results.map((r) => [r.relPath, r.error ?? r.incident?.source.path])).toEqual([
      [urlFileName(`${base}/sjis-header`), `${base}/sjis-header`],
      [urlFileName(`${base}/missing`), 'HTTP 404 Not Found'],
    ]);
    expect(results[0]!.incident!.source.encoding).toBe('shift_jis');
  });
});

describe('URL helpers', () => {
  test.each([
    ['https://example.jp/news/1.html', true],
    ['HTTP://example.jp', true],
    ['http:/example.jp', false],
    ['ftp://example.jp/x', false],
    ['https.md', false],
  ])('isUrl(%s) = %s', (input, expected) => expect(isUrl(input)).toBe(expected));

  test.each([
    ['text/html; charset=Shift_JIS', 'Shift_JIS'],
    ['text/html;charset="euc-jp"', 'euc-jp'],
    ['text/html', null],
    [null, null],
  ])('charsetOf(%s) = %s', (header, charset) => expect(charsetOf(header)).toBe(charset));

  test.each([
    ['30', 30_000],
    ['30s', 30_000],
    ['1500ms', 1500],
    ['2m', 120_000],
    ['0.5', 500],
    ['abc', null],
    ['0', null],
    ['-5', null],
  ])('parseDuration(%s) = %s', (value, ms) => expect(parseDuration(value)).toBe(ms));

  test('urlFileName keeps host, path and query as safe characters', () => {
    expect(urlFileName('https://www.example.co.jp/news/detail.php?id=12')).toBe('www.example.co.jp_news_detail.php_id_12');
    expect(urlFileName('https://example.jp/')).toBe('example.jp');
  });
});

describe('disclose parse|text URL', () => {
  test('parse prints the incident; a failing URL is one line on stderr and exit 1; the good one still printed', async () => {
    const { runCli } = await import('../../src/cli/app.js');
    const { memoryIO } = await import('../../src/cli/io.js');
    const io = memoryIO();
    expect(await runCli(['parse', '--no-tokenize', `${base}/header-only`, `${base}/missing`], io)).toBe(1);
    expect(JSON.parse(io.out().split('\n')[0]!).source.path).toBe(`${base}/header-only`);
    expect(io.err()).toBe(`disclose: ${base}/missing: HTTP 404 Not Found\n`);
  });

  test('text prints the extracted page', async () => {
    const { runCli } = await import('../../src/cli/app.js');
    const { memoryIO } = await import('../../src/cli/io.js');
    const io = memoryIO();
    expect(await runCli(['text', `${base}/header-only`], io)).toBe(0);
    expect(io.out()).toContain('顧客情報1,234件');
  });

  test.each([['abc'], ['0'], ['-1s']])('--fetch-timeout %s is a usage error (exit 2)', async (value) => {
    const { runCli } = await import('../../src/cli/app.js');
    const { memoryIO } = await import('../../src/cli/io.js');
    const io = memoryIO();
    expect(await runCli(['parse', '--fetch-timeout', value, `${base}/header-only`], io)).toBe(2);
    expect(io.err()).toMatch(/--fetch-timeout/);
  });
});
