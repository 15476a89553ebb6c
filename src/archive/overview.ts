import type { Line } from '../segment/lines.js';
import { findDateMentions, formatDate } from '../dates/dateMentions.js';
import { CORPORATE_FORMS, NAME_ENDINGS, TITLE_WORDS } from '../words/organizations.js';

/**
 * The archive layout: `# 公表概要` bullets (title, date, organization, source URL and links to
 * earlier reports, in any order), optional `# 事案ID` / `# 公表種別`, then `# 本文`.
 * Bullets are told apart by what they hold, never by their position.
 */

export interface OverviewBullet {
  /** Normalized offsets of the bullet's content. */
  start: number;
  end: number;
  text: string;
}

export interface Overview {
  title: OverviewBullet | null;
  date: (OverviewBullet & { iso: string }) | null;
  organization: OverviewBullet | null;
  url: OverviewBullet | null;
  previous: (OverviewBullet & { label: string; url: string })[];
  caseId: OverviewBullet | null;
  /** 公表種別: 初報, 続報, 最終報 … */
  kind: OverviewBullet | null;
}

export interface ArchiveSections {
  overview: Overview | null;
  /** Normalized offset where the release text (本文) starts; 0 for plain text. */
  bodyStart: number;
}

const SECTION_HEADING = /^#[ ]*(公表概要|事案ID|公表種別|好評種別|本文)/;
/** Any first-level heading: an unnamed or misnamed first section ("# ", "# 公表以外用") is the overview. */
const ANY_TOP_HEADING = /^#(?!#)[ ]*(.*)$/;
const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/;
/** "第11報:https://…", "関連公表: https://…", "第1報 https://…", "AOKI HD https://…". */
const LINK_BULLET = /^(?<label>[^:;]{1,40}?)[ ]*(?:[:;][ ]*|[ ]+)<?(?<url>https?:\/\/\S+?)>?$/;
/** A bullet that names an earlier or related release, even with its URL missing or on the next line. */
const REPORT_LABEL = /^(?:第[ ]?[0-9一二三四五六七八九十]{1,3}[ ]?報|初報|続報|前回(?:公表|発表|報告)?|関連(?:公表|リリース|情報)?|参考|過去の(?:公表|発表))(?:[ ]*[:;]|[ ]|$)/;
/** A date bullet: the date first, then at most a weekday, an update note or a remark in parentheses. */
const DATE_REST = /^[日?？]{0,2}[ ]*(?:\([月火水木金土日](?:曜日?)?\))?[ ]*(?:$|[、,][ ]*[^。]{0,30}$|\([^()]{0,40}\)$|[^。]{0,12}(?:更新|公開|掲載|発表|付)$)/;

/** What an organization's name looks like: a legal form, or an ending such as 市, 大学, グループ, 局. */
const NAME_HINT = new RegExp(
  `(?:${[...CORPORATE_FORMS].map((f) => f.replace(/[()]/g, '\\$&')).join('|')})|(?:${NAME_ENDINGS.map((e) => e.ending).join('|')}|グループ|ホールディングス|協議会|事業団|局|会|社)(?:[ ]?\\([^()]{1,40}\\))?$`,
);
/** What the archive writes where a field is missing: (タイトルなし), 表題記載なし, 日付記載なし. */
const PLACEHOLDER = /記載なし|タイトルなし|不明|^\(?なし\)?$/;
/** A release's words for itself, never part of its issuer's name. */
const SELF_WORDS = /弊社|当社|本校|本学|当院|当サイト/;
/** A bullet that is a date, even a partial or odd one ("2025年1月XX日", "2025年12月頃", "日付記載なし"). */
const DATE_ISH = /^(?:(?:19|20)[0-9]{2}|令和|平成)[ ]?[0-9元]{0,2}[ ]?年|^日付/;

export function isArchiveMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  // The overview opens the file: a 「# 公表概要」 further down is a release quoting another one
  // (a group company's notice pasted below the parent's), not this file's layout.
  if (/^\ufeff?(?:[ ]*\n)*#[ ]*公表概要/.test(head)) return true;
  // The same layout with the first heading left blank or misnamed: a top heading, bullets, then # 本文.
  return /^#(?!#)[^\n]*\n(?:[ ]*\n)*[ ]*- /.test(head) && /^#[ ]*本文/m.test(text);
}

