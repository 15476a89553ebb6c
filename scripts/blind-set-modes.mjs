// The publication-date and organization placements the blind page makers share (make-pages-s … -y, each written blind
// to the tool and extending the one before): each set took its predecessor's modes (dropping a few), added its own and
// changed none, so one switch serves every set; a maker keeps its own DATE_MODES / ORG_MODES list, which fixes its
// random draws, and its families.
// Also the small slots the families fill from them (the date above the article, the logo, the breadcrumb's date).
// And the build every maker ends with (writeBlindSet). The sets made again through this module are byte for byte the
// committed ones.
import { writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENC } from './blind-set-kit.mjs';

/** The modes for a set drawn with `kit` (blindSetKit's result); `platformOf(style)` names a family's platform for ogPlatformTitle. */
export function blindSetModes(kit, { platformOf = () => '' } = {}) {
  const { ri, pad, wd, dp, F, fw, kanjiDate, KD, esc } = kit;
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const ABBR = [['特定非営利活動法人', '（特非）'], ['国立大学法人', '（国大）'], ['一般社団法人', '（一社）'], ['公益社団法人', '（公社）'], ['一般財団法人', '（一財）'], ['公益財団法人', '（公財）'], ['社会福祉法人', '（福）'], ['医療法人社団', '（医）'], ['医療法人', '（医）'], ['学校法人', '（学）'], ['株式会社', '（株）'], ['有限会社', '（有）'], ['合同会社', '（同）']];
  // the legal form abbreviated as a title writes it (（株）…), or null when the name has none
  const abbr = (o) => { for (const [a] of ABBR) if (o.includes(a)) return ABBR.reduce((s, [x, y]) => s.split(x).join(y), o); return null; };

  function dateParts(e, c, mode) {
    const i = e.date; const r = { line: '', meta: '', jsonLd: null, titlePrefix: '', heading: '', datetime: null, urlDate: null, top: '', after: '' };
    switch (mode) {
      case 'koukaiKoushin': { const u = c.D(3, 60); r.line = `公開日：${F.ja(i)}　更新日：${F.ja(u)}`; break; }
      case 'dots': r.line = F.dots(i); break;
      case 'reiwaLine': r.line = F.reiwa(i); break;
      case 'metaOnly': r.meta = `<meta property="article:published_time" content="${i}T10:00:00+09:00">`; break;
      case 'jsonLdOnly': { const u = c.D(5, 40); r.jsonLd = { datePublished: `${i}T09:30:00+09:00`, dateModified: `${u}T11:00:00+09:00` }; break; }
      case 'timeOnly': r.datetime = i; break;
      case 'kanjiNumeral': r.line = `${kanjiDate(i)}発表`; break;
      case 'hyphenIso': r.line = `Posted: ${i}`; break;
      case 'slashWeekday': { const [y, m, d] = dp(i); r.line = `${y}/${m}/${d}（${wd(i)}）`; break; }
      case 'reiwaDotShort': { const [y, m, d] = dp(i); r.line = `R${y - 2018}.${pad(m)}.${pad(d)}`; break; }
      case 'headingBracket': r.heading = `【${F.ja(i)}】`; break;
      case 'fwJa': r.line = fw(F.ja(i)); break;
      case 'uketsuke': { const u = c.D(2, 30); r.line = `掲載開始日 ${F.ja(i)} ／ 最終更新 ${F.slash(u)}`; break; }
      case 'urlAndTitle': r.titlePrefix = `${F.ja(i)}　`; r.urlDate = i.replace(/-/g, ''); break;
      // new in pages-t: a <dl> of 掲載日/更新日 after the body, a date in the article's own footer, 発表日 in a table head, an era date in full-width digits
      case 'dlAfter': { const u = c.D(2, 45); r.after = `<dl class="pub-dates"><dt>掲載日</dt><dd>${F.ja(i)}</dd><dt>更新日</dt><dd>${F.ja(u)}</dd></dl>`; break; }
      case 'articleFooter': r.after = `<footer class="article-footer"><p>（${F.slash(i)}掲載）</p></footer>`; break;
      case 'thHead': r.top = `<table class="press-head"><thead><tr><th>発表日</th><th>区分</th></tr></thead><tbody><tr><td>${F.ja(i)}</td><td>お知らせ</td></tr></tbody></table>`; break;
      case 'eraFw': r.line = fw(F.reiwa(i)); break;
      // new in pages-u: 投稿日時 with weekday and time, 年 and 月日 in separate spans, 掲載開始日 in a <dl> above the body, 令和 in kanji numerals
      case 'postedWeekdayTime': { const [y, m, dd] = dp(i); r.line = `投稿日時：${y}/${pad(m)}/${pad(dd)}(${wd(i)}) ${pad(ri(8, 19))}:${pad(ri(0, 59))}`; break; }
      case 'splitSpans': { const [y, m, dd] = dp(i); r.top = `<div class="post-date"><span class="post-date__y">${y}年</span><span class="post-date__md">${m}月${dd}日</span></div>`; break; }
      case 'dlKeisaiStart': { const u = c.D(2, 40); r.top = `<dl class="page-dates"><dt>掲載開始日</dt><dd>${F.ja(i)}</dd><dt>最終更新日</dt><dd>${F.ja(u)}</dd></dl>`; break; }
      case 'reiwaKanji': { const [y, m, dd] = dp(i); const k = (n) => (n >= 10 ? (n >= 20 ? KD[Math.floor(n / 10)] : '') + '十' + (n % 10 ? KD[n % 10] : '') : KD[n]); r.line = `令和${k(y - 2018)}年${k(m)}月${k(dd)}日`; break; }
      // new in pages-v: only <meta name="date">, a right-aligned 令和 paragraph in full-width digits (as a Word export writes it),
      // 掲載日 with the full weekday name, the date as the breadcrumb's last item
      case 'metaNameDate': r.meta = `<meta name="date" content="${i}">`; break;
      case 'wordReiwaRight': r.top = `<p class="date-right" align="right" style="text-align:right">${fw(F.reiwa(i))}</p>`; break;
      case 'keisaiWeekdayFull': r.line = `掲載日：${F.ja(i)}（${wd(i)}曜日）`; break;
      case 'breadcrumbDate': r.crumb = F.ja(i); break;
      // new in pages-w: 更新 before 掲載 on one line, R7.12.3 (no zero padding), a raw ISO 8601 stamp shown on the page, 「2025年12月3日(水)掲載」
      case 'updateFirst': { const u = c.D(2, 40); r.line = `更新：${F.ja(u)}　掲載：${F.ja(i)}`; break; }
      case 'reiwaShortNoPad': { const [y, m, dd] = dp(i); r.line = `R${y - 2018}.${m}.${dd}`; break; }
      case 'isoStampShown': r.line = `${i}T${pad(ri(8, 18))}:00:00+09:00`; break;
      case 'weekdayKeisai': r.line = `${F.ja(i)}(${wd(i)})掲載`; break;
      // new in pages-x: a two-digit year (25.12.03), an English month (Dec 3, 2025), a calendar badge (year / month name / day in
      // three spans), 公開 in kanji numerals with 更新 in digits after it (the 更新 date a decoy)
      case 'twoDigitYear': { const [y, m, dd] = dp(i); r.line = `${String(y).slice(2)}.${pad(m)}.${pad(dd)}`; break; }
      case 'enMonthDay': { const [y, m, dd] = dp(i); r.line = `${MON[m - 1]} ${dd}, ${y}`; break; }
      case 'calendarBadge': { const [y, m, dd] = dp(i); r.top = `<div class="date-badge"><span class="date-badge__y">${y}</span><span class="date-badge__m">${MON[m - 1].toUpperCase()}</span><span class="date-badge__d">${pad(dd)}</span></div>`; break; }
      case 'kanjiKoukai': { const u = c.D(2, 40); r.line = `公開：${kanjiDate(i)}（最終更新 ${F.slash(u)}）`; break; }
      // new in pages-y: the western year with the era year in brackets (2025（令和7）年12月3日), zero-padded 年月日 with 時分,
      // dots with an English weekday (2025.12.03 WED)
      case 'yearParenReiwa': { const [y, m, dd] = dp(i); r.line = `${y}（令和${y - 2018}）年${m}月${dd}日`; break; }
      case 'jaTimeZeroPad': { const [y, m, dd] = dp(i); r.line = `${y}年${pad(m)}月${pad(dd)}日 ${pad(ri(8, 18))}時${pad(ri(0, 59))}分`; break; }
      case 'dotWeekdayEn': { const [y, m, dd] = dp(i); r.line = `${y}.${pad(m)}.${pad(dd)} ${['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'][new Date(`${i}T00:00:00Z`).getUTCDay()]}`; break; }
    }
    return r;
  }

  function orgParts(e, mode) {
    const o = e.org; const r = { titleSuffix: '', og: null, logoAlt: 'ロゴ', copy: 'Copyright © All Rights Reserved.', svgTitle: 'ロゴマーク', publisher: null, crumbHome: 'ホーム', address: '', svg: mode === 'svgTitle', author: null, sigAlt: null, h1: null };
    if (mode === 'title') r.titleSuffix = ` | ${o}`;
    if (mode === 'ogSiteName') r.og = o;
    if (mode === 'logoAlt') r.logoAlt = o;
    if (mode === 'copyright') r.copy = `Copyright © ${o} All Rights Reserved.`;
    if (mode === 'svgTitle') r.svgTitle = o;
    if (mode === 'jsonLdPublisher') r.publisher = o;
    if (mode === 'breadcrumbHome') r.crumbHome = `${o} トップ`;
    if (mode === 'address') r.address = o;
    if (mode === 'metaAuthor') r.author = o;
    if (mode === 'signatureAlt') r.sigAlt = o;
    if (mode === 'h1Logo') r.h1 = o;
    // new in pages-u: only the first line of an お問い合わせ先 block after the body; only og:site_name while <title> carries the platform's name;
    // only the issuer's 企業情報 box of a distribution site (prwire's only mode)
    if (mode === 'contactFirst') r.contact = o;
    if (mode === 'ogPlatformTitle') { r.og = o; r.titleSuffix = ` | ${platformOf(e.style)}`; }
    if (mode === 'issuerBox') r.issuer = o;
    // new in pages-v: only an <address> element after the article; only a signature block under 「以　上」 at the end of the release
    if (mode === 'addressElement') r.addressEl = o;
    if (mode === 'ijoSignature') r.ijo = o;
    // new in pages-w: only a 「発行：」 line at the bottom of the page; the <title> with the abbreviated form (（株）…), the full name only in the footer
    if (mode === 'hakkouLine') r.hakkou = o;
    if (mode === 'abbrTitle') { r.titleSuffix = ` | ${abbr(o)}`; r.fullFoot = o; }
    // new in pages-x: only <meta name="application-name">; only schema.org microdata (a hidden itemprop="publisher" name);
    // only the title attribute of the logo image (its alt generic)
    if (mode === 'appName') r.appName = o;
    if (mode === 'microdata') r.micro = o;
    if (mode === 'logoTitle') r.logoTitle = o;
    // new in pages-y: only the title of the RSS <link rel="alternate">; only a 「運営：」 line in the header's top bar
    if (mode === 'rssTitle') r.rss = o;
    if (mode === 'unneiLine') r.unnei = o;
    return r;
  }

  const timeEl = (d, shown) => (d.datetime ? `<time datetime="${d.datetime}"></time>` : shown || '');
  const svgLogo = (o) => `<svg width="40" height="40" viewBox="0 0 40 40" role="img"><title>${esc(o.svgTitle)}</title><circle cx="20" cy="20" r="18" fill="#2a7"/></svg>`;
  // the date slot above the article: a line, an empty <time>, or what the mode puts on top (a 発表日 table, a badge)
  const dateTop = (d) => `${d.line ? esc(d.line) : ''}${timeEl(d)}${d.top}`;
  // the logo image's alt, and its title attribute (logoTitle)
  const imgAlt = (o) => ` alt="${esc(o.logoAlt)}"${o.logoTitle ? ` title="${esc(o.logoTitle)}"` : ''}`;
  const addrEl = (o) => (o.addressEl ? `<address class="org-address">${esc(o.addressEl)}</address>` : '');
  const crumbDate = (d) => (d.crumb ? esc(d.crumb) : '');
  const crumbLi = (d, li = (x) => `<li>${x}</li>`) => (d.crumb ? li(crumbDate(d)) : '');
  // the header's logo: the organization as <h1> text (h1Logo), else an image (alt) and maybe an SVG (title)
  const logoHtml = (o, img) => (o.h1 ? `<h1 class="site-logo"><a href="/">${esc(o.h1)}</a></h1>` : `${o.svg ? svgLogo(o) : ''}${img}`);
  // random hex ids (build hashes, class suffixes), drawn from the set's random source
  const ids = (n) => Array.from({ length: n }, () => ri(0, 15).toString(16)).join('');
  /**
   * The set's 40 entries, the kit's releases in draw order: ids `prefix`01…40, styles from `styleCounts` ([style, n] …)
   * shuffled, date and organization modes each list cycled over the 40 and shuffled — in that order, as the makers drew
   * them inline (pages-x on), so a set made again is the same. abbrTitle needs a legal-form word to abbreviate: an entry
   * whose organization has none trades modes with one that has.
   */
  function drawEntries(prefix, styleCounts, DATE_MODES, ORG_MODES) {
    const { shuffle, chosen } = kit;
    const styles = shuffle(styleCounts.flatMap(([style, n]) => Array(n).fill(style)));
    const dateModes = shuffle(Array.from({ length: 40 }, (_, k) => DATE_MODES[k % DATE_MODES.length]));
    const orgModes = shuffle(Array.from({ length: 40 }, (_, k) => ORG_MODES[k % ORG_MODES.length]));
    const entries = chosen.map((p, k) => ({ ...p, id: `${prefix}${pad(k + 1)}`, style: styles[k], dateMode: dateModes[k], orgMode: orgModes[k] }));
    for (const e of entries) if (e.orgMode === 'abbrTitle' && !abbr(e.org)) { const o2 = entries.find((x) => x.orgMode !== 'abbrTitle' && abbr(x.org)); if (o2) [e.orgMode, o2.orgMode] = [o2.orgMode, e.orgMode]; }
    return entries;
  }
  /**
   * The ids of the ten releases made as documents: the 8 shortest 本文s, plus the 2 shortest of the rest that hold a list or
   * a table (so that the 別紙 layouts have something to move).
   */
  function documentIds(entries) {
    const byLength = entries.slice().sort((a, b) => a.body.length - b.body.length || a.id.localeCompare(b.id));
    const hasAnnex = (e) => kit.blocks(e.body).some((b) => b.t !== 'p' && b.t !== 'h');
    return new Set([...byLength.slice(0, 8), ...byLength.slice(8).filter(hasAnnex).slice(0, 2)].map((e) => e.id));
  }
  return { MON, ABBR, abbr, dateParts, orgParts, timeEl, svgLogo, dateTop, imgAlt, addrEl, crumbDate, crumbLi, logoHtml, ids, drawEntries, documentIds };
}

