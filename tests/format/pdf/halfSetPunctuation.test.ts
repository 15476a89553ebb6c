import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../../src/format/containers.js';
import { FIXTURES } from '../../helpers.js';

/**
 * fixtures/pages-l's Word-style documents (made blind to the tool): a line whose brackets and middle dots the browser
 * set half-width stops short of the column's edge though it wrapped; its words continue on the next line.
 */
const textOf = async (file: string, set = 'pages-l') => (await extractText(readFileSync(join(FIXTURES, set, file)), { path: file })).text;

describe('a line short by its half-set punctuation still wraps', () => {
  test.each([
    ['doc/l22.pdf', '氏名・住所・病名・電話番号'],
    ['doc/l30.pdf', '「書類上手/見積・請求書,＋invoice」'],
  ])('%s: %s is one line', async (file, joined) => {
    expect(await textOf(file)).toContain(joined);
  }, 30_000);

  test.each([
    // a paragraph's end (。) and the issuer's right-aligned lines are not run into what follows
    ['doc/l22.pdf', '深くお詫び申し上げます。\n'],
    ['doc/l22.pdf', '代表取締役 山田 太郎\n'],
  ])('%s: %j still ends its line', async (file, end) => {
    expect(await textOf(file)).toContain(end);
  }, 30_000);

  // A word processor's line whose middle dots are set whole (the line as wide as its characters in ems) was trimmed of
  // nothing: stopping short, it ended its item (pages-q q05: the kinds listed, then a paragraph of what did not leak).
  test.each([
    ['pages-q', 'doc/q05.pdf', '・生年月日・性別\n漏洩の可能性のある個人情報には、'],
    ['pages-p', 'doc/p39.pdf', '個別に進めております。\n（漏洩した情報に'],
  ])('%s %s: a line of whole punctuation stopping short ends its line', async (set, file, end) => {
    expect(await textOf(file, set)).toContain(end);
  }, 30_000);

  // But a note set in a padded box inside the column stops short by the box's padding and still wraps (pages-o o03).
  test('pdf/wpblock-o03.pdf: a boxed note\'s wrapped line goes on', async () => {
    expect(await textOf('pdf/wpblock-o03.pdf', 'pages-o')).toContain('漏えい対象としましたが、今回は');
  }, 30_000);
});
