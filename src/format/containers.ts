import { InputError } from '../errors.js';
import { controlCount, declaredCharset, decodeBytes, replacementCount } from '../io/decode.js';
import { splitLines } from '../segment/lines.js';
import { readArchiveSections } from '../archive/overview.js';
import { detectContainer, describeBinary } from './detect.js';
import { asOfDate, labelledTitleDate, titleDatePrefix } from './dateLine.js';
import { CORPORATE_FORMS, OFFICE_OF_IT } from '../words/organizations.js';
import { looksLikeName, titleSiteName } from './pageMeta.js';
import { ADDRESS_LINE, PAGE_INQUIRY_LABEL } from '../words/pageChrome.js';
import type { PdfLimits } from './pdf/limits.js';

/**
 * The text the pipeline reads, whatever wrapped it. For HTML and PDF this is the *extracted text*
 * — what `disclose text FILE` prints — and evidence offsets index it.
 */
export interface ExtractedText {
  text: string;
  /** source.format: 'html' or 'pdf'; undefined for plain text (the pipeline tells text from the archive layout). */
  format?: string;
  /** source.encoding: the character encoding decoded, or 'pdf-tounicode' for text read from PDF fonts. */
  encoding: string;
  warnings: string[];
}

export interface ExtractOptions {
  /** Shown in errors. */
  path?: string;
  /** Force a text encoding (`--encoding`); ignored for PDF. */
  encoding?: string | null;
  /** Caps on a PDF's pages, inflated bytes and reading time (src/format/pdf/limits.ts). */
  pdf?: Partial<PdfLimits>;
  /** A charset named by the transport (an HTTP Content-Type header): tried before the page's <meta>. */
  charset?: string | null;
  /** Where the bytes were downloaded from: the page's URL when it names none itself. */
  pageUrl?: string | null;
}

/** Page metadata that becomes the archive layout's `# 公表概要` bullets. */
export interface OverviewFacts {
  title: string | null;
  /** "YYYY-MM-DD" */
  date: string | null;
  url: string | null;
  /** The publisher: from page metadata (HTML), from a joint release's banner or letterhead (PDF). */
  organization?: string | null;
}

/** The PDF reader, loaded at the first PDF (resolving the import again per file cost more than a small release's reading). */
let pdfModule: Promise<typeof import('./pdf.js')> | undefined;

/**
 * Bytes → the text the pipeline reads: detect the container by content, decode, and for HTML/PDF
 * extract the release. Every failure is an InputError with a one-line message.
 */
export async function extractText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedText> {
  const path = options.path ?? '-';
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  const container = detectContainer(bytes, { encoding: options.encoding });
  if (container === 'binary') {
    const what = describeBinary(bytes);
    throw new InputError(path, `looks like a binary file${what === 'a binary file' ? '' : ` (${what})`}, not a text, HTML or PDF release`);
  }
  if (container === 'pdf') {
    const { extractPdf } = await (pdfModule ??= import('./pdf.js'));
    const pdf = await extractPdf(bytes, path, options.pdf);
    // The footer's name, as a page's metadata, names the publisher only where the text does not.
    // A line giving the name alone does not count: it says no other name, and on a printed page it is
    // as likely the footer's company block (「株式会社Ａ」 over its 〒 and TEL lines) as the release's.
    // Else what else the print shows of the site: its logo (the alt text a tagged PDF keeps), the site's
    // part of the document's Title (the page's <title>).
    const siteName = pdf.siteName ?? pdf.logo ?? (pdf.documentTitle ? titleSiteName(pdf.documentTitle) : null);
    const organization = wholeIssuer(pdf.organization ?? null, pdf.siteName ?? null) ?? (siteName && !statesName(pdf.text, siteName, { nameAlone: false }) ? siteName : null);
    // No date anywhere on the page nor in its title (a print dated only in its metadata): the latest day the text states
    // its facts as of (「2025年9月12日現在において、…」), the day it was written up to.
    const titled = pdf.title !== null && (titleDatePrefix(pdf.title) !== null || labelledTitleDate(pdf.title) !== null);
    const date = pdf.date ?? (titled ? null : asOfDate(pdf.text));
    return { text: composeArchive({ title: pdf.title, date, organization, url: options.pageUrl ?? null }, pdf.text), format: 'pdf', encoding: 'pdf-tounicode', warnings: pdf.warnings };
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, options.encoding, options.charset ?? (container === 'html' ? declaredCharset(bytes) : null));
  } catch (e) {
    throw new InputError(path, (e as Error).message);
  }
  if (decoded.text.trim().length === 0) throw new InputError(path, 'has no text (only white space)');
  const replaced = replacementCount(decoded.text) + controlCount(decoded.text);
  if (replaced > 16 && replaced > decoded.text.length * 0.05) {
    throw new InputError(path, `does not decode as ${decoded.encoding} or any other supported encoding (${replaced} invalid byte sequences); name it with --encoding if you know it`);
  }
  if (container === 'text') return { text: decoded.text, encoding: decoded.encoding, warnings: decoded.warnings };
  const page = await htmlExtract(decoded.text, path, options.pageUrl);
  return { text: page.text, format: 'html', encoding: decoded.encoding, warnings: [...decoded.warnings, ...page.warnings] };
}

