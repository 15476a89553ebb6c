import type { PageHead } from './pageHead.js';
import type { AnyNode, Element } from 'domhandler';
import { descendants, follows, isElement, textOf } from './dom.js';
import { CORPORATE_FORMS, DEPARTMENT_RUN, DESK_OFFICE, DESK_WORK, NAME_ENDINGS, ORGANIZATION_WORDS, STANDALONE_NAME_ENDINGS, TITLE_WORDS } from '../words/organizations.js';
import { findDateMentions, formatDate } from '../dates/dateMentions.js';
import { ADDRESS_LINE, FEED_TITLE, ISSUER_BOX_FIELD, ISSUER_BOX_HEADING, ISSUER_BOX_NAME_FIELD, NAME_BEFORE_ADDRESS, NAV_LABEL, NEWS_CATEGORY, POLICY_LINK_WORDS, PUBLISHER_LINE, SITE_SECTION } from '../words/pageChrome.js';

/**
 * What a page says about itself outside the release text: who publishes it (JSON-LD publisher,
 * og:site_name, the logo's alt text, the copyright line, the <title>'s site part) and when
 * (JSON-LD datePublished). Read before scripts are dropped; used only when the text does not say.
 */
export interface PageMeta {
  organization: string | null;
  /** "YYYY-MM-DD" from JSON-LD datePublished. */
  published: string | null;
  headline: string | null;
}

const COPYRIGHT_HOLDERS = new Set(['small', 'p', 'div', 'span', 'td', 'address', 'footer', 'li', 'font']);
const IMG = new Set(['img']);
/**
 * The legal forms, and the endings that say what a body is (県, 市, 大学, 病院, 学園 …), as regex alternatives — with those
 * that make a name only standing alone (事業団, 弁護士会): the site's places (a logo, a home link, a copyright line) are such.
 */
const FORM_WORDS = [...CORPORATE_FORMS].map((f) => f.replace(/[()（）]/g, '\\$&')).join('|');
const ENDING_WORDS = `${NAME_ENDINGS.map((e) => e.ending).join('|')}|${STANDALONE_NAME_ENDINGS.join('|')}|グループ|ホールディングス|協会|機構|財団|法人|局|省|庁|センター|組合|連合会|学園|研究所|事務所`;
/** An organization's name: a legal form, or an ending such as 県, 市, 大学, 病院. */
const NAME_LIKE = new RegExp(`(?:${FORM_WORDS})|(?:${ENDING_WORDS})$`);
/** A kind's word at a text's end: a legal form or an ending. */
const KIND_AT_END = new RegExp(`(?:${FORM_WORDS}|${ENDING_WORDS})$`);

/**
 * A body named with the one under it that publishes (「奈良県奈良市（市立奈良病院）」): a name followed by
 * another in brackets, each read as a name; the bracketed part alone is not one (「株式会社Ｘ（第2報）」).
 */
const NAME_WITH_UNIT = /^([^（）()]{2,30})[（(]([^（）()]{2,30})[）)]$/;

/** A name and one word after it, a space apart: 「Ａ県 農業技術課」. */
const NAME_WITH_OFFICE = /^([^\s（）()]{2,30})[ 　]([^\s（）()]{2,20})$/;

/**
 * A kind's word and nothing else, or a run of them (「学園」「病院」「大学病院」「株式会社」), with at most a deictic before it
 * (「当院」「本学園」): it says what a body is, not which — a site section's 「学園ニュース」 trimmed, never a name.
 */
export function isBareKind(text: string): boolean {
  let rest = text.trim();
  for (let i = 0; i < 4 && rest.length > 0; i++) {
    const m = KIND_AT_END.exec(rest);
    if (!m) break;
    rest = rest.slice(0, m.index);
    // A desk named for its work alone (「事務局」「お客様センター」): whose desk it is, no word says (「学会事務局」 is a kind's too).
    if (DESK_OFFICE.test(m[0])) rest = rest.replace(DESK_WORK, '');
  }
  return rest.length < text.trim().length && /^[当本弊貴]?$/.test(rest);
}

/** A section named for the body's kind, its particle left where 「…のお知らせ」 was trimmed: 「病院から」「学園より」. */
function isKindSection(text: string): boolean {
  const m = /^(.{1,12}?)(?:から|より)$/.exec(text.trim());
  return m !== null && isBareKind(m[1]!);
}

/** An organization's name by its form or ending, or two such as one (a body and its unit in brackets). */
function nameLike(text: string): boolean {
  if (isBareKind(text)) return false;
  if (NAME_LIKE.test(text)) return true;
  // A body's name and its office after it, a space apart (「Ａ県 農業技術課」): the office publishes for the body.
  const office = NAME_WITH_OFFICE.exec(text);
  if (office !== null && NAME_LIKE.test(office[1]!) && DEPARTMENT_RUN.exec(office[2]!)?.[0] === office[2]) return true;
  const m = NAME_WITH_UNIT.exec(text);
  return m !== null && NAME_LIKE.test(m[1]!) && (NAME_LIKE.test(m[2]!) || namesItsBody(m[1]!, m[2]!));
}

/**
 * A house or hall under the body that runs it, named with the body's own name in it (「Ａ市教育委員会（Ａ市芸術文化ホール）」):
 * three characters of the body's name, none a legal form's, in the bracketed part (not 「Ａ市教育委員会（第2報）」).
 */
function namesItsBody(body: string, unit: string): boolean {
  for (let i = 0; i + 3 <= body.length; i++) {
    const run = body.slice(i, i + 3);
    if (unit.includes(run) && !CORPORATE_FORMS.some((f) => f.includes(run))) return true;
  }
  return false;
}

/** Reads like an organization's name (a legal form, or an ending such as 県, 大学, 局). */
export function looksLikeName(text: string): boolean {
  return text.length <= 40 && !/[。、「」]/.test(text) && !TITLE_WORDS.some((w) => text.includes(w)) && nameLike(text);
}
const isOneName = (n: string) => n.length >= 3 && n.length <= 40 && ORGANIZATION_WORDS.some((w) => n.startsWith(w) || n.endsWith(w));

/**
 * Two organizations' names or more joined by 、 or ・, each with a legal form or a body's ending, and
 * nothing else. A name may hold a ・ itself (「ニッセイ・ウェルス生命保険株式会社」): a part between
 * 、 that reads as one name is one.
 */
export function isJointIssuers(line: string): boolean {
  if (line.length > 120 || /[。：:（）()\n]/.test(line)) return false;
  let names = 0;
  for (const part of line.split(/[、,，]/).map((p) => p.trim())) {
    // A name may hold a space between its words (「フィンテック グローバル株式会社」): one that ends as a name does, in three
    // words at most — not a name and a head's title after it (「株式会社Ａ 代表取締役」), nor a sentence.
    if (/\s/.test(part) && !(part.split(/\s+/).length <= 3 && ORGANIZATION_WORDS.some((w) => part.endsWith(w) && part !== w))) return false;
    const pieces = part.split('・');
    if (pieces.every(isOneName)) names += pieces.length;
    else if (isOneName(part)) names++;
    else return false;
  }
  return names >= 2;
}

