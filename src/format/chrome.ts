import type { AnyNode, Element } from 'domhandler';
import { descendants, isAncestor, nonSpaceCount, subtreeWeights, tagChildren, textOf, type Weight } from './dom.js';
import { FOLDS_TO_DIGIT, isReadingTimeRow } from './dateLine.js';
import { globalForm, matchesOf } from '../util/regex.js';
import { AUTHOR_BOX_LABEL, BREADCRUMB, CONTACT_LABEL, CONTACT_MEANS, EVENT_DATE_LABEL, OTHER_PAGES_HEADINGS, PAGE_FEEDBACK, PAGE_FEEDBACK_HINTS, PAGE_INFO_LINE, PAGE_INQUIRY_LABEL, PAGE_REVISION_LINE, PREV_NEXT, SHARE_LEAD, shareButtonCount, SIDEBAR_HEADING, SITE_BOX_HEADING, SPACED_BREADCRUMB, SHOP_PRICE, SHOP_RANK } from '../words/pageChrome.js';

/**
 * Site chrome told by its shape rather than its class names (which a page builder hashes or a
 * table layout never had): lists of dated links (「最新のお知らせ」, related news), cookie banners
 * and the copyright footer with the company figures beside it. Each finder returns the elements
 * to drop; the release body itself is none of these shapes.
 */

/**
 * A date as news lists write it: 2026年1月23日, 2026.01.23, 2026/1/23, 令和8年1月23日, and the era's
 * initial with dots (R6.12.29, H31.4.1 — a municipal or hospital CMS's card), not inside a longer word or number.
 */
const LIST_DATE = /(?:19|20)[0-9]{2}[ ]?(?:年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|[./-][0-9]{1,2}[./-][0-9]{1,2})|令和[ ]?[0-9元]{1,2}[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日|(?<![A-Za-z0-9])[RH][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![0-9.])/;
const COOKIE_WORD = /cookie|クッキー/i;
/** A site's notice about its cookies: cookies and using or consenting in one sentence. */
const COOKIE_NOTICE = /(?:cookie|クッキー)[^。.]{0,60}?(?:同意|使用して(?:い|お)|利用して(?:い|お)|受け入れ|accept|agree)|(?:同意|accept|agree)[^。.]{0,30}?(?:cookie|クッキー)/i;
const COPYRIGHT_LINE = /(?:copyright|©|\([cC]\)|（[cC]）)[^\n]{0,80}?(?:(?:19|20)[0-9]{2}|all rights reserved)/i;
const BLOCKS = new Set(['div', 'section', 'aside', 'p', 'dialog', 'ul', 'ol', 'table', 'tbody', 'tr', 'td', 'footer', 'dl', 'nav', 'header', 'center', 'font', 'small', 'address']);

/**
 * A news listing: a container at least half of whose children are short items holding a date and
 * a link that carries most of the item's other text ("2025.11.10 <a>契約数100万件突破</a>").
 * A release's own timeline rows hold dates but no links, so they stay.
 */
export function datedLinkLists(root: AnyNode, weights: Map<AnyNode, Weight> = subtreeWeights(root), elements: readonly Element[] = descendants(root)): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    // Two items need two children at least, and a news item a link: a block without link text
    // holds none (its weight is its children's), so its items are not listed.
    if (el.children.length < 2 || !weights.get(el)?.links) continue;
    const items = itemsOf(el);
    if (items.length < 2) continue;
    // Two news items at least, and half of them: the items left are not read once that cannot be reached.
    const needed = Math.max(2, Math.ceil(items.length / 2));
    let news = 0;
    for (let i = 0; i < items.length && news < needed && news + items.length - i >= needed; i++) if (isNewsItem(items[i]!, weights)) news++;
    if (news >= needed && !holdsProseItem(items, weights)) found.push(el);
  }
  // Lists with no item structure (dates and links as lines of one block): a block that is dates
  // and links and little else, two dates at least, each with a short entry.
  const dated = datesBelow(root, elements);
  for (const [el, d] of dated) {
    if (d.count < 2 || el.type !== 'tag') continue;
    const w = weights.get(el);
    if (!w || w.all / d.count > 120) continue;
    if (w.links >= d.count * 6 && w.links >= (w.all - d.chars) * 0.6 && !isOneSentence(el as Element)) found.push(el as Element);
  }
  return outermost(found);
}

/**
 * The least text (non-space characters, not in links) of an item that is a paragraph of prose, not a list's entry: a news
 * entry holds 200 at most, most of them in its link (isNewsItem's).
 */
const PROSE_ITEM = 100;

/**
 * Whether one of a block's items is prose — a sentence's end and more text outside links than a news entry ever holds: the
 * release's paragraphs. A container whose other children are the related news box and the links to the previous and next
 * posts (each dated) is then the article around them, not a list (those boxes are lists of their own, read as such).
 */
function holdsProseItem(items: readonly AnyNode[][], weights: Map<AnyNode, Weight>): boolean {
  return items.some((item) => {
    let own = 0;
    for (const n of item) {
      if (n.type === 'text') own += nonSpaceCount((n as unknown as { data: string }).data);
      else {
        const w = weights.get(n);
        own += (w?.all ?? 0) - (w?.links ?? 0);
      }
    }
    return own >= PROSE_ITEM && item.some((n) => /[。．]/.test(textOf(n)));
  });
}

/** Markup that breaks a block into lines or entries. */
const LINE_BREAKERS = new Set(['br', 'li', 'p', 'div', 'tr', 'dt', 'dd', 'table', 'ul', 'ol', 'dl']);

/**
 * A paragraph of one sentence, however much of it a link holds (「…2025年5月19日〜2025年7月1日の間で<a>https://…に対して
 * 不正アクセスが行われた可能性が高いと判断いたしました</a>。」): no line break or block in it, a full stop at its end and none
 * before. A news list's entries are lines, none a sentence.
 */