/**
 * A printed head's issuer that is the end of the site's name (「キャット株式会社」 of a logo
 * 「エヌ・イーケム／キャット株式会社」 wrapped over two rows of a narrow header) is a piece of that name: the name whole;
 * one that is the name and other words after a space is the name.
 */
export function wholeIssuer(issuer: string | null, siteName: string | null): string | null {
  if (!issuer || !siteName) return issuer;
  if (siteName.length > issuer.length && siteName.endsWith(issuer)) return siteName;
  // The site's name whole, then words of the header's row run on after it (menu labels, a search box's:
  // 「株式会社Ａ ニュース 会キーワードで検索」): the name alone.
  // (Not a name cut inside its brackets: 「株式会社Ａ（HOTEL」 of 「株式会社Ａ（HOTEL Ｂ）」.)
  const open = (siteName.match(/[（(]/g) ?? []).length;
  const closed = (siteName.match(/[）)]/g) ?? []).length;
  return open === closed && issuer.length > siteName.length && issuer.startsWith(siteName) && /^[ 　]/.test(issuer.slice(siteName.length)) ? siteName : issuer;
}

/** A decoded HTML page → the archive-layout text (also for library callers who pass a string). */
export async function htmlToText(html: string, path = '-'): Promise<string> {
  return (await htmlExtract(html, path)).text;
}

/** The HTML extractor, loaded on the first page (text and PDF never need it). */
let htmlModule: typeof import('./html.js') | undefined;

/** A decoded HTML page → the archive-layout text and the warnings of its extraction. */
export async function htmlExtract(html: string, path = '-', pageUrl: string | null = null): Promise<{ text: string; warnings: string[] }> {
  htmlModule ??= await import('./html.js');
  const page = htmlModule.extractHtml(html, { pageUrl });
  if (!/\S/.test(page.body)) throw new InputError(path, 'is an HTML page with no release text in it');
  // The page's metadata names the publisher only where the text does not: a release signed
  // 「学校法人青葉学園 青葉短期大学 学長 …」 keeps the name its text gives.
  // A release signed with an image of its issuer's name (its alt text) signs as its text would: that name, before any.
  const organization = page.signature ?? (page.organization && !statesName(page.body, page.organization) ? page.organization : null);
  return { text: composeArchive({ ...page, organization }, page.body), warnings: page.warnings };
}

/**
 * The body signs with the organization's name: a line opening with it (or with one part of a name
 * written in parts, "学校法人Ｘ学園　Ｘ短期大学"), alone or before a title or department — or with
 * one of its offices written on to it (「Ｘ市こども未来課において」「Ｘ市教育委員会は」): the text names
 * its issuer more closely than the site does. The name before its address (「株式会社Ａ 〒… TEL …」, a
 * footer's company block set on one line) names it no closer.
 */