/** What a site adds to its name: 公式サイト, ニュースリリース, ホームページ … */
const SITE_SUFFIX = /[ 　]*(?:[|｜:：\-–—][ 　]*)?(?:の)?(?:公式(?:ウェブ|Web)?サイト|公式ホームページ|オフィシャル(?:ウェブ)?サイト|ウェブサイト|Webサイト|ホームページ|ニュースリリース|ニュース|お知らせ|プレスリリース|Official (?:Web ?)?Site|Website)$/i;
/**
 * "Copyright © 2003-2026 株式会社Ｘ All Rights Reserved." → "株式会社Ｘ"; also when a printed
 * footer wraps before "Reserved.", and as a site builder writes it: "© 2026 by 株式会社Ｘ. Proudly
 * created with Wix.com" (the builder's credit after the holder, before or after "All Rights Reserved.":
 * "… All Rights Reserved. | Powered by Movable Type 7").
 */
const COPYRIGHT = /(?:copyright|\(c\)|（c）|©)[ 　]*(?:(?:\(c\)|©|（c）)[ 　]*)?(?:(?:19|20)[0-9]{2}(?:[ 　]*[-–~～][ 　]*(?:19|20)[0-9]{2})?[ 　,.]*)?(?:by[ 　]+)?([^\n©]{2,60}?)[ 　.,]*(?:all rights(?: reserved)?\.?[ 　.,|｜]*)?(?:(?:proudly[ 　]+)?(?:created|powered|made|built|designed)(?:[ 　]+and[ 　]+secured)?[ 　]+(?:with|by|on)[ 　]+[A-Za-z][A-Za-z0-9.]{0,30}(?:[ 　][A-Za-z0-9][A-Za-z0-9.]{0,30}){0,2}[ 　.]*)?(?:all rights(?: reserved)?\.?)?[ 　]*$/i;

export function readPageMeta(head: PageHead): PageMeta {
  const ld = readJsonLd(head.jsonLd);
  // In order of trust, each read only when those before it name no one (the body's are walks).
  // The body's walks are made once each: the copyright line and the logo are read again below.
  let holder: string | null | undefined;
  let logo: string | null | undefined;
  const holderOnce = (): string | null => (holder === undefined ? (holder = head.body ? copyrightHolder(head.body) : null) : holder);
  const logoOnce = (): string | null => (logo === undefined ? (logo = head.body ? logoAlt(head.body) : null) : logo);
  const candidates: (() => string | null | undefined | string[])[] = [
    // First the company box beside the article: on a distribution site the only place naming the issuer (its JSON-LD,
    // og:site_name, logo and copyright line name the platform); on the company's own site it names the site's owner.
    () => (head.body ? issuerBoxName(head.body) : null),
    () => ld.publisher,
    // Dublin Core's publisher (「<meta name="DC.publisher" content="株式会社Ａ">」): named as such, as JSON-LD's is.
    () => dcPublisher(head),
    () => (head.body ? microdataOrganization(head.body) : null),
    () => head.meta.get('property=og:site_name'),
    () => head.meta.get('name=application-name'),
    // The site's feed, titled with the site's name as its engine was set up (「Ａ協会 » フィード」).
    () => head.feeds.map(feedSiteName).filter((n): n is string => n !== null),
    // The footer's own copyright line naming no one, its name line over it, before a second line that credits another
    // (「有限会社Ａ / 個人情報保護方針 サイトマップ / Copyright © All Rights Reserved. / © note inc.」: the platform's).
    () => (head.body ? ownLineBeforeCredit(head.body) : null),
    holderOnce,
    // The footer's line that names the publisher by its label (「発行：株式会社Ａ」 under a copyright line naming no one).
    () => (head.body ? publisherLineName(head.body) : null),
    () => (head.body ? addressName(head.body) : null),
    () => (head.body ? copyrightBlockName(head.body) : null),
    logoOnce,
    // The share image's description, where it names a body (「<meta property="og:image:alt" content="株式会社Ａ">」): the image a
    // site shares its pages with is its logo, and the alt names whose; a description of a scene (「説明会の様子」) is passed.
    () => ogImageName(head),
    () => titleSiteParts(head.title),
    // Last, the page's author as its <meta> names it: a body's name there (「株式会社Ａ」) is who publishes when no place
    // of the site's own names anyone; a person's or a role's (「広報担当」「admin」) reads as no name and is passed.
    // (Last: a theme may name its maker there, 「株式会社Ｂデザイン」, where the site names itself elsewhere.)
    () => head.meta.get('name=author'),
  ];
  // The first place naming someone, unless a later one names the one the page's own title speaks of (「白梅豊岡病院への
  // サイバー攻撃…」 under a logo that names a department, the <title>'s site part 「医療法人社団白梅会 白梅豊岡病院」).
  const pageTitle = ld.headline ?? head.meta.get('property=og:title') ?? titleSiteParts(head.title).at(-1) ?? head.title;
  let organization: string | null = null;
  for (const name of candidateNames(candidates)) {
    if (!name || !nameLike(name)) continue;
    organization ??= name;
    // (A name, not the title's own part read as one: 「株式会社Ｘにおける…について」 holds a legal form too.)
    if (pageTitle && looksLikeName(name) && sharesName(name, pageTitle)) {
      organization = name;
      break;
    }
  }
  // A publisher named as such (JSON-LD publisher, og:site_name) is the publisher even without a
  // legal form (「吉田フットサルクラブ Green Field」): taken when nothing reads more like a name.
  // Not a section's label in its place (「NEWS」「新着情報」: a template's og:site_name naming no one).
  organization ??= [cleanName(ld.publisher), cleanName(dcPublisher(head)), cleanName(head.meta.get('property=og:site_name'))].find((n) => n !== null && !isSectionLabel(n) && !isBareKind(n)) ?? null;
  // The logo and the copyright line naming the same holder name the site twice: its name as the
  // site writes it, even one without a legal form or written short (「アクサ生命保険株式会」).
  organization ??= agreedSiteName(holderOnce(), logoOnce());
  // Or the copyright line and the <title>'s site part: 「…に関しまして | 寺崎脳神経外科」 over 「© 2025 寺崎脳神経外科」.
  organization ??= titleAgreedName(head.title, holderOnce());
  // Else the page names its publisher in one place, with no legal form: the copyright line's holder or the logo's
  // alt text (「© 2012-2025 吉田フットサルクラブ Green Field」, <img class="logo" alt="…">), the site's own words for
  // who runs it — when no other place names another (the logo and the copyright line, the <title>'s site part).
  // Not a section's label, nor an image's own description (「ロゴ」「logo」).
  organization ??= onlyName([holderOnce(), logoOnce()], titleSiteParts(head.title).slice(0, -1));
  // Else the <title>'s site part, the place a site writes its own name after the page's (「…について | チューリッヒ保険会社」),
  // when no other place names anyone (the copyright line, the logo) and it ends as a body's name does, the legal form
  // or the kind's last word loosely (「…事業団」「…保険会社」): a blog's or a section's name there (「スタッフブログ」) names no one.
  organization ??= named([holderOnce(), logoOnce()]).length === 0 ? titleSiteAlone(head.title) : null;
  return { organization, published: ld.published, headline: ld.headline };
}

