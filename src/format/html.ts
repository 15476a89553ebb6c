import type { AnyNode, Document, Element } from 'domhandler';
import { findDateMentions, formatDate } from '../dates/dateMentions.js';
import { closestTag, countTagChildren, descendants, follows, hasDescendant, isAncestor, isElement, proseWeight, removeAll, subtreeWeights, tagChildren, textOf, textWeight, type Weight } from './dom.js';
import { isSectionLabel, looksLikeName, readPageMeta } from './pageMeta.js';
import { readHead, type PageHead } from './pageHead.js';
import { boundMarkup } from './boundMarkup.js';
import { parsePage } from './pageTree.js';
import { gridContainers, MENTIONS_GRID, readGrid, reorderChildren } from './gridBoxes.js';
import { absoluteBoxesBefore, absoluteSelectors, fixedBoxesOutside, fixedSelectors, MENTIONS_ABSOLUTE, MENTIONS_FIXED, sheetText } from './fixedBoxes.js';
import { authorBoxesAfterText, boxesBesideText, contactBoxesAfterText, cookieBanners, copyrightFooters, datedLinkLists, descendantTexts, otherPagesLists, pageFeedbackBoxes, noticeBandsBefore, letterheadsBefore, pageInfoLines, postNavigation, rankedPriceLists, readsAsTrail, siteSectionBoxes, trailLines } from './chrome.js';
import { TITLE_WORDS } from '../words/organizations.js';
import { ENTRY_BYLINE } from '../words/pageChrome.js';
import { bylineDate, dateOfDateLine, datedNoticeDay, mayHoldDate, datesOfDateLine, eraInitialDateLine, FOLDS_TO_DIGIT, placedDateLine, writtenYears, forgetDateLines, isCreationLabel, isUpdateLabel, PAGE_DATE_LABEL, pageTitleDate, postMetaDate, titleDatePrefix, titleDateSuffix, withoutPageInfo, yearlessDateLine, type DateLineDate } from './dateLine.js';

/**
 * A news page as text: the release body (found by the usual CMS containers, else by text density)
 * rendered with its structure — headings as "## ", list items as "- ", table rows as
 * "| a | b |" — plus the page's title, publication date and canonical URL.
 */
export interface HtmlRelease {
  title: string | null;
  /** "YYYY-MM-DD" */
  date: string | null;
  url: string | null;
  /** The publisher named by the page's metadata (JSON-LD, og:site_name, logo, copyright line), when any. */
  organization: string | null;
  /** The name the release signs with as an image after its text (see signatureImage): its issuer, as the text gives it. */
  signature: string | null;
  body: string;
  /** Markup cut to bounds (src/format/boundMarkup.ts). */
  warnings: string[];
}

/** Never release text: scripts, forms, navigation and page furniture. */
const ALWAYS_DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'select',
  'textarea', 'input', 'nav', 'aside', 'dialog', 'menu',
]);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const KEEP_TAGS = new Set(['body', 'html', 'main', 'article']);

/** Never release text: scripts, forms, navigation, hidden elements and page furniture by tag, role or class. */
function isFurniture(el: Element): boolean {
  const a = el.attribs;
  if ((ALWAYS_DROP.has(el.tagName) && !(el.tagName === 'aside' && isNoteInText(el)) && !isHeadingButton(el)) || a.hidden !== undefined || a['aria-hidden'] === 'true' || DROP_ROLES.has(a.role ?? '')) return true;
  if ((el.tagName === 'header' || el.tagName === 'footer') && closestTag(el.parent ?? el, ARTICLE) === null && !isTextFooter(el)) return true;
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return true;
  if (KEEP_TAGS.has(el.tagName) || (!a.class && !a.id)) return false;
  // An id is read without "skip": a skip link points at the page's content by its id (「<main id="wp--skip-link--target">」),
  // which names the target, not furniture, once a site writes it on a <div> instead of <main>.
  // A heading is the text's whatever its class calls it: Bootstrap 3's 「<h3 class="page-header">」 sets a rule under a
  // heading of the release, no site header (a header's or a menu's own heading goes with the box around it) — for a
  // heading only the names of side bars, trails and share buttons (FURNITURE_PARTS) say furniture.
  if (HEADING_TAGS.has(el.tagName)) {
    const builder = BUILDER_CLASS.test(a.class ?? '');
    if (a.id && !FURNITURE_WHOLE.test(a.id) && isFurnitureToken(a.id, false, true)) return true;
    return (a.class ?? '').split(/\s+/).some((t) => t && !FURNITURE_WHOLE.test(t) && isFurnitureToken(t, builder && !WORDPRESS_WIDGET.test(t)));
  }
  if (a.id && isFurnitureToken(a.id, false, true)) return true;
  return a.class ? isFurnitureClass(a.class) : false;
}
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements whose content is never text a reader sees: no layout wrapper, and not counted as prose. */
const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'select', 'textarea', 'input',
]);
/** Tags that are furniture whatever they hold: a page's navigation or side note never wraps its release. */
const NEVER_WRAPPER: ReadonlySet<string> = new Set(['nav', 'aside', 'menu', 'dialog']);
/** The least prose (non-space characters) a layout wrapper holds: a release's paragraph, not a menu's word. */
const WRAPPER_PROSE = 60;
/** The least share of the page's prose a layout wrapper holds. */
const WRAPPER_SHARE = 0.5;
/** …and where no heading names the page, the share it must hold alone. */
const WRAPPER_SHARE_UNTITLED = 0.8;
/** The shortest heading text matched against the page's title. */
const TITLE_HEADING_MIN = 4;
/** How many h1/h2 are read looking for the page's title heading. */
const TITLE_HEADING_READ = 60;

/**
 * A box that reads as furniture by its tag or class, yet wraps the release: a layout wrapper. ASP.NET WebForms sets the
 * whole page in one 「<form id="form1">」; a theme names the layout it sets on the box around the content and its side
 * bar (「<div class="l-content -sidebar-on">」, 「page-template-right-sidebar」). Such a box holds the page's title
 * heading and most of its prose: dropped whole, it takes the release with it (the page then reads as empty). It stays,
 * and the walk goes on inside it, where its real furniture (the side bar itself, the search form) goes box by box.
 * Hidden boxes and what is never text (scripts, inputs) are furniture whatever they hold.
 */
function releaseWrapperTest(body: Element | null, documentTitle: string): (el: Element) => boolean {
  let total = -1;
  let titleHeading: Element | null | undefined;
  return (el) => {
    if (!body || NEVER_TEXT.has(el.tagName) || NEVER_WRAPPER.has(el.tagName)) return false;
    const a = el.attribs;
    if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style))) return false;
    titleHeading ??= pageTitleHeading(body, documentTitle);
    if (titleHeading && !isAncestor(el, titleHeading)) return false;
    if (total < 0) total = proseWeight(body, NEVER_TEXT);
    const prose = proseWeight(el, NEVER_TEXT);
    return prose >= WRAPPER_PROSE && prose / total >= (titleHeading ? WRAPPER_SHARE : WRAPPER_SHARE_UNTITLED);
  };
}

/**
 * The heading that names the page: the first h1/h2 whose words are the title's (or hold them); on a page of no <h1>, else
 * the first h3/h4 so worded (a blog theme sets the entry's title as an <h3 class="post-title"> under the date's <h2>);
 * else the first h1.
 */
function pageTitleHeading(body: Element, documentTitle: string): Element | null {
  const headings = descendants(body, TITLE_HEADINGS, TITLE_HEADING_READ);
  const title = documentTitle.replace(/\s+/g, '');
  if (title.length >= TITLE_HEADING_MIN) {
    const names = (h: Element) => {
      const words = textOf(h).replace(/\s+/g, '');
      return words.length >= TITLE_HEADING_MIN && (title.includes(words) || words.includes(title));
    };
    const named = headings.find(names) ?? (headings.some((h) => h.tagName === 'h1') ? undefined : descendants(body, LOWER_TITLE_HEADINGS, TITLE_HEADING_READ).find(names));
    if (named) return named;
  }
  return headings.find((h) => h.tagName === 'h1') ?? null;
}
const TITLE_HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2']);
const LOWER_TITLE_HEADINGS: ReadonlySet<string> = new Set(['h3', 'h4']);

/** The fewest paragraphs of prose before a <footer>, its siblings, that make it their text's footer. */
const TEXT_FOOTER_PARAGRAPHS = 2;
/** How many elements before a <footer> are read for those paragraphs. */
const TEXT_FOOTER_REACH = 6;
/** The most text (characters) of a text's footer: a line or two (「（2026/07/31掲載）」, a byline). */
const TEXT_FOOTER = 200;

/**
 * A <footer> that closes a run of the release's paragraphs, set among them with no <article> around (an old layout's
 * post in a table cell: 「<p>…。</p><p>(省略)</p><footer><p>（2026/07/31掲載）</p></footer>」): the footer of that text,
 * as HTML means one for its section — its date line is the post's. Short, and after two paragraphs of prose its
 * siblings at least; the page's own footer stands after the blocks that hold the text, never among its paragraphs.
 */
function isTextFooter(el: Element): boolean {
  // (A footer of links — a blog entry's categories, tags and comments — is the blog's furniture still.)
  if (el.tagName !== 'footer' || textOf(el).length > TEXT_FOOTER || hasDescendant(el, LINKS)) return false;
  let prose = 0;
  // (The few elements right before it are read: a page of many footers among many siblings stays linear.)
  let seen = 0;
  for (let prev = el.prev; prev && prose < TEXT_FOOTER_PARAGRAPHS && seen < TEXT_FOOTER_REACH; prev = prev.prev) {
    if (prev.type !== 'tag') continue;
    seen++;
    if ((prev as Element).tagName === 'p' && /。\s*$/.test(textOf(prev))) prose++;
  }
  return prose >= TEXT_FOOTER_PARAGRAPHS || closesTextBox(el);
}

/**
 * A <footer> that is a date line alone, right after the box of the release's paragraphs (「<div class="…"><p>…。</p>…</div>
 * <footer><p>（2026/01/13掲載）</p></footer>」, an entry's box with no <article> to scope it): the footer of that text —
 * its date line, which dateAfterTextBox reads there. (A page's own footer holds more than a date: its links, its name.)
 */
function closesTextBox(el: Element): boolean {
  const text = cleanText(textOf(el));
  if (!mayHoldDate(text) || !datesOfDateLine(text)) return false;
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  if (!prev) return false;
  let prose = 0;
  for (const p of descendants(prev, PARAGRAPH, TEXT_FOOTER_BOX_PARAGRAPHS)) if (/。\s*$/.test(textOf(p)) && ++prose >= TEXT_FOOTER_PARAGRAPHS) return true;
  return false;
}
const PARAGRAPH: ReadonlySet<string> = new Set(['p']);
/** How many paragraphs of the box before a footer are read for its prose. */
const TEXT_FOOTER_BOX_PARAGRAPHS = 40;

/**
 * A button that is a heading's whole text (an accordion's section title: 「<h2><button>■影響範囲の情報</button></h2>」, the
 * section shown under it): the heading's words, which scope the list under it, not a control of the page's.
 */
function isHeadingButton(el: Element): boolean {
  const parent = el.parent;
  if (el.tagName !== 'button' || !parent || parent.type !== 'tag' || !HEADING_TAGS.has((parent as Element).tagName)) return false;
  return (parent as Element).children.every((c) => c === el || (c.type === 'text' && !(c as unknown as { data: string }).data.trim()));
}
/** What a note set in the text never holds: links, headings, lists, and forms. */
const NOT_IN_NOTE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'form', 'nav']);
/** The longest note (characters) an <aside> in the text may be. */
const NOTE_LENGTH = 1000;

/**
 * An <aside> in the flow of the release's paragraphs (「※対象者全ての方について…ございません。」 boxed between two
 * <p>s): prose — a sentence, no link, heading or list — with a paragraph of prose beside it. The release's own note,
 * not a side bar (which stands beside the text's container, holding headings and lists of links).
 */
function isNoteInText(aside: Element): boolean {
  const text = textOf(aside);
  if (text.length > NOTE_LENGTH || !text.includes('。') || hasDescendant(aside, NOT_IN_NOTE)) return false;
  const sentenceBeside = (n: AnyNode | null, step: (n: AnyNode) => AnyNode | null): boolean => {
    while (n && (n.type !== 'tag' || (n as Element).tagName === 'br')) {
      if (n.type === 'text' && (n as unknown as { data: string }).data.trim()) return false;
      n = step(n);
    }
    return n !== null && (n as Element).tagName === 'p' && textOf(n).includes('。');
  };
  return sentenceBeside(aside.prev, (n) => n.prev) || sentenceBeside(aside.next, (n) => n.next);
}

/** Whether a class attribute names furniture by one of its tokens, once per class string (sites repeat a few hundred). */
function isFurnitureClass(classes: string): boolean {
  let known = furnitureClasses.get(classes);
  if (known === undefined) {
    // A page builder wraps every element in a "widget" (Elementor's elementor-widget-theme-post-content,
    // SiteOrigin's so-panel widget): there the word names no side bar, though the token's other parts may
    // (elementor-widget-sidebar, elementor-widget-share-buttons).
    const builder = BUILDER_CLASS.test(classes);
    known = classes.split(/\s+/).some((t) => t && isFurnitureToken(t, builder && !WORDPRESS_WIDGET.test(t)));
    if (furnitureClasses.size >= 10_000) furnitureClasses.clear();
    furnitureClasses.set(classes, known);
  }
  return known;
}
const furnitureClasses = new Map<string, boolean>();
/** A page builder's element wrapper, whose classes say "widget" of every element, the release's text too. */
const BUILDER_CLASS = /(?:^|\s)(?:elementor-(?:widget|element)|so-panel)(?:\s|$|-)/;
/**
 * A WordPress side-bar widget a builder hosts (Elementor's elementor-widget-wp-widget-recent-posts,
 * SiteOrigin's widget_recent_entries): furniture still — but not a builder's text widget (widget_sow-editor,
 * widget_text, widget_custom_html, widget_block), which holds the page's own words.
 */
const WORDPRESS_WIDGET = /wp-widget|^widget_(?!(?:sow-editor|text|custom_html|block|black-studio-tinymce)$)/i;
/**
 * class/id words of breadcrumbs, side bars, share buttons, pagers: any hyphen/underscore part of a
 * token ("sd-sharing-enabled", "l-side", "topic_path"); site headers/footers by whole token only,
 * since an article's own "entry-header" holds its title.
 */
const FURNITURE_PARTS = new Set([
  'breadcrumb', 'breadcrumbs', 'bread', 'pankuzu', 'topicpath', 'gnav', 'gnavi', 'globalnav', 'globalnavi', 'snav', 'lnav', 'lnavi',
  'subnav', 'localnav', 'localnavi', 'sidebar', 'sidenav', 'side', 'sidemenu', 'share', 'sharing', 'sharedaddy', 'sns', 'social', 'pagetop',
  'skip', 'related', 'ranking', 'pager', 'pagination', 'copyright', 'navigation', 'navi', 'widget', 'banner', 'advert', 'ads',
]);
const FURNITURE_WHOLE = /^(?:(?:l|g|site|page|global|common)[-_])?(?:header|footer|nav|menu)$/i;