export function readArchiveSections(lines: Line[], text: string): ArchiveSections {
  let zone: string | null = null;
  const zones = new Map<string, Line[]>();
  let bodyStart = -1;
  for (const line of lines) {
    const m = SECTION_HEADING.exec(line.text);
    if (m) {
      zone = m[1] === '好評種別' ? '公表種別' : m[1]!;
      if (zone === '本文' && bodyStart < 0) bodyStart = line.end + 1;
      continue;
    }
    if (zone === null && ANY_TOP_HEADING.test(line.text)) {
      zone = '公表概要';
      continue;
    }
    if (zone === '本文') break;
    if (zone && line.kind !== 'blank') {
      if (!zones.has(zone)) zones.set(zone, []);
      zones.get(zone)!.push(line);
    }
  }
  const bulletsOf = (name: string): OverviewBullet[] =>
    (zones.get(name) ?? []).map((line) => {
      const contentStart = line.kind === 'bullet' || line.text.trimStart().startsWith('-') ? line.start + line.text.indexOf(line.text.trimStart().replace(/^[-*・][ ]*/, '')) : line.start;
      const content = text.slice(contentStart, line.end);
      const trimmedEnd = contentStart + content.trimEnd().length;
      return { start: contentStart, end: trimmedEnd, text: text.slice(contentStart, trimmedEnd) };
    }).filter((b) => b.text.length > 0);

  const overviewBullets = bulletsOf('公表概要');
  if (overviewBullets.length === 0 && bodyStart < 0) return { overview: null, bodyStart: 0 };
  const overview: Overview = { title: null, date: null, organization: null, url: null, previous: [], caseId: null, kind: null };
  const rest: OverviewBullet[] = [];
  for (const b of overviewBullets) {
    const link = LINK_BULLET.exec(b.text);
    const urlOnly = URL_ONLY.exec(b.text);
    if (urlOnly) {
      const start = b.start + b.text.indexOf(urlOnly[1]!);
      if (!overview.url) overview.url = { ...b, text: urlOnly[1]!, start, end: start + urlOnly[1]!.length };
      else if (overview.previous.length > 0 && !overview.previous[overview.previous.length - 1]!.url) overview.previous[overview.previous.length - 1]!.url = urlOnly[1]!;
      continue;
    }
    if (link) {
      overview.previous.push({ ...b, label: link.groups!.label!.trim(), url: link.groups!.url! });
      continue;
    }
    const label = REPORT_LABEL.exec(b.text);
    if (label) {
      // "第1報:" with its URL left out, "関連 株式会社ＡＯＫＩホールディングス(親会社)" with it on the next line.
      overview.previous.push({ ...b, label: b.text.replace(/[ ]*[:;][ ]*$/, '').trim(), url: '' });
      continue;
    }
    // (Once the date is known, later bullets are not read for one.)
    const d = overview.date ? undefined : findDateMentions(b.text)[0];
    if (!overview.date && d && d.start === 0 && d.year !== null && d.month !== null && d.day !== null && DATE_REST.test(b.text.slice(d.end))) {
      overview.date = { ...b, iso: formatDate(d.year, d.month, d.day) };
      continue;
    }
    if (DATE_ISH.test(b.text) && b.text.length <= 24 && !TITLE_WORDS.some((w) => b.text.includes(w))) continue;
    rest.push(b);
  }
  // Title and organization: the organization is the bullet that reads most like a name (a legal
  // form or a name ending, short, none of a title's words); the title is a bullet with a title's
  // words, else the longest other. Ties go to the earlier bullet: where a group and its companies
  // are listed, the first is the issuer.
  const titleLike = (b: OverviewBullet) => TITLE_WORDS.some((w) => b.text.includes(w)) || /[「」【】。?？!！]|ました$|ます$/.test(b.text);
  const nameRank = (b: OverviewBullet) =>
    (NAME_HINT.test(b.text) ? 2 : 0) + (titleLike(b) ? -3 : 0) + (PLACEHOLDER.test(b.text) ? -5 : 0) + (SELF_WORDS.test(b.text) ? -2 : 0) + (b.text.length <= 40 ? 1 : -1);
  const ranked = rest.map((b, i) => ({ b, i, r: nameRank(b) })).sort((x, y) => y.r - x.r || x.i - y.i);
  if (ranked.length >= 2 || (ranked.length === 1 && ranked[0]!.r > 0)) overview.organization = ranked[0]!.b;
  const others = rest.filter((b) => b !== overview.organization);
  overview.title = others.find((b) => titleLike(b) && !PLACEHOLDER.test(b.text)) ?? [...others].sort((a, b) => b.text.length - a.text.length)[0] ?? null;
  overview.caseId = bulletsOf('事案ID')[0] ?? null;
  // 公表種別 holds the kind (初報, 続報) and, in some releases, the links to earlier reports.
  for (const b of bulletsOf('公表種別')) {
    const link = LINK_BULLET.exec(b.text);
    if (link) overview.previous.push({ ...b, label: link.groups!.label!.trim(), url: link.groups!.url! });
    else overview.kind ??= b;
  }
  return { overview, bodyStart: bodyStart < 0 ? 0 : Math.min(bodyStart, text.length) };
}