/** The body the share image's alt text names (og:image:alt, when it reads as a name alone); null for a scene's description. */
function ogImageName(head: PageHead): string | null {
  const alt = cleanName(head.meta.get('property=og:image:alt'));
  return alt !== null && (looksLikeName(alt) || isJointIssuers(alt)) ? alt : null;
}

/**
 * The site's name a feed link's title gives before the feed's word (「Ａ協会 » フィード」 → 「Ａ協会」), or before the name
 * of the section the feed carries, a space apart (「株式会社Ａ 新着情報」「Ａ協会 お知らせ」「Ａ Blog」, as a static site's
 * generator titles its news feed); null for none.
 */
function feedSiteName(title: string): string | null {
  const text = title.replace(/\s+/g, ' ').trim();
  const m = FEED_TITLE.exec(text);
  if (m) return m[1]!.trim();
  const space = text.lastIndexOf(' ');
  return space >= 2 && SITE_SECTION.test(text.slice(space + 1)) ? text.slice(0, space) : null;
}

/** The <meta> keys of Dublin Core's publisher element, as pages write it (DC.publisher, DCTERMS.publisher; lower-cased). */
const DC_PUBLISHER_KEYS = ['name=dc.publisher', 'name=dcterms.publisher', 'property=dc:publisher', 'property=dcterms:publisher'];

/** The page's publisher as its Dublin Core <meta> names it; null when it names none. */
function dcPublisher(head: PageHead): string | null {
  for (const key of DC_PUBLISHER_KEYS) {
    const v = head.meta.get(key)?.trim();
    if (v) return v;
  }
  return null;
}

/**
 * Whether a text names the body a name does: three characters of the name in a row, none of them a legal form's or
 * a kind's word (「白梅豊岡」 of 「医療法人社団白梅会 白梅豊岡病院」 in 「白梅豊岡病院へのサイバー攻撃…」; never 「株式会」).
 */
function sharesName(name: string, text: string): boolean {
  const core = name.normalize('NFKC').replace(/\s+/g, '');
  const within = text.normalize('NFKC');
  for (let i = 0; i + 3 <= core.length; i++) {
    const run = core.slice(i, i + 3);
    if (!within.includes(run) || CORPORATE_FORMS.some((f) => f.includes(run)) || KIND_AT_END.test(run)) continue;
    return true;
  }
  return false;
}

/** The most characters of a company box beside the article: its name and a few fields. */
const ISSUER_BOX = 400;
/** The fewest fields (代表者名, 所在地, 設立, 資本金 …) that make a box under such a heading a company's profile. */
const ISSUER_BOX_FIELDS = 2;
const FIELD_LABELS = new Set(['dt', 'th', 'td']);
const FIELD_LISTS = new Set(['dl', 'table', 'tbody', 'ul', 'ol']);
const ARTICLE_OR_MAIN = new Set(['article', 'main']);
const SIDE = new Set(['aside']);

/**
 * The name in a company's box beside the article (a press-release distribution site's 「企業情報」 box: 「<h2>企業情報</h2>
 * <p><b>株式会社Ａ</b></p><dl><dt>代表者名</dt>…<dt>資本金</dt>…</dl>」): a short box opening with a heading that says so
 * (ISSUER_BOX_HEADING), two company fields at least as labels (<dt>/<th>), its name the line right under the heading or
 * a name field's value. Beside the article only — in an <aside> (or role="complementary"), or outside the page's
 * <article>/<main>: a release's own 【会社概要】 of a contractor or a subsidiary stands in its text and names no issuer.
 */
function issuerBoxName(body: Element): string | null {
  for (const heading of boxHeadings(body)) {
    const box = heading.parent;
    if (!box || box.type !== 'tag' || textOf(box).length > ISSUER_BOX) continue;
    if (!besideArticle(box as Element)) continue;
    const labels = descendants(box as Element, FIELD_LABELS);
    if (labels.filter((l) => ISSUER_BOX_FIELD.test(fieldLabel(l))).length < ISSUER_BOX_FIELDS) continue;
    // The line under the heading, a name alone; else the value of a name field (「<dt>会社名</dt><dd>株式会社Ａ</dd>」).
    // (A line: no fields' table or list under the heading read as one.)
    const under = nextElement(heading);
    const line = under && !FIELD_LISTS.has(under.tagName) && textOf(under).length <= NAME_LINE && descendants(under, FIELD_LABELS, 1).length === 0 ? cleanName(textOf(under)) : null;
    if (line && looksLikeName(line)) return line;
    for (const label of labels) {
      if (!ISSUER_BOX_NAME_FIELD.test(fieldLabel(label))) continue;
      const value = nextElement(label);
      const name = value ? cleanName(textOf(value)) : null;
      if (name && looksLikeName(name)) return name;
    }
  }
  return null;
}
/** The most company-box headings read on a page (a menu's 「会社概要」 link is one): a page of many stays linear. */
const ISSUER_BOXES = 8;

/** A field's label as its cell writes it, without spaces or a colon after it. */
const fieldLabel = (el: Element) => textOf(el).replace(/\s+/g, '').replace(/[:：]$/, '');

/**
 * The elements that are a company box's heading (ISSUER_BOX_HEADING their whole text), in page order: a text node so
 * worded, widened through the inline marks that are all of its element (「<h2><span>企業情報</span></h2>」).
 */