/** `builder`: the token is a page builder's, read without "widget" (WIDGET_PARTS); `id`: an element's id, read without "skip" (ID_PARTS). */
function isFurnitureToken(token: string, builder = false, id = false): boolean {
  const memo = id ? idTokens : builder ? builderTokens : furnitureTokens;
  let known = memo.get(token);
  if (known === undefined) {
    const lower = token.toLowerCase();
    const parts = id ? ID_PARTS : builder ? WIDGET_PARTS : FURNITURE_PARTS;
    known = FURNITURE_WHOLE.test(token) || parts.has(lower.replace(/[-_]+/g, '')) || lower.split(/[-_]+/).some((part) => parts.has(part));
    // Sites repeat a few hundred class names; a page of random ones must not grow the memo without end.
    if (memo.size >= 10_000) memo.clear();
    memo.set(token, known);
  }
  return known;
}
const furnitureTokens = new Map<string, boolean>();
const builderTokens = new Map<string, boolean>();
const idTokens = new Map<string, boolean>();
/** FURNITURE_PARTS less "widget", for a page builder's class lists. */
const WIDGET_PARTS: ReadonlySet<string> = new Set([...FURNITURE_PARTS].filter((part) => part !== 'widget'));
/** FURNITURE_PARTS less "skip", for ids: a skip link's target is the content it skips to. */
const ID_PARTS: ReadonlySet<string> = new Set([...FURNITURE_PARTS].filter((part) => part !== 'skip'));
/** Where CMSs put the release body, most specific first. */
const BODY_SELECTORS = [
  '[itemprop=articleBody]', '.news-detail', '.news_detail', '.newsDetail', '.news-body', '.news_body', '.entry-content', '.post-content',
  '.article-body', '.article_body', '#tmp_contents', 'article', 'main', '[role=main]', '#content', '#contents', '#main', '#main-content',
  '.content', '.contents', '.main',
];
/** BODY_SELECTORS by kind (all simple selectors: tag, .class, #id, [attr=value]), for one lookup per element. */
const BODY_INDEX = { tag: new Map<string, number>(), cls: new Map<string, number>(), id: new Map<string, number>(), attr: [] as { name: string; value: string; i: number }[] };
BODY_SELECTORS.forEach((sel, i) => {
  const attr = /^\[([a-z-]+)=([A-Za-z]+)\]$/.exec(sel);
  if (attr) BODY_INDEX.attr.push({ name: attr[1]!, value: attr[2]!, i });
  else if (sel.startsWith('.')) BODY_INDEX.cls.set(sel.slice(1), i);
  else if (sel.startsWith('#')) BODY_INDEX.id.set(sel.slice(1), i);
  else BODY_INDEX.tag.set(sel, i);
});

/** The BODY_SELECTORS an element matches, by index (in no particular order: each goes to a list of its own). */
function bodySelectorsOf(el: Element): number[] {
  const a = el.attribs;
  const tag = BODY_INDEX.tag.get(el.tagName);
  const id = a.id === undefined ? undefined : BODY_INDEX.id.get(a.id);
  const classes = a.class ? bodyClassesOf(a.class) : NO_SELECTORS;
  let attr = false;
  for (let k = 0; k < BODY_INDEX.attr.length; k++) if (a[BODY_INDEX.attr[k]!.name] === BODY_INDEX.attr[k]!.value) attr = true;
  // Most elements match none: no list made for them.
  if (tag === undefined && id === undefined && classes.length === 0 && !attr) return NO_SELECTORS;
  const out: number[] = [];
  if (tag !== undefined) out.push(tag);
  if (id !== undefined) out.push(id);
  for (const i of classes) out.push(i);
  if (attr) for (const { name, value, i } of BODY_INDEX.attr) if (a[name] === value) out.push(i);
  return out;
}

/** The class selectors of BODY_SELECTORS a class attribute matches, once per class string. */
function bodyClassesOf(classes: string): number[] {
  let known = bodyClasses.get(classes);
  if (known === undefined) {
    const found: number[] = [];
    for (const token of classes.split(/\s+/)) {
      const i = BODY_INDEX.cls.get(token);
      if (i !== undefined) found.push(i);
    }
    known = found.length > 0 ? found : NO_SELECTORS;
    if (bodyClasses.size >= 10_000) bodyClasses.clear();
    bodyClasses.set(classes, known);
  }
  return known;
}
const bodyClasses = new Map<string, number[]>();
const NO_SELECTORS: number[] = [];
const tags = (...names: string[]) => new Set(names);
const ARTICLE = tags('article');
const H1 = tags('h1');
const HEADINGS = tags('h1', 'h2', 'h3');
const ALL_HEADINGS = tags('h1', 'h2', 'h3', 'h4', 'h5', 'h6');
const TIME = tags('time');
const LIST_ITEM = tags('li', 'dt', 'dd');
const LI = tags('li');
const TR = tags('tr');
const CELLS = tags('td', 'th');
const DD = tags('dd');
const TABLE = tags('table');
// Not negated: 「サイト非公開時刻」「未公開」 name when the site went dark, an event of the release's.
const PUBLICATION_LABEL = /(?<![非未])(?:公開|掲載|発表|発行|公表|配信|発信|作成|登録|更新|投稿)|日付/;
const TEXT_BLOCKS = tags('p', 'li', 'dd', 'pre', 'blockquote');
/** Children that make a block more than a line. */
const LINE_HOLDERS = tags('p', 'div', 'table');
const EMPHASIS = tags('b', 'strong', 'font', 'big');
const TITLE_BLOCKS = tags('p', 'div', 'h2', 'h3', 'b', 'strong', 'font', 'span');
const PARAGRAPHS = tags('p', 'li', 'td', 'dd', 'pre', 'h2', 'h3', 'h4', 'blockquote');
/** What block scoring reads as paragraphs: PARAGRAPHS, and a <div> holding no blocks. */
const SCORED = new Set([...PARAGRAPHS, 'div']);
const CONTAINERS = tags('div', 'section', 'article', 'main', 'center', 'font', 'span');
/** What may hold lines of text broken by <br>: CONTAINERS, and a layout table's cells. */
const LINE_CONTAINERS = new Set([...CONTAINERS, 'td', 'th']);
const LAYOUT_BLOCKS = tags('table', 'p', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'div');
const DD_BLOCKS = tags('p', 'ul', 'ol', 'table', 'div');
/** What makes a table cell a layout cell (a column of the page), not a data cell. */
const CELL_BLOCKS = tags('p', 'ul', 'ol', 'table', 'div', 'dl', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'pre');
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'body', 'html',
]);
/** Meta tags that date a page, most specific first, as "attribute=value" (compared case-insensitively). */
const PUBLISHED_META = [
  'property=article:published_time', 'name=article:published_time', 'itemprop=datepublished', 'name=pubdate', 'name=publishdate', 'name=date',
  'name=dc.date.issued', 'name=dc.date', 'name=citation_publication_date', 'property=og:published_time',
];

export function extractHtml(page: string, options: { pageUrl?: string | null } = {}): HtmlRelease {
  forgetDateLines();
  const { html, warnings } = boundMarkup(page);
  const doc = parsePage(html);
  const fetchedFrom = options.pageUrl && /^https?:\/\/[^\s<>"]+$/.test(options.pageUrl) ? options.pageUrl : null;
  const head = readHead(doc);
  const url = canonicalUrl(head, savedFromUrl(html) ?? fetchedFrom) ?? savedFromUrl(html) ?? fetchedFrom;
  const metaDate = publishedFromMeta(head);
  const documentTitle = cleanText(head.meta.get('property=og:title') ?? '') || siteTitle(head.title);
  const meta = readPageMeta(head);
  // The images' names above the first <h1>, read before the header that holds them goes with the chrome.
  const namesAbove = imageNamesBeforeHeading(doc);

  // One walk that skips what it drops (a selector per rule walks the whole page each time).
  const furniture: Element[] = [];
  // Microdata's datePublished (a theme's or Elementor's post-info item), where the page is not furniture.
  const microdata: Element[] = [];
  const bylines: BylineTime[] = [];
  const sheets: string[] = [];
  const holdsRelease = releaseWrapperTest(head.body, documentTitle);
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== doc && isElement(node)) {
      if (isFurniture(node) && !holdsRelease(node)) {
        furniture.push(node);
        if (node.tagName === 'style') sheets.push(sheetText(node));
        // A blog's entry footer goes with the furniture (「asset-footer」): its byline's <time> is kept aside first.
        for (const time of descendants(node, TIME).slice(0, BYLINE_TIMES)) if (inByline(time, node.parent)) bylines.push({ el: time, ancestors: new Set(ancestorsOf(time)) });
        continue;
      }
      if (node.attribs.itemprop !== undefined && /^datepublished$/i.test(node.attribs.itemprop)) microdata.push(node);
    }
    // Text is never furniture and holds nothing: not stacked.
    for (const c of (node as { children?: AnyNode[] }).children ?? []) if (c.type !== 'text') stack.push(c);
  }
  removeAll(furniture);
  // Every subtree's weight, once, kept true through the removals below (each reader used to walk the page again).
  const weights = subtreeWeights(doc);
  // A builder's grid places its boxes by row and column, in no source order: read in the grid's order, without its side
  // track and the header band above the article (src/format/gridBoxes.ts). (Most pages place no box: no walk for them.)
  if (MENTIONS_GRID.test(html)) placeGridBoxes(doc, documentTitle, weights);
  // Read before the footer goes with the chrome: the last resort for the page's date (not needed
  // when the page's metadata dates it).
  const labelledLines = metaDate || meta.published ? [] : labelledDateLines(doc, weights);
  // Read before the chrome goes too: a byline's links (パーマリンク, コメント) may read as a dated list of links.
  if (!metaDate && !meta.published) for (const time of descendants(doc, TIME).slice(0, BYLINE_TIMES)) if (inByline(time, null)) bylines.push({ el: time, ancestors: new Set(ancestorsOf(time)) });
  const contactNames: string[] = [];
  const trails = dropChrome(doc, head.body, weights, contactNames);
  // The <body> (every page has one once parsed), unless it was itself dropped as hidden.
  const pageBody = head.body && isAncestor(doc, head.body) ? head.body : null;

  const { root, textBox, seed } = findBodyRoot(doc, pageBody, weights);
  // The blog entry around the body, its title and byline (read before the title line is taken out).
  const entry = bylines.length > 0 ? entryOf(root) : null;
  // Beside the best-scored block, walking up: a builder's release whose paragraphs each hold a sliver of the page has
  // a text box widened over them — and over the side column its container sets among them (「<div>」 after the last
  // paragraph's, no class that names it): read from the paragraph, that column stands beside the text.
  removeAll(boxesBesideText(root, seed, weights), weights);
  removeAll(noticeBandsBefore(root, textBox, weights, (box) => holdsTitleOrDateLine(box, documentTitle, weights)), weights);
  removeAll(siteSectionBoxes(root, textBox, weights), weights);
  removeAll(authorBoxesAfterText(root, textBox, weights), weights);
  // Boxes pinned to the window (a badge, a booking button, a fixed bar): never the text that scrolls under them.
  // (Most pages fix no box at all: no walk for them.)
  if (MENTIONS_FIXED.test(html)) removeAll(fixedBoxesOutside(root, textBox, fixedSelectors(sheets)), weights);
  // Boxes set absolutely above the text box (a builder's header band: logo, a banner, the menu row): the site's frame
  // over the article that flows below it — unless one holds the release's title or the page's date line.
  if (MENTIONS_ABSOLUTE.test(html)) removeAll(absoluteBoxesBefore(root, textBox, absoluteSelectors(sheets), (box) => holdsTitleOrDateLine(box, documentTitle, weights)), weights);
  // The title: the body's <h1>; else the line the <title> holds; else an <h1> elsewhere unless it is
  // just the site's name (a logo); else og:title / <title>.
  const rawTitle = cleanText(head.title);
  // Names of the site and its publisher: never the title (a signature line holds them too).
  const siteNames = new Set([
    cleanText(head.meta.get('property=og:site_name') ?? ''), ...(meta.organization ? [meta.organization] : []),
    // (Not a section's label the <title> sets as its site part, 「お知らせ | お知らせ」: it names no one, and a page titled
    // just 「お知らせ」 keeps that title.)
    ...titleParts(rawTitle).filter((part, i, parts) => (i > 0 || (parts.length > 1 && !TITLE_WORDS.some((w) => part.includes(w)))) && !isSectionLabel(part)),
  ]);
  // Not the site's name set as the page's <h1> (a builder's header: the title is then an image's alt or a line below),
  // nor a name the metadata does not give (a name, no title's words: 「Ａ産業株式会社」 is who publishes, not what).
  // Nor the name of the site's logo above it repeated as the <h1> (「<img alt="clinic site">」 in the header band, then
  // 「<h1>clinic site</h1>」): an image's name before the heading that the <title> does not hold.
  const namesTheSite = (t: string) =>
    siteNames.has(t) || (looksLikeName(t) && !TITLE_WORDS.some((w) => t.includes(w))) || (namesAbove.has(t) && !rawTitle.includes(t));
  // Nor the name of the site's section the page stands in (「<h1>ニュースリリース</h1>」「NEWS」「お知らせ」 over the
  // release's own heading): taken only when nothing else titles the page.
  const h1 = firstHeadingText(root, (t) => t.length >= 4 && !namesTheSite(t) && !isSectionLabel(t));
  const line = h1 ? null : titleLine(doc, root, rawTitle, siteNames);
  // Read only when neither the body's <h1> nor a title line gave the title (it is never used then).
  const pageH1 = h1 || line ? null : firstHeadingText(doc, (t) => t.length >= 4 && !siteNames.has(t) && !isSectionLabel(t));
  // <title> / og:title when it reads like a release's title; else a line set apart at the top.
  const titleLike = documentTitle.length >= 8 && TITLE_WORDS.some((w) => documentTitle.includes(w)) && !siteNames.has(documentTitle) ? documentTitle : null;
  const emphasized = h1 || line || pageH1 || titleLike ? null : emphasizedTitle(doc, root);
  const sectionH1 = h1 || line || pageH1 || titleLike || emphasized ? undefined : firstHeadingText(root, (t) => t.length >= 4 && !namesTheSite(t));
  const headingTitle =
    h1 ?? (line ? cleanText(textOf(line)) : null) ?? pageH1 ?? titleLike ?? (emphasized ? cleanText(textOf(emphasized)) : null) ?? sectionH1 ??
    (documentTitle && !siteNames.has(documentTitle) ? documentTitle : null);
  // The page's date its heading sets in brackets after the title the <title> gives alone (「<h1>…のお詫び（2026年1月22日）
  // </h1>」 under 「<title>…のお詫び</title>」): the page's day beside the title, no word of it. (A release titled with its
  // date — 「…について（2025年4月22日）」 in its <title> too — keeps it.)
  const headingDate = h1 && documentTitle && !documentTitle.includes(h1) ? titleDateSuffix(h1) : null;
  const datedHeading = headingDate && documentTitle.includes(headingDate.title.trim()) ? headingDate : null;
  const title = datedHeading ? datedHeading.title.trim() : headingTitle;
  // The site's letterhead before the title, in the release's own container (see letterheadsBefore).
  const titleElement = line ?? emphasized ?? (h1 ? descendants(root, H1).find((el) => cleanText(textOf(el)) === h1) : undefined);
  if (titleElement) removeAll(letterheadsBefore(root, titleElement, weights, (box) => holdsTitleOrDateLine(box, documentTitle, weights) || holdsName(box)), weights);
  removeAll([line, emphasized].filter((el) => el !== null), weights);
  // The site's name set as an <h1> in the body (a builder's page head): the site's, not a heading of the release's;
  // so is its section's name over another title.
  if (title !== null) removeAll(descendants(root, H1).filter((el) => { const t = cleanText(textOf(el)); return namesTheSite(t) || (t !== title && isSectionLabel(t)); }), weights);
  // A date's label decides its role wherever it stands: a line labelled an update (更新日：…) dates the page's last change,
  // and is its date only when the page gives no other of its own (its <title>'s, its trail's, a publication label's).
  const lineDate = dateLine(pageBody ?? doc, root, weights);
  const lead = published(lineDate) ? null : leadingTextDate(root);
  const dated = timeTagDate(doc, root) ?? published(lineDate) ?? published(lead) ?? (entry ? bylineTime(root, entry, bylines) : null);
  // A page that prints no date of its own may date itself in its <title> (「【2026年6月24日】…｜Ｘ株式会社」,
  // og:title likewise): a bare date in brackets before the title, as composeArchive reads a title's.
  // The labelled lines' dates, read once when first asked (outside the body, then alone inside it): a publication date
  // first; an update's only when asked for one, after everything else.
  let labelledDates: DateLineDate[][] | undefined;
  const labelled = (updates: boolean): string | null => {
    labelledDates ??= labelledLines.length > 0 ? [pageDatesOutside(labelledLines, root), pageDatesInside(labelledLines, root, weights)] : [];
    for (const dates of labelledDates) {
      const pick = dates.find((d) => !d.update) ?? (updates ? dates[0] : undefined);
      if (pick) return pick.iso;
    }
    return null;
  };
  const written = metaDate ?? meta.published ?? microdataDate(microdata, doc, root) ?? dated?.iso ?? titleDate(head) ?? datedHeading?.date ?? labelled(false) ?? breadcrumbDate(furniture, trails);
  // Last, a date line that writes no year but its weekday (「4月17日（木）掲載」): dated by the years the page writes.
  const years = written === null ? pageYears(root, url, html) : null;
  const yearless = years ? dateLine(pageBody ?? doc, root, weights, (text) => yearlessDateLine(text, years)) : null;
  // Only then the update's date: the page's last change is the best it tells of its day.
  const updated = lineDate?.update ? lineDate : lead?.update ? lead : null;
  // Then a date line alone right after the text box (「<div>2025.10.30</div>」 under the release, before its share
  // buttons): where the page prints its date nowhere above, the line that closes its text is its day. (Where the page
  // is dated otherwise, the line that gives the same day is still its date line, and leaves the body below.)
  const closing = dateAfterTextBox(textBox, root, weights);
  const date = written ?? published(yearless)?.iso ?? closing?.iso ?? updated?.iso ?? labelled(true) ?? yearless?.iso ?? null;
  // The date line moves into the overview; left in the body it would read as one more event.
  for (const line of [dated, yearless, updated, closing]) if (line && line.iso === date && line.el !== root && !isAncestor(line.el, root)) removeAll([dateLineBox(line.el, root, textBox)], weights);
  // So do the page's other labelled date lines in the body (「このページの最終更新日：…」).
  removeAll(pageDateLines(root, date, weights), weights);
  // And the theme's update <time> beside the posted one (no label: its markup says what it is).
  removeAll(updateTimes(root), weights);
  // And a meta row's reading time and tags, once its <time> has left (「<time datetime="…"></time>7 min read #お知らせ」).
  removeAll(pageInfoLines(weights, descendants(root)).filter((el) => el !== root), weights);
  // And the link to the release's own document, its title and the file's note (「…のお知らせ（PDFファイル（681KB））」).
  if (title) removeAll(titleDownloadLines(root, title), weights);
  // (The title's heading as the page writes it, its date too, is the title's line: not rendered.)
  const body = renderBlocks(root, datedHeading && h1 ? h1 : title);
  return { title, date, url, organization: meta.organization ?? contactNames[0] ?? null, signature: signatureImage(root) ?? (textBox !== root ? signatureAfter(textBox) : null), body, warnings };
}

