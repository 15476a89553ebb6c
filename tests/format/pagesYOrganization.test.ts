import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { ALL_FIELDS, expectPrintAsSource, type PrintEntry } from './blindPage.js';

/**
 * fixtures/pages-y, made blind to the tool (first half y01–y20 only: y21–y40 is the untouched check, never read here):
 * the publisher a print or a document gives, found by a mechanism whatever the site. A publisher's labelled line atop
 * the printed page, a name without a legal form (「運営：フェースグループ」, basercms y02); the trail's home link set apart
 * by gaps alone before a section (「ローツェ株式会社 トップ お知らせ」, wpthor y07); a document's sender block under its
 * title, the name over 「代表者 …」 (doc y02, y20: one group, two joint senders).
 * (y04, y05, y09, y11, y14, y17 give their publisher only in metadata a print does not carry.)
 */
const SET = join(FIXTURES, 'pages-y');
const manifest: PrintEntry[] = JSON.parse(readFileSync(join(SET, 'manifest.json'), 'utf8'));

describe('fixtures/pages-y y01–y20 prints and documents: the publisher the print holds, the facts as the Markdown', () => {
  test.each([
    ['y02', 'pdf'],
    ['y07', 'pdf'],
    ['y02', 'doc'],
    ['y20', 'doc'],
  ] as const)('%s %s', async (id, kind) => {
    const e = manifest.find((m) => m.id === id)!;
    await expectPrintAsSource(SET, e, kind === 'pdf' ? e.pdf : e.doc!, ALL_FIELDS);
  }, 120_000);
});
