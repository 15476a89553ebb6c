import { dateOfDateLine } from '../dateLine.js';
import { NEWS_CATEGORY, SIDEBAR_HEADING } from '../../words/pageChrome.js';

/**
 * A printed page's breadcrumb trail (read whole by breadcrumbTrail in chrome.ts) as the page's head:
 * its last link names the article, a date among its links dates it.
 */

/** A breadcrumb's separator between two links: 「>」「＞」「»」「›」, or a slash set off by a space. */
const TRAIL_SEPARATOR = /[ ]*[>＞»›][ ]*|[ ]+\/[ ]*|[ ]*\/[ ]+/;

/** The trail's links, NFKC-folded, spaces inside them kept. */
const trailLinks = (trail: string) => trail.normalize('NFKC').split(TRAIL_SEPARATOR).map((l) => l.trim()).filter(Boolean);

/**
 * The heading a breadcrumb trail's last link names, above the text's first sentences: the whole
 * link (spaces aside; where the trail wrapped, they fall anywhere), or, the link cut short
 * (「不正アクセスによる…」), the heading it opens. Six characters at least, and no site section
 * (「ニュース」: a trail ending at the section leaves the title to be told otherwise). -1 when none.
 */
export function trailTitle(lines: string[], trail: string): number {
  const links = trailLinks(trail);
  if (links.length < 2) return -1;
  const squeeze = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
  const last = squeeze(links[links.length - 1]!);
  const cut = /(?:…|\.\.\.)$/.exec(last);
  const name = cut ? last.slice(0, cut.index) : last;
  if (name.length < 6) return -1;
  // A site's notices above the article may be sentences (「【メンテナンス】…を実施します。」): the text begins at the third.
  for (let i = 0, sentences = 0; i < lines.length && sentences < 3; i++) {
    const line = lines[i]!.trim();
    if (/。$/.test(line)) sentences++;
    const heading = /^#{2,6} (.+)$/.exec(line);
    if (!heading || NEWS_CATEGORY.test(heading[1]!.trim()) || SIDEBAR_HEADING.test(heading[1]!.trim())) continue;
    const text = squeeze(heading[1]!);
    if (cut ? text.startsWith(name) && text.length > name.length : text === name) return i;
  }
  return -1;
}

/** A link of the trail that is a date alone (「ホーム / お知らせ / 2025年2月28日 / …」): the page's date, or null. */
export function trailDate(trail: string): string | null {
  for (const link of trailLinks(trail)) {
    const date = dateOfDateLine(link);
    if (date) return date;
  }
  return null;
}