function isOneSentence(el: Element): boolean {
  const text = textOf(el).trim();
  if (!/。$/.test(text) || text.indexOf('。') !== text.length - 1) return false;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (LINE_BREAKERS.has((node as Element).tagName)) return false;
    stack.push(...(node as Element).children);
  }
  return true;
}

/**
 * Dates in every subtree that holds one (count and characters): the elements in reverse document
 * order meet every child before its parent, so one pass adds them up.
 */
function datesBelow(root: AnyNode, elements: readonly Element[] = descendants(root)): Map<AnyNode, { count: number; chars: number }> {
  const out = new Map<AnyNode, { count: number; chars: number }>();
  const sum = (node: AnyNode) => {
    let count = 0;
    let chars = 0;
    for (const c of (node as { children?: AnyNode[] }).children ?? []) {
      if (c.type === 'text') {
        const text = (c as unknown as { data: string }).data;
        if (!/[0-9０-９]/.test(text)) continue;
        for (const m of matchesOf(globalForm(LIST_DATE), text.normalize('NFKC'))) {
          count++;
          chars += nonSpaceCount(m[0]);
        }
      } else {
        const cd = out.get(c);
        if (cd) {
          count += cd.count;
          chars += cd.chars;
        }
      }
    }
    if (count > 0) out.set(node, { count, chars });
  };
  for (let i = elements.length - 1; i >= 0; i--) sum(elements[i]!);
  sum(root);
  return out;
}

/**
 * The entries of a possible list: a <dl>'s term with its descriptions, the runs between <br>s of a
 * block written as lines, else the element's children.
 */
function itemsOf(el: Element): AnyNode[][] {
  const items: AnyNode[][] = [];
  if (el.tagName === 'dl') {
    for (const c of el.children) {
      if (c.type !== 'tag') continue;
      if ((c as Element).tagName === 'dt' || items.length === 0) items.push([c]);
      else items[items.length - 1]!.push(c);
    }
    return items;
  }
  let breaks = 0;
  for (const c of el.children) if (c.type === 'tag' && (c as Element).tagName === 'br' && ++breaks >= 2) break;
  if (breaks >= 2) {
    // Lines between <br>s: their elements and their text that is not blank.
    let item: AnyNode[] = [];
    for (const c of el.children) {
      if (c.type === 'tag') {
        if ((c as Element).tagName !== 'br') item.push(c);
        else if (item.length > 0) {
          items.push(item);
          item = [];
        }
      } else if (c.type === 'text' && (c as unknown as { data: string }).data.trim() !== '') item.push(c);
    }
    if (item.length > 0) items.push(item);
    return items;
  }
  for (const c of el.children) if (c.type === 'tag' && (c as Element).tagName !== 'br' && (c as Element).tagName !== 'hr') items.push([c]);
  return items;
}

function isNewsItem(nodes: AnyNode[], weights: Map<AnyNode, Weight>): boolean {
  let all = 0;
  let links = 0;
  for (const n of nodes) {
    if (n.type === 'text') all += nonSpaceCount((n as unknown as { data: string }).data);
    else {
      const w = weights.get(n);
      all += w?.all ?? 0;
      links += w?.links ?? 0;
    }
  }
  if (all < 8 || all > 200 || links === 0) return false;
  // The test below, with the longest date a LIST_DATE match can be (11 characters besides spaces):
  // an entry whose links fall short even then is not read.
  if (links < (all - LONGEST_LIST_DATE) * 0.6) return false;
  const raw = nodes.length === 1 ? textOf(nodes[0]!) : nodes.map(textOf).join(' ');
  // A date has digits once folded: an entry with no character that folds to one is not folded and searched.
  if (!FOLDS_TO_DIGIT.test(raw)) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  const date = LIST_DATE.exec(text.normalize('NFKC'));
  if (!date) return false;
  const dateChars = nonSpaceCount(date[0]);
  return links >= (all - dateChars) * 0.6;
}

/** The most non-space characters a LIST_DATE match holds: 「2026年12月31日」, 「令和10年12月31日」. */
const LONGEST_LIST_DATE = 11;

/** A cookie-consent banner: a short block that speaks of cookies and of consenting to them. */
export function cookieBanners(root: AnyNode, weights: Map<AnyNode, Weight> = subtreeWeights(root), elements?: readonly Element[], texts: readonly AnyNode[] = descendantTexts(root)): Element[] {
  const found: Element[] = [];
  // Only blocks with the word in a text node below them are read (reading every block is depth ×
  // size); a page none of whose text nodes says cookie has no banner about them.
  const holders = new Set<AnyNode>();
  for (const text of texts) {
    if (!COOKIE_WORD.test((text as unknown as { data: string }).data)) continue;
    for (let p = text.parent; p && !holders.has(p); p = p.parent) holders.add(p);
  }
  if (holders.size === 0) return found;
  for (const el of elements ?? descendants(root)) {
    if (!holders.has(el) || !BLOCKS.has(el.tagName)) continue;
    const all = weights.get(el)?.all ?? 0;
    if (all === 0 || all > 300) continue;
    const text = textOf(el);
    if (COOKIE_NOTICE.test(text)) found.push(el);
  }
  return outermost(found);
}

/**
 * The copyright footer: the block around a copyright line, widened while its parent stays short
 * (the company name, 従業員数 and 病床数 beside it), never up to a block holding the release.
 */
export function copyrightFooters(root: AnyNode, keep: ReadonlySet<AnyNode>, weights: Map<AnyNode, Weight> = subtreeWeights(root), elements: readonly Element[] = descendants(root)): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    let own = '';
    for (const c of el.children) if (c.type === 'text') own += (c as unknown as { data: string }).data;
    if (own.length === 0 || own.length > 200 || !COPYRIGHT_LINE.test(own)) continue;
    let block: Element = el;
    for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
      const parent = p as Element;
      if (parent.tagName === 'body' || parent.tagName === 'html' || keep.has(parent) || (weights.get(parent)?.all ?? 0) > 400) break;
      block = parent;
    }
    if (!keep.has(block) && (BLOCKS.has(block.tagName) || block !== el)) found.push(block);
  }
  return outermost(found);
}

