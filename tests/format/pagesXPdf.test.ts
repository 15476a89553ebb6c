import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/format/containers.js';
import { FIXTURES } from '../helpers.js';
// @ts-expect-error -- a plain ES module shared with scripts/eval-blind-set.mjs
import { notIntact } from '../../scripts/pdfFacts.mjs';
import { ALL_FIELDS, allFieldsBut, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-x, made blind to the tool (first half x01–x20 only: x21–x40 is the untouched check, never read here):
 * prints each fixed by a mechanism, whatever the site. A Movable Type site's side column the print stacks under the
 * main one (会員事業所数, 景況調査's 「調査対象 646社」, 検定試験's dates) stands past the container of the release's element in
 * the tagged print's tree: it follows the release whatever its length (mteiger x01, x07, x18). An old table layout's
 * left column printed beside the release, a few characters a line and a few points apart: a narrow strip of boxes
 * beside the prose is a side bar, and once its strip is known its rest is cut off wherever it stands beside the
 * release's lines, two lines at the next page's top too (sjisryokan x05, x12). A broken logo's alt run into a
 * letterhead's figure row (「ロゴ会員数 23,402名／スタッフ 33名」) is the head's figure line all the same (gdocs x06, x16, x19).
 * A Word-style document's annex of lists in two columns, their lines at one pitch: separate lists in the tagged tree
 * are columns, each read back under its 「（別紙のとおり）」 (doc x20).
 */
const SET = join(FIXTURES, 'pages-x');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-x x01–x20 prints: no decoy, the facts the print holds as the Markdown', () => {
  test.each([
    ['x01', ALL_FIELDS],
    ['x05', ALL_FIELDS],
    // (The calendar badge's date, 「2025 OCT 03」, is a date form of its own.)
    ['x06', allFieldsBut('publishedAt')],
    ['x07', ALL_FIELDS],
    // (The signature names the school after the city: 「千葉県香取市（香取市立香取中学校）」.)
    ['x12', allFieldsBut('organization')],
    ['x16', ALL_FIELDS],
    ['x18', ALL_FIELDS],
    ['x19', allFieldsBut('title')],
  ] as const)('%s', async (id, fields) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.pdf, fields);
  }, 120_000);
});

describe('fixtures/pages-x x01–x20 documents: the text in the release\'s order', () => {
  test.each([['x20', 0.01]] as const)('%s', async (id, most) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, e.doc!, ALL_FIELDS);
    const { text } = await extractText(readFileSync(join(SET, e.doc!)), { path: e.doc! });
    expect(notIntact(readFileSync(join(SET, e.source), 'utf8'), text).share).toBeLessThanOrEqual(most);
  }, 120_000);
});