function boxHeadings(body: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...body.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (data.length > 24 || !ISSUER_BOX_HEADING.test(data.replace(/\s+/g, ' ').trim())) continue;
      let el = node.parent;
      while (el && el.type === 'tag' && INLINE_MARKS.has((el as Element).tagName) && el.parent?.type === 'tag' && textOf(el.parent).trim() === data.trim()) el = el.parent;
      if (el && el.type === 'tag' && out.push(el as Element) >= ISSUER_BOXES) break;
      continue;
    }
    const children = (node as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
const INLINE_MARKS = new Set(['span', 'b', 'strong', 'font', 'a', 'em']);

/** A box in an <aside> or a complementary region, or outside any <article> and <main> of a page that has one. */
function besideArticle(box: Element): boolean {
  let inArticle = false;
  for (let p: AnyNode | null = box; p && p.type === 'tag'; p = p.parent) {
    const el = p as Element;
    if (SIDE.has(el.tagName) || el.attribs.role === 'complementary') return true;
    if (ARTICLE_OR_MAIN.has(el.tagName)) inArticle = true;
  }
  if (inArticle) return false;
  // Outside them: only when the page sets its text in one (an old layout with neither is read no further).
  let root: AnyNode = box;
  while (root.parent) root = root.parent;
  return descendants(root as Element, ARTICLE_OR_MAIN, 1).length > 0;
}

/** The next element sibling, past text. */
function nextElement(el: Element): Element | null {
  let next = el.next;
  while (next && next.type !== 'tag') next = next.next;
  return next as Element | null;
}

/** The most elements read for a publisher's labelled line (a page of many stays linear). */
const PUBLISHER_LINES = 3000;
const H1 = new Set(['h1']);

/**
 * The name a site's footer gives after a publisher's label (PUBLISHER_LINE: 「<p>発行：株式会社Ａ</p>」「運営会社：Ｂ協会」): the
 * label says whose the site is. Its block is the site's — in a <footer> (or role="contentinfo"), beside the copyright line
 * in one block, or beside the page's <article>/<main> — never a line of the release's text. So is a line before the page's
 * first <h1> (the header band over the title: 「<p>運営：Ａ株式会社</p>」 beside the logo): the release starts at its title.
 */
function publisherLineName(body: Element): string | null {
  const h1 = descendants(body, H1, 1)[0] ?? null;
  for (const el of descendants(body, COPYRIGHT_HOLDERS, PUBLISHER_LINES)) {
    const own = ownText(el).replace(/\s+/g, ' ').trim();
    if (own.length === 0 || own.length > NAME_LINE || own !== textOf(el).replace(/\s+/g, ' ').trim()) continue;
    const m = PUBLISHER_LINE.exec(own);
    const name = m ? cleanName(m[1]) : null;
    if (!name || !looksLikeName(name) || isBareKind(name)) continue;
    if (inFooter(el) || besideCopyrightLine(el) || besideArticle(el) || (h1 !== null && follows(h1, el))) return name;
  }
  return null;
}

/** Whether an element stands in the page's footer: a <footer> or a role="contentinfo" region. */
function inFooter(el: Element): boolean {
  for (let p: AnyNode | null = el; p && p.type === 'tag'; p = p.parent) if ((p as Element).tagName === 'footer' || (p as Element).attribs.role === 'contentinfo') return true;
  return false;
}

/** Whether an element's parent also holds the copyright line (its own text the mark's): the two lines of one footer. */
function besideCopyrightLine(el: Element): boolean {
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return false;
  return descendants(parent as Element, COPYRIGHT_HOLDERS).some((c) => c !== el && COPYRIGHT_MARK.test(ownText(c)));
}

/** The most <address> blocks read for the body's name. */
const ADDRESSES = 5;

/**
 * The name an <address> block opens with, on its own line (「<address>公益財団法人B＆G財団<br>〒… TEL …</address>」: the
 * site's footer, or the release's contact): its first line when it reads as an organization's name.
 */
function addressName(body: Element): string | null {
  // (The block that holds the copyright line is the site's footer, whatever its tag: a <div> in a footer's place.)
  const copyrightBlocks = copyrightLines(body).filter((el) => el.tagName !== 'footer' && el.tagName !== 'address');
  for (const el of [...descendants(body, ADDRESS_OR_FOOTER).slice(0, ADDRESSES), ...copyrightBlocks.slice(-2)]) {
    const footer = el.tagName !== 'address';
    let first = '';
    for (const c of el.children) {
      if (c.type === 'tag' && ((c as Element).tagName === 'br' || BLOCK_LINES.has((c as Element).tagName))) {
        if (first.trim() !== '') break;
        if ((c as Element).tagName === 'br') continue;
        first = textOf(c);
        break;
      }
      first += textOf(c);
      if (first.length > 60) break;
    }
    // A footer's line that opens with the name, its address after it on the line (「北海道滝川市　〒750-7328 … TEL …
    // © 2025 All Rights Reserved.」, the copyright naming no holder): the name before the address.
    // (An <address> so written is the release's or an office's: 「さくら川市役所　〒…」 names the office, not the city.)
    const opening = footer ? NAME_BEFORE_ADDRESS.exec(first.trim()) : null;
    if (footer && !opening) continue;
    // The name alone: it opens with its legal form or ends with its kind (「…まで」 is a sentence naming it).
    const name = cleanName(opening ? opening[1]! : first);
    if (name && looksLikeName(name) && (KIND_AT_END.test(name) || FORM_FIRST.test(name))) return name;
  }
  return null;
}
const ADDRESS_OR_FOOTER = new Set(['address', 'footer']);

/** The most characters of the block around the copyright line that is read as the site's footer. */
const FOOTER_BLOCK = 300;

/**
 * The name of the site's company block where the copyright line stands, whatever holds it (an old layout's last cell,
 * a <div>): the block around the line, a few lines, is the site's footer; a line in it that is a name alone, right over
 * its address or telephone line (「株式会社Ａ<br>〒423-2084 … TEL …<br>Copyright © All Rights Reserved.」), names the
 * site — the copyright line itself naming no holder.
 */
function copyrightBlockName(body: Element): string | null {
  let block: Element | null = copyrightLines(body).at(-1) ?? null;
  while (block && !FOOTER_BLOCKS.has(block.tagName) && block.parent?.type === 'tag') block = block.parent as Element;
  if (!block || textOf(block).length > FOOTER_BLOCK) return null;
  let lines = linesOf(block);
  let footer = block;
  const alone = lines.length <= 1;
  // A block of the copyright line alone (「<p>Copyright © …</p>」) stands in the footer's: the footer's lines.
  if (alone && block.parent?.type === 'tag' && textOf(block.parent).length <= FOOTER_BLOCK) lines = linesOf((footer = block.parent as Element));
  // (Not a name opening the address's own line, 「さくら川市役所　〒…」: an office's, as addressName reads it.)
  for (let k = 0; k + 1 < lines.length; k++) {
    const name = ADDRESS_LINE.test(lines[k + 1]!) ? cleanName(lines[k]!) : null;
    if (name && isFooterName(name)) return name;
  }
  // Or a name alone over the copyright line naming no one, the footer's row of links maybe between them.
  const over = nameOverCopyright(lines, linkWords(footer));
  if (over) return over;
  // The copyright line a block of its own in a long page's last lines (an old layout's 「<p><small>株式会社Ａ</small></p>
  // <p><small>Copyright © All Rights Reserved.</small></p>」 under the counter): the block right over it, a name alone,
  // is the holder the line does not name.
  if (alone) {
    const above = previousBlock(block);
    const name = above && (textOf(above).length <= NAME_LINE || isJointIssuers(textOf(above).replace(/\s+/g, ' ').trim())) && !/[。．]/.test(textOf(above)) ? cleanName(textOf(above)) : null;
    if (name && isFooterName(name)) return name;
  }
  return null;
}
/**
 * The footer's name line over its copyright line that names no holder (before line `end`): the line right above it, or
 * above the footer's rows of links between them (「株式会社Ａ / 個人情報保護方針　サイトマップ / Copyright © All Rights
 * Reserved.」: each word a link's — `links`, the block's links' words — and a menu's label), or a row of links that opens
 * with it (「Ａ株式会社 個人情報保護方針 サイトマップ」, the policy named as whose it is) — a name alone, no sentence. The
 * copyright line's holder, as the block writes it.
 */
function nameOverCopyright(lines: readonly string[], links: ReadonlySet<string>, end = lines.length): string | null {
  const linked = (line: string) => rowWords(line).every((w) => links.has(w));
  for (let c = Math.min(end, lines.length) - 1; c >= 1; c--) {
    if (!COPYRIGHT_MARK.test(lines[c]!) || copyrightHolderOf(lines[c]!) !== null) continue;
    let k = c - 1;
    while (k > 0 && isLinkRow(lines[k]!) && linked(lines[k]!)) k--;
    const line = lines[k]!;
    if (/[。．]/.test(line)) return null;
    const opening = links.has(rowWords(line).at(-1) ?? '') ? nameBeforeLinks(line) : null;
    const name = cleanName(opening ?? line);
    return name && isFooterName(name) ? name : null;
  }
  return null;
}

/** The words of a block's links (「個人情報保護方針」「サイトマップ」「Ａ株式会社」 of 「<a>Ａ株式会社 個人情報保護方針</a>」). */
function linkWords(block: Element): Set<string> {
  return new Set(descendants(block, LINKS, 40).flatMap((a) => rowWords(textOf(a).replace(/\s+/g, ' ').trim())));
}
const LINKS = new Set(['a']);

/**
 * The site's own copyright line in its footer, naming no holder, with a second line after it that names one (「Copyright ©
 * All Rights Reserved.」 then 「© note inc.」): the second credits another — the platform, the theme's maker — and the site's
 * name is the footer's name line over its own line (nameOverCopyright). Null when the page's last copyright line names no
 * one, or no own line stands before it in the footer's block.
 */
function ownLineBeforeCredit(body: Element): string | null {
  const last = copyrightLines(body).at(-1);
  if (!last || copyrightHolderOf(ownText(last)) === null) return null;
  let block: Element | null = last;
  for (let k = 0; block && k < 3; k++, block = block.parent?.type === 'tag' ? (block.parent as Element) : null) {
    if (textOf(block).length > FOOTER_BLOCK) return null;
    const lines = linesOf(block);
    const credit = lines.findLastIndex((l) => COPYRIGHT_MARK.test(l) && copyrightHolderOf(l) !== null);
    if (credit < 0 || !lines.slice(0, credit).some((l) => COPYRIGHT_MARK.test(l) && copyrightHolderOf(l) === null)) continue;
    return nameOverCopyright(lines, linkWords(block), credit);
  }
  return null;
}

/** A footer's link to a page of the site's own (「個人情報保護方針」「サイトマップ」「お問い合わせ」): a menu's label. */
const isLinkLabel = (word: string) => NAV_LABEL.test(word) || SITE_SECTION.test(word);
/** A line's words: apart by spaces or bars. */
const rowWords = (line: string) => line.split(/[ 　]*[|｜][ 　]*|[ 　]+/).filter((w) => w !== '');

/** A footer's row of links, each word a menu's label (「個人情報保護方針　サイトマップ」「利用規約 | お問い合わせ」). */
export function isLinkRow(line: string): boolean {
  const words = rowWords(line.trim());
  return words.length > 0 && words.every(isLinkLabel);
}

/**
 * The name a footer's row of links opens with (「Ａ株式会社 個人情報保護方針 サイトマップ」「Ａ協会の個人情報保護方針」: the
 * policy named as whose it is — the site's): the words before the labels; null when the row opens with none, or is no row
 * of links.
 */
export function nameBeforeLinks(line: string): string | null {
  const words = rowWords(line.trim());
  let n = words.length;
  while (n > 1 && isLinkLabel(words[n - 1]!)) n--;
  const rest = words.slice(0, n).join(' ');
  const policy = POLICY_LINK_WORDS.exec(rest);
  if (policy) return policy[1]!.trim();
  return n < words.length && !isLinkLabel(rest) ? rest : null;
}

/**
 * A footer's line that is a name alone: it opens with its legal form or ends with its kind — or names the joint issuers
 * each so (「株式会社Ａ、株式会社Ｂ」, the site of two companies: both its publishers).
 */
function isFooterName(name: string): boolean {
  return (looksLikeName(name) && (KIND_AT_END.test(name) || FORM_FIRST.test(name))) || isJointIssuers(name);
}
/** The most characters of a block that is a name alone. */
const NAME_LINE = 60;

/** The element right before a block, past white space; null when text or nothing stands there. */
function previousBlock(el: Element): Element | null {
  let prev = el.prev;
  while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
  return prev && prev.type === 'tag' && FOOTER_BLOCKS.has((prev as Element).tagName) ? (prev as Element) : null;
}
/** What holds a footer's block of lines: not a run of text's inline markup (<font>, <span>, <small>). */
const FOOTER_BLOCKS = new Set(['td', 'th', 'div', 'p', 'footer', 'address', 'li', 'section', 'body']);

/** A block's lines: its text broken at each <br> and block element, each line's white space folded. */
function linesOf(block: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const stack: (AnyNode | null)[] = [...block.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || (node.type === 'tag' && ((node as Element).tagName === 'br'))) {
      lines.push(current.replace(/\s+/g, ' ').trim());
      current = '';
      continue;
    }
    if (node.type === 'text') current += (node as unknown as { data: string }).data;
    if (node.type !== 'tag') continue;
    // A block's end breaks the line as a <br> does (its start too).
    const blockLevel = FOOTER_BLOCKS.has((node as Element).tagName);
    if (blockLevel) stack.push(null);
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (blockLevel) stack.push(null);
  }
  lines.push(current.replace(/\s+/g, ' ').trim());
  return lines.filter((l) => l !== '');
}
const FORM_FIRST = new RegExp(`^(?:${FORM_WORDS})`);
const BLOCK_LINES = new Set(['p', 'div', 'span', 'strong', 'b']);