/**
 * Writes the set to `out`: each entry's page (in its encoding, characters it lacks as numeric references), its source,
 * its document source when `docIds` has it, its print settings; then manifest.json and ORIGIN.txt. Entry by entry in
 * this order, as every maker ran it inline, so the random draws — and the set — are the same. Sets before pages-t had no
 * document layouts (`docLayout: false` leaves the field out of their manifest).
 */
export function writeBlindSet(kit, { out: OUT, entries, families, dateParts, orgParts, docIds, docHtml, docLayout = true }) {
  const { rand, pick, chance, ctxFor, blocks } = kit;
  if (existsSync(OUT)) for (const d of ['html', 'sources', 'doc-src']) rmSync(join(OUT, d), { recursive: true, force: true });
  for (const d of ['html', 'pdf', 'doc', 'sources', 'doc-src']) mkdirSync(join(OUT, d), { recursive: true });
  const manifest = [];
  for (const e of entries) {
    const c = ctxFor(e);
    const d = dateParts(e, c, e.dateMode); d.mode = e.dateMode;
    const o = orgParts(e, e.orgMode);
    const bl = blocks(e.body);
    const html = families[e.style](e, c, d, o, bl, e.encoding);
    const ncr = [];
    const bytes = e.encoding === 'UTF-8' ? Buffer.from(html, 'utf8') : ENC[e.encoding](html, ncr);
    const file = `html/${e.style}-${e.id}.html`;
    writeFileSync(join(OUT, file), bytes);
    writeFileSync(join(OUT, 'sources', `${e.id}.md`), e.src);
    let doc = null;
    if (docIds.has(e.id)) { doc = `doc/${e.id}.pdf`; writeFileSync(join(OUT, 'doc-src', `${e.id}.html`), docHtml(e, c, bl)); }
    const pp = { paper: pick(['A4', 'A4', 'B5', 'A5', 'Letter']) };
    if (chance(0.2)) pp.landscape = true;
    const sc = rand(); if (sc < 0.2) pp.scale = 0.7; else if (sc < 0.35) pp.scale = 1.25;
    if (chance(0.25)) pp.headerFooter = true;
    if (chance(0.1)) { pp.narrow = true; pp.paper = 'A4'; delete pp.landscape; }
    else if (chance(0.15)) pp.tightMargins = true;
    manifest.push({ id: e.id, archive: e.path, source: `sources/${e.id}.md`, html: file, style: e.style, encoding: e.encoding, pdf: `pdf/${e.style}-${e.id}.pdf`, pdfPage: pp, doc, ...(docLayout ? { docLayout: e.docLayout || null } : {}), org: e.org, title: e.title, publishedAt: e.date, dateMode: e.dateMode, orgMode: e.orgMode, metadata: e.metadata, decoyValues: c.values, decoyDates: c.dates, decoyOther: c.other, ncr });
  }
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  writeFileSync(join(OUT, 'ORIGIN.txt'), entries.map((e) => `${e.id}\t${e.path}`).join('\n') + '\n');
  console.log(manifest.map((m) => `${m.id} ${m.style} ${m.encoding} ${m.dateMode} ${m.orgMode} ${m.doc ? (docLayout ? `doc ${m.docLayout}` : 'doc') : ''}`).join('\n'));
}

/**
 * The page's JSON-LD NewsArticle, as every maker since pages-s writes it: there when the date mode gives fields or the
 * organization mode a publisher, else with the given chance (drawn from the kit's random source, in the makers' order, so
 * each set is made again byte for byte); its fields recorded in the entry's metadata. Returns the object ({} for none).
 * `type` names its @type (pages-ab draws one after the chance).
 */
export function articleLd(kit, e, d, o, share = 0.3, type = () => 'NewsArticle') {
  const ld = {};
  if (d.jsonLd || o.publisher || kit.chance(share)) {
    Object.assign(ld, { '@context': 'https://schema.org', '@type': type(), headline: e.title });
    if (d.jsonLd) Object.assign(ld, d.jsonLd);
    if (o.publisher) ld.publisher = { '@type': 'Organization', name: o.publisher };
  }
  e.metadata = { ogSiteName: o.og, jsonLd: Object.keys(ld).length ? ld : null };
  return ld;
}