/**
 * A page-feedback box (「このページの情報は役に立ちましたか？（これまでに1627件の回答）」 under a heading
 * 「このページに関するアンケート」): the block around the question, widened while its parent stays short
 * (the box's heading and tally beside it), never up to the article. A CMS sets it inside the article
 * after the release's text, so the body's container holds it; its form is dropped with the furniture,
 * its question and tally are not.
 */
export function pageFeedbackBoxes(root: AnyNode, keep: ReadonlySet<AnyNode>, weights: Map<AnyNode, Weight> = subtreeWeights(root), texts: readonly AnyNode[] = descendantTexts(root)): Element[] {
  const found: Element[] = [];
  for (const text of texts) {
    const data = (text as unknown as { data: string }).data;
    if (!FEEDBACK_HINT.test(data)) continue;
    let block = text.parent;
    // The question may be split by markup (「このページの<b>情報</b>は…」): read the smallest block holding it.
    while (block && block.type === 'tag' && !BLOCKS.has((block as Element).tagName) && (weights.get(block)?.all ?? 0) <= FEEDBACK_BOX) block = block.parent;
    if (!block || block.type !== 'tag' || keep.has(block) || (weights.get(block)?.all ?? 0) > FEEDBACK_BOX) continue;
    // (The question may be the box's heading, its 「か」 ending that line with no question mark: read on its own too.)
    if (!PAGE_FEEDBACK.test(textOf(block).replace(/\s+/g, '')) && !PAGE_FEEDBACK.test(data.replace(/\s+/g, ''))) continue;
    let box = block as Element;
    for (let p = box.parent; p && p.type === 'tag'; p = p.parent) {
      const parent = p as Element;
      if (parent.tagName === 'body' || parent.tagName === 'html' || keep.has(parent) || (weights.get(parent)?.all ?? 0) > FEEDBACK_BOX) break;
      box = parent;
    }
    found.push(box);
  }
  return outermost(found);
}
/** Any of PAGE_FEEDBACK_HINTS, in one scan. */
const FEEDBACK_HINT = new RegExp(PAGE_FEEDBACK_HINTS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** The most text (non-space characters) a feedback box holds: a question, its heading, its tally. */
const FEEDBACK_BOX = 160;

/** Text nodes below root. */
export function descendantTexts(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push(node);
    else for (const c of (node as { children?: AnyNode[] }).children ?? []) stack.push(c);
  }
  return out;
}

const OTHER_PAGES = new RegExp(`^[■□◆◇●○▼▶【\\[ ]*(?:${OTHER_PAGES_HEADINGS.join('|')})[】\\] ]*$`, 'i');
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const SHORT_LABELS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'dt', 'strong', 'b', 'span']);

/**
 * A list of the site's other pages under a heading that says so (関連記事, よく読まれている記事,
 * 新着情報 …), dated or not: the heading and the block after it when the block is mostly links.
 */
export function otherPagesLists(root: AnyNode, weights: Map<AnyNode, Weight> = subtreeWeights(root), elements: readonly Element[] = descendants(root)): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    if (!SHORT_LABELS.has(el.tagName)) continue;
    const w = weights.get(el);
    if (!w || w.all === 0 || w.all > 24 || (!HEADINGS.has(el.tagName) && w.nodes > 4)) continue;
    const label = textOf(el).replace(/\s+/g, ' ').trim();
    const otherPages = OTHER_PAGES.test(label);
    const named = otherPages || SIDEBAR_HEADING.test(label);
    // A flat document (a word processor's page, 「published to the web」) sets its list of other notices as sibling
    // paragraphs under the heading, no list element: the run of dated entries the heading opens.
    // (A heading element only: a side box's bold label over its items is read as the box it heads, by the rules below
    // and boxesBesideText's.)
    if (HEADINGS.has(el.tagName)) {
      const run = datedEntryRun(el, weights, named);
      if (run) {
        // The whole box when the heading and its run are all it holds (a widget: its frame goes with its list).
        const parent = el.parent;
        const all = parent && parent.type === 'tag' && parent !== root ? (weights.get(parent)?.all ?? 0) : 0;
        const own = [el, ...run].reduce((sum, box) => sum + (weights.get(box)?.all ?? 0), 0);
        found.push(...(all > 0 && own === all ? [parent as Element] : [el, ...run]));
        continue;
      }
    }
    if (!named) continue;
    // The label as laid out: a table layout wraps its <b> in a <font> that is the label's line.
    let line: Element = el;
    // A table layout sets it as a heading row of its own (<tr><td><b>What's New</b></td></tr>), the list in the next row.
    while (!nextTag(line) && line.parent && line.parent !== root && line.parent.type === 'tag' && (SHORT_LINES.has((line.parent as Element).tagName) || HEADING_ROW_PARTS.has((line.parent as Element).tagName)) && weights.get(line.parent)?.all === w.all) line = line.parent as Element;
    const list = nextTag(line);
    const lw = list ? weights.get(list) : undefined;
    if (!list || !lw || lw.all === 0) continue;
    if ((otherPages && lw.links >= lw.all * 0.6) || isDatedEntryList(list, lw.all)) found.push(line, list);
  }
  return outermost(found);
}

/** The most sibling blocks a run of dated entries is read over (a heading's scan stays short on a long flat page). */
const ENTRY_RUN = 60;
/** The most text (non-space characters) of a line set under a dated entry (「（閲覧 3,170回）」), not an entry itself. */
const ENTRY_NOTE = 24;
/** The fewest dated entries, newest first, that make a run under a heading no list's name gives the site's list. */
const UNNAMED_RUN = 3;

/**
 * The site's list of other notices set as sibling paragraphs after a heading (a flat document's 「これまでのお知らせ」:
 * 「2026年8月23日　累計相談件数194,484件」, 「（閲覧 3,170回）」 under each): the run of blocks that each open with a
 * date and hold no sentence, a short line of no date under an entry at most, up to the next heading or the first other
 * block. Under a list's heading (`named`) two entries make it; under any other heading three or more, newest first —
 * a release's own timeline runs oldest first and its rows are sentences. The run's blocks; null for any other.
 */