/**
 * An image's description, not a name (「ロゴ」「Company logo」「画像」), a site's generic words (「Official Site」), what
 * the link does (「トップページへ戻る」「ホームに戻る」), or the platform's credit badge (「Powered by Movable Type Pro」 in a
 * link to the engine's home page: its maker's, not the site's).
 */
const NOT_A_NAME = /ロゴ|logo|画像|image|バナー|banner|^(?:official|site|web|home|top)$|(?:へ|に)(?:戻る|移動)$|^(?:proudly )?(?:powered|created|made|built|designed|hosted) (?:by|with|on) /i;

/**
 * The one name the places give (each cleaned; a section's label or an image's description names no one), null when
 * they differ or another place (`others`: the <title>'s site parts) names someone else.
 */
function onlyName(places: readonly (string | null)[], others: readonly string[]): string | null {
  const names = new Set(named(places));
  if (names.size !== 1) return null;
  const [name] = names;
  return named(others).every((other) => other === name) ? name! : null;
}

/** The name one place gives, cleaned; null for a section's label, a kind alone or an image's description (see named). */
export function placeName(raw: string | null): string | null {
  return named([raw])[0] ?? null;
}

/** The places' names, cleaned; a section's label, a kind alone or an image's description names no one. */
function named(list: readonly (string | null)[]): string[] {
  return list.map(cleanName).filter((n): n is string => n !== null && !isSectionLabel(n) && !isBareKind(n) && !NOT_A_NAME.test(n));
}