/**
 * The name a release is signed with as an image: the alt text of an image after all of the body's text (nothing but
 * white space after it in the body), when it reads as a body's name (「<p class="signature"><img alt="東京都 保健医療局">
 * </p>」 under the last paragraph). A reader sees the name where a signature stands; the alt text is the one place the
 * page writes it. (An image with a name above or among the text — a partner's logo, a letterhead — is no signature; a
 * logo's 「ロゴ」 names no one.)
 */
function signatureImage(root: Element): string | null {
  const images = descendants(root, IMG);
  for (let i = images.length - 1; i >= 0 && i >= images.length - SIGNATURE_IMAGES; i--) {
    const img = images[i]!;
    const alt = cleanText(img.attribs.alt ?? '');
    if (looksLikeName(alt) && (nothingAfter(img, root) || (!inLink(img, root) && onlyRecordAfter(img, root)))) return alt;
  }
  return signatureAfter(root);
}

/** The most lines of the entry's record read after a signature image (its byline, its comments' head, the trackback's URL). */
const RECORD_LINES = 4;
/** The most text (characters) of one line of an entry's record. */
const RECORD_LINE = 60;

/**
 * Whether what follows a node to the end of `root` is only the entry's record (「Posted by 事務局 | コメント (68) |
 * トラックバック (19)」「トラックバック」「このエントリーのトラックバックURL: /mt/…」): a few short lines, none a sentence —
 * what the blog's template prints under every post, no text of the release's. (A line with a sentence, or a longer
 * block — a contact table, a related list — is more than a record: the image before it signs nothing.)
 */
function onlyRecordAfter(node: AnyNode, root: Element): boolean {
  let lines = 0;
  for (let n: AnyNode = node; n !== root && n.parent; n = n.parent) {
    const siblings = (n.parent as Element).children;
    for (let k = siblings.indexOf(n as never) + 1; k < siblings.length; k++) {
      const text = cleanText(textOf(siblings[k]!));
      if (text === '' || isLinkLine(siblings[k]!)) continue;
      if (++lines > RECORD_LINES || text.length > RECORD_LINE || /[。．]/.test(text)) return false;
    }
  }
  return true;
}

/** Whether a node stands in a link below `root` (an image that links elsewhere is a banner, no signature). */
function inLink(node: AnyNode, root: Element): boolean {
  for (let p = node.parent; p && p !== root; p = p.parent) if (isElement(p) && p.tagName === 'a') return true;
  return false;
}

/**
 * The name a release is signed with as an image set right after its text box (「</div><p class="signature"><img
 * alt="象印マホービン株式会社"></p>」 below the entry's body, before its tags — or before the entry's own booking button and
 * related posts, the text box then inside the body's root): the first thing after the text, a block
 * that holds an image and no text of its own. Anything else first (a line of text, a list of tags) ends the search:
 * an image further down is the site's.
 */
function signatureAfter(root: Element): string | null {
  let node: AnyNode = root;
  for (let level = 0; level < SIGNATURE_LEVELS; level++) {
    for (let s = node.next; s; s = s.next) {
      const text = textOf(s);
      if (!FOLDED_SPACE_ONLY.test(text)) return isElement(s) ? signedLines(s) : null;
      if (!isElement(s)) continue;
      const img = s.tagName === 'img' ? s : descendants(s, IMG, 1)[0];
      if (!img) continue;
      // (An image that links elsewhere is a banner: 「個人情報保護委員会」.)
      const alt = cleanText(img.attribs.alt ?? '');
      return looksLikeName(alt) && !hasDescendant(s, LINKS) ? alt : null;
    }
    const parent: AnyNode | null = node.parent;
    if (!parent || !isElement(parent) || parent.tagName === 'body') return null;
    node = parent;
  }
  return null;
}
/** The most lines of a signature block: the closing 「以上」, the name, a department and a title. */
const SIGNATURE_LINES = 4;
/** A release's closing mark: 「以上」, spaced or not. */
const CLOSING_MARK = /^以[ 　]*上$/;

/**
 * The name a release signs with in a block of its own right after its text box (「<div class="sign-block"><p>以　上</p>
 * <p>Ａ株式会社</p></div>」 below the entry's body): a few short lines, no sentence and no figure, one of them a name — the
 * first name; null for any other block (a list of tags, a share bar, an author's box).
 */
function signedLines(box: Element): string | null {
  const lines = descendantTexts(box).map((t) => cleanText(textOf(t))).filter((line) => line !== '');
  if (lines.length === 0 || lines.length > SIGNATURE_LINES || hasDescendant(box, LINKS)) return null;
  if (lines.some((line) => line.length > 40 || /[。．]/.test(line) || FOLDS_TO_DIGIT.test(line))) return null;
  return lines.find((line) => !CLOSING_MARK.test(line) && looksLikeName(line)) ?? null;
}

/** How many levels up from the text box a signature after it is looked for (its box, the entry around it). */
const SIGNATURE_LEVELS = 3;
const IMG = tags('img');
/** The most images at the body's end read for a signature. */
const SIGNATURE_IMAGES = 3;

/**
 * Whether only white space follows a node to the end of `root` — or a line that is a link and nothing else (「新着情報一覧へ
 * 戻る」「▲このページのトップへ」): the page's way back, no text of the release's after its signature.
 */
function nothingAfter(node: AnyNode, root: Element): boolean {
  for (let n: AnyNode = node; n !== root && n.parent; n = n.parent) {
    const siblings = (n.parent as Element).children;
    for (let k = siblings.indexOf(n as never) + 1; k < siblings.length; k++) if (!FOLDED_SPACE_ONLY.test(textOf(siblings[k]!)) && !isLinkLine(siblings[k]!)) return false;
  }
  return true;
}

/** The most text (non-space characters) of a line that is a link alone: a way back, not a list of them. */
const LINK_LINE = 30;

/** Whether a node is a link, or a block holding one link and no text outside it (「<p><a>新着情報一覧へ戻る</a></p>」). */
function isLinkLine(node: AnyNode): boolean {
  if (!isElement(node)) return false;
  const links = node.tagName === 'a' ? [node] : descendants(node, LINKS, 2);
  if (links.length !== 1) return false;
  const w = textWeight(node);
  return w.all <= LINK_LINE && w.links === w.all;
}

/**
 * Each builder's grid of the page in the order it shows its boxes, its side track's boxes and the header band above
 * the article gone — a band's box that holds the title, the page's date line or a sentence stays.
 */
function placeGridBoxes(doc: Document, documentTitle: string, weights: Map<AnyNode, Weight>): void {
  for (const container of gridContainers(doc)) {
    const layout = readGrid(container, weights, (box) => textOf(box).includes('。') || holdsTitleOrDateLine(box, documentTitle, weights));
    if (!layout) continue;
    reorderChildren(container, layout.order);
    removeAll([...layout.side, ...layout.band], weights);
  }
}

/** A block's text that is a line of its own beside a date line: more than a label or a badge, and no date line itself. */
const isOtherLine = (text: string) => text.length > 12 && datesOfDateLine(text) === null;
/** The most text (characters) of the short line a page's date stands in (see dateLineBox). */
const DATE_LINE_BOX = 80;

/**
 * The line a page's date stands in above the release's text: the date's element widened while its block stays a
 * short line of no sentence and no heading (a byline: 「投稿日: <time>2025年4月18日</time><time>2025年5月4日</time>
 * 投稿者: 広報担当 6件のコメント」, a meta row of the posted and the modified <time>). What stands beside the date
 * there — the update's date, the author, the comments' count — is the page's record, never the release's facts:
 * the line goes whole, whatever its classes call it. Only a line before the text box (a signature's date line under
 * the text stands with the publisher's name).
 */
function dateLineBox(el: AnyNode, root: Element, textBox: Element): AnyNode {
  let box: AnyNode = el;
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
    const up = p as Element;
    if (up === root || up.tagName === 'body' || isAncestor(up, root) || isAncestor(up, textBox) || !follows(textBox, up)) break;
    const text = cleanText(textOf(up));
    if (text.length > DATE_LINE_BOX || /[。．]/.test(text) || hasDescendant(up, ALL_HEADINGS)) break;
    // A line, not a box of lines: another block beside it is another line (a banner under the date line).
    if (tagChildren(up).some((c) => c !== box && BLOCK.has(c.tagName) && isOtherLine(cleanText(textOf(c))))) break;
    box = up;
  }
  return box;
}

/** The blocks read after the text box, at each level, for the line that dates it. */
const CLOSING_BLOCKS = 2;

/**
 * The page's date as a line alone right after the release's text box (「<p>2025年4月16日</p>」 after the <div> of its
 * paragraphs, 「<p class="date"><time datetime="2025-04-15">…</time></p>」 after the entry's content): the first blocks
 * after the text box, or after each of its ancestors up to the body's root, each a short line — a date line and nothing
 * else, a publication's (an update's is passed over). A longer block ends the search: the text, a side column or the
 * footer goes on there, and a date in it is theirs.
 */
function dateAfterTextBox(textBox: Element, root: Element, weights: Map<AnyNode, Weight>): DatedElement | null {
  for (let node: AnyNode = textBox; node.parent && isElement(node.parent) && node.parent.tagName !== 'body'; node = node.parent) {
    let read = 0;
    for (let next = node.next; next && read < CLOSING_BLOCKS; next = next.next) {
      if (!isElement(next) || (weights.get(next)?.all ?? 0) === 0) continue;
      read++;
      const text = cleanText(textOf(next));
      if (text.length > DATE_LINE_BOX) return null;
      const time = descendants(next, TIME, 1)[0];
      const dates = mayHoldDate(text) ? datesOfDateLine(text) : null;
      const pub = dates?.find((d) => !d.update);
      if (pub) return { iso: (time ? isoDate(time.attribs.datetime) : null) ?? pub.iso, el: next };
    }
    if (node === root) break;
  }
  return null;
}