function datedEntryRun(heading: Element, weights: Map<AnyNode, Weight>, named: boolean): Element[] | null {
  const run: Element[] = [];
  const days: number[] = [];
  for (let box = nextTag(heading), n = 0; box && n < ENTRY_RUN; box = nextTag(box), n++) {
    if (!SHORT_LINES.has(box.tagName) && box.tagName !== 'li') break;
    const w = weights.get(box);
    if (!w) break;
    if (w.all === 0) continue;
    const raw = textOf(box).normalize('NFKC');
    if (w.all > DATED_ENTRY || /[。．]/.test(raw)) break;
    const text = raw.replace(/\s+/g, ' ').trim();
    const date = LIST_DATE.exec(text);
    if (date !== null && date.index <= 2) {
      days.push(...listDays(text).slice(0, 1));
      run.push(box);
    } else if (days.length > 0 && date === null && w.all <= ENTRY_NOTE) run.push(box);
    else break;
  }
  const newestFirst = days.length >= UNNAMED_RUN && days.every((d, i) => i === 0 || d < days[i - 1]!);
  return (named && days.length >= 2) || newestFirst ? run : null;
}

/** Wrappers a label's line may stand in (a table layout's <font size="2"><b>最近のお知らせ</b></font>). */
const SHORT_LINES = new Set(['font', 'b', 'strong', 'span', 'p', 'div']);
/** A table's cell and row, which a table layout's heading row stands in alone. */
const HEADING_ROW_PARTS = new Set(['td', 'th', 'tr']);

/** The next element sibling, past text and comments. */
function nextTag(el: AnyNode): Element | null {
  let next = el.next;
  while (next && next.type !== 'tag') next = next.next;
  return next as Element | null;
}

/** The most text (non-space characters) a dated entry list under a list heading holds per entry. */
const DATED_ENTRY = 80;

/**
 * A list of the site's dated entries with no link (a table layout's 「最近のお知らせ」: 「令和7年5月18日 夏季休業の
 * お知らせ」 per item): a list element of two items at least, each opening with a date, no sentence in it. Under a
 * news list's heading it is the site's news, never the release's timeline (whose rows are sentences under 経緯).
 */
function isDatedEntryList(list: Element, chars: number): boolean {
  const items = TABLE_PARTS.has(list.tagName) ? rowsOf(list) : list.tagName === 'ul' || list.tagName === 'ol' || list.tagName === 'dl' ? itemsOf(list) : [];
  if (items.length < 2 || chars > items.length * DATED_ENTRY) return false;
  const raw = textOf(list);
  if (/[。．]/.test(raw) || !FOLDS_TO_DIGIT.test(raw)) return false;
  return items.every((item) => {
    const text = item.map(textOf).join(' ').normalize('NFKC').trim();
    const date = LIST_DATE.exec(text);
    return date !== null && date.index <= 2;
  });
}

/** A table's row, the element rowsOf reads. */
const ROW = new Set(['tr']);

/**
 * The innermost rows below el (a row holding a nested table is a frame, not an entry), each as its cells. A frame's
 * row finds its nested row in a few steps (the limit of one), so a page of tables nested deep stays linear.
 */
function rowsOf(el: Element): AnyNode[][] {
  const rows = el.tagName === 'tr' ? [el, ...descendants(el, ROW)] : descendants(el, ROW);
  return rows.filter((row) => descendants(row, ROW, 1).length === 0).map((row) => tagChildren(row).filter((c) => c.tagName === 'td' || c.tagName === 'th'));
}

/** The most text (non-space characters) a site's box about itself holds: a FAQ's few questions and answers. */
const SITE_BOX = 400;

/**
 * The site's boxes about itself in the body's container (a CMS sets its FAQ 「よくある質問」 — 面会時間, 319台分の
 * 駐車場 — or its access box under every page's article): a short block that opens with a heading naming
 * such a box (SITE_BOX_HEADING), widened while the heading stays its first text and it stays short, never up
 * to the release's text box. A heading of the release's own text has the release's container for parent,
 * which is no short box.
 */
export function siteSectionBoxes(root: AnyNode, textBox: AnyNode, weights: Map<AnyNode, Weight>, elements: readonly Element[] = descendants(root)): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    if (!SHORT_LABELS.has(el.tagName) && el.tagName !== 'th') continue;
    const w = weights.get(el);
    if (!w || w.all === 0 || w.all > 24) continue;
    const label = firstText(el);
    if (!SITE_BOX_HEADING.test(textOf(el).replace(/\s+/g, ' ').trim())) continue;
    let box: Element | null = null;
    for (let p = el.parent; p && p !== root && p.type === 'tag'; p = p.parent) {
      if ((weights.get(p)?.all ?? 0) > SITE_BOX || p === textBox || isAncestor(p, textBox) || firstText(p) !== label) break;
      box = p as Element;
    }
    if (box && (weights.get(box)?.all ?? 0) > w.all) found.push(box);
  }
  return outermost(found);
}

/** The most text (non-space characters) an author box holds: the writer's name, a line or two about them, their tallies. */
const AUTHOR_BOX = 200;

/**
 * A blog theme's box about the entry's writer set after the release's text box (「<div class="p-authorBox">広報担当
 * <p>この記事を書いた人　投稿記事数 961件</p></div>」): a line that opens with an author box's label (AUTHOR_BOX_LABEL),
 * in a later sibling of the text box or of a block holding it, widened while it stays short and holds no date (a byline
 * under the text that dates the entry is read for its date). Its figures are the writer's, never the release's.
 */
