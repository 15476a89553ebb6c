// The part the blind page-set makers share (make-pages-s, -t and -u, each written blind to the tool and copying the one
// before): the seeded random source, the draw of 40 archive releases not yet used (pages-used.txt, this set's own
// ORIGIN.txt still counted as candidates), the numeral and date forms a decoy check reads, the Markdown → HTML blocks,
// the contact details and the side news. One call per maker, in the order the makers ran it inline, so the random
// sequence — and the sets they make — are the same.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ARCHIVE = '/work/shared/archive';
const USED = '/work/staging/pages-used.txt';

/** The shared pieces for a set written to `out`, drawn with `seed`. */
export function blindSetKit({ out: OUT, seed: SEED }) {

  function mulberry32(a) {
    return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  }
  const rand = mulberry32(SEED);
  const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  function shuffle(xs) { const a = xs.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

  // ---------- candidates ----------
  // this set's own releases (ORIGIN.txt, once made) were appended to the used list after the sets made before it, and
  // later sets' after them: only the lines before this set's own count as used, so a set made again draws the same 40
  const ownPath = join(OUT, 'ORIGIN.txt');
  const own = new Set(existsSync(ownPath) ? readFileSync(ownPath, 'utf8').split('\n').map((l) => l.split('\t')[1]).filter(Boolean) : []);
  const usedLines = readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const ownAt = usedLines.findIndex((s) => own.has(s));
  const used = new Set(ownAt < 0 ? usedLines : usedLines.slice(0, ownAt));
  function walk(d, rel = '') { const out = []; for (const n of readdirSync(join(d, rel), { withFileTypes: true })) { const r = rel ? `${rel}/${n.name}` : n.name; if (n.isDirectory()) out.push(...walk(d, r)); else if (n.name.endsWith('.md')) out.push(r); } return out; }
  const all = walk(ARCHIVE).filter((p) => /^20\d\d\//.test(p)).sort();
  function stripMeta(md) { return md.replace(/^# (事案ID|公表種別)[ \t]*\n[\s\S]*?(?=^# |(?![\s\S]))/gm, '').replace(/\n{3,}$/, '\n'); }
  function parse(path) {
    const md = readFileSync(join(ARCHIVE, path), 'utf8');
    if ((md.match(/^# 本文[ \t]*$/gm) || []).length !== 1) return null;
    if ((md.match(/^# 公表概要/gm) || []).length > 1) return null;
    const src = stripMeta(md);
    const after = src.split(/^# 本文[ \t]*$/m)[1];
    if (/^# /m.test(after)) return null;
    const lines = src.split('\n');
    let date = null, org = null, title = null;
    for (let i = 0; i < lines.length; i++) {
      const m = lines[i].match(/^- (\d{4})年(\d{1,2})月(\d{1,2})日\s*$/);
      if (m) { const o = (lines[i + 1] || '').match(/^- (.+?)\s*$/); if (!o || /^https?:/.test(o[1])) return null; date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`; org = o[1]; const t = (lines[i - 1] || '').match(/^- (.+?)\s*$/); title = t ? t[1] : null; break; }
    }
    if (!date || !org) return null;
    const body = after.trim();
    if (body.replace(/\s/g, '').length < 400) return null;
    if (!title || /^\d{4}年/.test(title)) title = `${org}からのお知らせ`;
    return { path, src, body, date, org, title };
  }
  const cands = all.filter((p) => !used.has(p)).map(parse).filter(Boolean);
  const chosen = shuffle(cands).slice(0, 40);
  console.log(`candidates ${cands.length}, chosen ${chosen.length}`);

  // ---------- numerals (as the check reads them) ----------
  const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
  const KD = '〇一二三四五六七八九';
  function kanji(n) {
    if (n === 0) return '〇';
    const part = (x) => { let s = ''; for (const [u, k] of [[1000, '千'], [100, '百'], [10, '十']]) { const d = Math.floor(x / u) % 10; if (d) s += (d > 1 ? KD[d] : '') + k; } return s + (x % 10 ? KD[x % 10] : ''); };
    const man = Math.floor(n / 10000), rest = n % 10000;
    return (man ? part(man) + '万' : '') + (rest ? part(rest) : '');
  }
  const valueForms = (v) => { const f = [String(v), v.toLocaleString('en-US'), kanji(v), [...String(v)].map((d) => KD[d]).join('')]; if (v >= 10000 && v % 1000 === 0) f.push(`${v / 10000}万`); return f; };
  const pad = (n) => String(n).padStart(2, '0');
  const dateForms = (iso) => { const [y, m, d] = iso.split('-').map(Number); return [`${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}/${pad(m)}/${pad(d)}`, `${y}.${m}.${d}`, `${y}.${pad(m)}.${pad(d)}`, iso, `令和${y - 2018}年${m}月${d}日`, `${m}月${d}日`, `${m}/${d}`]; };
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  function valueIn(text, textComma, v) {
    for (const f of valueForms(v)) { const re = new RegExp(`(?<![0-9,.])${norm(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9,])`); if (re.test(text) || re.test(textComma)) return true; if (!/^\d/.test(f) && text.includes(norm(f))) return true; }
    return false;
  }
  const isoAdd = (iso, days) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + days); return d.toISOString().slice(0, 10); };
  const WD = '日月火水木金土';
  const wd = (iso) => WD[new Date(`${iso}T00:00:00Z`).getUTCDay()];
  const dp = (iso) => iso.split('-').map(Number);
  const F = {
    ja: (i) => { const [y, m, d] = dp(i); return `${y}年${m}月${d}日`; },
    jaW: (i) => { const [y, m, d] = dp(i); return `${y}年${m}月${d}日（${wd(i)}）`; },
    dots: (i) => { const [y, m, d] = dp(i); return `${y}.${pad(m)}.${pad(d)}`; },
    slash: (i) => { const [y, m, d] = dp(i); return `${y}/${pad(m)}/${pad(d)}`; },
    reiwa: (i) => { const [y, m, d] = dp(i); return `令和${y - 2018}年${m}月${d}日`; },
    md: (i) => { const [, m, d] = dp(i); return `${m}月${d}日`; },
    hyphen: (i) => i,
  };
  const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const KANJI_DIGIT = (n) => [...String(n)].map((d) => KD[d]).join('');
  const kanjiDate = (i) => { const [y, m, d] = dp(i); const k = (n) => (n >= 10 ? (n >= 20 ? KD[Math.floor(n / 10)] : '') + '十' + (n % 10 ? KD[n % 10] : '') : KD[n]); return `${KANJI_DIGIT(y)}年${k(m)}月${k(d)}日`; };

  // ---------- Markdown → blocks ----------
  function inline(s) {
    s = s.replace(/<img[^>]*>/gi, '');
    const parts = []; let last = 0;
    const re = /\*\*([^*]+)\*\*|\[([^\]]*)\]\(([^)]*)\)/g; let m;
    while ((m = re.exec(s))) { parts.push(esc(s.slice(last, m.index))); parts.push(m[1] !== undefined ? `<strong>${esc(m[1])}</strong>` : `<a href="${esc(m[3])}">${esc(m[2])}</a>`); last = re.lastIndex; }
    parts.push(esc(s.slice(last)));
    return parts.join('');
  }
  const plain = (s) => s.replace(/<img[^>]*>/gi, '').replace(/\*\*/g, '').replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1');
  function blocks(body) {
    const lines = body.replace(/<br\s*\/?>/gi, '\n').split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!l.trim()) continue;
      let m;
      if ((m = l.match(/^(#{1,6})\s+(.*)$/))) { if (plain(m[2]).trim()) out.push({ t: 'h', lv: m[1].length, html: inline(m[2].trim()), text: plain(m[2]) }); continue; }
      if (/^\s*\|/.test(l)) {
        const rows = [];
        while (i < lines.length && /^\s*\|/.test(lines[i])) { const r = lines[i].trim(); if (!/^\|[\s:|-]+\|?$/.test(r)) rows.push(r.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())); i++; }
        i--; if (rows.length) out.push({ t: 'table', rows }); continue;
      }
      if ((m = l.match(/^\s*([-*+]|\d+\.)\s+(.*)$/))) {
        const ordered = /\d/.test(m[1]); const items = [];
        while (i < lines.length && (m = lines[i].match(/^\s*([-*+]|\d+\.)\s+(.*)$/)) && /\d/.test(m[1]) === ordered) { items.push(m[2]); i++; }
        i--; out.push({ t: ordered ? 'ol' : 'ul', items: items.map(inline), texts: items.map(plain) }); continue;
      }
      const text = plain(l.trim()); if (!text) continue;
      out.push({ t: 'p', html: inline(l.trim()), text, note: /^(※|注|\*)/.test(l.trim()) });
    }
    return out;
  }
  function tableHtml(rows, cls = '', attrs = '') {
    const w = Math.max(...rows.map((r) => r.length));
    const head = rows.length > 1 ? rows[0] : null;
    const cell = (c, tag) => `<${tag}>${inline(c)}</${tag}>`;
    let h = `<table${cls ? ` class="${cls}"` : ''}${attrs}>`;
    if (head) h += `<thead><tr>${head.map((c) => cell(c, 'th')).join('')}${'<th></th>'.repeat(w - head.length)}</tr></thead>`;
    h += '<tbody>' + rows.slice(head ? 1 : 0).map((r) => `<tr>${r.map((c, k) => cell(c, k === 0 && w > 1 ? 'th' : 'td')).join('')}${'<td></td>'.repeat(w - r.length)}</tr>`).join('') + '</tbody></table>';
    return h;
  }
  function blockHtml(b, o = {}) {
    const P = o.p || ((h) => `<p>${h}</p>`);
    if (b.t === 'h') return o.h ? o.h(b) : `<h${Math.min(6, b.lv + 1)}>${b.html}</h${Math.min(6, b.lv + 1)}>`;
    if (b.t === 'p') return b.note && o.note ? o.note(b) : P(b.html, b);
    if (b.t === 'ul' || b.t === 'ol') return o.list ? o.list(b) : `<${b.t}>${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`;
    if (b.t === 'table') return o.table ? o.table(b) : tableHtml(b.rows, o.tableClass || '');
    return '';
  }

  // ---------- per-entry context ----------
  const NAMES = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 健二', '田中 美咲', '伊藤 誠', '渡辺 直樹', '中村 由美', '小林 修', '加藤 亮'];
  const PLACES = ['北海道札幌市中央区北一条西', '宮城県仙台市青葉区本町', '東京都千代田区内神田', '神奈川県横浜市西区みなとみらい', '愛知県名古屋市中区栄', '大阪府大阪市北区梅田', '京都府京都市下京区四条通', '広島県広島市中区紙屋町', '福岡県福岡市中央区天神', '新潟県新潟市中央区万代'];
  function ctxFor(e) {
    const text = norm(e.src).replace(/(\d),(?=\d{3})/g, '$1');
    const textComma = norm(e.src);
    const c = { values: [], dates: [], other: [] };
    c.V = (lo, hi, { comma = true, keep = true } = {}) => { for (;;) { const v = ri(lo, hi); if (valueIn(text, textComma, v) || c.values.includes(v)) continue; if (keep) c.values.push(v); return { v, s: comma ? v.toLocaleString('en-US') : String(v) }; } };
    c.D = (lo = -150, hi = 40) => { for (;;) { const d = isoAdd(e.date, ri(lo, hi)); if (d === e.date || c.dates.includes(d)) continue; if (dateForms(d).some((f) => text.includes(norm(f)))) continue; const [, m, dd] = dp(d); if (new RegExp(`(?<!\\d)${m}[/月]${dd}(?!\\d)`).test(text)) continue; c.dates.push(d); return d; } };
    c.phone = () => { const p = `0${ri(3, 99)}-${ri(100, 9999)}-${ri(1000, 9999)}`; c.other.push(p); return p; };
    c.post = () => { const p = `〒${ri(100, 999)}-${String(ri(0, 9999)).padStart(4, '0')}`; c.other.push(p); return p; };
    c.addr = () => { const p = `${pick(PLACES)}${pick(['一', '二', '三', '四'])}丁目${ri(1, 30)}-${ri(1, 20)}`; c.other.push(p); return p; };
    c.person = () => { const p = pick(NAMES); c.other.push(p); return p; };
    return c;
  }
  const HEADLINES = ['年末年始の営業について', 'ホームページをリニューアルしました', '夏季休業のお知らせ', '採用情報を更新しました', 'システムメンテナンスのお知らせ', '新サービス提供開始のお知らせ', '説明会開催のご案内', '広報誌最新号を発行しました', '窓口受付時間変更のお知らせ', '個人情報保護方針を改定しました', 'オンライン相談を開始しました', '地域清掃活動を実施しました'];
  const FIGHEAD = [['契約数', '件突破'], ['会員数', '名を達成'], ['セミナー定員', '名'], ['導入実績', '社'], ['累計相談件数', '件'], ['来場者数', '人を記録']];
  function newsItems(c, n, fmt = F.dots, withFig = true) {
    const hs = shuffle(HEADLINES).slice(0, n);
    const ds = Array.from({ length: n }, () => c.D()).sort().reverse();
    return hs.map((h, k) => { let head = h; if (withFig && k % 2 === 0) { const [a, b] = pick(FIGHEAD); head = `${a}${c.V(120, 980000).s}${b}`; } return { date: ds[k], ds: fmt(ds[k]), head }; });
  }

/**
   * A release as a Word-style A4 document (the source Chromium prints to doc/NN.pdf): a date in one of four forms, the
   * issuer and representative flush right, numbered headings, the お問い合わせ先 box, and one of four layouts —
   * `plain` (「- N -」 page numbers), `bessi` (tables and lists moved to a 別紙 page, 「（別紙のとおり）」 where they
   * stood, 「N / M」), `annex2col` (that 別紙 page in two columns), `wrapTable` (narrow tables whose cells wrap, the
   * title as a running header, 「N ページ」). `chooseLayout(annexable)` picks the layout once the date form is drawn
   * (annexable: the release has blocks other than paragraphs and headings). With `boxOnBareAnnex` (pages-w), a 別紙
   * document with nothing to move carries the box on its 別紙 page; its phone number is drawn before the salutation,
   * as pages-w's maker drew it — each maker's draws stay in its own order, so its set is made again as it was.
   */
  function documentHtml(e, c, bl, chooseLayout, { boxOnBareAnnex = false } = {}) {
  const form = pick(['ja', 'reiwa', 'reiwaFw', 'kanjiNum']);
  const layout = chooseLayout(bl.some((b) => b.t !== 'p' && b.t !== 'h'));
  e.docLayout = layout;
  const ds = form === 'ja' ? F.ja(e.date) : form === 'reiwa' ? F.reiwa(e.date) : form === 'reiwaFw' ? fw(F.reiwa(e.date)) : kanjiDate(e.date);
  const rep = c.person();
  let n = 0;
  const annex = [];
  const body = bl.map((b) => blockHtml(b, {
    h: (b) => (/^\s*(\d|[０-９]|[一二三四五六七八九十]+[、．.]|[（(]|第)/.test(b.text) ? `<h3>${b.html}</h3>` : `<h3>${++n}．${b.html}</h3>`),
    note: (b) => `<p class="note">${b.html}</p>`,
    table: (b) => { if (layout === 'bessi' || layout === 'annex2col') { annex.push(tableHtml(b.rows, 'doc')); return '<p class="ref">（別紙のとおり）</p>'; } return tableHtml(b.rows, 'doc'); },
    list: (b) => { const h = `<${b.t}>${b.items.map((x) => `<li>${x}</li>`).join('')}</${b.t}>`; if (layout === 'bessi' || layout === 'annex2col') { annex.push(h); return '<p class="ref">（別紙のとおり）</p>'; } return h; },
  })).join('\n');
  const footer = { plain: '"- " counter(page) " -"', bessi: 'counter(page) " / " counter(pages)', annex2col: '"- " counter(page) " -"', wrapTable: 'counter(page) " ページ"' }[layout];
  const head = layout === 'wrapTable' ? `@top-right{content:"${e.title.replace(/["\\]/g, '')}";font-size:8pt;color:#555}` : '';
  const contactBox = () => `<div class="box">【本件に関するお問い合わせ先】<br>${esc(e.org)} 専用窓口<br>電話 ${c.phone()}<br>受付時間 平日 午前～午後（土日祝日を除く）</div>`;
  const box = boxOnBareAnnex ? contactBox() : null;
  const boxOnAnnex = boxOnBareAnnex && layout === 'bessi' && !annex.length;
  const annexHtml = annex.length ? `<div class="annex"><p class="bessi">別紙</p><h2>${esc(e.title)}（別紙）</h2><div class="${layout === 'annex2col' ? 'cols' : ''}">${annex.join('\n')}</div></div>` : boxOnAnnex ? `<div class="annex"><p class="bessi">別紙</p><h2>お問い合わせ先</h2>${box}</div>` : '';
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(e.title)}</title><style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:${footer};font-size:9pt}${head}}
body{font-family:"Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.75}
.to{margin:0}.right{text-align:right}h1{text-align:center;font-size:14pt;margin:18pt 0}h2{font-size:12pt;text-align:center}
h3{font-size:11pt;margin:12pt 0 4pt}p{margin:0 0 6pt;text-indent:1em}.note{font-size:9.5pt;text-indent:0}.ref{text-indent:0;text-align:right}
table.doc{border-collapse:collapse;width:100%;table-layout:fixed}table.doc th,table.doc td{border:0.5pt solid #000;padding:2pt 4pt;word-break:break-all;vertical-align:top}thead{display:table-header-group}
${layout === 'wrapTable' ? 'table.doc{width:78%;font-size:9pt}table.doc th:first-child{width:22%}' : ''}
.annex{break-before:page}.bessi{text-align:right;border:0.75pt solid #000;width:3.5em;margin-left:auto;text-indent:0;text-align:center}.cols{columns:2;column-gap:8mm;font-size:8.5pt}.cols table,.cols ul,.cols ol{break-inside:avoid;margin-bottom:6pt}
.ki{text-align:center}.ijo{text-align:right}.box{border:0.75pt solid #000;padding:6pt 10pt;margin-top:14pt;width:60%;margin-left:auto}
</style></head><body>
<p class="to">${pick(['お客様各位', '関係者各位', 'お取引先各位', '報道関係者各位'])}</p>
<p class="right">${ds}</p><p class="right">${esc(e.org)}</p><p class="right">代表者 ${rep}</p>
<h1>${esc(e.title)}</h1>
${body}
<p class="ijo">以上</p>
${boxOnAnnex ? '<p class="ref">（お問い合わせ先は別紙のとおり）</p>' : box ?? contactBox()}
${annexHtml}
</body></html>`;
}

  return { mulberry32, rand, ri, pick, chance, shuffle, ownPath, own, used, walk, all, stripMeta, parse, cands, chosen, norm, KD, kanji, valueForms, pad, dateForms, esc, valueIn, isoAdd, WD, wd, dp, F, fw, KANJI_DIGIT, kanjiDate, inline, plain, blocks, tableHtml, blockHtml, NAMES, PLACES, ctxFor, HEADLINES, FIGHEAD, newsItems, documentHtml };
}

/**
 * A page's text as bytes of a legacy encoding: each character by the encoding's own table (read back from a TextDecoder),
 * one the encoding lacks as a numeric character reference, pushed onto `ncr` (the manifest lists them). Pure: no
 * random draw, so the makers that share it write what their inline copies wrote.
 */
export function encoder(label) {
  const dec = new TextDecoder(label);
  const map = new Map();
  const add = (bytes) => { const s = dec.decode(Uint8Array.from(bytes)); if ([...s].length === 1 && s !== '\ufffd' && !map.has(s)) map.set(s, bytes); };
  if (label === 'shift_jis') { for (let a = 0x81; a <= 0xfc; a++) { if (a > 0x9f && a < 0xe0) continue; for (let b = 0x40; b <= 0xfc; b++) if (b !== 0x7f) add([a, b]); } for (let b = 0xa1; b <= 0xdf; b++) add([b]); }
  else { for (let a = 0xa1; a <= 0xf4; a++) { if (a === 0xad) continue; for (let b = 0xa1; b <= 0xfe; b++) add([a, b]); } for (let b = 0xa1; b <= 0xdf; b++) add([0x8e, b]); }
  return (str, ncr) => { const out = []; for (const ch of str) { const cp = ch.codePointAt(0); if (cp < 0x80) { out.push(cp); continue; } const b = map.get(ch); if (b) out.push(...b); else { if (!ncr.includes(ch)) ncr.push(ch); for (const x of Buffer.from(`&#${cp};`, 'ascii')) out.push(x); } } return Buffer.from(out); };
}
/** The two legacy encodings the makers write. */
export const ENC = { 'Shift_JIS': encoder('shift_jis'), 'EUC-JP': encoder('euc-jp') };