/** A body's kind, loosely, at a name's end: a legal form, or a last word such as 会社, 事業団, 会, 院, 所. */
const LOOSE_KIND_AT_END = new RegExp(`(?:${FORM_WORDS}|${ENDING_WORDS}|会社|団|会|社|院|所|園|館|署|庁)$`);

/** The <title>'s one site part when it ends as a body's name does (no sentence's marks, not a label); else null. */
function titleSiteAlone(rawTitle: string | null | undefined): string | null {
  if (!rawTitle) return null;
  const parts = [...new Set(named(titleSiteParts(rawTitle).slice(0, -1)))];
  if (parts.length !== 1) return null;
  const name = parts[0]!;
  return name.length <= 40 && !/[。、「」？！?!]/.test(name) && !TITLE_WORDS.some((w) => name.includes(w)) && LOOSE_KIND_AT_END.test(name) ? name : null;
}

/** A site section's or menu's label standing where a name would (「ニュースリリース」「NEWS」「新着情報」「ホーム」): it names no one. */
export function isSectionLabel(text: string): boolean {
  const t = text.trim();
  return SITE_SECTION.test(t) || NAV_LABEL.test(t) || NEWS_CATEGORY.test(t) || isBareKind(t) || isKindSection(t);
}

/** The candidates' names, cleaned, read one by one (a candidate may give several, as a <title>'s parts). */
function* candidateNames(candidates: readonly (() => string | null | undefined | string[])[]): Generator<string | null> {
  for (const candidate of candidates) {
    const found = candidate();
    for (const raw of Array.isArray(found) ? found : [found]) yield cleanName(raw);
  }
}

function cleanName(raw: string | undefined | null): string | null {
  if (!raw) return null;
  // JSON-LD is written by templates that sometimes escape for HTML inside the script (&amp;).
  let name = raw.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]!).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3 && SITE_SUFFIX.test(name); i++) name = name.replace(SITE_SUFFIX, '').trim();
  name = name.replace(/[ 　.,、。]+$/, '');
  // A joint release's publisher lists each issuer, longer than one name may be.
  return name.length >= 2 && (name.length <= 50 || isJointIssuers(name)) ? name : null;
}

interface JsonLdFacts {
  publisher: string | null;
  published: string | null;
  headline: string | null;
}

/** schema.org JSON-LD: the article's publisher (or an Organization/WebSite name) and datePublished. */
function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = { publisher: null, published: null, headline: null };
  let siteName: string | null = null;
  for (const raw of scripts.slice(0, 20)) {
    if (raw.length > 200_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    // Walk iteratively and boundedly: @graph arrays, nested publisher objects.
    const stack: unknown[] = [data];
    for (let seen = 0; stack.length > 0 && seen < 2000; seen++) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...node.slice(0, 200));
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (/Article|BlogPosting|WebPage|Report/.test(type)) {
        const iso = isoOf(o.datePublished);
        if (iso && !facts.published) facts.published = iso;
        if (typeof o.headline === 'string' && !facts.headline) facts.headline = o.headline;
        const pub = o.publisher ?? o.author;
        const pubName = nameOf(Array.isArray(pub) ? pub[0] : pub);
        if (pubName && !facts.publisher) facts.publisher = pubName;
      } else if (/Organization|Corporation|GovernmentOrganization|EducationalOrganization|Hospital|WebSite/.test(type) && typeof o.name === 'string') {
        siteName ??= o.name;
      }
      for (const v of Object.values(o)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  facts.publisher ??= siteName;
  return facts;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

function isoOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])/.exec(v);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  const d = findDateMentions(v.normalize('NFKC'))[0];
  return d && d.year !== null && d.day !== null ? validIso(d.year, d.month, d.day) : null;
}

function validIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return formatDate(y, m, d);
}

/** The copyright line's holder and the logo's alt text when both name the same one. */
function agreedSiteName(holderWritten: string | null, altWritten: string | null): string | null {
  const holder = cleanName(holderWritten);
  return holder !== null && holder === cleanName(altWritten) ? holder : null;
}

/** What COPYRIGHT opens with: a text without it holds no copyright line. */
const COPYRIGHT_MARK = /copyright|\(c\)|（c）|©/i;