export function authorBoxesAfterText(root: AnyNode, textBox: AnyNode, weights: Map<AnyNode, Weight>): Element[] {
  const found: Element[] = [];
  for (let node: AnyNode | null = textBox; node && node !== root; node = node.parent) {
    for (let sibling = node.next; sibling; sibling = sibling.next) {
      if (sibling.type !== 'tag') continue;
      for (const el of [sibling as Element, ...descendants(sibling as Element, BLOCKS)]) {
        const w = weights.get(el);
        if (!w || w.all === 0 || w.all > AUTHOR_BOX || !AUTHOR_BOX_LABEL.test(firstLine(el))) continue;
        let box: Element = el;
        for (let p = el.parent; p && p !== node.parent && p.type === 'tag' && (weights.get(p)?.all ?? 0) <= AUTHOR_BOX; p = p.parent) box = p as Element;
        if (!LIST_DATE.test(textOf(box).normalize('NFKC'))) found.push(box);
        break;
      }
    }
  }
  return outermost(found);
}

/** The most text (non-space characters) of a post's links to its neighbours: two titles. */
const POST_NAVIGATION = 200;
/** The most text outside the links in such a box (「|」 between them, 「«」「»」 around them). */
const POST_NAVIGATION_GAP = 6;
/** A row of links set between a back and a forward arrow. */
const ROW_ARROWS = /^[«‹←].*[»›→]$/;
/** How far up from a link such a box is looked for. */
const POST_NAVIGATION_LEVELS = 8;
const LINK = new Set(['a']);
/** The most links of such a box: the two neighbours and the blog's own between them (「« 前 | メインページ | アーカイブ | 次 »」). */
const POST_NAVIGATION_LINKS = 5;

/**
 * The links under a post to its neighbours (「← お客様アンケート結果（回答5,290件）」「新サービスの提供開始 →」): the
 * outermost block holding nothing but links, one of them marked so by the page (rel="prev" / rel="next", HTML's own
 * words for it), or two of them by their arrows or labels (PREV_NEXT), or the row by arrows around it; few links in all. The titles are other releases': their
 * counts are none of this one's. A lone 「詳細はこちら →」 in the release's text is one link: it stays.
 */
export function postNavigation(weights: Map<AnyNode, Weight>, elements: readonly Element[]): Element[] {
  const marks = new Map<Element, { rel: boolean; arrows: number }>();
  for (const a of elements) {
    if (a.tagName !== 'a') continue;
    const rel = /(?:^|\s)(?:prev|next)(?:\s|$)/i.test(a.attribs.rel ?? '');
    const arrow = PREV_NEXT.test(textOf(a).replace(/\s+/g, ' ').trim());
    let box: Element | null = null;
    let level = 0;
    for (let p = a.parent; p && p.type === 'tag' && level < POST_NAVIGATION_LEVELS; p = p.parent, level++) {
      const w = weights.get(p);
      if (!w || w.all > POST_NAVIGATION || w.all - w.links > POST_NAVIGATION_GAP) break;
      if (BLOCKS.has((p as Element).tagName) || (p as Element).tagName === 'li') box = p as Element;
    }
    if (!box) continue;
    const m = marks.get(box) ?? { rel: false, arrows: 0 };
    marks.set(box, { rel: m.rel || rel, arrows: m.arrows + (arrow ? 1 : 0) });
  }
  return outermost(
    [...marks]
      .filter(([box, m]) => {
        if (m.rel) return true;
        if (descendants(box, LINK).length > POST_NAVIGATION_LINKS) return false;
        // The arrows may stand outside the links, around the row (「&laquo; <a>前の記事</a> | … | <a>次の記事</a> &raquo;」).
        return m.arrows >= 2 || ROW_ARROWS.test(textOf(box).replace(/\s+/g, ' ').trim());
      })
      .map(([box]) => box),
  );
}

/** Drops elements inside others of the list (removing the outer one removes them). */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}

/**
 * The site's contact box set after the release's text block (a press-release template's 「本リリース
 * に関する報道関係者からのお問い合わせ先 … TEL …」): a short block that opens with a contact label and
 * gives a phone number or mail address, no sentence, standing right after a sibling that holds most of
 * their parent's text. It is the template's, not the release's: its number is no data named by the
 * release's last section. A release's own contact lines, inside its text block, stay.
 */
export function contactBoxesAfterText(root: AnyNode, weights: Map<AnyNode, Weight> = subtreeWeights(root), elements: readonly Element[] = descendants(root)): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    if (!BLOCKS.has(el.tagName)) continue;
    const w = weights.get(el);
    if (!w || w.all === 0 || w.all > 200) continue;
    // A box headed as the page's own (「このページに関するお問い合わせ」: a CMS's template under every page, about the page
    // and not the release), wherever it stands.
    if (PAGE_INQUIRY_LABEL.test(firstText(el).normalize('NFKC').replace(/\s+/g, ' '))) {
      const text = textOf(el);
      if (!/。/.test(text) && CONTACT_MEANS.test(text)) found.push(el);
      continue;
    }
    // Where it stands first (weights alone): most short blocks follow no long one, and are not read.
    let prev = el.prev;
    while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
    const parent = weights.get(el.parent as AnyNode)?.all ?? 0;
    const before = prev && prev.type === 'tag' ? (weights.get(prev)?.all ?? 0) : 0;
    if (before < 400 || before < parent * 0.6) continue;
    const text = textOf(el);
    if (/。/.test(text) || !CONTACT_MEANS.test(text)) continue;
    if (CONTACT_LABEL.test(firstText(el))) found.push(el);
  }
  return outermost(found);
}

/** The first text of a subtree in reading order, trimmed: a box's label. */
function firstText(root: AnyNode): string {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data.trim();
      if (data) return data;
    } else {
      const children = (node as { children?: AnyNode[] }).children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return '';
}

/** The most characters of a box's first line read as its label: a heading is short. */
const LABEL_LINE = 40;

/**
 * The first line of a subtree in reading order, trimmed: its text nodes up to the first block or break
 * that ends a line. A heading its builder sets letter by letter (「<p><span>N</span><span>E</span>…</p>」,
 * each letter animated) is one label, not its first letter. Longer than a heading: ''.
 */