export function statesName(body: string, name: string, { nameAlone = true }: { nameAlone?: boolean } = {}): boolean {
  const whole = name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // A legal form apart (「株式会社 広島銀行」) is no part of the name: a line opening with 「株式会社 」 names any company.
  // (The name whole, its form with it, still counts.)
  // (Nor is a Latin word of it alone, 「Edv」 of 「Edv Future株式会社」: a line opening with 「Edv Path回答データ」 names a product.)
  const parts = [...new Set([whole, ...whole.split(/[ ]+/)])].filter((part) => part.length >= 3 && !FORMS.has(part) && (part === whole || !/^[A-Za-z0-9.&'-]+$/.test(part)));
  const text = body.normalize('NFKC');
  // A line opening with a part holds it: a body holding none of them is not split into lines.
  if (!parts.some((part) => text.includes(part))) return false;
  // A name ending with the unit it speaks for in parentheses (「学校法人Ｘ学園（Ｘ大学）」) is read from a line
  // only to the parenthesis: the text's line repeating it whole (「学校法人Ｘ学園（Ｘ大学） 総務課」) names it no closer.
  const unitLast = /\)$/.test(whole);
  // The lines of a CMS's page-contact box (「このページに関するお問い合わせ」, a heading or a line, to the
  // blank line after its first block) are the site's template naming the page's owner (「Ｘ学園（Ｘ大学）
  // 総務課」), not the release signing.
  let box: 'none' | 'label' | 'lines' = 'none';
  const lines = text.split('\n').map((l) => l.trim()).filter((line) => {
    if (PAGE_INQUIRY_LABEL.test(line.replace(/^#{2,6} /, ''))) box = 'label';
    else if (line === '') box = box === 'lines' ? 'none' : box;
    else if (box === 'label') box = 'lines';
    return box === 'none';
  });
  // A line that is one of a run of names alone (「１．広島県内の各ＪＡ等」's list: 「Ａ農業協同組合」「Ｂ農業協同組合」 …) lists
  // the bodies the release speaks of: the site's among them signs nothing.
  const listed = namesListed(lines);
  // A site's name that gives its office already (「東京都 保健医療局」): a line with the body and another of its offices
  // (「東京都保健医療情報センターで、…」) names a unit the release speaks of, not its issuer more closely.
  const words = whole.split(' ');
  const officeGiven = words.length > 1 && OFFICE_OF_IT.exec(words[words.length - 1]!)?.[0] === words[words.length - 1];
  return lines.some((line, at) => (nameAlone || line !== whole) && !(unitLast && line.startsWith(whole)) && !listed.has(at) && parts.some((part) => line.startsWith(part)
    // (The name, a space, and a sentence after it — an author box's 「Ａ株式会社 広報部です。…」 — introduces a writer, no signature.)
    && (line.length === part.length || (line[part.length] === ' ' && !ADDRESS_LINE.test(line.slice(part.length + 1)) && !SENTENCE_AFTER.test(line.slice(part.length + 1))) || (!(officeGiven && part !== whole) && OFFICE_OF_IT.test(line.slice(part.length, part.length + 24))))));
}

/** What follows a name as a sentence does: a full stop, or a copula closing the line (「広報部です」). */
const SENTENCE_AFTER = /。|(?:です|ます)$/;

/** The fewest names alone on lines in a row that make a list of names. */
const LISTED_NAMES = 3;

/** The indexes of lines each a name alone (a legal form or a body's ending) in runs of LISTED_NAMES or more (blank lines between them allowed). */
function namesListed(lines: readonly string[]): Set<number> {
  const listed = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= LISTED_NAMES) for (const at of run) listed.add(at);
    run = [];
  };
  lines.forEach((line, at) => {
    if (line === '') return;
    const item = line.replace(/^(?:[-*・] )/, '');
    if (item.length <= 40 && looksLikeName(item) && !/\s/.test(item)) run.push(at);
    else close();
  });
  close();
  return listed;
}

/** The legal forms, as NFKC writes them. */
const FORMS: ReadonlySet<string> = new Set(CORPORATE_FORMS.map((f) => f.normalize('NFKC')));

/** A letter or digit of a name. */
const NAME_LETTER = /[\p{L}\p{N}]/gu;
/** Marks that lengthen or repeat the character before them (a letter to \p{L}, no letter of a name alone). */
const LENGTH_MARKS = /[ーｰ々〃ゝゞヽヾ]/g;

/**
 * Page facts and body in the archive layout (`# 公表概要` bullets, then `# 本文`), so the one
 * overview reader serves archive files and web pages alike and every fact keeps evidence in the
 * extracted text. A bullet the reader would not take back as what it is (a short title it would
 * read as an organization) goes to the top of the body instead.
 */
export function composeArchive(facts: OverviewFacts, body: string): string {
  // A page with no date line of its own may carry its date in the title: set before it in brackets
  // (「【2025/04/21】…」, taken out of the title), or after the notice's label (「【注意喚起】2026/05/12 …」).
  const dated = facts.title ? titleDatePrefix(facts.title) : null;
  if (dated) facts = { ...facts, title: dated.title, date: facts.date ?? dated.date };
  else if (facts.title && !facts.date) facts = { ...facts, date: labelledTitleDate(facts.title) };
  const bullets: string[] = [];
  if (facts.title) bullets.push(facts.title.replace(/\s+/g, ' '));
  if (facts.date) {
    const [y, m, d] = facts.date.split('-').map(Number);
    bullets.push(`${y}年${m}月${d}日`);
  }
  // A lone mark (「ー」「、」: the last character of a wrapped logo) names no one: a name has two letters or digits at least.
  if (facts.organization && (facts.organization.replace(LENGTH_MARKS, '').match(NAME_LETTER)?.length ?? 0) < 2) facts = { ...facts, organization: null };
  if (facts.organization) bullets.push(facts.organization.replace(/\s+/g, ' '));
  if (facts.url) bullets.push(facts.url);
  if (bullets.length === 0) return body;
  const compose = (list: string[], lead: string, text = body) => `# 公表概要\n${list.map((b) => `- ${b}`).join('\n')}\n\n# 本文\n${lead}${text.trimEnd()}\n`;
  // The overview alone is read back (the reader stops at # 本文): the body is not needed for it.
  const readBack = (list: string[]) => {
    const t = compose(list, '', '').normalize('NFKC');
    return readArchiveSections(splitLines(t), t).overview;
  };
  // A publisher name the reader would not take back as the organization is left out.
  let read: ReturnType<typeof readBack> | undefined;
  if (facts.organization) {
    const org = facts.organization.replace(/\s+/g, ' ');
    read = readBack(bullets);
    if (read?.organization?.text !== org.normalize('NFKC')) {
      bullets.splice(bullets.indexOf(org), 1);
      read = undefined;
    }
  }
  if (facts.title && !(read === undefined ? readBack(bullets) : read)?.title) return compose(bullets.slice(1), `## ${facts.title}\n\n`);
  return compose(bullets, '');
}
