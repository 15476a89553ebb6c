import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../../src/format/containers.js';
import { FIXTURES } from '../../helpers.js';

/**
 * fixtures/pages-l's Word-style documents (made blind to the tool): a line whose brackets and middle dots the browser
 * set half-width stops short of the column's edge though it wrapped; its words continue on the next line.
 */
const textOf = async (file: string) => (await extractText(readFileSync(join(FIXTURES, 'pages-l', file)), { path: file })).text;

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
});