function firstLine(root: AnyNode): string {
  let line = '';
  // null marks where a block ends: the line ends there once it holds text.
  const stack: (AnyNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      if (line.trim()) break;
      continue;
    }
    if (node.type === 'text') {
      line += (node as unknown as { data: string }).data;
      if (line.length > LABEL_LINE * 4) return '';
      continue;
    }
    if (node !== root && node.type === 'tag' && LINE_BREAKERS.has((node as Element).tagName)) {
      if (line.trim()) break;
      stack.push(null);
    }
    const children = (node as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const text = line.replace(/\s+/g, ' ').trim();
  return text.length <= LABEL_LINE ? text : '';
}

/** The most text (non-space characters) a box beside the release holds: a news list's four entries, an event card. */
const SIDE_BOX = 400;
/** The most text a column of such boxes holds (two or three cards). */
const SIDE_COLUMN = 800;

/**
 * Boxes beside the release's text box in the body's container — a page builder's grid
 * (Wix, Jimdo, STUDIO) sets each component, the release's rich text and the site's news and event
 * cards alike, as a sibling box in one container, with no class that names it and often no link.
 * Walking up from the text box, a later sibling is the site's when it holds no sentence and either
 * a news list's dates, newest first (a release's own timeline runs oldest first), or an event's
 * labelled date (「開催日：2026年6月13日」), or a date under a news list's heading (「NEWS」); an earlier
 * sibling only when it is dates under such a heading. A signature or contact box after the text stays.
 */
export function boxesBesideText(root: AnyNode, textBox: AnyNode, weights: Map<AnyNode, Weight>): Element[] {
  const found: Element[] = [];
  for (let node: AnyNode | null = textBox; node && node !== root; node = node.parent) {
    for (const after of [true, false]) {
      for (let box = after ? node.next : node.prev; box; box = after ? box.next : box.prev) {
        if (box.type !== 'tag' || !BLOCKS.has((box as Element).tagName)) continue;
        const w = weights.get(box);
        if (!w || w.all === 0 || w.all > SIDE_COLUMN) continue;
        const raw = textOf(box);
        if (!FOLDS_TO_DIGIT.test(raw) || /[。．]/.test(raw)) continue;
        if (w.all <= SIDE_BOX && isSideBox(box as Element, raw, w.all, after)) found.push(box as Element);
        // A column of cards beside the text (a builder's strip: the news list's card, then an event's card), no
        // sentence in it: the site's when one of its cards is.
        else if (isCardColumn(box as Element, weights, after)) found.push(box as Element);
      }
    }
  }
  return found;
}

/** The most text (non-space characters) of a notice band over the page: one line. */
const NOTICE_BAND = 80;
/** A day as a notice writes it: a LIST_DATE, or a month and day (「12月30日（月）」「3/22」 is too loose: not taken). */
const BAND_DAY = /[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日/;
const TITLE_HEADING = new Set(['h1']);

/**
 * A dated notice band set before the release's title block, outside it (「休診のお知らせ：12月30日（月）は院内研修のため
 * 休診いたします」 between the header and the article's column): the site's, over every page. When the text box holds
 * the page's <h1>, the release starts there; an earlier box at any level up to the body's root is the site's frame
 * when it is one short line with a day in it and no sentence, and is not the title or the page's date line (`keeps`).
 */
export function noticeBandsBefore(root: AnyNode, textBox: AnyNode, weights: Map<AnyNode, Weight>, keeps: (box: Element) => boolean): Element[] {
  const found: Element[] = [];
  if (descendants(textBox, TITLE_HEADING, 1).length === 0) return found;
  for (let node: AnyNode | null = textBox; node && node !== root; node = node.parent) {
    for (let box = node.prev; box; box = box.prev) {
      if (box.type !== 'tag' || !BLOCKS.has((box as Element).tagName)) continue;
      const w = weights.get(box);
      if (!w || w.all === 0 || w.all > NOTICE_BAND) continue;
      const raw = textOf(box).normalize('NFKC');
      if (/[。．]/.test(raw) || !(BAND_DAY.test(raw) || LIST_DATE.test(raw)) || keeps(box as Element)) continue;
      found.push(box as Element);
    }
  }
  return found;
}

/** The most text (non-space characters) of a letterhead over the release's title: a few short lines. */
const LETTERHEAD = 120;

/**
 * The site's letterhead set in the release's own container before its title (a document published to the web opens
 * with a table of the logo, 「受付時間 10:00～17:00」「会員数 15,935名／スタッフ 82名」「ホームへ戻る」, then the title): the
 * release starts at its title, so a short box before it, at any level up to the body's root, that holds a figure of
 * three digits or more but no sentence is the site's — unless it holds a date (a <time>, 「12.18」 as a day, a list's
 * date), the title, the page's date line or a name (`keeps`: the release's own head, 「2025年10月3日」「株式会社Ａ
 * 代表取締役 …」, stays).
 */
export function letterheadsBefore(root: AnyNode, title: AnyNode, weights: Map<AnyNode, Weight>, keeps: (box: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (let node: AnyNode | null = title; node && node !== root; node = node.parent) {
    for (let box = node.prev; box; box = box.prev) {
      if (box.type !== 'tag' || !BLOCKS.has((box as Element).tagName)) continue;
      const w = weights.get(box);
      if (!w || w.all === 0 || w.all > LETTERHEAD) continue;
      const raw = textOf(box).normalize('NFKC');
      // Prose between the box and the title: the page's order is not its reading order (a builder's grid places the title
      // block last in its markup), or the box is past the release's start — no letterhead from here up.
      if (/[。．]/.test(raw)) return found;
      if (!LETTERHEAD_FIGURE.test(raw) || LIST_DATE.test(raw) || BAND_DAY.test(raw) || descendants(box, TIME_TAG, 1).length > 0 || keeps(box as Element)) continue;
      found.push(box as Element);
    }
  }
  return found;
}
/** A figure of three digits or more (「15,935名」「097-8555-5459」), not a day's 「12.18」 (NFKC-folded). */
const LETTERHEAD_FIGURE = /[0-9]{3}|[0-9],[0-9]{3}/;

/** A column of two or more cards, one of them a side box of the site's (see boxesBesideText). */
function isCardColumn(column: Element, weights: Map<AnyNode, Weight>, after: boolean): boolean {
  const cards = tagChildren(column).filter((c) => (weights.get(c)?.all ?? 0) > 0);
  return cards.length >= 2 && cards.some((c) => BLOCKS.has(c.tagName) && weights.get(c)!.all <= SIDE_BOX && isSideBox(c, textOf(c), weights.get(c)!.all, after));
}

/** How many dates a box beside the text holds before their order tells a site's list from a release's timeline. */
const UNORDERED_DAYS = 3;

/** Whether a short box with no sentence beside the release's text is the site's (see boxesBesideText). */
function isSideBox(box: Element, raw: string, weight: number, after: boolean): boolean {
  if (!FOLDS_TO_DIGIT.test(raw)) return false;
  const days = listDays(raw.normalize('NFKC'));
  if (days.length === 0) return after && isFigureWidget(box, weight);
  // Under a news list's own heading (「NEWS」「新着情報」), on either side of the text.
  const listHeading = SIDEBAR_HEADING.test(firstText(box)) || SIDEBAR_HEADING.test(firstLine(box));
  const newestFirst = days.length >= 2 && days.every((d, i) => i === 0 || d <= days[i - 1]!) && days[days.length - 1]! < days[0]!;
  // Three dated lines or more that do not run oldest first (a status box's 「2025/01/04 03:21 API応答の遅延」, then an
  // earlier and a later one): a release's own timeline, set apart from its prose, tells its events in order.
  const unordered = days.length >= UNORDERED_DAYS && days.some((d, i) => i > 0 && d < days[i - 1]!);
  return (listHeading && days.length >= 2) || (after && (listHeading || newestFirst || unordered || EVENT_DATE_LABEL.test(raw)));
}

/** The most text (non-space characters) a figure widget holds: a label, its figure and a unit (「累計導入実績 6,314 件」). */
const FIGURE_WIDGET = 40;
/** A figure alone: digits, grouped by commas or not, with a decimal part or a 「+」 (「6,314」「98.5」「1200+」). */
const BARE_FIGURE = /^[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[+＋]?$/;
const DATA_TABLE = new Set(['table', 'ul', 'ol', 'dl']);

/**
 * A site's counter widget (「累計導入実績」「6,314」「件」, each piece an element of its own so the figure can
 * count up): a short box with no sentence whose figure stands alone in an element set among elements,
 * no text of the line between them. A release writes its figure in its sentence or line
 * (「被害件数<strong>6,314</strong>件」: the text around it is the line's), and a table's cell is data.
 */
function isFigureWidget(box: Element, weight: number): boolean {
  if (weight > FIGURE_WIDGET || DATA_TABLE.has(box.tagName) || descendants(box, DATA_TABLE, 1).length > 0) return false;
  return descendants(box).some((el) => {
    if (el.children.some((c) => c.type === 'tag') || !BARE_FIGURE.test(textOf(el).trim())) return false;
    const parent = el.parent;
    if (!parent || parent.type !== 'tag') return false;
    const siblings = (parent as Element).children;
    const parts = siblings.filter((c): c is Element => c.type === 'tag' && (c as Element).tagName !== 'br');
    return (
      parts.length >= 2 &&
      !siblings.some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim() !== '') &&
      !isSpeltByLetter(parts)
    );
  });
}

/**
 * A line its builder sets letter by letter (「<h3><span>２</span><span>、</span><span>現</span>…</h3>」, each letter
 * animated): most of its parts hold one character — a heading's numeral is one of them, no widget's figure.
 */
function isSpeltByLetter(parts: readonly Element[]): boolean {
  const letters = parts.filter((p) => textOf(p).trim().length <= 1).length;
  return parts.length >= 4 && letters * 4 >= parts.length * 3;
}

/** Each LIST_DATE of a text as a comparable day number (YYYYMMDD), in order; 令和 (R) and 平成 (H) years as the Western year. */
function listDays(text: string): number[] {
  const out: number[] = [];
  for (const m of matchesOf(globalForm(LIST_DATE), text)) {
    const offset = m[0].startsWith('令和') || m[0].startsWith('R') ? 2018 : m[0].startsWith('H') ? 1988 : 0;
    const [y, mo, d] = (m[0].match(/[0-9元]+/g) ?? []).map((n) => (n === '元' ? 1 : Number(n)));
    if (y === undefined || mo === undefined || d === undefined) continue;
    out.push(((y + offset) * 100 + mo) * 100 + d);
  }
  return out;
}

/** A table and its parts: a page-info or trail line is never one; a table layout's list of dated rows may be (the row after a heading row, its cell, or the table). */
const TABLE_PARTS = new Set(['table', 'tbody', 'tr', 'td']);

/** A <time>: a reading-time row that holds one (its text empty, the date in its attribute) is the page's date line, read later. */
const TIME_TAG = new Set(['time']);

/** The longest page-info line (non-space characters): 「コンテンツ番号：123,456,789,012」. */
const PAGE_INFO = 30;
/** The longest line telling of the page's revisions (PAGE_REVISION_LINE). */
const PAGE_REVISION = 60;

/**
 * Lines that number or count the page itself — 「ページ番号：4258」 over a table layout's body, 「閲覧数 8,765」
 * in a portal's card footer, its share or like buttons with their tallies 「いいね！ 1795」「X 296 Facebook 66」, or tell
 * of its revisions (「この掲示は 2026/08/19 に 355 回目の編集がされています。」) — the smallest block holding one and nothing else.
 */
export function pageInfoLines(weights: Map<AnyNode, Weight>, elements: readonly Element[]): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    const w = weights.get(el);
    // Not a table's cell: its row keeps its shape (a strip's other cell is read by how many cells stand beside it).
    if (!w || w.all === 0 || w.all > PAGE_REVISION || !BLOCKS.has(el.tagName) || TABLE_PARTS.has(el.tagName)) continue;
    const text = textOf(el);
    if (!FOLDS_TO_DIGIT.test(text)) continue;
    const line = foldedLine(text);
    if ((w.all <= PAGE_INFO && (PAGE_INFO_LINE.test(line) || isTallyRow(line))) || (PAGE_REVISION_LINE.test(line) && LIST_DATE.test(line)) || (isReadingTimeRow(line) && descendants(el, TIME_TAG, 1).length === 0)) found.push(el);
  }
  return outermost(found);
}

/** A block's text as one line: NFKC-folded (full-width letters and digits as ASCII), its runs of space as one. */
function foldedLine(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The longest breadcrumb trail (non-space characters): the home link, a section or two, the page's title. */
const TRAIL = 200;
/** What a trail opens with (BREADCRUMB's home labels, as written before NFKC). */
const TRAIL_START = /^(?:ホーム|トップ|ＨＯＭＥ|ＴＯＰ|home|top)/i;

/**
 * Whether a block's text is a breadcrumb trail and nothing else: from the site's home, levels apart by separators (or
 * gaps before a news section's name), no sentence. The caller bounds its length.
 */
export function readsAsTrail(el: Element): boolean {
  // Most blocks open with other words: their text is not gathered.
  if (!TRAIL_START.test(firstText(el))) return false;
  const line = foldedLine(levelsLine(el) ?? textOf(el));
  return (BREADCRUMB.test(line) || SPACED_BREADCRUMB.test(line)) && !holdsSentence(el, line);
}

const LIST_TAGS = new Set(['ul', 'ol']);

/**
 * A list's items as a trail's levels, set apart as the page shows them (「<ol><li><a>ホーム</a></li><li><a>新着情報</a></li>
 * <li>…</li></ol>」: the separators are the style sheet's, no text): 「ホーム > 新着情報 > …」; null for any other element, or a
 * list of one item or with text of its own between the items.
 */
function levelsLine(el: Element): string | null {
  if (!LIST_TAGS.has(el.tagName)) return null;
  const levels: string[] = [];
  for (const c of el.children) {
    if (c.type === 'text') {
      if ((c as unknown as { data: string }).data.trim() !== '') return null;
    } else if (c.type === 'tag') {
      if ((c as Element).tagName !== 'li') return null;
      levels.push(textOf(c).trim());
    }
  }
  return levels.length >= 2 ? levels.join(' > ') : null;
}

/**
 * Whether a trail's line holds a sentence: a full stop anywhere but at its end — where the last level, the page's own
 * title, may close with one (「ホーム > お知らせ > …メールにご留意ください。」) once two separators set it apart as a
 * level and the levels before it are links (an instruction in the text, 「ホーム > 設定 > 変更の順に開いてください。」, links none).
 */
function holdsSentence(el: Element, line: string): boolean {
  const stop = line.indexOf('。');
  if (stop < 0) return false;
  return stop !== line.length - 1 || (line.match(TRAIL_LEVEL_SEPARATOR) ?? []).length < 2 || descendants(el, LINK, 2).length < 2;
}
/** The separators a trail sets between its levels. */
const TRAIL_LEVEL_SEPARATOR = /[>＞»›]/g;

/**
 * The page's breadcrumb trail written as a line of text (「ホーム &gt; ニュース &gt; …のお知らせ」 in a block whose class
 * names no trail): the innermost block holding it and nothing else — from the site's home, no sentence. Its last level
 * repeats the page's title; the trail is the site's way back, not the release's text.
 */
export function trailLines(weights: Map<AnyNode, Weight>, elements: readonly Element[]): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    const w = weights.get(el);
    if (!w || w.all === 0 || w.all > TRAIL || !BLOCKS.has(el.tagName) || TABLE_PARTS.has(el.tagName)) continue;
    if (readsAsTrail(el)) found.push(el);
    if (found.length >= 20) break;
  }
  // The innermost: a block holding the trail and the title or date line under it is the page's head, not the trail.
  return found.filter((el) => !found.some((other) => other !== el && isAncestor(el, other)));
}