/** The holder a copyright line names: 「Copyright(C) 1993-2025 株式会社Ｘ All rights reserved.」 → 「株式会社Ｘ」. */
export function copyrightHolderOf(line: string): string | null {
  const m = COPYRIGHT.exec(line.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const holder = m[1]!.trim();
  // A line naming no holder (「© Copyright Powered by page builder」「Copyright © All Rights Reserved. Powered by Movable Type」):
  // what stands in the holder's place is the line's own words.
  return holder.replace(COPYRIGHT_WORDS, '').trim().length < 2 ? null : holder;
}

/** A copyright line's own words, none of them a holder's name. */
const COPYRIGHT_WORDS = /copyright|all rights(?: reserved)?|\(c\)|（c）|©|[ 　.,]/gi;

/** An element's own text (its text children joined, not its elements'). */
function ownText(el: Element): string {
  let text = '';
  for (const c of el.children) if (c.type === 'text') text += (c as unknown as { data: string }).data;
  return text;
}

/** copyrightLines per page body: the site's name, its publisher line and its footer block each ask for them. */
const copyrightLinesOf = new WeakMap<Element, Element[]>();

/** The elements whose own text holds the copyright mark (the copyright line's holders), in document order. */
function copyrightLines(body: Element): Element[] {
  let lines = copyrightLinesOf.get(body);
  if (!lines) copyrightLinesOf.set(body, (lines = descendants(body, COPYRIGHT_HOLDERS).filter((el) => COPYRIGHT_MARK.test(ownText(el)))));
  return lines;
}

/** The holder named on the page's copyright line (the last one: footers come last). */
function copyrightHolder(body: Element): string | null {
  let holder: string | null = null;
  for (const el of descendants(body, COPYRIGHT_HOLDERS)) {
    // Only an element whose own text says copyright (or ©, (c)) holds the line: the others are not split and cleaned.
    let joined = '';
    let count = 0;
    for (const c of el.children) {
      if (c.type !== 'text') continue;
      joined += (c as unknown as { data: string }).data;
      count++;
    }
    if (count === 0 || !COPYRIGHT_MARK.test(joined)) continue;
    const texts = el.children.flatMap((c) => (c.type === 'text' ? [(c as unknown as { data: string }).data] : []));
    // The footer's lines as one (a line split by a link's text), else each line set apart by <br>
    // (「最終更新日 …<br>〒… TEL …<br>Copyright(C) …」 is too long a block to be one line).
    for (const raw of [texts.join(''), ...(texts.length > 1 ? texts : [])]) {
      const own = raw.replace(/\s+/g, ' ').trim();
      if (own.length === 0 || own.length > 120) continue;
      const found = copyrightHolderOf(own);
      if (found) {
        holder = found;
        break;
      }
    }
  }
  return holder;
}

/**
 * The logo: an image in the site's home link (or a logo's), named by its alt text; else a logo set
 * as text — the home link's or the logo box's own words, when they read as a name (「株式会社Ｘ」).
 */
function logoAlt(body: Element): string | null {
  let text: string | null = null;
  let first: Element | null = null;
  let drawn: string | null = null;
  let nondescript: string | null = null;
  let heading: string | null = null;
  for (const el of descendants(body, LOGO_CARRIERS)) {
    if (el.tagName === 'img') first ??= el;
    if (el.tagName === 'a') {
      if (text === null && (isHomeLink(el) || nearUp(el, isLogoBox))) {
        // The home link as a breadcrumb trail's first level names the site with the word for home after it
        // (「株式会社Ｘ トップ」 ＞ ニュース ＞ …): the name without it.
        const words = textOf(el).replace(/\s+/g, ' ').trim().replace(HOME_WORD, '');
        if (homeLinkName(words) !== null) text = words;
        // The site's name set as its header's heading, the home link all of it (「<h1><a href="/">Ａ会 中部支部</a></h1>」):
        // the name the site gives itself, even with no legal form or kind's ending — read when nothing else names it.
        else if (isHomeLink(el) && headingOf(el)?.tagName === 'h1' && textOf(headingOf(el)!).trim() === textOf(el).trim()) heading ??= words;
      }
      continue;
    }
    if (el.tagName === 'svg') {
      // A logo drawn as SVG is named by its <title> (or its aria-label), as an image by its alt.
      const name = svgName(el);
      if (name && looksLikeName(name) && !nearUp(el.parent, (up) => up.tagName === 'a' && !isHomeLink(up))) drawn ??= name;
      continue;
    }
    const alt = el.attribs.alt?.trim();
    // An image's title (its tooltip) names it where its alt only says it is a logo (「alt="ロゴ" title="株式会社Ａ"」).
    const title = el.attribs.title?.replace(/\s+/g, ' ').trim();
    if (!alt && !title) continue;
    // The logo image, or one in a home link or a logo box a few levels up — unless its alt only says it is a logo
    // (「ロゴ」): the name is then elsewhere (its title, the SVG beside it, the trail's home link).
    if (/logo/i.test(`${el.attribs.class ?? ''} ${el.attribs.src ?? ''}`) || nearUp(el.parent, (up) => (up.tagName === 'a' && isHomeLink(up)) || isLogoBox(up))) {
      if (alt && !NOT_A_NAME.test(alt)) return alt;
      if (title && looksLikeName(title)) return title;
      if (alt) nondescript ??= alt;
    }
  }
  return text ?? firstImageName(first) ?? drawn ?? menuImageName(first) ?? heading ?? nondescript;
}

/** A schema.org item that is an organization (Organization, Corporation, a LocalBusiness, a GovernmentOrganization …). */
const ORGANIZATION_ITEM = /schema\.org\/(?:[A-Za-z]*Organization|Corporation|LocalBusiness)$/i;

/**
 * The name a page's microdata gives the organization it describes (「<div itemscope itemtype="https://schema.org/
 * Organization" hidden><meta itemprop="name" content="株式会社Ａ"></div>」), as JSON-LD's publisher does: its own name
 * property, not a nested item's; the first such item's, when it reads as a name.
 */
function microdataOrganization(body: Element): string | null {
  for (const item of descendants(body)) {
    if (item.attribs.itemscope === undefined || !ORGANIZATION_ITEM.test((item.attribs.itemtype ?? '').trim())) continue;
    const stack: AnyNode[] = [...item.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node)) continue;
      if (/^name$/i.test(node.attribs.itemprop ?? '')) {
        const name = (node.attribs.content ?? textOf(node)).replace(/\s+/g, ' ').trim();
        return looksLikeName(name) ? name : null;
      }
      // (A nested item's name is its own: 「address」「founder」.)
      if (node.attribs.itemscope === undefined) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return null;
  }
  return null;
}

/** The heading a link stands in, itself or a parent or two up. */
function headingOf(a: Element): Element | null {
  for (let k = 0, n: AnyNode | null = a.parent; n && n.type === 'tag' && k < 2; k++, n = n.parent) if (/^h[1-6]$/.test((n as Element).tagName)) return n as Element;
  return null;
}

/**
 * The page's first image set beside the site's menu (an ancestor a few levels up holds three menu labels or more:
 * 「HOME ABOUT SERVICE NEWS CONTACT」「会社案内 ニュース 採用情報」), in no link to elsewhere: the header's logo by
 * its place, whatever its classes are called, and its alt text the site's name even without a legal form
 * (「吉田フットサルクラブ Green Field」). Not an image's description (「ロゴ」), a label, or words with a sentence's marks.
 */
