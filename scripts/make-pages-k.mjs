#!/usr/bin/env node
// The eleventh blind page set, fixtures/pages-k (issue #12): 40 archive releases drawn with a seeded PRNG
// (seed 20261215) among releases not in /work/staging/pages-used.txt, single-release files only, 本文 ≥ 400
// characters; each rendered whole as a site page in six site families (none modelled before), 12 of them in a
// legacy encoding (Shift_JIS CP932 / EUC-JP via iconv, missing characters as numeric references), plus the HTML
// of 10 Word-style documents (written to /tmp/pages-k-doc, printed by scripts/print-pages-k.mjs).
// Made blind to the tool: nothing here reads src/, dist/ or earlier page sets.
//
//   node scripts/make-pages-k.mjs [--archive /work/shared/archive] [--used /work/staging/pages-used.txt]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const ARCHIVE = opt('--archive', '/work/shared/archive');
const USED = opt('--used', '/work/staging/pages-used.txt');
const OUT = join(HERE, '..', 'fixtures', 'pages-k');
const DOCSRC = opt('--doc-src', '/tmp/pages-k-doc');
const SEED = 20261215;

// ---------- seeded PRNG ----------
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const shuffle = (xs) => { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

// ---------- draw ----------
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}
const used = new Set(readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
const candidates = [];
for (const year of ['2024', '2025', '2026']) {
  for (const p of walk(join(ARCHIVE, year))) {
    const rel = relative(ARCHIVE, p);
    if (used.has(rel)) continue;
    const md = readFileSync(p, 'utf8');
    if ((md.match(/^# 本文[ \t]*$/gm) ?? []).length !== 1) continue; // two-release files are skipped
    if (/^# (続報|公表概要)[ \t]*$/gm.test(md.split(/^# 本文[ \t]*$/m)[1])) continue;
    const body = md.split(/^# 本文[ \t]*$/m)[1].trim();
    if (body.length < 400) continue;
    candidates.push(rel);
  }
}
const drawn = shuffle(candidates).slice(0, 40);

// ---------- release parsing ----------
function stripSections(md) {
  // drop the `# 事案ID` and `# 公表種別` sections
  const lines = md.split('\n');
  const out = [];
  let skip = false;
  for (const l of lines) {
    if (/^# /.test(l)) skip = /^# (事案ID|公表種別)\s*$/.test(l);
    if (!skip) out.push(l);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
function parseRelease(md) {
  const [head, bodyRaw] = md.split(/^# 本文[ \t]*$/m);
  const items = head.split('\n').filter((l) => /^- /.test(l)).map((l) => l.slice(2).trim());
  const [title, date, org, url] = items;
  const m = date.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
  return { title, dateText: date, iso, org, url, body: bodyRaw.replace(/^\n+|\n+$/g, '') };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function inline(s) {
  // keep <img>/<br> of the release, escape the rest; **bold**, [text](url)
  const parts = s.split(/(<img[^>]*>|<br\s*\/?>)/gi);
  return parts.map((p, i) => {
    if (i % 2 === 1) return /^<br/i.test(p) ? '<br>' : p.replace(/src="[^"]*"/, 'src="data:,"');
    return esc(p).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  }).join('');
}
// Markdown links: the visible text is kept; pdfFacts counts text+url, so show the url too when it differs.
function inlineLinks(s) {
  return inline(s.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (all, t, u) => (t === u || !u ? t : `${t}（${u}）`)));
}

/** Blocks of the release body: heading, para, list, table. */
function blocks(body) {
  const lines = body.split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    let m;
    if ((m = l.match(/^(#{2,6})\s+(.*)$/))) { out.push({ t: 'h', level: m[1].length, text: m[2] }); i++; continue; }
    if (/^\s*\|/.test(l)) {
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) { rows.push(lines[i]); i++; }
      const cells = rows.filter((r) => !/^\s*\|[\s:|-]+\|\s*$/.test(r)).map((r) => r.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      const hasHead = rows.length > 1 && /^\s*\|[\s:|-]+\|\s*$/.test(rows[1]);
      out.push({ t: 'table', rows: cells, hasHead });
      continue;
    }
    if (/^\s*(?:[-*]|\d+\.)\s+/.test(l)) {
      const ordered = /^\s*\d+\./.test(l);
      const items = [];
      while (i < lines.length && /^\s*(?:[-*]|\d+\.)\s+/.test(lines[i])) {
        items.push({ depth: (lines[i].match(/^\s*/)[0].length >= 2 ? 1 : 0), text: lines[i].replace(/^\s*(?:[-*]|\d+\.)\s+/, '') });
        i++;
      }
      out.push({ t: 'list', ordered, items });
      continue;
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^(#{2,6})\s/.test(lines[i]) && !/^\s*\|/.test(lines[i]) && !/^\s*(?:[-*]|\d+\.)\s+/.test(lines[i])) { para.push(lines[i]); i++; }
    out.push({ t: 'p', lines: para });
  }
  return out;
}

const KV = /^([^：:/\s|*][^：:/|]{0,13})([：:]\s*)(\S.*)$/;
/** A list whose top-level items all read 「項目：内容」 (two at least), sub-items allowed under them. */
function kvRun(items) {
  const top = items.filter((it) => it.depth === 0);
  return top.length >= 2 && top.every((it) => KV.test(it.text) && !/^https?$/i.test(it.text.match(KV)[1])) && items[0].depth === 0;
}
/** The release body as HTML; `variant` varies markup per family. Returns html and notes on what was done. */
function bodyHtml(body, variant) {
  const bs = blocks(body);
  const notes = { tables: 0, rowspan: 0, colspan: 0, asides: 0 };
  const html = [];
  const hTag = (lvl) => `h${Math.min(6, lvl + (variant.hShift ?? 0))}`;
  for (const b of bs) {
    if (b.t === 'h') {
      const tag = hTag(b.level);
      html.push(variant.heading ? variant.heading(tag, inlineLinks(b.text)) : `<${tag}>${inlineLinks(b.text)}</${tag}>`);
    } else if (b.t === 'p' && !(variant.kvTable && b.lines.length >= 2 && b.lines.every((l) => KV.test(l)))) {
      const text = b.lines.map(inlineLinks).join('<br>\n');
      const raw = b.lines.join('');
      if (/^(※|\*|注[：:）)]|（注|\(注|なお、)/.test(raw.trim()) && variant.aside) {
        notes.asides++;
        html.push(variant.aside(`<p>${text}</p>`));
      } else if (variant.para) html.push(variant.para(text));
      else html.push(`<p>${text}</p>`);
    } else if (b.t === 'list' && variant.kvTable && kvRun(b.items)) {
      // a list of 「項目：内容」 items as a two-column table (the label keeps its colon); sub-items under an
      // item become rows of their own, the label cell spanning them (rowspan)
      notes.tables++;
      let s = `<table${variant.tableAttr ?? ' border="1"'} class="kv">`;
      const items = b.items;
      for (let k = 0; k < items.length; k++) {
        const m = items[k].text.match(KV);
        let subs = 0;
        while (k + 1 + subs < items.length && items[k + 1 + subs].depth === 1) subs++;
        if (subs) notes.rowspan++;
        s += `<tr><th${subs ? ` rowspan="${subs + 1}"` : ''}>${inlineLinks(m[1] + m[2])}</th><td>${inlineLinks(m[3])}</td></tr>`;
        for (let q = 1; q <= subs; q++) s += `<tr><td>${inlineLinks(items[k + q].text)}</td></tr>`;
        k += subs;
      }
      html.push(variant.tableWrap ? variant.tableWrap(`${s}</table>`) : `${s}</table>`);
    } else if (b.t === 'p' && variant.kvTable && b.lines.length >= 2 && b.lines.every((l) => KV.test(l))) {
      notes.tables++;
      html.push(`<table${variant.tableAttr ?? ' border="1"'} class="kv">${b.lines.map((l) => { const m = l.match(KV); return `<tr><th>${inlineLinks(m[1] + m[2])}</th><td>${inlineLinks(m[3])}</td></tr>`; }).join('')}</table>`);
    } else if (b.t === 'list') {
      const tag = b.ordered ? 'ol' : 'ul';
      let s = `<${tag}${variant.listClass ? ` class="${variant.listClass}"` : ''}>`;
      for (const it of b.items) s += `<li${it.depth ? ' class="sub"' : ''}>${variant.li ? variant.li(inlineLinks(it.text)) : inlineLinks(it.text)}</li>`;
      html.push(`${s}</${tag}>`);
    } else if (b.t === 'table') {
      notes.tables++;
      let rows = b.rows;
      if (variant.bulletRows) {
        // a two-column timeline whose second cell holds <br>-separated lines: one row per line, the first
        // cell repeated (then merged below with rowspan), as CMS table editors do
        rows = rows.flatMap((row, r) => {
          if ((b.hasHead && r === 0) || row.length !== 2) return [row];
          const parts = row[1].split(/<br\s*\/?>/i).filter((x) => x.trim());
          return parts.length > 1 ? parts.map((x) => [row[0], x]) : [row];
        });
      }
      const ncol = Math.max(...rows.map((r) => r.length));
      // rowspan: merge vertically repeated first-column cells (text shown once); colspan: a row whose
      // trailing cells are empty spans them.
      const span = rows.map((r) => r.map(() => 1));
      const skipCell = rows.map((r) => r.map(() => false));
      const startBody = b.hasHead ? 1 : 0;
      for (let r = startBody; r < rows.length; r++) {
        if (skipCell[r][0]) continue;
        let k = r + 1;
        while (k < rows.length && rows[k][0] && rows[k][0] === rows[r][0]) { skipCell[k][0] = true; k++; }
        if (k - r > 1) { span[r][0] = k - r; notes.rowspan++; }
      }
      let s = `<table${variant.tableAttr ?? ' border="1"'}>`;
      rows.forEach((row, r) => {
        const isHead = b.hasHead && r === 0;
        s += '<tr>';
        let c = 0;
        while (c < ncol) {
          const cell = row[c] ?? '';
          if (skipCell[r][c]) { c++; continue; }
          let cs = 1;
          if (c > 0 && cell) { while (c + cs < ncol && (row[c + cs] ?? '') === '') cs++; if (cs > 1 && c + cs === ncol) notes.colspan++; else cs = 1; }
          const tag = isHead || (variant.thFirst && c === 0) ? 'th' : 'td';
          s += `<${tag}${span[r][c] > 1 ? ` rowspan="${span[r][c]}"` : ''}${cs > 1 ? ` colspan="${cs}"` : ''}>${inlineLinks(cell)}</${tag}>`;
          c += cs;
        }
        s += '</tr>';
      });
      s += '</table>';
      html.push(variant.tableWrap ? variant.tableWrap(s) : s);
    }
  }
  return { html: html.join('\n'), notes, blocks: bs };
}

// ---------- numerals and decoys ----------
const KD = '〇一二三四五六七八九';
function kanji(n) {
  if (n === 0) return '〇';
  const units = [[1e8, '億'], [1e4, '万']];
  let s = '';
  const small = (x) => {
    let t = '';
    for (const [v, u] of [[1000, '千'], [100, '百'], [10, '十']]) {
      const d = Math.floor(x / v); x %= v;
      if (d) t += (d === 1 ? '' : KD[d]) + u;
    }
    return t + (x ? KD[x] : '');
  };
  for (const [v, u] of units) { const d = Math.floor(n / v); n %= v; if (d) s += small(d) + u; }
  return s + small(n);
}
const fw = (s) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function numeralForms(n) {
  const plain = String(n);
  const comma = n.toLocaleString('en-US');
  const forms = new Set([plain, comma, fw(plain), fw(comma), kanji(n)]);
  if (n >= 10000) {
    const man = n / 10000;
    forms.add(`${man}万`); forms.add(`${Math.floor(man)}万${n % 10000 ? (n % 10000).toLocaleString('en-US') : ''}`);
    forms.add(`${Math.floor(man)}万${n % 10000 || ''}`);
  }
  return [...forms];
}
function normText(t) { return t.normalize('NFKC'); }
function textHasNumber(text, n) {
  const t = normText(text);
  const digits = t.replace(/(\d),(?=\d{3})/g, '$1');
  if (new RegExp(`(^|[^0-9.])${n}(?![0-9])`).test(digits)) return true;
  for (const f of numeralForms(n)) if (f.length > 1 && normText(text).includes(normText(f))) return true;
  if (text.includes(kanji(n))) return true;
  return false;
}
const REIWA = (y) => y - 2018;
function dateForms(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const mm = String(m).padStart(2, '0'); const dd = String(d).padStart(2, '0');
  return [`${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}/${mm}/${dd}`, `${y}.${m}.${d}`, `${y}.${mm}.${dd}`, `${y}-${mm}-${dd}`,
    `令和${REIWA(y)}年${m}月${d}日`, `R${REIWA(y)}.${m}.${d}`, `${m}月${d}日`, `${m}/${d}`];
}
function textHasDate(text, iso) {
  const t = normText(text).replace(/\s+/g, '');
  return dateForms(iso).some((f) => t.includes(normText(f)));
}

// ---------- encoding ----------
function encodableSet(chars, enc) {
  const input = chars.join('\n') + '\n';
  let out;
  try { out = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', enc], { input: Buffer.from(input, 'utf8') }); } catch (e) { out = e.stdout; }
  const back = execFileSync('iconv', ['-f', enc, '-t', 'UTF-8'], { input: out }).toString('utf8').split('\n');
  const ok = new Set();
  chars.forEach((c, i) => { if (back[i] === c) ok.add(c); });
  return ok;
}
function encodeLegacy(html, enc) {
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7f))];
  const ok = encodableSet(chars, enc);
  const fixed = [...html].map((c) => (c.codePointAt(0) > 0x7f && !ok.has(c) ? `&#${c.codePointAt(0)};` : c)).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', enc], { input: Buffer.from(fixed, 'utf8') }), ncr: chars.filter((c) => !ok.has(c)) };
}

// ---------- chrome material ----------
const HEADLINES = ['年末年始の営業についてのお知らせ', 'システムメンテナンスのお知らせ', '新サービス提供開始のお知らせ', '決算説明会資料を掲載しました',
  '採用情報を更新しました', 'キャンペーン当選者発表', '夏季休業のお知らせ', '事業所移転のお知らせ', '価格改定のお知らせ', '説明会開催のご案内',
  '広報誌最新号を発行しました', 'イベント出展のお知らせ', '料金プラン改定について', '防災訓練を実施しました', 'オンライン窓口開設のお知らせ'];
const FIG_UNITS = [['契約数', '件'], ['会員数', '名'], ['定員', '名'], ['参加者', '人'], ['来場者', '人'], ['導入実績', '社'], ['登録者', '名'], ['受付', '件']];
const CITIES = ['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中村区名駅', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北', '宮城県仙台市青葉区中央', '広島県広島市中区紙屋町', '京都府京都市下京区烏丸通'];
const TAGS = ['お知らせ', 'IR', 'サステナビリティ', '採用', '製品', 'イベント', 'セキュリティ', 'プレス', '地域貢献', 'DX', '決算', '社会貢献'];

function makeDecoys(release) {
  const text = `${release.title}\n${release.dateText}\n${release.org}\n${release.body}`;
  const values = [];
  const numbers = (lo, hi) => { for (;;) { const n = ri(lo, hi); if (!values.includes(n) && !textHasNumber(text, n)) { values.push(n); return n; } } };
  const dates = [];
  const pubY = Number((release.iso ?? '2025-06-01').slice(0, 4));
  const date = () => {
    for (;;) {
      const y = pick([pubY - 1, pubY, pubY, pubY + 1].filter((x) => x >= 2023 && x <= 2026));
      const iso = `${y}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
      if (iso !== release.iso && !dates.includes(iso) && !textHasDate(text, iso)) { dates.push(iso); return iso; }
    }
  };
  const other = [];
  const phone = () => { for (;;) { const p = `0${ri(3, 9)}-${ri(1000, 9999)}-${ri(1000, 9999)}`; if (!text.includes(p.slice(3))) { other.push(p); return p; } } };
  const zip = () => { const z = `〒${ri(100, 999)}-${String(ri(0, 9999)).padStart(4, '0')}`; other.push(z); return z; };
  const addr = () => { const a = `${pick(CITIES)}${ri(1, 9)}丁目${ri(1, 30)}番${ri(1, 20)}号`; other.push(a); return a; };
  return { values, dates, other, numbers, date, phone, zip, addr };
}
const jpDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };
const dotDate = (iso) => iso.replace(/-/g, '.');
const slashDate = (iso) => iso.replace(/-/g, '/');
const reiwaDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `令和${REIWA(y)}年${m}月${d}日`; };
const fmt = (n) => n.toLocaleString('en-US');

/** Side news with dated headlines and figures. */
function newsItems(D, k, dfmt) {
  const out = [];
  for (let i = 0; i < k; i++) {
    const iso = D.date();
    const [label, unit] = pick(FIG_UNITS);
    const n = D.numbers(120, 98000);
    out.push({ iso, text: `${pick(HEADLINES)}（${label}${fmt(n)}${unit}）`, shown: dfmt(iso) });
  }
  return out;
}

// ---------- date placement ----------
// dateMode: dateline (公開日/更新日), dot (2026.01.23), reiwa, time (only in <time>), jsonld (only in JSON-LD), title
function dateBits(release, mode, D) {
  const iso = release.iso;
  const upd = D.date();
  switch (mode) {
    case 'dateline': return { line: `<p class="post-date">公開日：${jpDate(iso)}　更新日：${jpDate(upd)}</p>`, titleDate: '', jsonDate: iso };
    case 'dot': return { line: `<span class="date">${dotDate(iso)}</span>`, titleDate: '', jsonDate: iso };
    case 'reiwa': return { line: `<p class="date">${reiwaDate(iso)}</p>`, titleDate: '', jsonDate: iso };
    case 'time': return { line: `<time datetime="${iso}T10:00:00+09:00">${slashDate(iso)}</time>`, titleDate: '', jsonDate: null };
    case 'jsonld': return { line: '', titleDate: '', jsonDate: iso };
    case 'title': return { line: '', titleDate: `【${jpDate(iso)}】`, jsonDate: null };
    default: throw new Error(mode);
  }
}
function jsonLdFor(release, bits, orgShown, extra = {}) {
  if (!bits.jsonDate && !extra.force) return null;
  const o = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: release.title };
  if (bits.jsonDate) { o.datePublished = `${bits.jsonDate}T09:00:00+09:00`; }
  if (extra.modified) o.dateModified = `${extra.modified}T18:30:00+09:00`;
  if (orgShown) o.publisher = { '@type': 'Organization', name: release.org };
  if (extra.interaction) o.interactionStatistic = { '@type': 'InteractionCounter', userInteractionCount: extra.interaction };
  return o;
}

// ---------- six families ----------
// Each takes ctx = { r, D, dateMode, orgMode, bh (bodyHtml fn), id } and returns { html, meta }.
const ORG_MODES = ['title', 'ogsite', 'logo', 'copyright'];

function orgPieces(r, orgMode) {
  return {
    inTitle: orgMode === 'title',
    ogSite: orgMode === 'ogsite' ? r.org : null,
    logoAlt: orgMode === 'logo' ? r.org : 'ロゴ',
    copy: orgMode === 'copyright' ? r.org : null,
  };
}

function wpBlock(ctx) {
  const { r, D } = ctx;
  const O = orgPieces(r, ctx.orgMode);
  const bits = dateBits(r, ctx.dateMode, D);
  const news = newsItems(D, 5, slashDate);
  const share = [D.numbers(11, 999), D.numbers(11, 999), D.numbers(11, 999)];
  const staff = D.numbers(150, 9800);
  const capital = D.numbers(10, 980);
  const phone = D.phone(); const zip = D.zip(); const addr = D.addr();
  const related = newsItems(D, 3, jpDate);
  const modified = D.date();
  const jl = jsonLdFor(r, bits, !!O.ogSite || O.inTitle, { modified: ctx.dateMode === 'jsonld' ? null : modified });
  const { html } = ctx.bh({ kvTable: true, bulletRows: true, listClass: 'wp-block-list', tableWrap: (t) => `<figure class="wp-block-table is-style-stripes">${t}</figure>`, aside: (p) => `<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained"><div class="wp-block-group__inner-container">${p}</div></div>`, para: (t) => `<p class="wp-block-paragraph">${t}</p>`, heading: (tag, t) => `<${tag} class="wp-block-heading">${t}</${tag}>` });
  const title = `${bits.titleDate}${r.title}${O.inTitle ? ` – ${r.org}` : ''}`;
  const mega = ['企業情報', '事業紹介', 'サステナビリティ', 'IR情報', '採用情報'].map((m, i) => `<li class="wp-block-navigation-item has-child"><a class="wp-block-navigation-item__content" href="/${i}/">${m}</a><ul class="wp-block-navigation__submenu-container mega">${['概要', 'ビジョン', '沿革', '拠点一覧', 'よくある質問'].map((s) => `<li><a href="#">${m}・${s}</a></li>`).join('')}</ul></li>`).join('');
  const page = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="generator" content="WordPress 6.7.1">
${O.ogSite ? `<meta property="og:site_name" content="${esc(O.ogSite)}">` : ''}<meta property="og:type" content="article"><meta property="og:title" content="${esc(r.title)}">
${jl ? `<script type="application/ld+json">${JSON.stringify(jl)}</script>` : ''}
<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ver":"6.7.1","stats":{"views":${D.numbers(1200, 99000)},"since":"${D.date()}"}}</script>
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;color:#222;line-height:1.8}
.wp-site-blocks{display:block}
header.wp-block-template-part{position:sticky;top:0;background:#fff;border-bottom:3px solid #0a5;z-index:10;padding:8px 24px;display:flex;align-items:center;gap:24px}
.wp-block-site-logo img{height:36px}
.wp-block-navigation{display:flex;gap:16px;list-style:none;margin:0;padding:0;font-size:13px}
.wp-block-navigation .mega{display:none}
.wp-block-columns{display:flex;gap:32px;padding:16px 24px}
main{flex:3}aside.sidebar{flex:1;font-size:12px;background:#f4f7f5;padding:12px}
.wp-block-table table{border-collapse:collapse;width:100%}.wp-block-table td,.wp-block-table th{border:1px solid #999;padding:4px 6px}
.has-pale-cyan-blue-background-color{background:#e3f4fb;padding:8px 14px;border-left:4px solid #38a}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:10px 24px;font-size:12px}
footer{background:#0a5;color:#fff;padding:16px 24px;font-size:12px}
.breadcrumbs{font-size:12px;padding:4px 24px;color:#666}
.share{display:flex;gap:10px;font-size:12px}
</style></head>
<body class="wp-singular post-template-default single single-post wp-theme-twentytwentyfour">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-site-logo"><a href="/"><img src="data:," alt="${esc(O.logoAlt)}" width="160" height="36"></a></div>
<nav class="wp-block-navigation" aria-label="メガメニュー"><ul class="wp-block-navigation">${mega}</ul></nav></header>
<nav class="breadcrumbs"><a href="/">ホーム</a> ＞ <a href="/news/">ニュース</a> ＞ <span>${esc(r.title.slice(0, 18))}…</span></nav>
<div class="wp-block-columns">
<main class="wp-block-group"><article class="post">
<div class="wp-block-post-terms"><a href="/category/news/" rel="tag">ニュースリリース</a></div>
<h1 class="wp-block-post-title">${esc(r.title)}</h1>
<div class="wp-block-post-date">${bits.line}</div>
<div class="share"><span>シェア ${share[0]}</span><span>いいね ${share[1]}</span><span>ポスト ${share[2]}</span></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
${html}
</div>
<div class="wp-block-post-navigation-link"><a href="#">前の記事</a> | <a href="#">次の記事</a></div>
<section class="related"><h2>関連ニュース</h2><ul>${related.map((n) => `<li><span>${n.shown}</span> <a href="#">${n.text}</a></li>`).join('')}</ul></section>
</article></main>
<aside class="sidebar wp-block-template-part"><h2 class="wp-block-heading">最新のお知らせ</h2><ul class="wp-block-latest-posts">${news.map((n) => `<li><time datetime="${n.iso}">${n.shown}</time><a href="#">${n.text}</a></li>`).join('')}</ul>
<h2>カテゴリー</h2><ul><li>ニュースリリース (${D.numbers(20, 400)})</li><li>お知らせ (${D.numbers(20, 400)})</li></ul></aside>
</div>
<footer class="wp-block-template-part"><p>${zip} ${addr}　TEL ${phone}</p><p>従業員数 ${fmt(staff)}名（連結）　資本金 ${capital}億円</p>
<p>© ${O.copy ? esc(O.copy) : 'All Rights Reserved.'}</p></footer>
<div class="cookie" id="cookie-law-info-bar">当サイトではクッキーを使用しています。<button>同意する</button> <button>設定</button></div>
</div>
<script>window._wpemojiSettings={"source":{"concatemoji":"/wp-includes/js/wp-emoji-release.min.js?ver=6.7.1"}};var wpPostViews={"id":${D.numbers(1000, 99999)},"count":${D.numbers(1000, 99999)}};</script>
</body></html>`;
  return { html: page, meta: { ogSiteName: O.ogSite, jsonLd: jl } };
}

function sjisMunicipal(ctx) {
  const { r, D } = ctx;
  const O = orgPieces(r, ctx.orgMode);
  const bits = dateBits(r, ctx.dateMode, D);
  const news = newsItems(D, 6, jpDate);
  const pop = D.numbers(12000, 380000);
  const phone = D.phone(); const zip = D.zip(); const addr = D.addr();
  const counter = D.numbers(10000, 999999);
  const jl = ctx.dateMode === 'jsonld' ? jsonLdFor(r, bits, false) : null;
  const { html } = ctx.bh({ tableAttr: ' border="1" cellspacing="0" cellpadding="4" width="100%" bgcolor="#ffffff"', thFirst: false, aside: (p) => `<table border="0" width="100%" cellpadding="8" bgcolor="#fff8dc" class="chuui"><tr><td><font size="2">${p}</font></td></tr></table>`, heading: (tag, t) => `<${tag}><font color="#003366">■</font>${t}</${tag}>` });
  const title = `${bits.titleDate}${r.title}${O.inTitle ? `／${r.org}` : ''}`;
  const menu = ['くらし・手続き', '健康・福祉', '子育て・教育', '産業・しごと', '観光・文化', '組織・行政', '防災・安全', '施設案内'];
  const page = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>${esc(title)}</title>
${O.ogSite ? `<meta property="og:site_name" content="${esc(O.ogSite)}">` : ''}
${jl ? `<script type="application/ld+json">${JSON.stringify(jl)}</script>` : ''}
<style type="text/css"><!--
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;background:#eef2f6}
td.leftmenu{background:#dbe6f1;font-size:13px;vertical-align:top}
td.leftmenu a{display:block;padding:6px;border-bottom:1px dotted #888;color:#003366}
h1{font-size:20px;border-bottom:3px double #036;padding-bottom:4px}
h1,h2,h3,h4,h5,h6,b,strong,th{font-weight:normal}h2,h3,h4{color:#003366;background:#e8eef5;padding:2px 4px}
.pagetop{text-align:right;font-size:12px}
table.chuui{border:2px solid #cc9}
--></style>
<script type="text/javascript"><!--
var accessCounter = ${counter}; var lastUpdate = "${slashDate(D.date())}";
//--></script></head>
<body bgcolor="#eef2f6"><a name="top"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff" style="max-width:960px">
<tr><td colspan="3" bgcolor="#003366"><img src="data:," alt="${esc(O.logoAlt)}" width="300" height="50"><font color="#ffffff" size="2">　文字サイズ <a href="#"><font color="#fff">小</font></a> <a href="#"><font color="#fff">中</font></a> <a href="#"><font color="#fff">大</font></a>　｜　<a href="#"><font color="#fff">サイトマップ</font></a>　｜　<a href="#"><font color="#fff">English</font></a></font></td></tr>
<tr><td colspan="3" bgcolor="#cfd8e3"><font size="2">現在位置：<a href="/">トップページ</a> &gt; <a href="/kurashi/">お知らせ</a> &gt; ${esc(r.title.slice(0, 20))}</font></td></tr>
<tr>
<td class="leftmenu" width="170"><b>メニュー</b>${menu.map((m) => `<a href="#">${m}</a>`).join('')}
<br><b>最新のお知らせ</b><br>${news.map((n) => `<font size="1">${n.shown}</font><br><a href="#">${n.text}</a>`).join('')}
<br><b>人口と世帯</b><br><font size="2">人口 ${fmt(pop)}人<br>世帯数 ${fmt(D.numbers(5000, 170000))}世帯</font></td>
<td width="20">&nbsp;</td>
<td valign="top">
<h1>${esc(r.title)}</h1>
${bits.line ? `<div align="right">${bits.line}</div>` : ''}
<div id="honbun">
${html}
</div>
<p class="pagetop"><a href="#top">▲このページの先頭へ</a></p>
<table border="1" cellspacing="0" cellpadding="6" width="100%"><tr><th bgcolor="#dbe6f1" width="30%">このページに関するお問い合わせ</th><td>総務課 広報係<br>電話：${phone}<br>受付時間 平日8時30分から17時15分</td></tr></table>
<p class="pagetop"><a href="#top">このページの先頭へ</a></p>
</td></tr>
<tr><td colspan="3" bgcolor="#003366"><font color="#ffffff" size="2">${zip} ${addr}　代表電話 ${D.phone()}<br>開庁時間　月曜日～金曜日　午前8時30分～午後5時15分<br>Copyright (C) ${O.copy ? esc(O.copy) : 'All rights reserved.'}</font><br><font color="#aaaaaa" size="1">アクセス数 ${counter}</font></td></tr>
</table></body></html>`;
  return { html: page, meta: { ogSiteName: O.ogSite, jsonLd: jl } };
}

function splitSpans(text) {
  // page-builder text split into many spans (by a few characters, keeping tags whole)
  const parts = text.split(/(<[^>]+>)/);
  return parts.map((p, i) => {
    if (i % 2 === 1 || !p) return p;
    const out = [];
    let k = 0;
    while (k < p.length) {
      let n = ri(3, 9);
      // do not split an entity
      let seg = p.slice(k, k + n);
      const amp = seg.lastIndexOf('&');
      if (amp >= 0 && !seg.slice(amp).includes(';')) { const semi = p.indexOf(';', k + amp); n = semi - k + 1; seg = p.slice(k, k + n); }
      out.push(`<span class="wixui-rich-text__text" style="letter-spacing:normal">${seg}</span>`);
      k += n;
    }
    return out.join('');
  }).join('');
}
function builderSoup(ctx) {
  const { r, D } = ctx;
  const O = orgPieces(r, ctx.orgMode);
  const bits = dateBits(r, ctx.dateMode, D);
  const news = newsItems(D, 4, dotDate);
  const members = D.numbers(300, 60000);
  const phone = D.phone(); const addr = D.addr();
  const views = D.numbers(500, 90000);
  const jl = jsonLdFor(r, bits, !!O.ogSite);
  let n = 0;
  const { html } = ctx.bh({
    bulletRows: true,
    hShift: 0,
    para: (t) => `<div class="elementor-widget elementor-widget-text-editor" data-id="${(n++).toString(16)}a9f"><div class="elementor-widget-container"><p class="font_8 wixui-rich-text__text">${splitSpans(t)}</p></div></div>`,
    heading: (tag, t) => `<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><${tag} class="elementor-heading-title elementor-size-default">${splitSpans(t)}</${tag}></div></div>`,
    li: (t) => splitSpans(t),
    aside: (p) => `<div class="elementor-element e-con-boxed" style="border:2px dashed #c96;padding:12px;background:#fffaf2"><div class="e-con-inner">${p}</div></div>`,
    tableWrap: (t) => `<div class="elementor-widget elementor-widget-html"><div class="elementor-widget-container">${t}</div></div>`,
  });
  const title = `${bits.titleDate}${r.title}${O.inTitle ? ` | ${r.org}` : ''}`;
  const page = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="generator" content="Elementor 3.25.4; features: e_font_icon_svg; settings: css_print_method-external">
${O.ogSite ? `<meta property="og:site_name" content="${esc(O.ogSite)}">` : ''}
${jl ? `<script type="application/ld+json">${JSON.stringify(jl)}</script>` : ''}
<style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;background:#fafafa}
#SITE_CONTAINER{position:relative;width:100%;max-width:980px;margin:0 auto;min-height:2000px}
h1,h2,h3,h4,h5,h6,strong,b,th{font-weight:400}.elementor-heading-title{color:#1d2a3a;letter-spacing:.04em}
.abs{position:absolute}
#comp-header{top:0;left:0;width:100%;height:90px;background:#1d2a3a;color:#fff}
#comp-menu{top:90px;left:0;width:100%;height:36px;background:#e6e9ee;font-size:13px}
#comp-menu span{display:inline-block;padding:8px 14px}
#comp-side{top:150px;left:74%;width:25%;font-size:12px;background:#fff;border:1px solid #ddd;padding:10px;box-sizing:border-box}
#comp-badge{top:20px;left:78%;width:20%;font-size:11px;color:#cde}
#comp-main{position:relative;top:150px;width:72%;background:#fff;padding:16px;box-sizing:border-box}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #aaa;padding:4px}
#comp-foot{background:#1d2a3a;color:#ccc;font-size:12px;padding:20px;margin-top:180px}
.cookie{position:fixed;top:0;left:0;right:0;background:#fffbe6;border-bottom:1px solid #e0c060;font-size:12px;padding:6px;text-align:center;z-index:99}
</style></head>
<body class="elementor-default elementor-kit-7"><div id="SITE_CONTAINER">
<div class="cookie">Cookieを利用して閲覧体験を向上させています。<button>すべて許可</button><button>必要なもののみ</button></div>
<div id="comp-header" class="abs"><div style="position:absolute;left:20px;top:20px"><img src="data:," alt="${esc(O.logoAlt)}" width="220" height="48"></div></div>
<div id="comp-badge" class="abs"><span>会員数</span><span> ${fmt(members)}</span><span>名突破！</span></div>
<div id="comp-menu" class="abs"><span>HOME</span><span>ABOUT</span><span>SERVICE</span><span>NEWS</span><span>RECRUIT</span><span>CONTACT</span></div>
<div id="comp-side" class="abs"><div class="elementor-widget-container"><h3><span>最新</span><span>のお知らせ</span></h3>${news.map((x) => `<div class="post"><span class="date">${x.shown}</span><br><span>${x.text.slice(0, 8)}</span><span>${x.text.slice(8)}</span></div>`).join('')}
<div style="margin-top:12px"><span>閲覧数</span> <span>${fmt(views)}</span></div></div></div>
<div id="comp-main"><section class="elementor-section"><div class="elementor-container">
<div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title">${esc(r.title)}</h1></div>
${bits.line ? `<div class="elementor-widget elementor-widget-post-info">${bits.line}</div>` : ''}
${html}
</div></section></div>
<div id="comp-foot"><div><span>お問い合わせ：</span><span>${phone}</span></div><div><span>${addr}</span></div><div><span>© ${O.copy ? esc(O.copy) : 'Copyright'}</span> <span>Powered by page builder</span></div></div>
</div>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"post":{"id":${D.numbers(1000, 99999)},"title":"news"},"kit":{"active_breakpoints":["viewport_mobile","viewport_tablet"]}};</script>
</body></html>`;
  return { html: page, meta: { ogSiteName: O.ogSite, jsonLd: jl } };
}

function calendar(iso) {
  const [y, m] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let s = `<table class="calendar" summary="月間アーカイブ"><caption>${y}年${m}月</caption><tr>${'日月火水木金土'.split('').map((d) => `<th>${d}</th>`).join('')}</tr><tr>`;
  for (let i = 0; i < first; i++) s += '<td></td>';
  for (let d = 1; d <= days; d++) { s += `<td>${d}</td>`; if ((first + d) % 7 === 0) s += '</tr><tr>'; }
  return `${s}</tr></table>`;
}
function movableType(ctx) {
  const { r, D } = ctx;
  const O = orgPieces(r, ctx.orgMode);
  const bits = dateBits(r, ctx.dateMode, D);
  const news = newsItems(D, 5, jpDate);
  const calIso = D.date();
  const phone = D.phone(); const zip = D.zip(); const addr = D.addr();
  const staff = D.numbers(40, 6000);
  const jl = ctx.dateMode === 'jsonld' ? jsonLdFor(r, bits, !!O.ogSite) : null;
  const charset = ctx.encoding === 'EUC-JP' ? 'EUC-JP' : 'UTF-8';
  const { html } = ctx.bh({ hShift: 1, aside: (p) => `<aside class="entry-note">${p}</aside>`, tableAttr: ' class="mt-table" border="1"' });
  const title = `${bits.titleDate}${r.title}${O.inTitle ? ` - ${r.org}` : ''}`;
  const tags = shuffle(TAGS).slice(0, 8).map((t) => `<a href="#" class="rank-${ri(1, 5)}" style="font-size:${ri(10, 20)}px">${t}</a>`).join(' ');
  const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<meta name="generator" content="Movable Type Pro 7.9" />
<title>${esc(title)}</title>
${O.ogSite ? `<meta property="og:site_name" content="${esc(O.ogSite)}" />` : ''}
${jl ? `<script type="application/ld+json">${JSON.stringify(jl)}</script>` : ''}
<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml" />
<style type="text/css">
body{font-family:Georgia,"Noto Sans CJK JP",sans-serif;background:#f5f1e8;margin:0}
#container{width:100%;max-width:900px;margin:0 auto;background:#fff}
#header{padding:20px;border-bottom:1px solid #ccc}#header h1.site{font-size:22px;margin:0}
#content{float:left;width:66%;padding:2%}
#beta{float:right;width:26%;padding:1%;font-size:12px;background:#faf7f0}
.entry-note{border:1px solid #b99;background:#fbf3f3;padding:6px 12px;margin:10px 0}
table.mt-table{border-collapse:collapse}.mt-table td,.mt-table th{border:1px solid #666;padding:3px 6px}
table.calendar td,table.calendar th{font-size:11px;text-align:center;padding:1px 3px}
h2,h3,h4,h5,h6,strong,th{font-weight:normal}.asset-name{font-size:20px;border-bottom:1px solid #b99}
#footer{clear:both;padding:14px;font-size:11px;border-top:1px solid #ccc}
</style></head>
<body class="mt-entry-archive layout-two-column-right"><div id="container">
<div id="header"><h1 class="site"><a href="/"><img src="data:," alt="${esc(O.logoAlt)}" width="200" height="40" /></a></h1><div class="description">ニュース・トピックス</div></div>
<div id="content"><div class="entry-asset asset hentry">
<div class="asset-header"><h2 class="asset-name entry-title">${esc(r.title)}</h2>
<div class="asset-meta">${bits.line}${bits.line ? ' | ' : ''}<span class="byline">投稿者: 広報担当</span></div></div>
<div class="asset-content entry-content"><div class="asset-body">
${html}
</div></div>
<div class="asset-footer">カテゴリ: <a href="#">お知らせ</a> | タグ: <a href="#">お知らせ</a> | <a href="#">コメント (${D.numbers(2, 60)})</a> | <a href="#">トラックバック (0)</a></div>
</div>
<div class="content-nav"><a href="#">« 前のエントリー</a> | <a href="/">メインページ</a> | <a href="#">次のエントリー »</a></div></div>
<div id="beta"><div class="widget-calendar"><h3>カレンダー</h3>${calendar(calIso)}</div>
<div class="widget-recent-entries"><h3>最新のお知らせ</h3><ul>${news.map((n) => `<li>${n.shown}<br /><a href="#">${n.text}</a></li>`).join('')}</ul></div>
<div class="widget-tag-cloud"><h3>タグクラウド</h3>${tags}</div>
<div class="widget-archive-monthly"><h3>月別アーカイブ</h3><ul>${[0, 1, 2].map(() => { const d = D.date(); return `<li><a href="#">${d.slice(0, 4)}年${Number(d.slice(5, 7))}月 (${D.numbers(2, 40)})</a></li>`; }).join('')}</ul></div>
<div class="widget-syndication"><a href="/atom.xml">このブログを購読</a></div></div>
<div id="footer">${zip} ${addr} TEL:${phone}　職員数 ${staff}名<br />Copyright © ${O.copy ? esc(O.copy) : 'All Rights Reserved.'} Powered by Movable Type</div>
</div></body></html>`;
  return { html: page, meta: { ogSiteName: O.ogSite, jsonLd: jl }, calendarMonth: calIso.slice(0, 7) };
}

function nextJs(ctx) {
  const { r, D } = ctx;
  const O = orgPieces(r, ctx.orgMode);
  const bits = dateBits(r, ctx.dateMode, D);
  const news = newsItems(D, 4, dotDate);
  const phone = D.phone(); const addr = D.addr();
  const customers = D.numbers(1200, 900000);
  const jl = jsonLdFor(r, bits, !!O.ogSite || O.inTitle);
  const { html, blocks: bs } = ctx.bh({ kvTable: true, aside: (p) => `<aside class="Callout_root__x7Kq2">${p}</aside>`, para: (t) => `<p class="Article_p__3kL9a">${t}</p>`, tableWrap: (t) => `<div class="Table_scroll__Qm1"><table class="Table_root__2bd">${t.replace(/^<table[^>]*>/, '').replace(/<\/table>$/, '')}</table></div>` });
  const title = `${bits.titleDate}${r.title}${O.inTitle ? ` | ${r.org}` : ''}`;
  // text partly in __NEXT_DATA__: the lead paragraphs as the page's props
  const lead = bs.filter((b) => b.t === 'p').slice(0, 2).map((b) => b.lines.join(''));
  const nextData = { props: { pageProps: { article: { slug: `news-${ri(1000, 9999)}`, title: r.title, lead, category: 'press', publishedAt: bits.jsonDate ? `${bits.jsonDate}T00:00:00.000Z` : null, ranking: news.map((n) => ({ title: n.text, date: n.iso })) }, site: { name: O.ogSite ?? (O.inTitle ? r.org : null), customers, updatedAt: `${D.date()}T03:00:00.000Z` } }, __N_SSG: true }, page: '/news/[slug]', query: {}, buildId: `b${ri(100000, 999999)}`, isFallback: false, gsp: true, scriptLoader: [] };
  const page = `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(title)}</title>
${O.ogSite ? `<meta property="og:site_name" content="${esc(O.ogSite)}"/>` : ''}<meta property="og:title" content="${esc(r.title)}"/><meta name="next-head-count" content="6"/>
${jl ? `<script type="application/ld+json">${JSON.stringify(jl)}</script>` : ''}
<link rel="preload" href="/_next/static/css/9c1f2e.css" as="style"/>
<style>
body{margin:0;font-family:"Noto Sans CJK JP",system-ui,sans-serif;color:#111}
.Header_root__a1{position:sticky;top:0;height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 32px;background:rgba(255,255,255,.96);border-bottom:1px solid #eee;z-index:5}
.Layout_grid__k2{display:grid;grid-template-columns:1fr 260px;gap:40px;max-width:1080px;margin:24px auto;padding:0 24px}
.Callout_root__x7Kq2{border-radius:8px;background:#f1f5ff;padding:10px 16px;border:1px solid #c7d4ff}
.Table_root__2bd{border-collapse:collapse;width:100%}.Table_root__2bd td,.Table_root__2bd th{border:1px solid #ccd;padding:6px}
.Ranking_root__p{font-size:12px;border-left:1px solid #eee;padding-left:16px}
.Article_title__8,h2,h3,h4,strong,th{font-weight:400}.Article_title__8{font-size:28px;letter-spacing:.02em}
.Footer_root__z{background:#0b1020;color:#aab;font-size:12px;padding:24px 32px}
.Toast_root__c{position:fixed;right:16px;bottom:16px;width:300px;background:#0b1020;color:#fff;padding:12px;border-radius:8px;font-size:12px}
</style></head>
<body><div id="__next">
<header class="Header_root__a1"><a href="/"><img alt="${esc(O.logoAlt)}" src="data:," width="140" height="28" decoding="async"/></a><nav><a href="/service">サービス</a> <a href="/company">会社情報</a> <a href="/news">ニュース</a> <a href="/contact">お問い合わせ</a></nav></header>
<div class="Layout_grid__k2"><main><nav aria-label="breadcrumb" style="font-size:12px"><ol style="display:flex;gap:8px;list-style:none;padding:0"><li><a href="/">TOP</a></li><li>/</li><li><a href="/news">NEWS</a></li><li>/</li><li>プレスリリース</li></ol></nav>
<article><header><span class="Tag_root">プレスリリース</span>${bits.line ? `<div class="Article_date__q">${bits.line}</div>` : ''}<h1 class="Article_title__8">${esc(r.title)}</h1></header>
<div class="Article_body__m">
${html}
</div></article></main>
<aside class="Ranking_root__p"><h2>最新のお知らせ</h2><ol>${news.map((n) => `<li><time dateTime="${n.iso}">${n.shown}</time><p>${n.text}</p></li>`).join('')}</ol>
<div class="Stats">累計ご利用者数 <strong>${fmt(customers)}</strong>人</div></aside></div>
<footer class="Footer_root__z"><p>${addr}</p><p>TEL ${phone}</p><p>© ${O.copy ? esc(O.copy) : 'All rights reserved.'}</p></footer>
<div class="Toast_root__c" role="dialog">当社はCookieを使用します。詳しくはプライバシーポリシーをご覧ください。<button>OK</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script>
<script src="/_next/static/chunks/main-8f2d.js" defer=""></script></body></html>`;
  return { html: page, meta: { ogSiteName: O.ogSite, jsonLd: jl, nextData: true } };
}

function bootstrapCms(ctx) {
  const { r, D } = ctx;
  const O = orgPieces(r, ctx.orgMode);
  const bits = dateBits(r, ctx.dateMode, D);
  const news = newsItems(D, 4, jpDate);
  const phone = D.phone(); const zip = D.zip(); const addr = D.addr();
  const hospital = rnd() < 0.5;
  const beds = D.numbers(50, 1200); const students = D.numbers(300, 25000); const doctors = D.numbers(20, 600);
  const jl = jsonLdFor(r, bits, !!O.ogSite);
  const { html } = ctx.bh({ kvTable: true, aside: (p) => `<div class="alert alert-secondary border-start border-4" role="note">${p}</div>`, tableAttr: ' class="table table-bordered table-sm align-middle"', tableWrap: (t) => `<div class="table-responsive">${t}</div>` });
  const title = `${bits.titleDate}${r.title}${O.inTitle ? `｜${r.org}` : ''}`;
  const info = hospital
    ? `<div class="card mb-3 info-box"><div class="card-header">外来のご案内</div><div class="card-body small"><dl class="row mb-0"><dt class="col-5">診療時間</dt><dd class="col-7">8:30～17:00</dd><dt class="col-5">休診日</dt><dd class="col-7">土日祝・年末年始</dd><dt class="col-5">病床数</dt><dd class="col-7">${fmt(beds)}床</dd><dt class="col-5">医師数</dt><dd class="col-7">${doctors}名</dd></dl></div></div>`
    : `<div class="card mb-3 info-box"><div class="card-header">学校概要</div><div class="card-body small"><dl class="row mb-0"><dt class="col-5">学生数</dt><dd class="col-7">${fmt(students)}名</dd><dt class="col-5">教員数</dt><dd class="col-7">${doctors}名</dd><dt class="col-5">入学定員</dt><dd class="col-7">${fmt(beds)}名</dd><dt class="col-5">窓口</dt><dd class="col-7">平日9:00～17:00</dd></dl></div></div>`;
  const faq = [['お問い合わせ窓口はどこですか', `代表電話 ${phone} までご連絡ください。`], ['受付時間を教えてください', '平日9時から17時まで（土日祝を除く）です。'], ['アクセス方法', `${zip} ${addr}、最寄駅から徒歩${ri(3, 15)}分です。`]];
  const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${O.ogSite ? `<meta property="og:site_name" content="${esc(O.ogSite)}">` : ''}
${jl ? `<script type="application/ld+json">${JSON.stringify(jl)}</script>` : ''}
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;margin:0;font-size:15px;line-height:1.7}
.navbar{display:flex;gap:18px;align-items:center;background:#123f6e;color:#fff;padding:10px 24px}.navbar a{color:#fff;font-size:13px}
.container{max-width:1100px;margin:0 auto;padding:0 16px}.row{display:flex;gap:24px}.col-lg-8{flex:2}.col-lg-4{flex:1}
.card{border:1px solid #d5dbe2;border-radius:6px;margin-bottom:14px}.card-header{background:#eef3f8;padding:6px 12px;font-weight:bold}.card-body{padding:10px 12px}
.alert{background:#f3f4f6;border-left:4px solid #6c757d;padding:10px 14px;margin:12px 0}
.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid #9aa;padding:4px 6px}
.accordion-item{border:1px solid #ddd;margin-bottom:4px}.accordion-button{padding:6px 10px;background:#f7f7f7;display:block;width:100%;text-align:left;border:0}.accordion-body{padding:6px 10px;font-size:13px}
dl.row{display:grid;grid-template-columns:40% 60%}dd{margin:0}
.breadcrumb{font-size:12px;list-style:none;display:flex;gap:6px;padding:8px 0}
footer{background:#123f6e;color:#dde;font-size:12px;padding:16px 24px;margin-top:24px}
.cookie-consent{position:fixed;bottom:0;width:100%;background:#fff;border-top:2px solid #123f6e;padding:8px 24px;font-size:12px}
</style></head>
<body>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="data:," alt="${esc(O.logoAlt)}" width="180" height="40"></a><a href="#">ご案内</a><a href="#">部門紹介</a><a href="#">採用情報</a><a href="#">アクセス</a><a href="#">お問い合わせ</a></nav>
<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li>›</li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li><li>›</li><li class="breadcrumb-item active">詳細</li></ol>
<div class="row"><div class="col-lg-8"><article class="card"><div class="card-body">
<h1 class="h3">${esc(r.title)}</h1>
${bits.line ? `<div class="text-muted small mb-2">${bits.line}</div>` : ''}
<div class="cms-content">
${html}
</div></div></article>
<div class="accordion" id="faq"><h2 class="h5">よくあるご質問</h2>${faq.map(([q, a], i) => `<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button${i ? ' collapsed' : ''}" type="button">${q}</button></h3><div class="accordion-collapse collapse${i ? '' : ' show'}"><div class="accordion-body">${a}</div></div></div>`).join('')}</div>
</div>
<div class="col-lg-4">${info}
<div class="card"><div class="card-header">最新のお知らせ</div><ul class="list-group list-group-flush">${news.map((n) => `<li class="list-group-item small"><span class="badge bg-secondary">${n.shown}</span> ${n.text}</li>`).join('')}</ul></div>
<div class="card"><div class="card-body small">公式SNS フォロワー ${fmt(D.numbers(200, 50000))}人</div></div></div></div></div>
<footer><p>${zip} ${addr}</p><p>TEL ${phone}　FAX ${D.phone()}</p><p>© ${O.copy ? esc(O.copy) : 'All Rights Reserved.'}</p></footer>
<div class="cookie-consent">このウェブサイトはCookieを使用しています。<button class="btn btn-primary btn-sm">同意</button></div>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"news","pageId":${D.numbers(100, 9999)},"published":"${D.date()}"});</script>
</body></html>`;
  return { html: page, meta: { ogSiteName: O.ogSite, jsonLd: jl, infoBox: hospital ? 'hospital' : 'school' } };
}

const FAMILIES = {
  'wp-block': wpBlock,
  'sjis-muni': sjisMunicipal,
  'builder-soup': builderSoup,
  'mt-classic': movableType,
  'next-app': nextJs,
  'bs-cms': bootstrapCms,
};

// ---------- Word-style documents ----------
function docHtml(r, D, paper) {
  const { html } = bodyHtml(r.body, { kvTable: true, bulletRows: true, hShift: 0, tableAttr: ' class="bordered"', aside: (p) => `<div class="box">${p}</div>` });
  const rep = /株式会社|有限会社|合同会社/.test(r.org) ? pick(['代表取締役社長', '代表取締役', '代表取締役社長執行役員', '代表取締役CEO', '取締役社長', '代表取締役会長']) : /[市町村区]$/.test(r.org) ? `${r.org.slice(-1)}長` + (pick(['', '']) ?? '') : /[都道府県]$/.test(r.org) ? pick(['知事', '知事']) : pick(['理事長', '院長', '学長', '代表理事', '会長', '代表者']);
  const name = pick(['山田 太郎', '佐藤 一郎', '鈴木 花子', '高橋 健', '田中 誠', '伊藤 直子']);
  const addressee = pick(['お客様各位', '関係者各位', 'お取引先各位', '会員の皆様へ', '報道関係者各位']);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:"- " counter(page) " -";font-size:10pt;font-family:"Noto Serif CJK JP",serif}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75}
.right{text-align:right}.addr{margin:1em 0}.title{text-align:center;font-size:14pt;font-weight:bold;margin:1.5em 0}
.ki{text-align:center;margin:1em 0}.end{text-align:right;margin-top:1.5em}
h2,h3,h4,h5,strong,th{font-size:11pt;margin:1em 0 .3em;font-weight:normal}th{margin:0}
table.bordered{border-collapse:collapse;width:100%;table-layout:fixed}table.bordered td,table.bordered th{border:1px solid #000;padding:3px 5px;word-break:break-all;vertical-align:top}
.box{border:1px solid #000;padding:4px 10px;margin:.6em 0}
p{margin:.4em 0;text-indent:1em}
</style></head><body>
<p class="right">${esc(r.dateText)}</p>
<p class="addr">${addressee}</p>
<p class="right">${esc(r.org)}<br>${rep}　${name}</p>
<p class="title">${esc(r.title)}</p>
<p class="ki">記</p>
${html}
<p class="end">以上</p>
</body></html>`;
}

// ---------- assemble ----------
// README.md is kept; html/ and sources/ are made anew, pdf/ and doc/ are rewritten by scripts/print-pages-k.mjs
for (const d of ['html', 'sources']) rmSync(join(OUT, d), { recursive: true, force: true });
for (const d of ['html', 'pdf', 'doc', 'sources']) mkdirSync(join(OUT, d), { recursive: true });
rmSync(DOCSRC, { recursive: true, force: true });
mkdirSync(DOCSRC, { recursive: true });

const styleOrder = [];
const names = Object.keys(FAMILIES);
for (let i = 0; i < 40; i++) styleOrder.push(names[i % 6]);
const styles = shuffle(styleOrder);
// encodings: every sjis-muni page (CP932 Shift_JIS), and Movable Type pages in EUC-JP until 12 legacy pages
let legacyLeft = 12 - styles.filter((s) => s === 'sjis-muni').length;
const DATE_MODES = ['dateline', 'dot', 'reiwa', 'time', 'jsonld', 'title'];
const dateModes = shuffle(Array.from({ length: 40 }, (_, i) => DATE_MODES[i % 6]));
const orgModes = shuffle(Array.from({ length: 40 }, (_, i) => ORG_MODES[i % 4]));
const papers = ['A4', 'B5', 'Letter', 'A4 landscape', 'A4', 'B5 landscape', 'Letter landscape'];
const docIdx = new Set(shuffle([...Array(40).keys()]).slice(0, 10));
const manifest = [];
const origin = [];
const odd = [];
drawn.forEach((rel, i) => {
  const id = `k${String(i + 1).padStart(2, '0')}`;
  const md = readFileSync(join(ARCHIVE, rel), 'utf8');
  const src = stripSections(md);
  writeFileSync(join(OUT, 'sources', `${id}.md`), src);
  origin.push(`${id}\t${rel}`);
  const r = parseRelease(src);
  const style = styles[i];
  let encoding = 'UTF-8';
  if (style === 'sjis-muni') encoding = 'Shift_JIS';
  else if (style === 'mt-classic' && legacyLeft > 0) { encoding = 'EUC-JP'; legacyLeft--; }
  const D = makeDecoys(r);
  const ctx = { r, D, dateMode: dateModes[i], orgMode: orgModes[i], encoding, id, bh: (v) => bodyHtml(r.body, v) };
  if (!r.iso) odd.push(`${id}: no parsable publication date (${r.dateText})`);
  const out = FAMILIES[style](ctx);
  let html = out.html;
  const file = `html/${style}-${id}.html`;
  let ncr = [];
  if (encoding === 'UTF-8') writeFileSync(join(OUT, file), html);
  else {
    const enc = encoding === 'Shift_JIS' ? 'CP932' : 'EUC-JP';
    const res = encodeLegacy(html, enc);
    ncr = res.ncr;
    writeFileSync(join(OUT, file), res.bytes);
  }
  const paper = papers[i % papers.length];
  const entry = {
    id, archive: rel, source: `sources/${id}.md`, html: file, style, encoding: encoding === 'Shift_JIS' ? 'Shift_JIS' : encoding,
    pdf: `pdf/${style}-${id}.pdf`, pdfPage: paper, doc: docIdx.has(i) ? `doc/${id}.pdf` : null,
    org: r.org, title: r.title, publishedAt: r.iso, dateMode: ctx.dateMode, orgMode: ctx.orgMode,
    metadata: { ogSiteName: out.meta.ogSiteName ?? null, jsonLd: out.meta.jsonLd ?? null },
    decoyValues: [...D.values].sort((a, b) => a - b), decoyDates: [...new Set(D.dates)].sort(), decoyOther: D.other,
  };
  if (ncr.length) entry.numericCharRefs = ncr;
  if (out.calendarMonth) entry.decoyOther.push(`calendar ${out.calendarMonth}`);
  manifest.push(entry);
  if (entry.doc) writeFileSync(join(DOCSRC, `${id}.html`), docHtml(r, D, paper));
});
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(OUT, 'ORIGIN.txt'), `${origin.join('\n')}\n`);
console.log(`drew ${drawn.length} of ${candidates.length} candidates; legacy ${manifest.filter((e) => e.encoding !== 'UTF-8').length}; docs ${manifest.filter((e) => e.doc).length}`);
for (const o of odd) console.log(o);