/**
 * The page's share or like buttons with their tallies and nothing else (「いいね！1795」「シェア 19」「X 296 Facebook 66」,
 * after a lead 「この記事をシェア：」): one button with its tally is enough in a block of its own. No release line is one.
 */
function isTallyRow(line: string): boolean {
  return shareButtonCount(line) >= 1 && /[0-9]/.test(line.replace(SHARE_LEAD, ''));
}

/** Item tags a shop's list repeats (a table's rows are left alone: a release lists its products in a table). */
const ITEM_TAGS = new Set(['div', 'li', 'section', 'article', 'a', 'p']);

/**
 * A shop's ranking or product cards: a container at least three of whose children, and nearly all,
 * are short items without a sentence that each hold a rank and a price (「1位 有機ほうじ茶 ¥1,202（税込） レビュー427件」).
 * A ranked list of priced items is never a release's text, whatever its heading or classes; the
 * heading just before it goes with it.
 */
export function rankedPriceLists(weights: Map<AnyNode, Weight>, elements: readonly Element[]): Element[] {
  const found: Element[] = [];
  for (const el of elements) {
    const items = tagChildren(el);
    if (items.length < 3) continue;
    let ranked = 0;
    for (const item of items) {
      if (!ITEM_TAGS.has(item.tagName)) break;
      const w = weights.get(item);
      if (!w || w.all === 0 || w.all > 200) break;
      const text = textOf(item).replace(/\s+/g, ' ').trim();
      if (text.includes('。') || !SHOP_RANK.test(text) || !(SHOP_PRICE.test(text) || text.includes('税込'))) break;
      ranked++;
    }
    if (ranked < 3 || ranked < items.length * 0.8) continue;
    found.push(el);
    let prev = el.prev;
    while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
    if (prev && prev.type === 'tag' && /^h[2-6]$/.test((prev as Element).tagName) && (weights.get(prev)?.all ?? 0) <= 30) found.push(prev as Element);
  }
  return found;
}
