import { describe, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { expectPageAsSource, readManifest } from './blindPage.js';

/**
 * fixtures/pages-v, made blind to the tool (first half v01–v20 only: v21–v40 is the untouched check, never read here).
 * Pages each fixed by a mechanism, whatever the site: an ASP.NET WebForms page set whole inside one <form> — a form
 * that holds the page's <h1> holds a text, not controls (aspnetbs v03, v13), its logo in a link to 「/Default.aspx」,
 * the site root's index page (v13); a help center's byline set as a list, 「公開日：…」「R8.07.24」「発表日」 over its
 * date in <li>s that link nowhere (helpdesk v05, v06, v12); a Notion page's properties, 作成日時 (a record's creation
 * stamp) nearest the text, 公開 above it (notionnext v08, v15); a signature image right after the entry's body box
 * (mtnet v17); a Word export's bold numbered paragraphs as its sections' headings, 1. → （１） → ア, scoping the
 * services named under 「2.漏えいの可能性のある個人情報の項目」 (wordhtm v02).
 */
const SET = join(FIXTURES, 'pages-v');
const manifest = readManifest(SET);

describe('fixtures/pages-v v01–v20: the same facts as the Markdown, no decoy', () => {
  test.each(['v02', 'v03', 'v05', 'v06', 'v08', 'v12', 'v13', 'v15', 'v17'].map((id) => [id, manifest.find((e) => e.id === id)!] as const))('%s', (_id, entry) => expectPageAsSource(SET, entry));
});
