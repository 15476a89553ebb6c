import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/format/containers.js';
import { FIXTURES } from '../helpers.js';
// @ts-expect-error -- a plain ES module shared with scripts/eval-blind-set.mjs
import { notIntact } from '../../scripts/pdfFacts.mjs';
import { ALL_FIELDS, allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-u, made blind to the tool (first half u01–u20 only: u21–u40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A company box stacked after the article names the issuer — a
 * distribution site's 企業情報 (prwire u06, u16, u18), a blog platform's プロフィール (ameblog u19). A Perl-CGI bulletin board's post printed with the board's other
 * posts under it — 「[2110] 件名 - 管理者 2026/07/17(金) 13:07 (返信32件)」, newest first, each stamped to the minute —
 * and its footer's name alone over a copyright line that names no one (cgibbs u02, u09, u13, u14, u15); a blog post whose
 * printed title carries the page's date the document's Title leaves out (「【2025年4月16日】…」, ameblog u19). The fields
 * listed are the same as the Markdown's; a print keeps no date the page gave only in its metadata (an empty
 * `<time datetime>`: u06, u09). A Word-style document
 * that sets its sections' lists on a 別紙 page in two columns, 「（別紙のとおり）」 where each stood (doc u05), reads each
 * list back under its section: the text in the order it was written (the one character not intact is the PDF's own
 * font map giving 〜 WAVE DASH for the ～ the release wrote).
 */
const SET = join(FIXTURES, 'pages-u');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-u u01–u20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['u02', ALL_FIELDS],
    ['u06', allFieldsBut('publishedAt')],
    ['u09', allFieldsBut('publishedAt')],
    ['u13', ALL_FIELDS],
    ['u14', ALL_FIELDS],
    ['u15', ALL_FIELDS],
    ['u16', ALL_FIELDS],
    ['u18', ALL_FIELDS],
    ['u19', ALL_FIELDS],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});

describe('fixtures/pages-u u01–u20 documents: the text in the release\'s order', () => {
  test.each([['u05', 0.01]] as const)('%s', async (id, most) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.doc!, ALL_FIELDS);
    const { text } = await extractText(readFileSync(join(SET, e.doc!)), { path: e.doc! });
    expect(notIntact(readFileSync(join(SET, e.source), 'utf8'), text).share).toBeLessThanOrEqual(most);
  }, 120_000);
});