function menuImageName(img: Element | null): string | null {
  const alt = img?.attribs.alt?.replace(/\s+/g, ' ').trim();
  if (!img || !alt || alt.length < 2 || alt.length > 40 || NOT_A_NAME.test(alt) || isSectionLabel(alt) || !/^[\p{L}\p{N}ー・&＆.'’ ]+$/u.test(alt)) return null;
  if (nearUp(img.parent, (up) => up.tagName === 'a' && up.attribs.href !== undefined && !isHomeLink(up))) return null;
  let up: AnyNode | null = img.parent;
  for (let k = 0; up && up.type === 'tag' && k < 4; k++, up = up.parent) {
    if (menuLabels(up as Element) >= MENU_LABELS) return alt;
  }
  return null;
}

/** The fewest menu labels that make a row a site's menu. */
const MENU_LABELS = 3;

/** How many of an element's leaf texts are a menu's labels (「ホーム」「ニュース」「ABOUT」), counted to a few over the need. */
function menuLabels(el: Element): number {
  let labels = 0;
  for (const leaf of descendants(el, MENU_ITEMS, 60)) {
    if (leaf.children.some((c) => c.type === 'tag')) continue;
    const words = textOf(leaf).replace(/\s+/g, ' ').trim();
    if (words !== '' && (NAV_LABEL.test(words) || SITE_SECTION.test(words) || /^[A-Z]{2,12}$/.test(words)) && ++labels > MENU_LABELS) break;
  }
  return labels;
}
const MENU_ITEMS = new Set(['a', 'span', 'li']);

/**
 * The name a home link's words give, the word for home after it dropped (「株式会社Ａ トップ」 → 「株式会社Ａ」): a body's name,
 * or joint issuers' (「Ａ相互会社、Ｂ株式会社 トップ」: a site the issuers share); null for any other words (「ホーム」「weblog
 * トップ」).
 */
export function homeLinkName(words: string): string | null {
  const name = words.replace(/\s+/g, ' ').trim().replace(HOME_WORD, '');
  return looksLikeName(name) || isJointIssuers(name) ? name : null;
}

/** The word for the site's home after its name in a home link (「トップ」「ホーム」「TOP」), with the space before it. */
const HOME_WORD = /[ 　]*(?:トップ(?:ページ)?|ホーム|TOP|HOME)$/i;

/** An SVG's name: its <title> child's text, else its aria-label. */
function svgName(svg: Element): string | null {
  const title = svg.children.find((c): c is Element => c.type === 'tag' && (c as Element).tagName === 'title');
  const name = (title ? textOf(title) : svg.attribs['aria-label'] ?? '').replace(/\s+/g, ' ').trim();
  return name || null;
}

/**
 * The page's first image, when it links nowhere and its alt text reads as a name: a site's header band opens with
 * its logo (an old layout table's first row: 「<img alt="株式会社Ｘ">」 beside the text-size links), in no home link
 * and named no logo. One in a link is a banner to elsewhere (「個人情報保護委員会」).
 */
function firstImageName(img: Element | null): string | null {
  const alt = img?.attribs.alt?.trim();
  if (!img || !alt || !looksLikeName(alt)) return null;
  // (A link that goes nowhere, <a> without href, or to the site's home is the logo's own.)
  return nearUp(img.parent, (up) => up.tagName === 'a' && up.attribs.href !== undefined && !isHomeLink(up)) ? null : alt;
}

const LOGO_CARRIERS = new Set(['img', 'a', 'svg']);

/**
 * A link to the site's home page: 「/」, the bare host, rel="home", or the site root's index page by any server's name
 * for it (「index.html」「./index.php」「/Default.aspx」「/index.asp」「index.cgi」: a static, PHP, ASP.NET, classic ASP, JSP
 * or CGI site's home).
 */
function isHomeLink(a: Element): boolean {
  return HOME_HREF.test(a.attribs.href ?? '') || /home/i.test(a.attribs.rel ?? '');
}
/** The file a site's root serves as its home page, by a static, PHP, ASP.NET, classic ASP, JSP or CGI server's name for it. */
export const HOME_PAGE_FILE = String.raw`(?:index|default|home|top)\.(?:s?html?|php|aspx?|jsp|cgi)`;
const HOME_HREF = new RegExp(String.raw`^(?:\/|\.\/|(?:\.?\/)?${HOME_PAGE_FILE}|https?:\/\/[^/]+\/?)$`, 'i');

/** A logo box: class or id "logo". */
const isLogoBox = (el: Element) => /logo/i.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);

/** The node or one of its three parents is an element that passes the test (the walk stops at the first non-element). */
function nearUp(node: AnyNode | null, test: (el: Element) => boolean): boolean {
  for (let k = 0, n = node; n && k < 4; k++, n = n.parent) {
    if (n.type !== 'tag') break;
    if (test(n as Element)) return true;
  }
  return false;
}

/**
 * The site's name a document title gives after its own (「…のお知らせ | 株式会社Ｘ」, 「株式会社Ｘ ニュースリリース」
 * trimmed to the name), as a printed page's PDF keeps its <title>: null when no part but the first reads as a name.
 */
export function titleSiteName(raw: string): string | null {
  for (const part of titleSiteParts(raw).slice(0, -1)) {
    const name = cleanName(part);
    // (Not a site's section or kind: 「ヘルプセンター」 ends as a body's name does, and names no one.)
    if (name && looksLikeName(name) && !isSectionLabel(name)) return name;
  }
  return null;
}

/**
 * A name (a copyright line's holder) that the document title gives as the site's part after its own
 * (「…に関しまして | 寺崎脳神経外科」): two places naming the same one name the site, with no legal form or
 * ending. Null when the title has no site part or none is that name, or the name is a section's label.
 */
export function titleAgreedName(rawTitle: string | null | undefined, nameWritten: string | null): string | null {
  const name = cleanName(nameWritten);
  if (!rawTitle || name === null || isSectionLabel(name)) return null;
  return titleSiteParts(rawTitle).slice(0, -1).some((part) => cleanName(part) === name) ? name : null;
}

/** The site's part of "TITLE | Site" / "Site｜お知らせ" (every part but the longest, and the longest too). */
function titleSiteParts(raw: string): string[] {
  // (A blog's 「Entry: Blog」 sets its colon right after the entry's last word.)
  let parts = raw.replace(/\s+/g, ' ').split(/\s[|\-–—]\s|\s?:\s|[|｜]/).map((p) => p.trim()).filter(Boolean);
  // No other mark between them: the site's name set after a full-width slash (「…について（第一報）／Ａ株式会社」), cut at
  // the first only (a name may hold one: 「Ｂ／Ｃ株式会社」).
  const slash = parts.length === 1 ? raw.indexOf('／') : -1;
  if (slash > 0) parts = [raw.slice(0, slash), raw.slice(slash + 1)].map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // Nor a bar: the site's name after a colon and a space, as a blog engine sets it (Movable Type's 「…（第３報）: 医療法人…」), cut at the last.
  const colon = parts.length === 1 ? raw.lastIndexOf(': ') : -1;
  if (colon > 0) parts = [raw.slice(0, colon), raw.slice(colon + 2)].map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return parts.length > 1 ? [...parts.slice(1).reverse(), parts[0]!] : [];
}