/** A copyright line's year, or the last of its range: 「&copy; 2025」「Copyright (C) 2003-2025」. */
const COPYRIGHT_YEAR = /(?:©|&copy;|&#169;|copyright)[ ]?(?:\([cC]\)|©|&copy;|&#169;)?[ ]?((?:19|20)[0-9]{2})(?:[ ]?[-–~][ ]?((?:19|20)[0-9]{2}))?(?![0-9])/gi;

/** The most dates of the body read for the years it writes. */
const PAGE_YEAR_DATES = 200;

/**
 * The years a page writes: its release's own dates (the first few hundred), a year in its address's path
 * (「/news/2026/q14.html」) and its copyright line's last year (「© 2025 …」「Copyright 2003-2025」), each as written.
 */
function pageYears(root: Element, url: string | null, html: string): Set<number> {
  const years = new Set<number>();
  const text = textOf(root);
  if (FOLDS_TO_DIGIT.test(text)) for (const d of findDateMentions(text.normalize('NFKC')).slice(0, PAGE_YEAR_DATES)) if (d.year !== null) years.add(d.year);
  const path = url ? /^https?:\/\/[^/]+(\/[^?#]*)/.exec(url)?.[1] : undefined;
  if (path) for (const m of path.matchAll(/\/((?:19|20)[0-9]{2})(?=[/_-])/g)) years.add(Number(m[1]));
  let copyrights = 0;
  for (const m of html.matchAll(COPYRIGHT_YEAR)) {
    years.add(Number(m[2] ?? m[1]));
    if (++copyrights >= 5) break;
  }
  return years;
}

/** The most nodes walked for the images above the first <h1>, and the most images read. */
const ABOVE_HEADING_NODES = 3000;
const ABOVE_HEADING_IMAGES = 10;

/**
 * The alt texts of the images before the page's first <h1> in document order (a header band's logo), cleaned: a few
 * images within the first few thousand nodes.
 */
function imageNamesBeforeHeading(doc: Document): Set<string> {
  const names = new Set<string>();
  const stack: AnyNode[] = [doc];
  let images = 0;
  for (let nodes = 0; stack.length > 0 && nodes < ABOVE_HEADING_NODES && images < ABOVE_HEADING_IMAGES; nodes++) {
    const node = stack.pop()!;
    if (!isElement(node) && node !== doc) continue;
    if (isElement(node)) {
      if (node.tagName === 'h1') break;
      if (node.tagName === 'img') {
        images++;
        const alt = cleanText(node.attribs.alt ?? '');
        if (alt.length >= 2 && alt.length <= 40) names.add(alt);
      }
    }
    const children = (node as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) if (children[i]!.type !== 'text') stack.push(children[i]!);
  }
  return names;
}

/**
 * Whether a box holds what the page's head gives the release: the title (the <title>'s or og:title's own part, as
 * written, not the site's name) or a date line (「公開日：2026年4月22日」「2026.06.19」) — a block of a date line's length.
 */
function holdsTitleOrDateLine(box: Element, documentTitle: string, weights: Map<AnyNode, Weight>): boolean {
  const own = siteTitle(documentTitle);
  if (own.length >= 8 && cleanText(textOf(box)).includes(own)) return true;
  // Its date lines, each the innermost element that reads as one (an entry's date and its headline share no line).
  const lines = [box, ...descendants(box, undefined, 300)].filter((el) => {
    const w = weights.get(el);
    return w !== undefined && w.all > 0 && w.all <= 80 && datesOfDateLine(cleanText(textOf(el))) !== null;
  });
  const innermost = lines.filter((el) => !lines.some((other) => other !== el && isAncestor(el, other)));
  // A box of three or more dates, each a line of its own, is a dated list (a side bar's news, set absolutely beside
  // the text): the site's, whatever its classes — a page's date line gives one date (and its update's).
  const days = new Set(innermost.map((el) => dateOfDateLine(cleanText(textOf(el)))));
  return lines.length > 0 && days.size < DATED_LIST;
}
/** Whether a box holds a line that reads as an organization's name (a text of its own: 「株式会社Ａ」「Ａ市 総務課」). */
function holdsName(box: Element): boolean {
  return descendantTexts(box).some((t) => looksLikeName(cleanText(textOf(t))));
}
/** The fewest distinct dates, each a line of its own, that make a box a dated list rather than a date line. */
const DATED_LIST = 3;

/**
 * The page's date from microdata (itemprop="datePublished" on a <time>, a <meta>, or a post-info item
 * 「投稿日：2025年2月27日」): the first in the body, else the one date all the page's give; null when none.
 */
function microdataDate(items: readonly Element[], doc: Document, root: Element): string | null {
  const dates: { iso: string; inBody: boolean; el: Element }[] = [];
  for (const el of items) {
    // Dropped with the chrome since: not the page's.
    if (!isAncestor(doc, el)) continue;
    const raw = el.attribs.content ?? el.attribs.datetime;
    let iso = raw === undefined ? null : isoDate(raw);
    if (iso === null && raw === undefined) {
      const text = textOf(el);
      iso = text.length <= 80 && FOLDS_TO_DIGIT.test(text) ? dateOfDateLine(cleanText(text)) ?? timeTagIn(el) : timeTagIn(el);
    }
    if (iso) dates.push({ iso, inBody: el === root || isAncestor(root, el), el });
  }
  const body = dates.filter((d) => d.inBody);
  if (body.length === 1) return body[0]!.iso;
  if (body.length > 1) {
    // The walk meets them in no set order: the first in the document is the entry's.
    const order = descendants(root);
    return body.sort((a, b) => order.indexOf(a.el) - order.indexOf(b.el))[0]!.iso;
  }
  return new Set(dates.map((d) => d.iso)).size === 1 ? dates[0]!.iso : null;
}

/** The datetime of a <time> inside an element. */
function timeTagIn(el: Element): string | null {
  for (const t of descendants(el, TIME, 3)) {
    const iso = isoDate(t.attribs.datetime);
    if (iso) return iso;
  }
  return null;
}

/** A breadcrumb trail by its class, id or label: breadcrumb, pankuzu, topic_path. */
const BREADCRUMB_NAME = /bread|pankuzu|topic_?path/i;
const TRAIL_LEVELS = tags('li', 'a', 'span');
/** The most text (characters, and nodes) of a dropped block read as a trail by its shape. */
const TRAIL_TEXT = 300;

/**
 * The date a breadcrumb trail gives as one of its levels (a news archive by day: 「ホーム > お知らせ >
 * 2025年2月28日 > タイトル」): the one level that is a date line and nothing else; null when none or several.
 * Read for a page nothing else dates, from the furniture dropped at the start (a dropped subtree stays whole).
 */
function breadcrumbDate(furniture: readonly Element[], trails: readonly Element[] = []): string | null {
  for (const el of [...furniture, ...trails]) {
    const a = el.attribs;
    // A trail by its name, or by its shape: a dropped <nav> of no class whose line runs from the home link (「ホーム > …」).
    if (!trails.includes(el) && !BREADCRUMB_NAME.test(`${a.class ?? ''} ${a.id ?? ''} ${a['aria-label'] ?? ''}`) && !(textUpTo(el, TRAIL_TEXT) !== null && readsAsTrail(el))) continue;
    const dates = new Set<string>();
    for (const level of descendants(el, TRAIL_LEVELS, 40)) {
      // A level's own text only: an <li> (or a <span>) holding its link is read once, by the link.
      if (level.tagName !== 'a' && hasDescendant(level, TRAIL_LINK)) continue;
      const raw = textOf(level);
      // (A level's place makes a date in the era's initial alone its day: 「ホーム > お知らせ > R7.7.11 > …」.)
      const iso = raw.length <= 40 && FOLDS_TO_DIGIT.test(raw) ? dateOfDateLine(cleanText(raw)) ?? eraInitialDateLine(cleanText(raw))?.[0]?.iso : null;
      if (iso) dates.add(iso);
    }
    if (dates.size === 1) return [...dates][0]!;
    const dated = dates.size === 0 ? lastLevelDate(textOf(el)) : null;
    if (dated) return dated;
  }
  return null;
}
const TRAIL_LINK = tags('a');

/** A trail's separators, printed between its levels. */
const TRAIL_SEPARATOR = /[>＞›»]/g;
/** The page's date in brackets after its title, the trail's last level: 「…について（2026年2月16日掲載）」. */
const BRACKETED_TAIL = /[（(]([^（）()]{6,30})[）)]\s*$/;

/**
 * The date the trail's last level — its page, printed as text after the separators, no element of
 * its own — gives in brackets after the title (「トップページ > お知らせ > …について（2026年2月16日掲載）」),
 * a publication date (not 更新); null otherwise.
 */
function lastLevelDate(trail: string): string | null {
  if (trail.length > 400 || !FOLDS_TO_DIGIT.test(trail)) return null;
  const levels = trail.split(TRAIL_SEPARATOR);
  if (levels.length < 2) return null;
  const last = cleanText(levels[levels.length - 1]!);
  // Or the level names the page by its day alone (「ホーム ＞ 新着情報 ＞ 2025年9月10日のお知らせ」): a notice titled by its
  // date — or is that date and nothing else (「ホーム > ニュース > 2024年12月19日」, a news archive by day).
  const notice = datedNoticeDay(last) ?? (last.length <= 20 ? last : null);
  const tail = notice !== null ? null : BRACKETED_TAIL.exec(last);
  // (The level's place makes a day in the era's initial its date, as a level of its own: 「R7.9.10のお知らせ」.)
  const dates = notice !== null ? datesOfDateLine(notice) ?? eraInitialDateLine(notice) : tail ? datesOfDateLine(cleanText(tail[1]!)) : null;
  return dates && dates.length === 1 && !dates[0]!.update ? dates[0]!.iso : null;
}

/** The cleaned text of the first <h1> below `within` that `accept` takes (the rest are not read). */
function firstHeadingText(within: AnyNode, accept: (text: string) => boolean): string | undefined {
  for (const el of descendants(within, H1)) {
    const text = cleanText(textOf(el));
    if (accept(text)) return text;
  }
  return undefined;
}

/**
 * Chrome told by shape (src/format/chrome.ts): dated link lists with the heading above them,
 * cookie banners, the copyright footer. The page's <h1> and what holds it are never dropped.
 */
function dropChrome(doc: Document, bodyElement: Element | null, pageWeights: Map<AnyNode, Weight>, contactNames: string[] = []): Element[] {
  const body: AnyNode = bodyElement ?? doc;
  // A <body> itself dropped as hidden is no longer in the page's weights.
  const weights = pageWeights.has(body) ? pageWeights : subtreeWeights(body);
  const keep = new Set<AnyNode>();
  const h1 = descendants(body, H1, 1)[0];
  for (let n: AnyNode | null = h1 ?? null; n; n = n.parent) keep.add(n);
  // One list of the elements and one of the text nodes for every finder (nothing is removed until they all have looked).
  const elements = descendants(body);
  const texts = descendantTexts(body);
  const lists = datedLinkLists(body, weights, elements).filter((el) => !keep.has(el));
  const trails = trailLines(weights, elements).filter((el) => !keep.has(el));
  // The template's contact box after the text names the site's owner on its first name line (「お問い合わせ先 / 有限会社Ａ /
  // 広報室 電話：…」): kept for the publisher where the page names none elsewhere.
  const contactBoxes = contactBoxesAfterText(body, weights, elements).filter((el) => !keep.has(el));
  for (const box of contactBoxes) {
    const name = descendantTexts(box).map((t) => cleanText(textOf(t))).find((line) => looksLikeName(line));
    if (name) contactNames.push(name);
  }
  const drop = [
    ...lists, ...otherPagesLists(body, weights, elements).filter((el) => !keep.has(el)), ...cookieBanners(body, weights, elements, texts).filter((el) => !keep.has(el)),
    ...copyrightFooters(body, keep, weights, elements), ...pageFeedbackBoxes(body, keep, weights, texts),
    ...contactBoxes, ...rankedPriceLists(weights, elements).filter((el) => !keep.has(el)), ...pageInfoLines(weights, elements).filter((el) => !keep.has(el)),
    ...postNavigation(weights, elements).filter((el) => !keep.has(el)),
    ...trails,
  ];
  for (const list of lists) {
    // The list's own heading ("最新のお知らせ", "関連するお知らせ") goes with it.
    let prev = list.prev;
    while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
    if (prev && prev.type === 'tag' && /^h[2-6]$/.test((prev as Element).tagName) && (weights.get(prev)?.all ?? 0) <= 30) drop.push(prev as Element);
  }
  removeAll(drop, weights);
  // The trails, kept whole for a page that only they date.
  return trails;
}

/**
 * A title without <h1> or <title> to match: the first short line at the top of the body, or just
 * above it, set apart — emphasized (<b>, <strong>, <font size="4">), a heading, or a block whose
 * class names a title (ttl, title, midashi) — that reads like a title (お知らせ, について …).
 */
function emphasizedTitle(doc: Document, root: Element): Element | null {
  const all = descendants(doc);
  const at = all.indexOf(root);
  // Above the release's text only: a heading inside it is a section's.
  const inside: Element[] = [];
  for (const el of descendants(root, undefined, 40)) {
    if (TEXT_BLOCKS.has(el.tagName) && cleanText(textOf(el)).length > 60) break;
    inside.push(el);
  }
  const before = at > 0 ? all.slice(Math.max(0, at - 40), at).filter((el) => !isAncestor(el, root)).reverse() : [];
  let weak: Element | null = null;
  for (const el of [...before, ...inside]) {
    const titled = /tit|ttl|midashi|heading|headline/i.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
    // Set apart strongly: a heading, large type, a block named a title; <b>/<strong> only with a title's words.
    const strong = HEADINGS.has(el.tagName) || titled || (el.tagName === 'font' && /^(?:[4-7]|\+[1-4])$/.test((el.attribs.size ?? '').trim()));
    if (!strong && !EMPHASIS.has(el.tagName)) continue;
    if (tagChildren(el).some((c) => BLOCK.has(c.tagName))) continue;
    const text = cleanText(textOf(el));
    if (text.length < 6 || text.length > 120 || looksLikeName(text) || dateOfDateLine(text)) continue;
    if (strong && !/^[■□◆◇●○▼▶※]/.test(text)) return el;
    if (!weak && !/。$/.test(text) && TITLE_WORDS.some((w) => text.includes(w))) weak = el;
  }
  return weak;
}

/** <link rel="canonical">, else og:url; a relative one is resolved against <base href> or the saved-from address. */
function canonicalUrl(head: PageHead, savedFrom: string | null): string | null {
  const base = [head.base, savedFrom].find((b) => b && /^https?:\/\//.test(b.trim()))?.trim();
  for (const raw of [head.canonical ?? undefined, head.meta.get('property=og:url')]) {
    const u = raw?.trim();
    if (!u) continue;
    if (/^https?:\/\/[^\s<>"]+$/.test(u)) return u;
    if (base && /^\/?[^\s<>":]+$/.test(u)) {
      try {
        return new URL(u, base).href;
      } catch {
        // not a URL after all
      }
    }
  }
  return null;
}

/** The address a browser wrote when saving the page: `<!-- saved from url=(0045)https://… -->`. */
function savedFromUrl(html: string): string | null {
  const m = /<!--[ ]?saved from url=\([0-9]{1,5}\)(https?:\/\/[^\s<>"]{1,2000}?)[ ]?-->/i.exec(html.slice(0, 4000));
  return m ? m[1]! : null;
}

/** "TITLE | Site" / "TITLE｜Site" / "TITLE - Site" → "TITLE" (the longest part, which is the page's own). */
function siteTitle(raw: string): string {
  return titleParts(raw)[0] ?? '';
}

/** The parts of a <title>, longest (the page's own title) first; the others name the site and section. */
function titleParts(raw: string): string[] {
  // The page's own part reads like a title; the site's like a name (「株式会社Ｘ ニュースリリース」),
  // whichever is longer.
  const rank = (part: string) =>
    SITE_PART_SUFFIX.test(part) && part.replace(SITE_PART_SUFFIX, '').trim() === ''
      ? -2 // a section label alone: お知らせ, ニュース
      : (TITLE_WORDS.some((w) => part.includes(w)) ? 2 : 0) - (looksLikeName(part.replace(SITE_PART_SUFFIX, '').trim()) ? 1 : 0);
  // Each part ranked once, not at every comparison (the sort is stable: ties keep their order).
  const split = (text: string, separator: RegExp) => text.split(separator).map((p) => p.trim()).filter(Boolean);
  let parts = split(cleanText(raw), /\s[|\-–—]\s|[|｜]/);
  // A slash sets the site's name apart too (「Ｘ事務局（株式会社Ｙ）／【重要】…」), but only when one side is a name:
  // a release's own title may hold one (「…のお知らせ／第2報」).
  if (parts.length === 1) {
    const bySlash = split(parts[0]!, /[／]/);
    if (bySlash.length === 2 && bySlash.some((p) => looksLikeName(p))) parts = bySlash;
  }
  return parts
    .map((part) => ({ part, rank: rank(part) }))
    .sort((a, b) => b.rank - a.rank || b.part.length - a.part.length)
    .map(({ part }) => part);
}
const SITE_PART_SUFFIX = /[ ]*(?:公式(?:ウェブ|Web)?サイト|公式ホームページ|ホームページ|ニュースリリース|プレスリリース|ニュース|お知らせ)$/;

/** The date the <title> (or og:title) sets in brackets before or after the page's title: 「【2026年6月24日】…のお知らせ | Ｘ株式会社」「…について（2025年04月28日）」. */
function titleDate(head: PageHead): string | null {
  for (const raw of [head.title, head.meta.get('property=og:title') ?? '']) {
    const dated = raw ? pageTitleDate(cleanText(raw)) : null;
    if (dated) return dated;
  }
  return null;
}

function publishedFromMeta(head: PageHead): string | null {
  for (const key of PUBLISHED_META) {
    const iso = isoDate(head.meta.get(key));
    if (iso) return iso;
  }
  return null;
}

/** "2026-01-23", "2026-01-23T09:00:00+09:00", "2026/1/23" → "2026-01-23" (the date as written, in its own zone). */
function isoDate(value: string | undefined): string | null {
  const m = value ? /^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])/.exec(value) : null;
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return formatDate(Number(m[1]), month, day);
}

/**
 * The first <time> in the body (else one left after cleaning above it): its datetime, else its text.
 * A <time> after the body dates another page (a 「Latest」 card under the article), not this one.
 */
function timeTagDate(doc: Document, root: Element): DatedElement | null {
  // The page's <time>s are listed only when none in the body dates it.
  for (const within of [root, doc]) {
    for (const el of descendants(within, TIME)) {
      if (within === doc && follows(el, root)) break;
      // A list item's <time> dates an entry of a news list (「重要なお知らせ」 over the article), not the page — so does a
      // term's of a <dl> of dates and headlines, and a cell's of a table that dates two rows or more.
      if (within === doc && (closestTag(el, LIST_ITEM) !== null || inDatedTable(el))) continue;
      // A <time> its line labels an update (「<span>更新日</span> <time>…</time>」) dates the page's last change, not its
      // publication, whatever the markup's classes say or do not.
      if (isUpdateLabel(labelBefore(el))) continue;
      const iso = isoDate(el.attribs.datetime) ?? dateOfDateLine(textOf(el));
      if (iso) return { iso, el };
    }
  }
  return null;
}

/** Whether a <time> stands in a table's cell among two or more rows that each hold a <time>: a table of entries. */
function inDatedTable(time: Element): boolean {
  const table = closestTag(time, TABLE);
  if (table === null || closestTag(time, CELLS) === null) return false;
  let known = datedTables.get(table);
  if (known === undefined) {
    // Its <time>s' rows, once per table (a table of many entries asks for each).
    const rows = new Set(descendants(table, TIME).map((t) => closestTag(t, TR)).filter((r) => r !== null));
    datedTables.set(table, (known = rows.size >= 2));
  }
  return known;
}
const datedTables = new WeakMap<Element, boolean>();

/** Elements that stand inside a line: the label before one is the line's (labelBefore). */
const INLINE = tags('time', 'span', 'a', 'b', 'strong', 'em', 'font', 'small');
/** The most characters of a label read before a <time>. */
const TIME_LABEL = 12;

/**
 * The label written just before an element in its line: the text of its previous siblings up to a block (「<span>更新日
 * </span> <time>」), or of its inline parent's when it opens it (「<span>更新日 <b><time>…」); the last few characters.
 * A block before it (the title's heading, 「…【8月29日更新】」) is another line, never its label.
 */
function labelBefore(el: Element): string {
  let node: AnyNode = el;
  for (let level = 0; level < 3; level++) {
    let text = '';
    for (let n = node.prev; n && text.length < TIME_LABEL; n = n.prev) {
      if (isElement(n) && !INLINE.has(n.tagName)) break;
      text = textOf(n) + text;
    }
    text = text.trim();
    if (text) return text.slice(-TIME_LABEL);
    const parent: AnyNode | null = node.parent;
    if (!parent || !isElement(parent) || !INLINE.has(parent.tagName)) return '';
    node = parent;
  }
  return '';
}

/**
 * A blog entry's byline (「投稿者: 小林 大輔 <time datetime="2025-06-18">…</time> | パーマリンク」, Movable Type's entry
 * footer): the <time> of a line opened by a byline's label inside the entry that holds the body and its <h1> title,
 * outside the body. Bylines are kept aside before the furniture and chrome go (an entry footer's class, the byline's
 * links read as a dated list of links), with where they stood. A <time> outside the entry (a side bar's, the next
 * entry's) is not read.
 */
function bylineTime(root: Element, entry: Element, keptAside: readonly BylineTime[]): DatedElement | null {
  // (The body may be the entry itself: the container its <h1> heads, title, byline and text each a box of their own.)
  for (const { el } of keptAside.filter((b) => b.ancestors.has(entry) && (entry === root || !b.ancestors.has(root)))) {
    const iso = isoDate(el.attribs.datetime) ?? dateOfDateLine(textOf(el));
    if (iso) return { iso, el };
  }
  return null;
}

/** The nearest block around the body, or the body, that holds an <h1> (a blog entry: its title, body and footer), below <body>. */
function entryOf(root: Element): Element | null {
  if (hasDescendant(root, H1)) return root;
  for (let p = root.parent; p && isElement(p) && p.tagName !== 'body' && p.tagName !== 'html'; p = p.parent) if (hasDescendant(p, H1)) return p;
  return null;
}

interface BylineTime {
  el: Element;
  /** Where it stood before its block was dropped. */
  ancestors: ReadonlySet<AnyNode>;
}

function ancestorsOf(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

/** Whether a line opened by a byline's label holds el: its ancestors up to stop, while they stay a line's length. */
function inByline(el: Element, stop: AnyNode | null): boolean {
  for (let n = el.parent; n && n !== stop; n = n.parent) {
    const written = textUpTo(n, BYLINE * 4);
    if (written === null) return false;
    const text = cleanText(written);
    if (text.length > BYLINE) return false;
    if (ENTRY_BYLINE.test(text)) return true;
  }
  return false;
}
/** The longest byline (characters): the author, the date and time, a permalink, comment and trackback counts. */
const BYLINE = 160;

/** The most <time>s of a page (or of one dropped block) read as a byline's: a blog entry has one or two. */
const BYLINE_TIMES = 50;

/** The text of a subtree in document order, or null once it passes limit characters or limit nodes (a block that big is no line). */
function textUpTo(root: AnyNode, limit: number): string | null {
  let out = '';
  let nodes = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    if (++nodes > limit) return null;
    const node = stack.pop()!;
    if (node.type === 'text') {
      out += (node as unknown as { data: string }).data;
      if (out.length > limit) return null;
    } else {
      const children = (node as { children?: AnyNode[] }).children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out;
}

interface DatedElement {
  iso: string;
  el: AnyNode;
  /** Its label marks the page's update (更新日), not its publication. */
  update?: boolean;
}

/** The dated element when it gives the publication, not an update. */
const published = (dated: DatedElement | null): DatedElement | null => (dated && !dated.update ? dated : null);

/**
 * A date line written as a bare line of the body's own text, above the rest ("2025年7月14日<br>
 * <b>タイトル</b><br>本文…" straight in a table layout's cell): the first lines, up to the first long one.
 */
function leadingTextDate(root: Element): DatedElement | null {
  const stack: AnyNode[] = [...root.children].reverse();
  let lines = 0;
  while (stack.length > 0 && lines < 5) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const text = cleanText((node as unknown as { data: string }).data);
      if (!text) continue;
      if (text.length > 60) return null;
      lines++;
      const dates = FOLDS_TO_DIGIT.test(text) ? datesOfDateLine(text) : null;
      const pub = dates?.find((d) => !d.update);
      if (dates) return { iso: (pub ?? dates[0]!).iso, el: node, update: !pub };
      continue;
    }
    if (!isElement(node)) continue;
    // Inside a table the lines are a data row's, not the page's.
    if (node.tagName === 'table') return null;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

/**
 * The page's date line: a short element that holds only a date, inside the body or before it.
 * A 公開日/掲載日 label wins over 更新日 (the update date is not the publication date).
 */
function dateLine(body: AnyNode, root: Element, weights: Map<AnyNode, Weight>, readLine?: (text: string) => DateLineDate[] | null): DatedElement | null {
  // The date line stands near the top of the body or just before it: look at the first and the
  // nearest few hundred elements (a page of 30,000 paragraphs is not searched through).
  // Inside the body, after its text has begun, only a labelled date (掲載日：…): a bare date under
  // 「確認日時」 or a signature's date at the end is the release's own, not the page's.
  const visible = (el: AnyNode) => weights.get(el)?.all ?? 0;
  const nodes = (el: AnyNode) => weights.get(el)?.nodes ?? 0;
  const inside = descendants(root, undefined, 300);
  // (Not the entry's date set as a heading of its own over the rest, the first of the body's text: 「<h2 class="date">R8.05.11
  // </h2>」 above a blog's post, its date header.)
  // (The body's opening words, read once when a heading asks.)
  let opening: string | undefined;
  const opens = () => (opening ??= cleanText(textOf(root)).slice(0, DATE_HEADING * 2));
  const textStart = inside.findIndex((el) => (/^h[2-6]$/.test(el.tagName) && !isDateHeading(el, opens)) || (TEXT_BLOCKS.has(el.tagName) && visible(el) > 60));
  const ancestors = new Set<AnyNode>();
  for (let n: AnyNode | null = root; n; n = n.parent) ancestors.add(n);
  const before = elementsBefore(body, root, 300);
  let updated: DatedElement | null = null;
  let created: DatedElement | null = null;
  // The years the page writes, read once when a date line without its year asks (placedDateLine).
  let years: number[] | null = null;
  const bodyYears = () => (years ??= writtenYears(textOf(body)));
  /** The page's date when `el` is its date line (a publication date), else null; an update date is kept aside. `late`: past the body's first text. */
  const read = (el: Element, late: boolean, afterText = false): DatedElement | null => {
    // A date line is short: longer blocks are not read (reading each is depth × size).
    if (visible(el) > 80 || nodes(el) > 40 || countTagChildren(el) > 3) return null;
    // Most short blocks hold no digit at all: not placed, cleaned and folded for a date they cannot hold.
    const raw = textOf(el);
    if (!mayHoldDate(raw)) return null;
    // Its list item, row, cell and <dl> description, in one walk up.
    let row: Element | null = null;
    let cell: Element | null = null;
    let dd: Element | null = null;
    for (let n: AnyNode | null = el; n; n = n.parent) {
      if (!isElement(n)) continue;
      const name = n.tagName;
      if (name === 'li' && !isMetaItem(n)) return null;
      if (name === 'tr') row ??= n;
      else if (name === 'td' || name === 'th') cell ??= n;
      else if (name === 'dd') dd ??= n;
    }
    // A date in a data table's row is an event (経緯), not the page's date.
    // A layout table's cell (a column of the page, holding blocks) is no data row.
    const inDataRow = row !== null && countTagChildren(row, CELLS) >= 2 && !isLayoutCell(cell, weights);
    if (inDataRow && !isInfoStrip(row!)) return null;
    // In a <dl> the term says what the date is: 掲載日 is the page's, 発生日 an event's. (A term that captions a row of
    // fields, 「詳細」 over the date, the category and the hits, says nothing of the date: its line is read as it stands.)
    const caption = dd !== null && isRowCaption(dd);
    const term = dd && !caption ? termOf(dd) : '';
    if (dd && !caption && !PUBLICATION_LABEL.test(term)) return null;
    const text = cleanText(raw);
    // Or a date in the era's initial alone (「R7.5.8」), in a two-digit year (「26/03/20」), or without its year
    // (「10月30日（木）掲載」): here, in the date line's place, the page's date. A second reading may ask its own.
    // Or a blog entry's byline, the writer before the date (「投稿者: webmaster 日時: R8.06.24」: Movable Type's template) —
    // over the text or in it, not after it (a side bar's 「投稿者: 広報 2025年5月2日」 dates another post).
    const dates = readLine ? readLine(text) : datesOfDateLine(text) ?? eraInitialDateLine(text) ?? placedDateLine(text, bodyYears) ?? postMetaRow(text, bodyYears) ?? (afterText ? null : bylineRow(text));
    if (!dates) return null;
    if ((late || inDataRow) && !PUBLICATION_LABEL.test(term || text)) return null;
    // A date opening one of a run of like items (a news list set in <div>s, no link, no <li>): an item's date.
    if (opensDatedItem(el)) return null;
    const published = dates.find((d) => !d.update);
    // An inline date its line labels before it (「<span>更新日</span> <time>2025/01/27</time>」) is the update's.
    const before = INLINE.has(el.tagName) ? labelBefore(el) : '';
    if (published && !isUpdateLabel(term) && !isUpdateLabel(before)) {
      // A record's creation stamp (「作成日時 2025/03/31 17:35」) is the page's date only when no line labels its
      // publication: kept aside, and past it only a line so labelled is read.
      const label = `${term} ${before} ${text}`;
      if (isCreationLabel(label)) created ??= { iso: published.iso, el };
      else if (created === null || PUBLICATION_LABEL.test(label)) return { iso: published.iso, el };
      return null;
    }
    updated ??= { iso: dates[0]!.iso, el, update: true };
    return null;
  };
  for (let i = 0; i < inside.length; i++) {
    const found = read(inside[i]!, textStart >= 0 && i >= textStart);
    if (found) return found;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    if (ancestors.has(before[i]!)) continue;
    const found = read(before[i]!, false);
    if (found) return found;
  }
  // Last, a labelled date line under the text (「2026年1月23日 掲載」 set below the article, not above its title): the
  // page's date where none stands above — labelled only, as inside the text after it begins (a bare date there is a
  // signature's, the release's own).
  // A list or a table there is the site's (a news list's 「掲載日：…」 item, a footer's row of dates), and an update's date
  // there is not the page's fallback.
  const aside = updated;
  for (const el of elementsAfterText(body, root, DATE_LINE_AFTER)) {
    if (closestTag(el, LI) !== null || hasDescendant(el, ITEMS_AND_ROWS)) continue;
    const found = read(el, true, true);
    if (found) return found;
  }
  return created ?? aside;
}

/** The most text (characters) of a heading that is a date and nothing else. */
const DATE_HEADING = 30;

/**
 * Whether a heading is the entry's date header: a date alone (in any form a date line takes, the era's initial too), and
 * the first of the body's text (`bodyOpening`: its opening words) — no line of the release's above it.
 */
function isDateHeading(heading: Element, bodyOpening: () => string): boolean {
  const text = cleanText(textOf(heading));
  if (text.length === 0 || text.length > DATE_HEADING || !FOLDS_TO_DIGIT.test(text)) return false;
  if ((datesOfDateLine(text) ?? eraInitialDateLine(text)) === null) return false;
  return bodyOpening().startsWith(text);
}

/**
 * A post's meta row under its title (「26.06.19　・　14 min read　#お知らせ」「2026-08-03T14:00:00+09:00 · 6 min read」): its one
 * date field read as the date line's place reads it (a two-digit year, an era's initial), the others its reading time,
 * tags or names; null for any other line.
 */
function postMetaRow(text: string, bodyYears: () => readonly number[]): DateLineDate[] | null {
  const iso = postMetaDate(text, (field) => (datesOfDateLine(field) ?? eraInitialDateLine(field) ?? placedDateLine(field, bodyYears))?.find((d) => !d.update)?.iso ?? null);
  return iso ? [{ iso, update: false }] : null;
}

/** A blog entry's byline (bylineDate: the writer's field, then the date) as a date line's one date. */
function bylineRow(text: string): DateLineDate[] | null {
  const iso = bylineDate(text);
  return iso ? [{ iso, update: false }] : null;
}

/**
 * A list item that is a line of the page's meta, not an item of a list of news: a theme's or a help center's byline
 * sets its lines as a list (「<ul class="meta-group"><li>公開日：2026年1月29日</li><li>更新 2026年2月18日</li></ul>」).
 * A news list's item links to its page, or its date heads a headline, and the list dates DATED_ITEMS items or more;
 * an item of the meta links nowhere, is a line, and its list dates a day or two (published, updated).
 */
function isMetaItem(li: Element): boolean {
  const own = textUpTo(li, META_ITEM);
  if (own === null || own.trim() === '' || hasDescendant(li, LINKS)) return false;
  const list = li.parent;
  if (!list || !isElement(list) || (list.tagName !== 'ul' && list.tagName !== 'ol')) return false;
  let dated = 0;
  let items = 0;
  for (const item of list.children) {
    if (!isElement(item)) continue;
    // (A byline lists a few lines: a list longer than that is none, and is not read through.)
    if (++items > META_ITEMS) return false;
    const text = textUpTo(item, META_ITEM);
    if (text === null || (FOLDS_TO_DIGIT.test(text) && mayHoldDate(text) && ++dated >= DATED_ITEMS)) return false;
  }
  return true;
}
/** The longest line (characters) of a byline's list, and the most lines it has (author, dates, category, tags …). */
const META_ITEM = 80;
const META_ITEMS = 8;

/** The fewest like items, each opening with its date, that make a run a list of dated items (a news list's). */
const DATED_ITEMS = 3;

/**
 * Whether a date line opens an item of a run of like items each opening with a date of its own (「<div><div>2025.9.2</div>
 * <div>導入企業…を突破しました</div></div>」 three times or more: a side bar's news set in <div>s, no link, no list
 * markup): the repetition says it is one item's date among others, not the page's one date line.
 */
export function opensDatedItem(el: Element): boolean {
  const item = el.parent;
  if (!item || !isElement(item) || tagChildren(item)[0] !== el || tagChildren(item).length < 2) return false;
  const box = item.parent;
  if (!box) return false;
  let dated = 0;
  for (const sibling of tagChildren(box)) {
    if (sibling.tagName !== item.tagName) continue;
    const first = tagChildren(sibling)[0];
    const text = first && first.tagName === el.tagName ? textUpTo(first, 40) : null;
    if (text !== null && FOLDS_TO_DIGIT.test(text) && datesOfDateLine(cleanText(text)) !== null && ++dated >= DATED_ITEMS) return true;
  }
  return false;
}

/** A list's items and a table's rows: what a date line under the text never stands in. */
const ITEMS_AND_ROWS = tags('li', 'tr');
/** The elements read for a date line under the text: the last of the body's and as many after it. */
const DATE_LINE_AFTER = 40;

/** The last `count` elements inside `root` and the first `count` after it within `within`, in document order. */
function elementsAfterText(within: AnyNode, root: Element, count: number): Element[] {
  const inside = descendants(root);
  const out = inside.length > count ? inside.slice(inside.length - count) : inside;
  const after: Element[] = [];
  for (let n: AnyNode | null = root; n && n !== within && after.length < count; n = n.parent) {
    for (let s = n.next; s && after.length < count; s = s.next) {
      if (!isElement(s)) continue;
      after.push(s);
      for (const d of descendants(s, undefined, count - after.length)) after.push(d);
    }
  }
  return [...out, ...after];
}

/**
 * The last `count` elements before `target` in document order below `within` (its ancestors among
 * them); none when `target` is not below `within`. The walk stops at `target`: the rest of the page is not listed.
 */
function elementsBefore(within: AnyNode, target: AnyNode, count: number): Element[] {
  const seen: Element[] = [];
  const stack: AnyNode[] = [];
  const children = (within as { children?: AnyNode[] }).children ?? [];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node === target) return seen.length > count ? seen.slice(seen.length - count) : seen;
    seen.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return [];
}

interface LabelledLine {
  node: AnyNode;
  dates: DateLineDate[];
}

/**
 * Lines of the page, each a text node between line breaks, that give the page's date by a label
 * (「最終更新日 2024.12.26」 in a table layout's footer cell, 「掲載日：…」 under the body): not a
 * list item's (a news list) nor a data row's.
 */
function labelledDateLines(doc: Document, weights: Map<AnyNode, Weight>): LabelledLine[] {
  const out: LabelledLine[] = [];
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (data.length > 120 || !PAGE_DATE_LABEL.test(data) || !FOLDS_TO_DIGIT.test(data)) continue;
      const dates = datesOfDateLine(cleanText(data));
      if (!dates || closestTag(node, LI)) continue;
      const row = closestTag(node, TR);
      if (row && countTagChildren(row, CELLS) >= 2 && !isLayoutCell(closestTag(node, CELLS), weights)) continue;
      out.push({ node, dates });
      continue;
    }
    const children = (node as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/**
 * The dates of the labelled lines outside the body, which date the page when nothing else does. None when the body
 * holds a date line of its own (a signature's 「2025年7月14日」), which the release's reader takes.
 */
function pageDatesOutside(lines: LabelledLine[], root: Element): DateLineDate[] {
  const outside = lines.filter((l) => !isAncestor(root, l.node));
  if (outside.length === 0) return [];
  for (const el of descendants(root)) {
    const w = el.children.length === 1 && el.children[0]!.type === 'text' ? (el.children[0] as unknown as { data: string }).data : null;
    if (w && w.length <= 60 && FOLDS_TO_DIGIT.test(w) && datesOfDateLine(cleanText(w))) return [];
  }
  return outside.flatMap((l) => l.dates);
}

/** The most text (characters) of the element a labelled date line inside the body stands alone in. */
const DATE_LINE_ALONE = 40;

/**
 * The dates of the labelled lines inside the body that are their label and date alone (「2025年4月4日 更新」 after a
 * builder's article, 「掲載日：…」 above it), which pageDateLines takes out of the text as the page's, not an event.
 */
function pageDatesInside(lines: LabelledLine[], root: Element, weights: Map<AnyNode, Weight>): DateLineDate[] {
  return lines.filter((l) => isAncestor(root, l.node) && l.node.parent !== null && l.node.parent !== root && (weights.get(l.node.parent)?.all ?? Infinity) <= DATE_LINE_ALONE).flatMap((l) => l.dates);
}

/**
 * Lines in the body that date the page, not an event: a labelled update date (更新日, 最終更新日),
 * or a labelled publication date equal to the page's. Bare dates (a signature's) stay.
 */
function pageDateLines(root: Element, pageDate: string | null, weights: Map<AnyNode, Weight>): Element[] {
  const found: Element[] = [];
  for (const el of descendants(root)) {
    const w = weights.get(el);
    if (!w || w.all === 0 || w.all > 80 || w.nodes > 40 || el === root) continue;
    const dd = closestTag(el, DD);
    const raw = textOf(el);
    // Outside a <dl> the text is the label: a label word stands in it as written unless a line
    // break splits it (cleanText joins those), so most lines are passed over before cleaning.
    if (!dd && !PAGE_DATE_LABEL.test(raw) && !raw.includes('\n')) continue;
    const text = cleanText(raw);
    const label = dd ? termOf(dd) : text;
    if (!PAGE_DATE_LABEL.test(label)) continue;
    // The page's number may open the line (「ページ番号：81578　更新日：2025/11/29」): the CMS's too.
    const dates = datesOfDateLine(dd ? `${termOf(dd)}：${text}` : text) ?? (dd ? null : datesOfPageInfoLine(text));
    if (!dates) continue;
    if (dates.every((d) => d.update || d.iso === pageDate)) found.push(dd ?? el);
  }
  // The outermost of nested matches (a <p> and the <span> inside it).
  const set = new Set(found);
  return found.filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}

/** Markup that marks a <time> as the post's update: SWELL's c-postTimes__modified, hAtom's "updated", Cocoon's post-update. */
const UPDATE_CLASS = /modified|update/i;

/**
 * The page's update dates as a theme sets them beside the posted date, each a <time> of its own
 * (<time class="c-postTimes__modified" datetime="…">2025.03.31</time>, itemprop="dateModified"): a
 * date of the page, not an event. Only a <time> whose text is a date alone.
 */
function updateTimes(root: Element): Element[] {
  const found: Element[] = [];
  for (const el of descendants(root, TIME)) {
    const marked = /^datemodified$/i.test(el.attribs.itemprop ?? '') || UPDATE_CLASS.test(el.attribs.class ?? '');
    if (!marked || el === root) continue;
    const text = textOf(el);
    if (text.length <= 60 && FOLDS_TO_DIGIT.test(text) && dateOfDateLine(cleanText(text))) found.push(el);
  }
  return found;
}

/** The dates of a line that numbers the page before its labelled date; null for any other line. */
function datesOfPageInfoLine(text: string): DateLineDate[] | null {
  const rest = withoutPageInfo(text);
  return rest === null ? null : datesOfDateLine(rest);
}

/**
 * A page without <h1>: the title is a short line near the top of the body that the <title> holds
 * ("学校法人○○　本学…について" holds "本学…について").
 */
function titleLine(doc: Document, root: Element, documentTitle: string, siteNames: ReadonlySet<string>): Element | null {
  if (!documentTitle) return null;
  // The first twelve blocks that hold no blocks of their own.
  const blocks: Element[] = [];
  for (const el of descendants(root, TITLE_BLOCKS)) {
    if (el.children.some((c) => isElement(c) && LINE_HOLDERS.has(c.tagName))) continue;
    if (blocks.push(el) === 12) break;
  }
  // A heading outside the body (a title bar above it) may hold the title too.
  const headings = descendants(doc, HEADINGS);
  // Most of the title's own part, not a section heading that happens to be in it
  // ("…、および今後のご連絡について" holds the section 「今後のご連絡について」), nor a name.
  // The longest such line wins: a first line repeating the title without its 「(第2報)」 loses to
  // the heading that has it.
  const own = siteTitle(documentTitle);
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of [...blocks, ...headings]) {
    // A heading may open with the page's date in brackets the <title> leaves out (「【2025/04/23】…（続報）」):
    // read without it, it holds the title whole, against a body line that quotes the earlier notice's.
    const written = cleanText(textOf(el));
    const text = titleDatePrefix(written)?.title.trim() ?? written;
    if (text.length < 8 || text.length > 120 || !documentTitle.includes(text) || siteNames.has(text)) continue;
    if (text.length < own.length * 0.5 || (looksLikeName(text) && !TITLE_WORDS.some((w) => text.includes(w)))) continue;
    if (text.length > bestLength) {
      best = el;
      bestLength = text.length;
    }
  }
  return best;
}

/** What a download link writes after its file's name: its kind and size in brackets (「（PDFファイル（681KB））」「[PDF 1.2MB]」「(PDF形式)」). */
const FILE_NOTE = /^[（(［\[【]\s*(?:PDF|Word|Excel|ワード|エクセル|[0-9.,]+\s*[KMG]i?B)[^。（(）)［\[\]】]{0,16}(?:[（(]\s*[0-9.,]+\s*[KMG]i?B\s*[）)])?\s*[）)］\]】]$/i;
const LINKS: ReadonlySet<string> = new Set(['a']);

/**
 * The line that links to the release's own document (a municipal CMS sets 「<a>メール情報漏えいの可能性に関するお知らせ
 * （PDFファイル（681KB））</a>」 at the top of the body): a link alone in its line whose text is the title and a file's
 * note. It names the release again, its words are not the release's text. Other documents' links stay (関連資料：別紙…).
 */
function titleDownloadLines(root: Element, title: string): Element[] {
  const own = title.normalize('NFKC').replace(/\s+/g, '');
  const found: Element[] = [];
  for (const a of descendants(root, LINKS)) {
    const text = cleanText(textOf(a)).normalize('NFKC').replace(/\s+/g, '');
    if (text.length > own.length + 40 || !text.startsWith(own) || !FILE_NOTE.test(text.slice(own.length))) continue;
    // The link's line: its ancestors while they hold no other text.
    let line: Element = a;
    for (let p = a.parent; p && p !== root && isElement(p) && cleanText(textOf(p)).normalize('NFKC').replace(/\s+/g, '') === text; p = p.parent) line = p;
    // Alone in its line: a block holds it and nothing else (a link inside a sentence is the sentence's).
    if (LINE_BLOCKS.has(line.tagName)) found.push(line);
  }
  return found;
}
const LINE_BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'dd', 'td', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A term that names a date or a time (発生日, 日時, 期間, date): it labels each <dd> under it. */
const DATE_TERM = /[日時期]|date|time/i;
/** The most <dd>s read under one term for a row's caption. */
const CAPTION_FIELDS = 8;

/**
 * Whether a <dd>'s term captions a row of fields rather than labelling it: a term that names no date over several <dd>s
 * of which some is no date line (Joomla's article info: 「<dt>詳細</dt><dd>令和7年（2025年）6月20日</dd><dd>カテゴリ: お知らせ
 * </dd><dd>ヒット数: 10,069</dd>」). The date's <dd> then reads as a line of its own, as it would outside a <dl>; a term over
 * one <dd>, or over dates alone (「<dt>発生日</dt><dd>…</dd>」), labels them.
 */
function isRowCaption(dd: Element): boolean {
  if (DATE_TERM.test(termOf(dd))) return false;
  // (A row's caption stands a few fields above: the walk back is bounded, a <dl> of thousands of <dd>s stays linear.)
  let dt: Element | null = null;
  let seen = 0;
  for (let n = dd.prev; n && !dt && seen <= CAPTION_FIELDS; n = n.prev) {
    if (!isElement(n)) continue;
    if (n.tagName === 'dt') dt = n;
    else seen++;
  }
  if (!dt) return false;
  const fields: Element[] = [];
  for (let n = dt.next; n && fields.length < CAPTION_FIELDS; n = n.next) {
    if (!isElement(n)) continue;
    if (n.tagName !== 'dd') break;
    fields.push(n);
  }
  return fields.length >= 2 && fields.some((f) => { const t = cleanText(textOf(f)); return t !== '' && !(mayHoldDate(t) && datesOfDateLine(t)); });
}

/** Each <dd>'s term, once: a long <dl> asked dd by dd would walk back over its siblings each time. */
const termsOfDd = new WeakMap<Element, string>();

/** The <dt> a <dd> answers: the nearest <dt> before it, or the term of the <dd> before it. */
function termOf(dd: Element): string {
  const known = termsOfDd.get(dd);
  if (known !== undefined) return known;
  let term = '';
  for (let n = dd.prev; n; n = n.prev) {
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (el.tagName === 'dt') {
      term = cleanText(textOf(el));
      break;
    }
    // An earlier <dd> answers the same term; it is asked first in document order, so it is known.
    const before = el.tagName === 'dd' ? termsOfDd.get(el) : undefined;
    if (before !== undefined) {
      term = before;
      break;
    }
  }
  termsOfDd.set(dd, term);
  return term;
}

/**
 * The release body: the first CMS container that holds most of the page's text, else the densest
 * block; with it the block of the release's text inside it (a builder's grid sets the site's cards
 * beside it in the same container). When that block, widened over the title, the date line and a short
 * widget after the text, is the body itself, the text box is the best-scored block before widening:
 * what stands beside it is read as the site's cards are.
 */
function findBodyRoot(doc: Document, bodyElement: Element | null, pageWeights: Map<AnyNode, Weight>): { root: Element; textBox: Element; seed: Element } {
  const body = bodyElement ?? tagChildren(doc)[0];
  if (!body) return { root: doc as unknown as Element, textBox: doc as unknown as Element, seed: doc as unknown as Element };
  // Every subtree's weight, once: asking each candidate for its own costs depth × size.
  const weights = pageWeights.has(body) ? pageWeights : subtreeWeights(body);
  const contentLength = (el: AnyNode) => {
    const w = weights.get(el) ?? textWeight(el);
    return w.all - w.links;
  };
  const pageText = contentLength(body);
  const matches: Element[][] = BODY_SELECTORS.map(() => []);
  for (const el of descendants(doc)) for (const i of bodySelectorsOf(el)) matches[i]!.push(el);
  for (const found of matches) {
    const best = found
      .map((el) => ({ el, n: contentLength(el) }))
      .sort((a, b) => b.n - a.n)[0];
    if (best && best.n >= 80 && best.n >= pageText * 0.4) {
      const entry = titledInnerMatch(best.el, best.n, found, contentLength);
      if (entry) { best.el = entry; best.n = contentLength(entry); }
      const { block, core, seed } = densestBlock(best.el, best.n, weights);
      return block === best.el ? { root: best.el, textBox: core, seed } : { root: best.el, textBox: block, seed: block };
    }
  }
  const { block: root, core, seed } = densestBlock(body, pageText, weights);
  return { root, textBox: core, seed };
}

/** The least share of a wrapper's text its inner entry holds (see titledInnerMatch). */
const INNER_ENTRY_SHARE = 0.5;

/**
 * The entry inside a wrapper that the same selector matches (Squarespace 7.1 sets the page's sections in
 * 「<article class="sections">」 and the post in 「<article class="blog-item">」 within it, the site's stats and summary
 * blocks as later sections of the outer one): the inner match that holds every <h1> of the outer — the page's title —
 * and at least half its text is the release; the wrapper's other sections are the site's. (A comment set as an inner
 * <article> holds no title heading: the outer stays.)
 */
function titledInnerMatch(outer: Element, outerLength: number, found: readonly Element[], contentLength: (el: AnyNode) => number): Element | null {
  const h1s = descendants(outer, H1);
  if (h1s.length === 0) return null;
  let entry: Element | null = null;
  for (const el of found) {
    if (el === outer || !isAncestor(outer, el) || contentLength(el) < outerLength * INNER_ENTRY_SHARE) continue;
    if (!h1s.every((h) => isAncestor(el, h))) continue;
    // The innermost such match: an entry may itself hold another wrapper's inner part.
    if (!entry || isAncestor(entry, el)) entry = el;
  }
  return entry;
}

/**
 * Readability-style: each paragraph-like block gives its text to its parent (and half to the
 * grandparent); the best-scored container wins, widened to its parent while the parent adds little.
 * `block` is the widened container, `core` the best-scored one inside it (the text box before its
 * title, date and the widgets set after it were taken in), `seed` the best-scored block itself (the same as `core`
 * unless the core was widened to hold a quarter of the page's text).
 */
function densestBlock(body: Element, pageText: number, weights: Map<AnyNode, Weight>): { block: Element; core: Element; seed: Element } {
  const weightOf = (el: AnyNode) => weights.get(el) ?? textWeight(el);
  /** Visible characters that are not link text (menus and lists of links score low). */
  const contentLength = (el: AnyNode) => {
    const w = weightOf(el);
    return w.all - w.links;
  };
  const scores = new Map<Element, number>();
  descendants(body, SCORED).forEach((el) => {
      // A <div> of text alone (no blocks in it) is a paragraph as a <p> is; one of lines broken by
      // <br> scores its own text below.
      if (el.tagName === 'div' && el.children.some((c) => isElement(c) && (BLOCK.has(c.tagName) || c.tagName === 'br'))) return;
      const n = contentLength(el);
      if (n < 10) return;
      // A layout table's cell holds blocks (paragraphs, a nested table, a column of menus): it is a
      // container, scored by its own paragraphs, not one more paragraph of its row — else the row of
      // body, side bar and menu columns outscores the body's cell.
      if (CELLS.has(el.tagName) && isLayoutCell(el, weights)) return;
      const parent = el.parent as Element | null;
      if (parent && parent.type === 'tag') scores.set(parent, (scores.get(parent) ?? 0) + n);
      const grand = parent?.parent as Element | null;
      // A layout table's row is no container of its cells' paragraphs: its columns are.
      if (grand && grand.type === 'tag' && !(CELLS.has(parent!.tagName) && isLayoutCell(parent, weights))) scores.set(grand, (scores.get(grand) ?? 0) + n / 2);
    });
  // Text written straight into a block and broken by <br> (no <p>): the block scores its own text.
  // So does a layout table's column written that way (a data cell is a paragraph of its row, above).
  descendants(body, LINE_CONTAINERS).forEach((el) => {
      if (!el.children.some((c) => isElement(c) && c.tagName === 'br')) return;
      if (CELLS.has(el.tagName) && !isLayoutCell(el, weights)) return;
      const own = el.children.filter((c) => c.type === 'text').reduce((n, c) => n + cleanText((c as unknown as { data: string }).data).length, 0);
      if (own >= 10) scores.set(el, (scores.get(el) ?? 0) + own);
    });
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (bestScore === 0) return { block: body, core: body, seed: body };
  // Widen through pure wrappers (a <td> in its <tr> in its <table>), never into what holds menus.
  let node = best;
  while (node !== body && node.parent && (node.parent as Element).type === 'tag' && (node.parent as Element).tagName !== 'body') {
    const parent = node.parent as Element;
    const parentWeight = weightOf(parent);
    const nodeWeight = weightOf(node);
    if (parentWeight.all - nodeWeight.all > nodeWeight.all * 0.05 || parentWeight.links > nodeWeight.links) break;
    // What the parent adds must be lines (a title, a date), not a column of blocks: a short side
    // bar of cards beside a long release is still a side bar.
    if (tagChildren(parent).some((sibling) => sibling !== node && weightOf(sibling).all > 0 && (weightOf(sibling).all > 150 || hasBlocks(sibling, 3)))) break;
    node = parent;
  }
  // A block its builder wraps alike with its siblings (「<div class="sd">」 around each paragraph): the release's
  // paragraphs are its siblings of the same wrapper that hold prose, as Readability joins a candidate's siblings;
  // read through their parent. (A side bar's cards hold lists and labels, no prose, or another wrapper.)
  node = joinedSiblings(node, weights);
  node = titledContainer(node, body, weights);
  // A container that holds only a sliver of the page is a teaser, not the release — or one paragraph of a release
  // whose builder wraps each paragraph in widgets of its own: the text box is then the first block above it that
  // holds a quarter of the page's text (what stands beside it is read as the site's cards are).
  if (contentLength(node) < pageText * 0.25) {
    let box: Element = best;
    while (box !== body && contentLength(box) < pageText * 0.25 && box.parent && (box.parent as Element).type === 'tag') box = box.parent as Element;
    return { block: body, core: box, seed: proseSeed(scores, best) };
  }
  return { block: node, core: best, seed: best };
}

/**
 * The best-scored block that holds a sentence: where the page's paragraphs are slivers (a builder wraps each in boxes
 * of its own), a side card of dated lines (「NEWS」, four 「<p>2025.09.27<br>年末年始の営業時間について</p>」) may
 * outscore any one of them, yet it holds no sentence, and the release's text does.
 */
function proseSeed(scores: Map<Element, number>, best: Element): Element {
  if (/[。．]/.test(textOf(best))) return best;
  // The next few best-scored blocks only: each is read whole, and a page of deep nesting has many.
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(1, PROSE_SEEDS);
  return ranked.find(([el]) => /[。．]/.test(textOf(el)))?.[0] ?? best;
}
/** How many of the best-scored blocks are read for a sentence. */
const PROSE_SEEDS = 12;

/** The most text (non-space characters) of a line set beside the release's parts in its container (a date, a file's link). */
const TITLED_LINE = 80;

/**
 * The container the release's title heads, when the block is one part of it: a page that sets its release as the <h1>,
 * a date line and its sections each in a box of their own (「<section>」 per heading, a card per section, a download
 * box between them) once no tag or class names the article. Widened while the parent holds an <h1> and each of its
 * other boxes is a part of the text too — prose (a sentence, few links) or one short line; a side bar's list, a
 * menu or a card of figures is neither, and stops it.
 */
function titledContainer(node: Element, body: Element, weights: Map<AnyNode, Weight>): Element {
  // The <h1>s' ancestors, once (asking each level for an <h1> below it walks a deep page again and again).
  const titled = new Set<AnyNode>();
  for (const h1 of descendants(body, H1)) for (let n: AnyNode | null = h1; n && !titled.has(n); n = n.parent) titled.add(n);
  if (titled.size === 0) return node;
  for (let parent = node.parent; node !== body && parent && parent.type === 'tag' && (parent as Element).tagName !== 'body'; parent = node.parent) {
    const p = parent as Element;
    if (!titled.has(p)) break;
    const parts = tagChildren(p).every((c) => {
      if (c === node) return true;
      const w = weights.get(c);
      if (!w || w.all === 0) return true;
      // A box wrapped as the block is (the same tag and class: a card per section) holds a section of the same text.
      if (node.attribs.class && c.tagName === node.tagName && c.attribs.class === node.attribs.class && w.links <= w.all * PROSE_LINKS) return true;
      // One short line (「令和７年１０月１４日」, 「PDFダウンロード」 and its links broken by <br>), no box of a list or a table.
      if (w.all <= TITLED_LINE && !hasBlocks(c, 2)) return true;
      // The title's own box (a header band's menu beside a logo's <h1> is mostly links: no part of the text).
      return w.links <= w.all * PROSE_LINKS && (titled.has(c) || /[。．]/.test(textOf(c)));
    });
    if (!parts) break;
    node = p;
    if (p === body) break;
  }
  return node;
}

/** The share of a block's text in links above which it is no paragraph of prose. */
const PROSE_LINKS = 0.25;

/**
 * The block's parent when at least two of its siblings are wrapped as it is (the same tag and class) and hold prose
 * (a sentence's end, few links) together as much text as it: a builder's boxes, each a paragraph of the release;
 * else the block itself.
 */
function joinedSiblings(node: Element, weights: Map<AnyNode, Weight>): Element {
  const parent = node.parent;
  if (!parent || parent.type !== 'tag' || (parent as Element).tagName === 'body' || !node.attribs.class) return node;
  const own = weights.get(node)?.all ?? 0;
  let prose = 0;
  let alike = 0;
  for (const sibling of tagChildren(parent as Element)) {
    if (sibling === node || sibling.tagName !== node.tagName || sibling.attribs.class !== node.attribs.class) continue;
    const w = weights.get(sibling);
    if (!w || w.all === 0 || w.links > w.all * PROSE_LINKS || !/[。．]/.test(textOf(sibling))) continue;
    alike++;
    prose += w.all;
  }
  return alike >= 2 && prose >= own ? (parent as Element) : node;
}

/**
 * A column of a layout table, not a data cell: it holds a nested table, or blocks with more text than
 * a cell's (a data cell may wrap its words in a <p>).
 */
function isLayoutCell(cell: Element | null, weights: Map<AnyNode, Weight>): boolean {
  if (cell === null) return false;
  // Asked once per cell: each paragraph of a column asks for its cell, and the walk is the cell's size.
  let known = layoutCells.get(cell);
  if (known === undefined) layoutCells.set(cell, (known = layoutCellUncached(cell, weights)));
  return known;
}
const layoutCells = new WeakMap<Element, boolean>();

function layoutCellUncached(cell: Element, weights: Map<AnyNode, Weight>): boolean {
  if (hasDescendant(cell, TABLE)) return true;
  const long = (weights.get(cell)?.all ?? 0) > 200;
  // In the only row of its table that has several cells, a cell of blocks or a long one is one of
  // the page's columns (a data table has rows of cells, a header row at least above its data).
  if (multiCellRows(closestTag(cell.parent ?? cell, TABLE)) < 2) return long || hasDescendant(cell, CELL_BLOCKS);
  return long && hasDescendant(cell, CELL_BLOCKS);
}

/**
 * A row that is its table's only row of several cells: a strip of page facts set side by side
 * (「ページ番号 13052 | 掲載日：2025年07月11日」), not a data table, which has a header row above its
 * data. Its cell may date the page when a label says so.
 */
function isInfoStrip(row: Element): boolean {
  return multiCellRows(closestTag(row.parent ?? row, TABLE)) < 2;
}

/** How many rows of a table (not of the tables nested in it) hold two cells or more, counted once per table. */
function multiCellRows(table: Element | null): number {
  if (table === null) return 0;
  let n = multiCellRowsOf.get(table);
  if (n === undefined) {
    n = descendants(table, TR).filter((tr) => closestTag(tr.parent ?? tr, TABLE) === table && countTagChildren(tr, CELLS) >= 2).length;
    multiCellRowsOf.set(table, n);
  }
  return n;
}
const multiCellRowsOf = new WeakMap<Element, number>();

/** Whether an element holds at least `n` block elements (stops counting there). */
function hasBlocks(el: Element, n: number): boolean {
  let count = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (BLOCK.has(node.tagName) && ++count >= n) return true;
    for (const c of node.children) stack.push(c);
  }
  return false;
}

/** White space as a browser shows it; a line break between two Japanese characters joins them. */
function cleanText(raw: string): string {
  // Most text needs nothing: no white space to fold, no no-break space, nothing to trim.
  if (raw.length === 0 || (!NEEDS_CLEANING.test(raw) && !EDGE_SPACE.test(raw[0]!) && !EDGE_SPACE.test(raw[raw.length - 1]!))) return raw;
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!isFoldedSpace(raw.charCodeAt(i))) continue;
    let end = i;
    let newline = false;
    for (; end < raw.length && isFoldedSpace(raw.charCodeAt(end)); end++) if (raw.charCodeAt(end) === 0x0a) newline = true;
    // A run of one plain space stays as it is.
    if (newline || end - i > 1 || raw.charCodeAt(i) !== 0x20) {
      out += raw.slice(from, i) + (newline && isWide(raw[i - 1]) && isWide(raw[end]) ? '' : ' ');
      from = end;
    }
    i = end - 1;
  }
  out += raw.slice(from);
  return out.replace(/\u00a0/g, ' ').trim();
}
/** Nothing a browser shows: zero-width spaces and joiners, word joiners, byte-order marks. */
const INVISIBLE_ONLY = /^[\u200b-\u200d\u2060\ufeff]+$/;
/** Nothing but the white space cleanText folds (or nothing at all): it cleans to the empty string. */
const FOLDED_SPACE_ONLY = /^[ \t\n\r\f]*$/;
/** White space to fold (tab, line feed, carriage return, form feed, two spaces) or a no-break space. */
const NEEDS_CLEANING = /[\t\n\r\f\u00a0]| {2}/;
/** What trim() takes off either end. */
const EDGE_SPACE = /\s/;

/** The white space cleanText folds, as a browser does. */
function isFoldedSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/** How many levels the body's headings stand below 「## 」: its shallowest heading's level less 2 (none when it is h1 or h2). */
function headingShift(root: Element, title: string | null): number {
  let shallowest = 7;
  for (const el of descendants(root)) {
    const level = headingLevel(el);
    if (level === 0 || level >= shallowest) continue;
    const text = cleanText(textOf(el));
    if (text && !(level === 1 && text === title)) shallowest = level;
  }
  return shallowest <= 6 ? Math.max(0, shallowest - 2) : 0;
}

/** The most characters of an element marked as a heading by its role that is read as one (a longer one marks a block). */
const ROLE_HEADING = 120;

/**
 * A heading's level: h1–h6 by its tag; an element marked a heading by its role (a builder's paragraphs and headings all
 * <div>s: 「<div role="heading" aria-level="3">確認されている被害</div>」) by its aria-level, else 2. 0 for any other.
 */
function headingLevel(el: Element): number {
  const name = el.tagName;
  if (name.length === 2 && name.charCodeAt(0) === 0x68 && name.charCodeAt(1) >= 0x31 && name.charCodeAt(1) <= 0x36) return name.charCodeAt(1) - 0x30;
  if (el.attribs.role !== 'heading' || textOf(el).length > ROLE_HEADING) return 0;
  const level = Number(el.attribs['aria-level']);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/** The body as lines: headings "## ", list items "- ", table rows "| a | b |", paragraphs split by blank lines. */
function renderBlocks(root: Element, title: string | null): string {
  const lines: string[] = [];
  // Heading levels are the page's own: a site that sets the title in <h1> and its sections in <h3>
  // (an <h2> for the site's name or a side box) writes the release's 「## 」 as <h3>. The body's
  // shallowest heading is the release's first level, 「## 」 as in the archive's Markdown.
  const shift = headingShift(root, title);
  let inline = '';
  let prefix: string | null = null;
  let continuation = '';
  // Lines written as a row of TAB-separated cells, each with its text as a plain line (see tabRows).
  const tabLines = new Map<number, string>();
  const flush = () => {
    // Most flushes meet only the white space between blocks, which cleans to nothing.
    const text = FOLDED_SPACE_ONLY.test(inline) ? '' : cleanText(inline);
    const cells = text && prefix === null && !continuation && inline.includes('\t') ? tabCellsOf(inline) : null;
    inline = '';
    // A builder's guard paragraph (Wix's wixGuard) holds only a zero-width space: a browser shows nothing.
    if (!text || INVISIBLE_ONLY.test(text)) return;
    if (cells) {
      tabLines.set(lines.length, text);
      lines.push(`| ${cells.join(' | ')} |`);
      return;
    }
    lines.push((prefix ?? continuation) + text);
    if (prefix !== null) {
      continuation = ' '.repeat(prefix.length);
      prefix = null;
    }
  };
  const blank = () => {
    flush();
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  // The kinds of numbering the bold numbered lines open with, in the order the page first uses them, and the level
  // the first kind stands at (「## 」, or one under the heading above them).
  const numberings: string[] = [];
  let numberedBase = 2;
  let nesting = 0;
  const walk = (node: AnyNode, depth: number): void => {
    if (node.type === 'text') {
      inline += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    // Markup nested deeper than any page needs (hostile input) is read as plain text, not recursed into.
    if (nesting > 400) {
      inline += textOf(node);
      return;
    }
    nesting++;
    try {
      visit(node as Element, depth);
    } finally {
      nesting--;
    }
  };
  const visit = (el: Element, depth: number): void => {
    const name = el.tagName?.toLowerCase() ?? '';
    if (name === 'br') return flush();
    const level = headingLevel(el);
    if (level > 0) {
      blank();
      const text = cleanText(textOf(el));
      if (text && !(level === 1 && text === title)) {
        const written = Math.max(2, Math.min(4, level - shift));
        lines.push(`${'#'.repeat(written)} ${text}`);
        // Numbered bold lines under a heading are its sections.
        numberings.length = 0;
        numberedBase = written + 1;
      }
      return blank();
    }
    if (name === 'table') return renderTable(el, lines, blank, walk, depth);
    if (name === 'ul' || name === 'ol') {
      if (depth === 0) blank();
      else flush();
      for (const li of el.children) {
        if (li.type === 'tag' && (li as Element).tagName === 'li') {
          flush();
          const saved = continuation;
          prefix = '  '.repeat(depth) + '- ';
          for (const c of (li as Element).children) walk(c, depth + 1);
          flush();
          prefix = null;
          continuation = saved;
        } else walk(li, depth);
      }
      if (depth === 0) blank();
      return;
    }
    if (name === 'dl') return renderDefinitions(el, lines, blank, walk, depth);
    if (name === 'pre') {
      blank();
      for (const line of textOf(el).split(/\r?\n/)) lines.push(line.replace(/\s+$/, ''));
      return blank();
    }
    if (name === 'img') return;
    const styled = name === 'div' || name === 'p' ? styledHeading(el) : null;
    if (styled !== null) {
      blank();
      lines.push(`## ${styled}`);
      numberings.length = 0;
      numberedBase = 3;
      return blank();
    }
    const numbered = name === 'div' || name === 'p' ? numberedBoldHeading(el) : null;
    if (numbered !== null) {
      // Each kind of numbering the page opens is one level deeper than those before it (1. → （１） → ア).
      let index = numberings.indexOf(numbered.numbering);
      if (index < 0) index = numberings.push(numbered.numbering) - 1;
      blank();
      lines.push(`${'#'.repeat(Math.min(6, numberedBase + index))} ${numbered.text}`);
      return blank();
    }
    const block = BLOCK.has(name);
    if (block) {
      if (name === 'p' || name === 'blockquote') blank();
      else flush();
    }
    for (const c of el.children) walk(c, depth);
    if (block) {
      if (name === 'p' || name === 'blockquote') blank();
      else flush();
    }
  };
  walk(root, 0);
  flush();
  if (tabLines.size > 0) tabRows(lines, tabLines);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines.join('\n');
}

/**
 * A paragraph's cells when a TAB separates them (a table pasted from a spreadsheet or a word processor into paragraphs,
 * one row a paragraph: 「生徒数(人)⇥教職員数(人)⇥総数(人)」 over 「県立学校14校⇥2,077⇥974⇥3,051」): the text between white
 * space runs that hold a TAB and no line break (a line break then TABs is the markup's indentation, not a cell's
 * edge); empty cells at the ends dropped. Null for fewer than two cells.
 */
function tabCellsOf(raw: string): string[] | null {
  const cells: string[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!isFoldedSpace(raw.charCodeAt(i))) continue;
    let end = i;
    let tab = false;
    let newline = false;
    while (end < raw.length && isFoldedSpace(raw.charCodeAt(end))) {
      const c = raw.charCodeAt(end);
      if (c === 0x09) tab = true;
      else if (c === 0x0a || c === 0x0d) newline = true;
      end++;
    }
    if (tab && !newline) {
      cells.push(cleanText(raw.slice(from, i)));
      from = end;
    }
    i = end - 1;
  }
  cells.push(cleanText(raw.slice(from)));
  while (cells.length > 0 && cells[0] === '') cells.shift();
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

/**
 * Rows of TAB-separated cells (tabCellsOf), each its paragraph: two or more in a run, only blank lines between them,
 * are a table's rows, set together as its Markdown rows; a row alone is a line of text as it was.
 */
function tabRows(lines: string[], tabLines: Map<number, string>): void {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!tabLines.has(i)) continue;
    const run = [i];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < lines.length && lines[k] === '') k++;
      if (k >= lines.length || !tabLines.has(k)) break;
      for (let b = j; b < k; b++) drop.add(b);
      run.push(k);
      j = k + 1;
    }
    if (run.length < 2) {
      lines[i] = tabLines.get(i)!;
      for (let b = i + 1; b < j; b++) drop.delete(b);
    }
    i = run[run.length - 1]!;
  }
  if (drop.size === 0) return;
  const kept = lines.filter((_, i) => !drop.has(i));
  lines.length = 0;
  lines.push(...kept);
}

type Walk = (node: AnyNode, depth: number) => void;

/**
 * Data tables row by row ("| 利用者のメールアドレス | 79,991件 |"), a rowspan cell repeated in each
 * row it spans so every row keeps its subject. Layout tables (cells holding paragraphs, lists or
 * tables) are walked as ordinary blocks.
 */
function renderTable(table: Element, lines: string[], blank: () => void, walk: Walk, depth: number): void {
  blank();
  const rows = descendants(table, TR).filter((tr) => closestTag(tr.parent!, TABLE) === table);
  // Each cell's text once: the layout check and the row both read it.
  const cellTexts = new Map<Element, string>();
  const cellText = (cell: Element) => {
    let text = cellTexts.get(cell);
    if (text === undefined) cellTexts.set(cell, (text = cleanText(textOf(cell))));
    return text;
  };
  const layout = rows.some((tr) => tagChildren(tr, ['td', 'th']).some((cell) => hasDescendant(cell, LAYOUT_BLOCKS) && cellText(cell).length > 120));
  // A table of one cell is a box, not data: an old layout's heading bar (「<table><tr><td bgcolor=…><b>2.情報漏えいの
  // 可能性について</b></td></tr></table>」) is the section's heading, any other box its blocks.
  const only = rows.length === 1 ? tagChildren(rows[0]!, ['td', 'th']) : [];
  if (only.length === 1) {
    const text = cellText(only[0]!);
    if (isHeadingBar(only[0]!, text)) lines.push(`## ${text}`);
    else for (const c of only[0]!.children) walk(c, depth);
    return blank();
  }
  if (layout) {
    for (const c of table.children) walk(c, depth);
    return blank();
  }
  const caption = cleanText(tagChildren(table, ['caption']).map(textOf).join(' '));
  if (caption) lines.push(caption);
  const carried: { text: string; rows: number }[] = [];
  for (const tr of rows) {
    const cells: string[] = [];
    let col = 0;
    const take = () => {
      while (carried[col] && carried[col]!.rows > 0) {
        cells.push(carried[col]!.text);
        carried[col]!.rows--;
        col++;
      }
    };
    for (const cell of tagChildren(tr, ['td', 'th'])) {
      take();
      const text = cellText(cell).replace(/\|/g, '｜');
      const span = Math.max(1, Math.min(50, Number(cell.attribs.rowspan ?? 1) || 1));
      const colspan = Math.max(1, Math.min(50, Number(cell.attribs.colspan ?? 1) || 1));
      cells.push(text);
      for (let k = 0; k < colspan; k++) carried[col + k] = { text, rows: span - 1 };
      col += colspan;
    }
    take();
    if (cells.some((c) => c.length > 0)) lines.push(`| ${cells.join(' | ')} |`);
  }
  blank();
}

/** The most nodes of a block read for a heading set by its style: a line of a few words in a span or two. */
const STYLED_HEADING_NODES = 12;
/** A font size set larger than the text's: 1.1em and up, 110% and up, 17px and up, 13pt and up, large, larger. */
const LARGER_FONT = /font-size\s*:\s*(?:(?:1\.[1-9][0-9]*|[2-9](?:\.[0-9]+)?)(?:em|rem)|(?:1[1-9][0-9]|[2-9][0-9]{2})%|(?:1[7-9]|[2-9][0-9])(?:\.[0-9]+)?px|(?:1[3-9]|[2-9][0-9])(?:\.[0-9]+)?pt|(?:x{0,2}-)?large\b|larger\b)/i;

/**
 * A block that is a heading by how it is set, not by its tag (a blog platform's editor writes every line as a <div>,
 * its headings 「<div><span style="font-size:1.4em;"><b>（１）不正ログインされたアカウント数</b></span></div>」): a short
 * line, no sentence, every character of it bold and set larger than the text (an inline font size, or <font size>
 * 4 and up). Its text, or null. Bold alone is emphasis in a paragraph; larger alone is a lead's type: both are a heading.
 */
function styledHeading(el: Element): string | null {
  if (!boldThrough(el, STYLED_HEADING_NODES)?.larger) return null;
  const text = cleanText(textOf(el));
  return text.length >= 2 && text.length <= 40 && !/[。]/.test(text) ? text : null;
}

/**
 * Whether a short block is bold through (every character of its text emphasized within it, in at most `maxNodes` nodes,
 * no layout block, image or link inside), and whether any of it is set larger than the text (an inline font size, or
 * <font size> 4 and up). Null when it is not bold through.
 */
function boldThrough(el: Element, maxNodes: number): { larger: boolean } | null {
  let nodes = 0;
  let larger = false;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++nodes > maxNodes) return null;
    if (node.type === 'text') {
      if (/\S/.test((node as unknown as { data: string }).data) && !emphasizedWithin(node, el)) return null;
      continue;
    }
    if (node.type !== 'tag') continue;
    const tag = node as Element;
    if (tag !== el && (LAYOUT_BLOCKS.has(tag.tagName) || tag.tagName === 'img' || tag.tagName === 'a')) return null;
    if ((tag.attribs.style && LARGER_FONT.test(tag.attribs.style)) || (tag.tagName === 'font' && /^(?:[4-7]|\+[1-4])$/.test((tag.attribs.size ?? '').trim()))) larger = true;
    for (const c of tag.children) stack.push(c);
  }
  return { larger };
}

/**
 * A paragraph that is a numbered section's heading as a word processor writes one when its author only sets it bold
 * (a Word 「Web ページとして保存」 export: 「<p class=MsoNormal><b><span>（１）「Ｘ」に会員登録いただいたお客様</span></b></p>」):
 * every character bold, a line (no sentence), opening with a section's number. Bold alone is emphasis, a number
 * alone opens a list's item: both are a heading, at the level its kind of numbering stands at (1. → （１） → ア, the
 * order the page first uses them). Its text and kind, or null.
 */
function numberedBoldHeading(el: Element): { text: string; numbering: string } | null {
  if (!boldThrough(el, NUMBERED_HEADING_NODES)) return null;
  const text = cleanText(textOf(el));
  if (text.length < 3 || text.length > NUMBERED_HEADING || /[。]/.test(text)) return null;
  const numbering = numberingOf(text);
  return numbering === null ? null : { text, numbering };
}
/** The longest numbered heading (characters) and the most nodes read for one. */
const NUMBERED_HEADING = 60;
const NUMBERED_HEADING_NODES = 30;

/**
 * The kind of section number a line opens with, a word after it: 第１ (第N章/節/条), 1. (1．), 1) , （1）, ア (and （ア）),
 * ①, a. / (a); null for none. A number's digits fold (NFKC).
 */
function numberingOf(text: string): string | null {
  const head = text.slice(0, 8).normalize('NFKC');
  for (const [kind, pattern] of SECTION_NUMBERS) if (pattern.test(head)) return kind;
  return null;
}
const SECTION_NUMBERS: readonly (readonly [string, RegExp])[] = [
  ['dai', /^第[0-9一二三四五六七八九十]{1,3}[章節条項部]?[ .、]?(?=[^\s0-9])/],
  ['dot', /^[0-9]{1,2}[.](?![0-9])[ ]?(?=\S)/],
  ['close', /^[0-9]{1,2}[)](?=[ ]?\S)/],
  ['paren', /^\([0-9]{1,2}\)(?=[ ]?\S)/],
  ['kanaParen', /^\([アイウエオカキクケコサシスセソタチツテトナニヌネノ]\)(?=[ ]?\S)/],
  ['kana', /^[アイウエオカキクケコサシスセソタチツテトナニヌネノ][ 、.](?=\S)/],
  ['circled', /^[①-⑳](?=[ ]?\S)/],
  ['alphaParen', /^\([a-z]\)(?=[ ]?\S)/],
  ['alpha', /^[a-z][.)][ ]?(?=\S)/],
];

