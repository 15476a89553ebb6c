import type { Line } from '../segment/lines.js';
import { findDateMentions } from '../dates/dateMentions.js';
import { CORPORATE_FORMS, TITLE_WORDS } from '../words/organizations.js';

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
const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/;
const LINK_BULLET = /^(?<label>[^:]{1,40}?)[ ]*:[ ]*<?(?<url>https?:\/\/\S+?)>?$/;

export function isArchiveMarkdown(text: string): boolean {
  return /^#[ ]*公表概要/m.test(text.slice(0, 4000));
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
      if (!overview.url) overview.url = { ...b, text: urlOnly[1]!, start: b.start + b.text.indexOf(urlOnly[1]!), end: b.start + b.text.indexOf(urlOnly[1]!) + urlOnly[1]!.length };
      continue;
    }
    if (link) {
      overview.previous.push({ ...b, label: link.groups!.label!.trim(), url: link.groups!.url! });
      continue;
    }
    const dates = findDateMentions(b.text);
    const d = dates[0];
    if (!overview.date && d && d.year !== null && d.day !== null && b.text.replace(/[ ()（）月火水木金土日曜]/g, '').length <= d.end - d.start + 2) {
      const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      overview.date = { ...b, iso };
      continue;
    }
    rest.push(b);
  }
  // Title and organization: the organization is the short bullet with a corporate form or without
  // the words a title uses; the title is the other one.
  const orgScore = (b: OverviewBullet) =>
    (CORPORATE_FORMS.some((f) => b.text.includes(f)) ? 2 : 0) + (TITLE_WORDS.some((w) => b.text.includes(w)) ? -3 : 0) + (b.text.length <= 40 ? 1 : -1);
  if (rest.length === 1) {
    if (orgScore(rest[0]!) > 0) overview.organization = rest[0]!;
    else overview.title = rest[0]!;
  } else if (rest.length >= 2) {
    const ranked = [...rest].sort((a, b) => orgScore(b) - orgScore(a) || rest.indexOf(b) - rest.indexOf(a));
    overview.organization = ranked[0]!;
    overview.title = rest.find((b) => b !== overview.organization) ?? null;
  }
  overview.caseId = bulletsOf('事案ID')[0] ?? null;
  overview.kind = bulletsOf('公表種別')[0] ?? null;
  return { overview, bodyStart: bodyStart < 0 ? 0 : Math.min(bodyStart, text.length) };
}