/** Emphasis that sets a whole cell apart as a heading. */
const BAR_EMPHASIS = tags('b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6');

/** A one-cell box that is a heading: a short line, no sentence, every character of it bold (or a header cell). */
function isHeadingBar(cell: Element, text: string): boolean {
  if (text.length < 2 || text.length > 40 || /[。、]/.test(text) || hasDescendant(cell, LAYOUT_BLOCKS)) return false;
  const stack: AnyNode[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (/\S/.test((node as unknown as { data: string }).data) && !(cell.tagName === 'th' || emphasizedWithin(node, cell))) return false;
      continue;
    }
    for (const c of (node as { children?: AnyNode[] }).children ?? []) stack.push(c);
  }
  return true;
}

/** A node inside emphasis that stands within the cell. */
function emphasizedWithin(node: AnyNode, cell: Element): boolean {
  for (let n = node.parent; n && n !== cell; n = n.parent) if (isElement(n) && BAR_EMPHASIS.has(n.tagName)) return true;
  return false;
}

/** <dl>: "dt: dd" on one line when the dd is a short phrase, else the dt line and the dd's blocks. */
function renderDefinitions(dl: Element, lines: string[], blank: () => void, walk: Walk, depth: number): void {
  blank();
  let term: string | null = null;
  for (const child of dl.children) {
    if (child.type !== 'tag') continue;
    const el = child as Element;
    if (el.tagName === 'dt') {
      if (term) lines.push(term);
      term = cleanText(textOf(el));
    } else if (el.tagName === 'dd') {
      const text = cleanText(textOf(el));
      if (term && text.length <= 80 && !hasDescendant(el, DD_BLOCKS)) {
        lines.push(`${term}: ${text}`);
      } else {
        if (term) lines.push(term);
        for (const c of el.children) walk(c, depth);
        blank();
      }
      term = null;
    } else walk(el, depth);
  }
  if (term) lines.push(term);
  blank();
}
