#!/usr/bin/env node
// Third blind page set (issue #12): 40 archive releases as news pages in six site stacks, each printed to
// PDF by Chromium, plus 10 Word-style document PDFs. Written from how such sites look, not from the tool.
// Usage: node scripts/make-pages-c.mjs [--no-pdf]   (needs iconv; PDFs need Debian's chromium + fonts-noto-cjk)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seededRandom.mjs';

const SEED = 7_20261205;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const ARCHIVE = path.resolve(ROOT, process.env.ARCHIVE ?? '../shared/archive');
const OUT = path.join(ROOT, 'fixtures/pages-c');
const NO_PDF = process.argv.includes('--no-pdf');

const rng = mulberry32(SEED);
const rint = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const chance = (p) => rng() < p;
function shuffle(xs) {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const pad2 = (n) => String(n).padStart(2, '0');
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const toHalf = (s) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// ---------- 1. pick releases ----------
function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    // real YYYY/MM/*.md files only: symlinks or stray files dropped into the archive must not move the draw
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && e.name.endsWith('.md') && /(^|\/)\d{4}\/\d{2}\/[^/]+$/.test(path.relative(ARCHIVE, p))) out.push(p);
  }
  return out;
}
const KNOWN = new Set(['公表概要', '事案ID', '公表種別', '本文']);
function readRelease(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const sections = [];
  for (const line of text.split('\n')) {
    const m = /^# (.*)$/.exec(line);
    if (m) sections.push({ name: m[1].trim(), lines: [] });
    else if (sections.length) sections.at(-1).lines.push(line);
  }
  if (!sections.length || sections.some((s) => !KNOWN.has(s.name))) return null;
  const head = sections.find((s) => s.name === '公表概要');
  const body = sections.find((s) => s.name === '本文');
  if (!head || !body) return null;
  const items = head.lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
  const [title, dateText, org] = items;
  const dm = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(toHalf(dateText ?? ''));
  if (!title || !dm || !org || org.length > 40) return null;
  const bodyText = body.lines.join('\n').trim();
  if (bodyText.replace(/\s/g, '').length < 400) return null;
  if (bodyText.length > 6000) return null; // very long FAQ-style pages make 10-page PDFs; keep the set small
  if (/^#\s/m.test(bodyText)) return null;
  const source = text
    .split(/(?=^# )/m)
    .filter((chunk) => !/^# (事案ID|公表種別)\s*\n/.test(chunk))
    .join('');
  return { title, org, date: { y: +dm[1], m: +dm[2], d: +dm[3] }, bodyText, source };
}

// ---------- body Markdown → blocks ----------
const LABEL_RE = /^[・■●◆]?\s*([^\s：:|#。、]{1,18})[：:]\s*(\S.*)$/;
// 「項目：内容」, not a clock time (11：45), a URL scheme (https:) or a colon inside brackets
function labelOf(line) {
  const m = LABEL_RE.exec(line.trim());
  if (!m) return null;
  const [, label, value] = m;
  if (!/[^\x00-\x7f]/.test(label) || /[0-9０-９]$/.test(label) || value.startsWith('//')) return null;
  if ((label.match(/[（(「【]/g) || []).length !== (label.match(/[）)」】]/g) || []).length) return null;
  return { label, value: value.trim() };
}
function parseBlocks(md) {
  const lines = md.split('\n');
  const blocks = [];
  let para = [];
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', lines: para });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+$/, '');
    if (!line.trim()) { flush(); continue; }
    let m;
    if ((m = /^(#{1,6})\s*(.*)$/.exec(line))) { flush(); blocks.push({ t: 'h', level: m[1].length, text: m[2].trim() }); continue; }
    if (/^\s*\|/.test(line)) {
      flush();
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) {
        const cells = lines[i].trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (!cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) rows.push(cells);
        i++;
      }
      i--;
      blocks.push({ t: 'table', rows });
      continue;
    }
    if (/^\s*[-*+]\s+/.test(line)) {
      flush();
      const items = [];
      while (i < lines.length && /^\s*[-*+]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*[-*+]\s+/, '').trim());
      i--;
      blocks.push({ t: 'ul', items });
      continue;
    }
    if (/^\s*\d+[.)]\s+/.test(line)) {
      flush();
      const items = [];
      const start = parseInt(/\d+/.exec(line)[0], 10);
      while (i < lines.length && /^\s*\d+[.)]\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*\d+[.)]\s+/, '').trim());
      i--;
      blocks.push({ t: 'ol', start, items });
      continue;
    }
    if (labelOf(line)) {
      // a run of label lines (blank lines between allowed) becomes a definition list
      const run = [];
      let j = i;
      while (j < lines.length) {
        if (!lines[j].trim()) { j++; continue; }
        const lm = labelOf(lines[j]);
        if (!lm) break;
        run.push({ ...lm, raw: lines[j].trim() });
        j++;
      }
      if (run.length >= 2) {
        flush();
        blocks.push({ t: 'dl', items: run });
        i = j - 1;
        continue;
      }
    }
    para.push(line.trim());
  }
  flush();
  return blocks;
}
function inline(s) {
  let h = esc(s);
  h = h.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  h = h.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  h = h.replace(/(^|[^"=>])(https?:\/\/[\x21-\x7e]+?)(?=$|[\s<、。）)」]|&gt;)/g, '$1<a href="$2">$2</a>');
  return h;
}

// ---------- numbers and dates the release states (decoys must avoid them) ----------
function releaseNumbers(text) {
  const set = new Set();
  const t = toHalf(text).replace(/[，,](?=\d{3})/g, '');
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*(万|億|千)?/g)) {
    const v = parseFloat(m[1]);
    set.add(v);
    set.add(Math.trunc(v));
    if (m[2] === '万') set.add(v * 1e4);
    if (m[2] === '億') set.add(v * 1e8);
    if (m[2] === '千') set.add(v * 1e3);
  }
  return set;
}
const iso = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;
function releaseDates(text, year) {
  const set = new Set();
  const t = toHalf(text).replace(/\s+/g, '');
  for (const m of t.matchAll(/(?:(令和|R)(\d{1,2}|元)年?[.]?|(\d{4})[年/.\-])?(\d{1,2})[月/.\-](\d{1,2})日?/g)) {
    let ys;
    if (m[3]) ys = [+m[3]];
    else if (m[1]) ys = [2018 + (m[2] === '元' ? 1 : +m[2])];
    else ys = [year - 1, year, year + 1];
    for (const y of ys) set.add(iso(y, +m[4], +m[5]));
  }
  return set;
}

// ---------- decoy recorder ----------
class Decoys {
  constructor(rel) {
    this.nums = releaseNumbers(`${rel.title}\n${rel.bodyText}\n${rel.org}\n${rel.date.y}年${rel.date.m}月${rel.date.d}日`);
    this.dates = releaseDates(rel.title + '\n' + rel.bodyText, rel.date.y);
    this.pub = new Date(Date.UTC(rel.date.y, rel.date.m - 1, rel.date.d));
    this.values = new Set();
    this.dateList = new Set();
    this.other = [];
  }
  // a random count in [lo,hi] the release never states, recorded
  n(lo, hi, scale = 1) {
    for (let k = 0; k < 400; k++) {
      // a release full of small numbers leaves no room in a narrow range: widen it as tries fail
      const v = rint(lo, hi + Math.floor(k / 50) * (hi - lo + 10)) * scale;
      if (!this.nums.has(v)) { this.values.add(v); return v; }
    }
    throw new Error('no decoy value');
  }
  // a number placed as-is (years, fixed banner figures): recorded unless the release states it
  fixed(v) {
    if (!this.nums.has(v)) this.values.add(v);
    return v;
  }
  // a date offset from publication by [lo,hi] days, never a date the release states
  d(lo, hi) {
    for (let k = 0; k < 200; k++) {
      const dt = new Date(this.pub.getTime() + rint(lo, hi) * 864e5);
      const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
      const s = iso(y, m, d);
      if (s !== iso(this.pub.getUTCFullYear(), this.pub.getUTCMonth() + 1, this.pub.getUTCDate()) && !this.dates.has(s) && !this.dateList.has(s)) {
        this.dateList.add(s);
        return { y, m, d };
      }
    }
    throw new Error('no decoy date');
  }
  fixedDate(y, m, d) {
    const s = iso(y, m, d);
    if (!this.dates.has(s)) this.dateList.add(s);
    return { y, m, d };
  }
  phone() {
    const s = `0${rint(3, 99)}-${rint(100, 999)}-${rint(1000, 9999)}`;
    this.other.push(s);
    return s;
  }
  zip() {
    const s = `〒${rint(100, 999)}-${pad2(rint(0, 99))}${pad2(rint(0, 99))}`;
    this.other.push(s);
    return s;
  }
}

// ---------- date formats ----------
const WD = ['日', '月', '火', '水', '木', '金', '土'];
const wd = ({ y, m, d }) => WD[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const reiwa = (y) => (y - 2018 === 1 ? '元' : String(y - 2018));
const F = {
  kanji: ({ y, m, d }) => `${y}年${m}月${d}日`,
  kanji0: ({ y, m, d }) => `${y}年${pad2(m)}月${pad2(d)}日`,
  dot: ({ y, m, d }) => `${y}.${pad2(m)}.${pad2(d)}`,
  slash: ({ y, m, d }) => `${y}/${m}/${d}`,
  slash0: ({ y, m, d }) => `${y}/${pad2(m)}/${pad2(d)}`,
  reiwa: ({ y, m, d }) => `令和${reiwa(y)}年${m}月${d}日`,
  kanjiWd: (x) => `${x.y}年${x.m}月${x.d}日（${wd(x)}）`,
  iso: ({ y, m, d }) => iso(y, m, d),
};

// ---------- chrome content pools ----------
const NEWS_TITLES = [
  (D) => `光回線サービス契約数${D.n(11, 180, 1e4) / 1e4}万件突破のお知らせ`,
  (D) => `創業${D.n(21, 95)}周年記念キャンペーンを実施します`,
  (D) => `オンラインセミナー「中小企業のDX推進」開催のご案内（定員${D.n(3, 30, 10)}名）`,
  () => `年末年始休業のお知らせ`,
  (D) => `新店舗オープンのお知らせ（全${D.n(12, 140)}店舗体制に）`,
  (D) => `公式アプリ累計ダウンロード数${D.n(15, 90, 1e4) / 1e4}万件を達成`,
  () => `システムメンテナンスに伴うサービス一時停止のお知らせ`,
  (D) => `抽選で${D.n(2, 50, 10)}名様にオリジナルグッズをプレゼント`,
  (D) => `新製品${D.n(3, 12)}機種を発売`,
  () => `ホームページをリニューアルしました`,
  (D) => `採用情報を更新しました（${D.n(3, 25)}職種）`,
  (D) => `お客様満足度調査の結果について（回答数${D.n(1200, 8900).toLocaleString('en-US')}件）`,
  () => `夏季休業期間のお知らせ`,
  (D) => `地域清掃活動に社員${D.n(31, 160)}名が参加しました`,
  () => `価格改定のお知らせ`,
  (D) => `ポイント還元率を最大${D.n(3, 15)}%に引き上げ`,
];
const KIND_TITLES = {
  municipal: [
    () => `市民税・県民税の申告受付について`,
    (D) => `ふるさと納税の寄附額が${D.n(12, 95, 1e8) / 1e8}億円を突破しました`,
    (D) => `子育て支援アプリの登録者が${D.n(2, 9, 1e4) / 1e4}万人を超えました`,
    (D) => `防災訓練を実施します（参加者${D.n(300, 2500)}名予定）`,
    () => `ごみ収集日程の変更について`,
    (D) => `健康づくり講座の受講者を募集します（定員${D.n(2, 8, 10)}名）`,
    () => `市役所庁舎の臨時閉庁について`,
    (D) => `新型ウイルスワクチン接種 延べ${D.n(12, 60, 1e4) / 1e4}万回を達成`,
    () => `道路工事に伴う通行止めのお知らせ`,
    (D) => `市内の待機児童数が${D.n(2, 30)}名に減少しました`,
  ],
  hospital: [
    () => `外来診療担当医表を更新しました`,
    (D) => `市民公開講座「がんと向き合う」開催のお知らせ（定員${D.n(4, 20, 10)}名）`,
    () => `年末年始の診療体制について`,
    (D) => `手術支援ロボットによる手術が${D.n(300, 1500)}例に到達`,
    () => `面会制限の一部緩和について`,
    (D) => `看護師${D.n(10, 60)}名を募集しています`,
    () => `駐車場の料金改定について`,
    (D) => `地域医療支援病院の承認から${D.n(10, 25)}年を迎えました`,
    () => `健康診断の予約受付を開始しました`,
    (D) => `救急搬送受入件数が年間${D.n(3000, 9000).toLocaleString('en-US')}件となりました`,
  ],
  school: [
    (D) => `オープンキャンパスのご案内（定員${D.n(10, 40, 10)}名・要予約）`,
    () => `入学試験の日程について`,
    (D) => `吹奏楽部が県大会で金賞を受賞（${D.n(3, 12)}年連続）`,
    () => `学校説明会を開催します`,
    (D) => `創立${D.n(40, 120)}周年記念式典を挙行しました`,
    () => `インフルエンザによる学級閉鎖について`,
    (D) => `就職内定率${D.n(91, 99)}%を達成`,
    () => `保護者会のお知らせ`,
    (D) => `奨学金の募集について（採用予定${D.n(5, 40)}名）`,
    () => `夏季休業中の窓口業務について`,
  ],
};
const EVENTS = {
  corp: ['情報セキュリティ基礎セミナー', '新製品発表会', '会社説明会', '取引先様向け説明会'],
  org: ['会員向け研修会', '情報セキュリティ基礎セミナー', '定時総会'],
  municipal: ['市民防災フェア', '子育て相談会', '生涯学習講座'],
  hospital: ['市民公開講座', '糖尿病教室', '看護職員就職説明会'],
  school: ['オープンキャンパス', '学校説明会', '公開授業'],
};
const CATEGORIES = ['お知らせ', 'プレスリリース', '重要なお知らせ', 'イベント', 'IR情報', '採用', 'メディア掲載', 'CSR'];
const TAGS = ['セキュリティ', 'キャンペーン', 'セミナー', '新製品', '店舗', 'アプリ', 'メンテナンス', '採用', '地域貢献', 'サポート'];
const SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const GIVEN = ['健一', '誠', '浩二', '直樹', '裕子', '明美', '隆', '和也', '真理子', '修'];

function chrome(rel, D) {
  const titles = shuffle(KIND_TITLES[orgKind(rel.org)] ?? NEWS_TITLES);
  const recent = [];
  for (let k = 0; k < 5; k++) recent.push({ date: D.d(-120, -2), title: titles[k](D) });
  recent.sort((a, b) => (iso(b.date.y, b.date.m, b.date.d) < iso(a.date.y, a.date.m, a.date.d) ? -1 : 1));
  const related = [];
  for (let k = 5; k < 8; k++) related.push({ date: D.d(-300, -5), title: titles[k](D) });
  const prev = { date: D.d(-40, -1), title: titles[8](D) };
  const next = { date: D.d(1, 30), title: titles[9](D) };
  const archives = [];
  for (let k = 0; k < 6; k++) {
    const dt = new Date(Date.UTC(rel.date.y, rel.date.m - 1 - k, 1));
    archives.push({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, count: D.n(2, 19) });
  }
  const cats = shuffle(CATEGORIES).slice(0, 5).map((name) => ({ name, count: D.n(4, 160) }));
  const tags = shuffle(TAGS).slice(0, 7).map((name) => ({ name, count: D.n(2, 48) }));
  const event = { date: D.d(10, 70), cap: D.n(3, 30, 10), title: pick(EVENTS[orgKind(rel.org)]) };
  const kind = orgKind(rel.org);
  const campaignValue = D.n(2, 90, 1e4);
  const campaign = { value: campaignValue, label: pick(CAMPAIGNS[kind])(campaignValue / 1e4) };
  const founded = D.fixedDate(rint(1948, 2005), rint(1, 12), rint(1, 28));
  const company = {
    capital: D.n(10, 950, 1e6),
    employees: D.n(120, 4800),
    offices: D.n(4, 60),
    members: D.n(3, 90, 1e4),
    founded,
    zip: D.zip(),
    tel: D.phone(),
    address: pick(['東京都千代田区丸の内', '大阪府大阪市北区梅田', '愛知県名古屋市中区栄', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北', '宮城県仙台市青葉区中央']) + `${rint(1, 4)}-${rint(1, 20)}-${rint(1, 30)}`,
  };
  const k0 = orgKind(rel.org);
  if (k0 === 'municipal') {
    company.population = D.n(8000, 960000);
    company.households = D.n(Math.round(company.population * 0.38), Math.round(company.population * 0.46));
    company.census = D.fixedDate(rel.date.m > 1 ? rel.date.y : rel.date.y - 1, rel.date.m > 1 ? rel.date.m - 1 : 12, 1);
  }
  if (k0 === 'hospital') { company.beds = D.n(80, 900); company.depts = D.n(8, 36); }
  if (k0 === 'school') { company.students = D.n(300, 24000); D.fixed(company.offices * 3); }
  const comments = D.n(2, 40);
  const shares = D.n(12, 480);
  const views = D.n(1000, 9000);
  const updated = chance(0.5) ? D.d(3, 60) : null;
  const copyFrom = D.fixed(rint(1996, 2012));
  const copyTo = D.fixed(rel.date.y);
  const factsOf = {
    corp: (fmt) => [['設立', fmt(founded)], ['資本金', yen(company.capital)], ['従業員数', `${company.employees.toLocaleString('en-US')}名`], ['拠点数', `${company.offices}拠点`], ['会員数', members(company.members)]],
    org: (fmt) => [['設立', fmt(founded)], ['会員数', members(company.members)], ['職員数', `${company.employees}名`], ['事業所', `${company.offices}か所`]],
    municipal: (fmt) => [['人口', `${company.population.toLocaleString('en-US')}人（${fmt(company.census)}現在）`], ['世帯数', `${company.households.toLocaleString('en-US')}世帯`], ['職員数', `${company.employees}名`]],
    hospital: (fmt) => [['開設', fmt(founded)], ['病床数', `${company.beds}床`], ['診療科', `${company.depts}科`], ['職員数', `${company.employees}名`]],
    school: (fmt) => [['創立', fmt(founded)], ['在籍者数', `${company.students.toLocaleString('en-US')}名`], ['教職員数', `${company.offices * 3}名`]],
  }[kind];
  return { kind, facts: factsOf, recent, related, prev, next, archives, cats, tags, event, campaign, company, comments, shares, views, updated, copyFrom, copyTo };
}
function orgKind(org) {
  if (/病院|医療|クリニック|診療所/.test(org)) return 'hospital';
  if (/学校|大学|学園|高等|中学|小学|教育委員会/.test(org)) return 'school';
  if (/[都道府県市町村区]$|[都道府県市町村区]役所|庁$/.test(org)) return 'municipal';
  if (/^(一般|公益)?(社団|財団)法人|協会|組合|機構|連合会/.test(org)) return 'org';
  return 'corp';
}
const CAMPAIGNS = {
  corp: [(n) => `累計${n}万件突破`, (n) => `ご利用者数${n}万人突破`, (n) => `累計出荷${n}万台突破`],
  org: [(n) => `会員数${n}万人突破`, (n) => `累計${n}万件突破`],
  municipal: [(n) => `ふるさと納税 寄附件数${n}万件突破`, (n) => `公式LINE登録者${n}万人突破`],
  hospital: [(n) => `年間外来患者数 延べ${n}万人`, (n) => `オンライン予約${n}万件突破`],
  school: [(n) => `卒業生${n}万人突破`, (n) => `資料請求${n}万件突破`],
};
const yen = (v) => (v >= 1e8 ? `${Math.floor(v / 1e8)}億${v % 1e8 ? `${((v % 1e8) / 1e4).toLocaleString('en-US')}万` : ''}円` : `${(v / 1e4).toLocaleString('en-US')}万円`);
const members = (v) => `${v / 1e4}万人`;
const slugOf = (id) => String(rint(1000, 9999)) + id.slice(1);
const LOGO = (color) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><rect width="40" height="40" rx="8" fill="${color}"/><circle cx="20" cy="20" r="9" fill="#fff"/><rect x="50" y="14" width="100" height="12" rx="6" fill="${color}"/></svg>`)}`;

function jsonLd(rel, C, url) {
  const pub = iso(rel.date.y, rel.date.m, rel.date.d) + 'T10:00:00+09:00';
  const mod = C.updated ? iso(C.updated.y, C.updated.m, C.updated.d) + 'T09:30:00+09:00' : pub;
  return `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: rel.title, url,
    datePublished: pub, dateModified: mod,
    publisher: { '@type': 'Organization', name: rel.org, logo: { '@type': 'ImageObject', url: 'https://www.example.jp/logo.png' } },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  })}</script>`;
}
const pageSizeCss = (size) => ({ A4: '@page{size:A4;margin:12mm}', 'A4-landscape': '@page{size:A4 landscape;margin:10mm}', B5: '@page{size:B5;margin:10mm}', Letter: '' })[size];

// ---------- body renderers per stack ----------
function bodyHtml(blocks, style) {
  const out = [];
  const hTag = (lvl) => `h${Math.min(6, lvl + 1)}`;
  for (const b of blocks) {
    if (b.t === 'h') {
      const tag = hTag(b.level);
      if (style === 'wordpress') out.push(`<${tag} class="wp-block-heading">${inline(b.text)}</${tag}>`);
      else if (style === 'legacy') out.push(`<br><font color="#003366"><b>${inline(b.text)}</b></font><br>`);
      else if (style === 'divsoup') out.push(`<div style="font-weight:bold;font-size:${b.level <= 2 ? 17 : 15}px;border-left:5px solid #b22;padding:2px 8px;margin:18px 0 8px;">${inline(b.text)}</div>`);
      else if (style === 'nextjs') out.push(`<${tag} class="article_heading__Xk29q">${inline(b.text)}</${tag}>`);
      else if (style === 'bootstrap') out.push(`<${tag} class="h5 border-bottom pb-2 mt-4">${inline(b.text)}</${tag}>`);
      else out.push(`<${tag}>${inline(b.text)}</${tag}>`);
    } else if (b.t === 'p') {
      if (style === 'wordpress') out.push(`<p>${b.lines.map(inline).join('<br>\n')}</p>`);
      else if (style === 'legacy') out.push(`${b.lines.map(inline).join('<br>\n')}<br><br>`);
      else if (style === 'divsoup') out.push(`<div style="margin-bottom:14px;line-height:1.8;">${b.lines.map(inline).join('<br>\n')}</div>`);
      else if (style === 'nextjs') out.push(`<p class="article_paragraph__q8R1m">${b.lines.map(inline).join('<br/>')}</p>`);
      else out.push(`<p>${b.lines.map(inline).join('<br>\n')}</p>`);
    } else if (b.t === 'ul' || b.t === 'ol') {
      if (style === 'divsoup' || style === 'legacy') {
        const mark = (k) => (b.t === 'ul' ? '・' : `${b.start + k}. `);
        out.push(`<div style="margin:0 0 14px 1em;">${b.items.map((it, k) => mark(k) + inline(it)).join('<br>\n')}</div>`);
      } else {
        const tag = b.t;
        const start = b.t === 'ol' && b.start !== 1 ? ` start="${b.start}"` : '';
        const cls = style === 'wordpress' ? ' class="wp-block-list"' : style === 'nextjs' ? ' class="article_list__7fGhd"' : '';
        out.push(`<${tag}${cls}${start}>\n${b.items.map((it) => `<li>${inline(it)}</li>`).join('\n')}\n</${tag}>`);
      }
    } else if (b.t === 'table') {
      const [head, ...rest] = b.rows;
      const attrs = {
        wordpress: ' class="has-fixed-layout"', legacy: ' border="1" cellpadding="5" cellspacing="0" width="100%"',
        divsoup: ' style="border-collapse:collapse;width:100%;" border="1"', movabletype: ' class="table01"',
        nextjs: ' class="article_table__Pz3wA"', bootstrap: ' class="table table-bordered table-sm"',
      }[style];
      const th = head.map((c) => `<th${style === 'legacy' ? ' bgcolor="#dde6f0"' : ''}>${inline(c)}</th>`).join('');
      const body = rest.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n');
      const t = `<table${attrs}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
      out.push(style === 'wordpress' ? `<figure class="wp-block-table">${t}</figure>` : style === 'bootstrap' ? `<div class="table-responsive">${t}</div>` : t);
    } else if (b.t === 'dl') {
      if (style === 'divsoup') out.push(`<div style="margin-bottom:14px;">${b.items.map((it) => inline(it.raw)).join('<br>\n')}</div>`);
      else if (style === 'legacy') out.push(`<table border="0" cellpadding="3" cellspacing="1" bgcolor="#999999" width="100%">${b.items.map((it) => `<tr><td bgcolor="#eeeeee" width="28%" valign="top"><font size="2">${inline(it.label)}</font></td><td bgcolor="#ffffff"><font size="2">${inline(it.value)}</font></td></tr>`).join('\n')}</table><br>`);
      else if (style === 'bootstrap') out.push(`<dl class="row">\n${b.items.map((it) => `<dt class="col-sm-3">${inline(it.label)}</dt><dd class="col-sm-9">${inline(it.value)}</dd>`).join('\n')}\n</dl>`);
      else out.push(`<dl${style === 'nextjs' ? ' class="article_dl__b3Kq0"' : ''}>\n${b.items.map((it) => `<dt>${inline(it.label)}</dt><dd>${inline(it.value)}</dd>`).join('\n')}\n</dl>`);
    }
  }
  return out.join('\n');
}

// ---------- the six stacks ----------
const STYLES = {
  wordpress(rel, C, ctx) {
    const { D } = ctx;
    const pubFmt = pick([F.kanji, F.dot, F.slash0]);
    const pub = rel.date;
    const postId = rint(1200, 9800);
    const url = `https://www.example.jp/news/${postId}/`;
    const sidebarInPdf = ctx.layout === 'sidebar';
    return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${ctx.charsetLabel}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(rel.title)} | ${esc(rel.org)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="${esc(rel.org)} &raquo; フィード" href="https://www.example.jp/feed/">
${ctx.og ? `<meta property="og:site_name" content="${esc(rel.org)}">\n<meta property="og:title" content="${esc(rel.title)}">\n<meta property="og:type" content="article">\n<meta property="article:published_time" content="${iso(pub.y, pub.m, pub.d)}T10:00:00+09:00">` : ''}
${ctx.ld ? jsonLd(rel, C, url) : ''}
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/www.example.jp\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};</script>
<style id="wp-block-library-inline-css">
body{font-family:"Noto Sans CJK JP",sans-serif;color:#333;margin:0;font-size:15px;line-height:1.8}
.site-header{border-bottom:1px solid #ddd;padding:12px 24px;display:flex;align-items:center;justify-content:space-between}
.site-title{font-weight:bold;font-size:18px;margin:0}
.main-navigation ul{list-style:none;display:flex;gap:18px;margin:0;padding:0;font-size:13px}
.site-content{display:flex;gap:32px;max-width:1080px;margin:0 auto;padding:24px}
#primary{flex:1 1 auto;min-width:0}
#secondary{flex:0 0 260px;font-size:13px}
.widget{margin-bottom:28px}.widget-title{font-size:14px;border-bottom:2px solid #0a4b8c;padding-bottom:4px}
.widget ul{padding-left:1em}
.entry-title{font-size:24px;line-height:1.4}
.entry-meta{color:#777;font-size:13px}
.wp-block-table table{border-collapse:collapse;width:100%}.wp-block-table td,.wp-block-table th{border:1px solid #ccc;padding:6px}
.post-navigation{display:flex;justify-content:space-between;border-top:1px solid #ddd;margin-top:32px;padding-top:12px;font-size:13px}
.jp-relatedposts{margin-top:24px;font-size:13px}
.site-footer{background:#0a4b8c;color:#fff;padding:20px 24px;font-size:12px}
#cookie-law-info-bar{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:10px 24px;font-size:12px}
.breadcrumbs{font-size:12px;color:#777;padding:8px 24px}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;word-wrap:normal}
@media print{${sidebarInPdf ? '' : '#secondary{display:none}'} ${pageSizeCss(ctx.pdfPage)}}
</style>
</head>
<body class="post-template-default single single-post postid-${postId} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">コンテンツへスキップ</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<a href="https://www.example.jp/" class="custom-logo-link" rel="home"><img width="160" height="40" src="${LOGO('#0a4b8c')}" class="custom-logo" alt="${esc(rel.org)}"></a>
${chance(0.5) ? `<p class="site-title"><a href="https://www.example.jp/" rel="home">${esc(rel.org)}</a></p>` : ''}
</div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">ホーム</a></li><li class="menu-item"><a href="/company/">会社情報</a></li><li class="menu-item"><a href="/service/">事業内容</a></li><li class="menu-item current-menu-parent"><a href="/news/">ニュース</a></li><li class="menu-item"><a href="/recruit/">採用情報</a></li><li class="menu-item"><a href="/contact/">お問い合わせ</a></li>
</ul></nav>
</header>
<div class="breadcrumbs" typeof="BreadcrumbList"><span><a href="/">ホーム</a></span> &gt; <span><a href="/news/">ニュース</a></span> &gt; <span>${esc(rel.title)}</span></div>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard hentry category-news">
<header class="entry-header">
<h1 class="entry-title">${esc(rel.title)}</h1>
<div class="entry-meta">
<span class="posted-on">投稿日: <a href="${url}" rel="bookmark"><time class="entry-date published" datetime="${iso(pub.y, pub.m, pub.d)}T10:00:00+09:00">${pubFmt(pub)}</time>${C.updated ? `<time class="updated" datetime="${iso(C.updated.y, C.updated.m, C.updated.d)}T09:30:00+09:00">${pubFmt(C.updated)}</time>` : ''}</a></span>
<span class="byline"> 投稿者: <span class="author vcard"><a class="url fn n" href="/author/admin/">広報担当</a></span></span>
<span class="comments-link"><a href="${url}#comments">${C.comments}件のコメント</a></span>
</div>
</header>
<div class="entry-content">
${ctx.body}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">共有:</h3><ul><li><a class="share-x" href="#">X で共有 <span class="share-count">${C.shares}</span></a></li><li><a class="share-facebook" href="#">Facebook で共有</a></li><li><a class="share-hatena" href="#">はてなブックマーク</a></li></ul></div>
<footer class="entry-footer"><span class="cat-links">カテゴリー: <a href="/category/news/" rel="category tag">お知らせ</a></span> <span class="tags-links">タグ: <a href="/tag/security/" rel="tag">セキュリティ</a></span></footer>
</article>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>関連記事</em></h3>
${C.related.map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/news/${rint(1000, 9999)}/">${esc(r.title)}</a></h4><p class="jp-relatedposts-post-date">${pubFmt(r.date)}</p><p class="jp-relatedposts-post-context">「お知らせ」内</p></div>`).join('\n')}
</div>
<nav class="navigation post-navigation" aria-label="投稿"><h2 class="screen-reader-text">投稿ナビゲーション</h2>
<div class="nav-links"><div class="nav-previous"><a href="/news/${postId - 3}/" rel="prev"><span class="nav-subtitle">前の投稿</span> <span class="nav-title">${esc(C.prev.title)}（${pubFmt(C.prev.date)}）</span></a></div>
<div class="nav-next"><a href="/news/${postId + 2}/" rel="next"><span class="nav-subtitle">次の投稿</span> <span class="nav-title">${esc(C.next.title)}（${pubFmt(C.next.date)}）</span></a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">「${esc(rel.title)}」への${C.comments}件のフィードバック</h2><p class="no-comments">コメントは受け付けていません。</p></div>
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">検索:</span><input type="search" class="search-field" placeholder="検索 &hellip;" name="s"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">最近の投稿</h2><ul>
${C.recent.map((r) => `<li><a href="/news/${rint(1000, 9999)}/">${esc(r.title)}</a> <span class="post-date">${pubFmt(r.date)}</span></li>`).join('\n')}
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">アーカイブ</h2><ul>
${C.archives.map((a) => `<li><a href="/${a.y}/${pad2(a.m)}/">${a.y}年${a.m}月</a>&nbsp;(${a.count})</li>`).join('\n')}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">カテゴリー</h2><ul>
${C.cats.map((c) => `<li class="cat-item"><a href="/category/${encodeURIComponent(c.name)}/">${c.name}</a> (${c.count})</li>`).join('\n')}
</ul></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">タグ</h2><div class="tagcloud">
${C.tags.map((t) => `<a href="/tag/${encodeURIComponent(t.name)}/" class="tag-cloud-link" style="font-size:${(8 + Math.min(14, t.count / 3)).toFixed(1)}pt;" aria-label="${t.name} (${t.count}個の項目)">${t.name}<span class="tag-link-count"> (${t.count})</span></a>`).join('\n')}
</div></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">イベント情報</h2><div class="textwidget"><p>${C.event.title}<br>開催日：${F.kanjiWd(C.event.date)}<br>会場：本社${rint(2, 9)}階ホール（定員${C.event.cap}名・先着順）</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-company"><p>${esc(rel.org)}<br>${C.company.zip} ${C.company.address}<br>TEL ${C.company.tel}（受付時間 平日9:00〜17:00）</p>
<p>${C.facts(F.kanji).map(([l, t]) => `${l} ${t}`).join('｜')}</p></div>
<div class="site-info">Copyright &copy; ${C.copyFrom}-${C.copyTo} ${esc(rel.org)} All Rights Reserved.</div>
</footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>当サイトでは、利便性向上のためCookieを使用しています。サイトを閲覧いただく際には、Cookieの使用に同意いただく必要があります。<a role="button" id="cookie_action_close_header" class="cli_action_button">同意する</a></span></div>
<script src="/wp-content/themes/corporate/js/navigation.js?ver=1.0.${rint(0, 9)}" id="corporate-navigation-js"></script>
</body>
</html>
`;
  },

  legacy(rel, C, ctx) {
    const pub = rel.date;
    const fmt = pick([F.slash, F.kanji, F.slash0]);
    const spacer = (w, h) => `<img src="../img/spacer.gif" width="${w}" height="${h}" alt="" border="0">`;
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=${ctx.charsetLabel}">
<META http-equiv="Content-Style-Type" content="text/css">
<TITLE>${esc(chance(0.5) ? `${rel.org}｜${rel.title}` : rel.title)}</TITLE>
<META name="keywords" content="${esc(rel.org)},お知らせ,ニュース">
<STYLE type="text/css">
<!--
body { margin:0; font-family:"Noto Sans CJK JP",sans-serif; }
a:link { color:#0033cc; } a:visited { color:#663399; }
.menu { font-size:12px; line-height:1.9; }
.small { font-size:11px; color:#555555; }
@media print { ${pageSizeCss(ctx.pdfPage)} ${ctx.layout === 'sidebar' ? '' : '.leftcol { display:none; }'} }
-->
</STYLE>
<SCRIPT language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
var counter_start = ${D_(ctx).n(12000, 98000)};
//-->
</SCRIPT>
</HEAD>
<BODY bgcolor="#ffffff" text="#333333" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#003366">${spacer(760, 4)}</td></tr>
<tr><td colspan="3">
  <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
  <td width="300" height="70"><a href="../index.html"><img src="${LOGO('#003366')}" width="160" height="40" alt="${esc(rel.org)}" border="0"></a></td>
  <td align="right" valign="bottom" class="small"><a href="../sitemap.html">サイトマップ</a>｜<a href="../contact/index.html">お問い合わせ</a>｜<a href="../english/index.html">English</a>${spacer(10, 1)}</td>
  </tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#dde6f0">
  <table border="0" cellspacing="0" cellpadding="6"><tr>
  <td class="menu"><a href="../index.html"><b>HOME</b></a></td><td class="menu"><a href="../company/index.html"><b>会社案内</b></a></td><td class="menu"><a href="../products/index.html"><b>製品情報</b></a></td><td class="menu"><a href="../news/index.html"><b>ニュース</b></a></td><td class="menu"><a href="../recruit/index.html"><b>採用情報</b></a></td>
  </tr></table>
</td></tr>
<tr><td colspan="3">${spacer(1, 10)}</td></tr>
<tr>
<td width="180" valign="top" bgcolor="#f4f4f4" class="leftcol">
  <table width="180" border="0" cellspacing="0" cellpadding="4">
  <tr><td bgcolor="#003366"><font color="#ffffff" size="2"><b>新着情報</b></font></td></tr>
${C.recent.map((r) => `  <tr><td class="menu"><font color="#cc0000">${fmt(r.date)}</font><br><a href="../news/${r.date.y}${pad2(r.date.m)}${pad2(r.date.d)}.html">${esc(r.title)}</a></td></tr>`).join('\n')}
  <tr><td>${spacer(1, 8)}</td></tr>
  <tr><td bgcolor="#003366"><font color="#ffffff" size="2"><b>イベント</b></font></td></tr>
  <tr><td class="menu">${C.event.title}<br>日時：${F.kanjiWd(C.event.date)}<br>定員：${C.event.cap}名</td></tr>
  <tr><td>${spacer(1, 8)}</td></tr>
  <tr><td align="center"><table border="1" cellspacing="0" cellpadding="6" bordercolor="#cc0000"><tr><td align="center"><font color="#cc0000" size="2"><b>${C.campaign.label}！</b></font></td></tr></table></td></tr>
  </table>
</td>
<td width="20">${spacer(20, 1)}</td>
<td width="560" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="small"><a href="../index.html">HOME</a> &gt; <a href="../news/index.html">ニュース</a> &gt; ${esc(rel.title)}</td></tr>
  <tr><td>${spacer(1, 12)}</td></tr>
  <tr><td bgcolor="#003366">${spacer(1, 2)}</td></tr>
  <tr><td><font size="4"><b>${esc(rel.title)}</b></font></td></tr>
  <tr><td bgcolor="#003366">${spacer(1, 2)}</td></tr>
  <tr><td align="right"><font size="2">${pick(['掲載日：', '', '公開日：'])}${fmt(pub)}</font></td></tr>
  <tr><td>${spacer(1, 12)}</td></tr>
  <tr><td><font size="2">
${ctx.body}
  </font></td></tr>
  <tr><td>${spacer(1, 20)}</td></tr>
  <tr><td class="small"><b>関連ニュース</b><br>
${C.related.map((r) => `  ・${fmt(r.date)}　<a href="../news/${rint(100, 999)}.html">${esc(r.title)}</a><br>`).join('\n')}
  </td></tr>
  <tr><td align="right" class="small"><a href="#top">▲ページトップへ</a></td></tr>
  </table>
</td>
</tr>
<tr><td colspan="3">${spacer(1, 20)}</td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font color="#ffffff" size="1">
${esc(rel.org)}　${C.company.zip} ${C.company.address}　TEL：${C.company.tel}<br>
${C.facts(F.kanji).map(([l, t]) => `${l}：${t}`).join('　')}<br>
Copyright(C) ${C.copyFrom}-${C.copyTo} ${esc(rel.org)} All rights reserved.</font></td></tr>
</table>
<div align="center" class="small">あなたは <img src="../cgi-bin/count.cgi?id=top" alt="カウンター"> 人目の訪問者です</div>
</BODY>
</HTML>
`;
  },

  divsoup(rel, C, ctx) {
    const pub = rel.date;
    const fmt = pick([F.kanji0, F.slash0, F.dot]);
    const dateLine = C.updated
      ? `公開日：${fmt(pub)}<span style="display:inline-block;width:1.5em;"></span>更新日：${fmt(C.updated)}`
      : `${pick(['掲載日', '公開日', '更新日'])}：${fmt(pub)}`;
    const side = `<div style="float:right;width:240px;margin-left:24px;font-size:12px;">
<div style="background:#f6f2e9;padding:10px;margin-bottom:16px;"><div style="font-weight:bold;border-bottom:1px solid #c9b98f;margin-bottom:6px;">最新のお知らせ</div>
${C.recent.map((r) => `<div style="margin-bottom:6px;"><div style="color:#8a7443;">${fmt(r.date)}</div><div><a href="/info/${rint(100, 999)}.html" style="color:#333;">${esc(r.title)}</a></div></div>`).join('\n')}
</div>
<div style="background:#b22;color:#fff;padding:14px;text-align:center;margin-bottom:16px;"><div style="font-size:11px;">おかげさまで</div><div style="font-size:20px;font-weight:bold;">${C.campaign.label}</div><div style="font-size:11px;">感謝キャンペーン実施中</div></div>
<div style="border:1px solid #ddd;padding:10px;"><div style="font-weight:bold;">${C.event.title}のご案内</div><div>${F.kanjiWd(C.event.date)} 13:30〜<br>定員${C.event.cap}名（要予約）</div></div>
</div>`;
    return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${ctx.charsetLabel}">
<title>${esc(rel.title)}｜${esc(rel.org)}</title>
${ctx.og ? `<meta property="og:site_name" content="${esc(rel.org)}">` : ''}
${ctx.ld ? jsonLd(rel, C, 'https://www.example.jp/info/detail.html') : ''}
<style>body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#222;font-size:14px}@media print{${pageSizeCss(ctx.pdfPage)}${ctx.layout === 'sidebar' ? '' : '.js-side{display:none}'}}</style>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-${rint(1000000, 9999999)}-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body>
<div id="wrap">
<div style="background:#fff;border-top:6px solid #b22;">
<div style="width:960px;margin:0 auto;overflow:hidden;padding:10px 0;">
<div style="float:left;"><a href="/"><img src="${LOGO('#b22')}" alt="${esc(rel.org)}" width="160" height="40"></a></div>
<div style="float:right;font-size:12px;padding-top:12px;"><a href="/">トップ</a> ｜ <a href="/about/">企業情報</a> ｜ <a href="/service/">サービス</a> ｜ <a href="/info/">お知らせ</a> ｜ <a href="/contact/">お問合せ</a></div>
</div>
</div>
<div style="background:#f3f3f3;">
<div style="width:960px;margin:0 auto;padding:6px 0;font-size:11px;color:#666;"><a href="/">トップ</a> &gt; <a href="/info/">お知らせ一覧</a> &gt; ${esc(rel.title)}</div>
</div>
<div style="width:960px;margin:20px auto;overflow:hidden;">
<div class="js-side">${side}</div>
<div style="overflow:hidden;">
<div>
<div style="font-size:22px;font-weight:bold;line-height:1.4;padding-bottom:10px;border-bottom:2px solid #b22;">${esc(rel.title)}</div>
<div style="text-align:right;font-size:12px;color:#666;margin:8px 0 20px;">${dateLine}</div>
<div>
<div>
${ctx.body}
</div>
</div>
<div style="margin-top:30px;font-size:12px;"><div><div>◀ <a href="/info/${rint(100, 999)}.html">${esc(C.prev.title)}</a> ${fmt(C.prev.date)}</div><div style="text-align:right;"><a href="/info/${rint(100, 999)}.html">${esc(C.next.title)}</a> ${fmt(C.next.date)} ▶</div></div></div>
<div style="margin-top:20px;font-size:12px;"><div style="font-weight:bold;">このページを見た人はこちらも見ています</div>${C.related.map((r) => `<div>${fmt(r.date)}　<a href="/info/${rint(100, 999)}.html">${esc(r.title)}</a></div>`).join('')}</div>
</div>
</div>
</div>
<div style="background:#333;color:#ccc;font-size:11px;">
<div style="width:960px;margin:0 auto;padding:16px 0;">
<div><div style="font-weight:bold;color:#fff;">${esc(rel.org)}</div><div>${C.company.zip}　${C.company.address}<br>TEL ${C.company.tel}</div><div>${C.facts(F.slash).map(([l, t]) => `${l} ${t}`).join(' / ')}</div></div>
<div style="margin-top:10px;">&copy; ${C.copyTo} ${esc(rel.org)}</div>
</div>
</div>
<div style="position:fixed;bottom:0;left:0;width:100%;background:rgba(0,0,0,.85);color:#fff;font-size:12px;padding:8px;" id="cookieConsent"><div style="width:960px;margin:0 auto;">本サイトはCookieを利用しています。詳しくは<a href="/privacy/" style="color:#fc6;">プライバシーポリシー</a>をご覧ください。 <span style="border:1px solid #fff;padding:2px 10px;">OK</span></div></div>
</div>
</body>
</html>
`;
  },

  movabletype(rel, C, ctx) {
    const pub = rel.date;
    const fmt = pick([F.kanji, F.kanjiWd]);
    const entryId = rint(100, 2400);
    const url = `https://www.example.jp/news/${pub.y}/${pad2(pub.m)}/${String(entryId).padStart(6, '0')}.html`;
    return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${ctx.charsetLabel}">
<meta name="generator" content="Movable Type">
<title>${esc(rel.title)} - ${esc(rel.org)}</title>
${ctx.og ? `<meta property="og:site_name" content="${esc(rel.org)}">\n<meta property="og:url" content="${url}">` : ''}
${ctx.ld ? jsonLd(rel, C, url) : ''}
<link rel="stylesheet" href="/styles.css" type="text/css">
<link rel="start" href="/" title="Home">
<link rel="prev bookmark" href="/news/prev.html" title="${esc(C.prev.title)}">
<link rel="next bookmark" href="/news/next.html" title="${esc(C.next.title)}">
<style>
body{font-family:"Noto Sans CJK JP",sans-serif;font-size:14px;color:#333;margin:0}
#container-inner{width:900px;margin:0 auto}
#header{background:#2f4f4f;color:#fff;padding:16px}#header a{color:#fff}
#content{float:left;width:620px}#alpha{padding:20px 0}
#beta{float:right;width:250px;font-size:12px;padding-top:20px}
.widget{margin-bottom:20px}.widget-header{font-size:13px;border-bottom:1px dotted #999}
.asset-name{font-size:22px}.asset-meta{color:#777;font-size:12px;border-bottom:1px solid #ddd}
.asset-footer{font-size:12px;color:#777;border-top:1px solid #ddd;margin-top:20px}
.table01{border-collapse:collapse}.table01 td,.table01 th{border:1px solid #aaa;padding:4px}
#footer{clear:both;background:#eee;font-size:11px;padding:14px}
@media print{${pageSizeCss(ctx.pdfPage)}${ctx.layout === 'sidebar' ? '' : '#beta{display:none}#content{width:auto;float:none}'}}
</style>
</head>
<body id="mt-blog" class="mt-entry-archive layout-wt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<h1 id="header-name"><a href="/" accesskey="1"><img src="${LOGO('#fff')}" width="160" height="40" alt="${esc(rel.org)}"></a></h1>
<h2 id="header-description">${esc(rel.org)} ニュースリリース</h2>
</div></div></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div id="entry-${entryId}" class="entry-asset asset hentry">
<div class="asset-header">
<h1 id="page-title" class="asset-name entry-title">${esc(rel.title)}</h1>
<div class="asset-meta">
<span class="byline"><abbr class="published" title="${iso(pub.y, pub.m, pub.d)}T10:00:00+09:00">${fmt(pub)} 10:00</abbr></span>
</div>
</div>
<div class="asset-content entry-content">
<div class="asset-body">
${ctx.body}
</div>
</div>
<div class="asset-footer">
<div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/news/info/">お知らせ</a></li></ul></div>
<div class="entry-tags"><h4>タグ<span class="delimiter">:</span></h4><ul><li><a href="/mt/mt-search.cgi?tag=%E9%87%8D%E8%A6%81" rel="tag">重要</a></li></ul></div>
<p>コメント (${C.comments}) ｜ トラックバック (0)</p>
</div>
</div>
<div class="content-nav">
<a href="/news/prev.html">&laquo; ${esc(C.prev.title)}（${fmt(C.prev.date)}）</a> |
<a href="/">メインページ</a> |
<a href="/news/next.html">${esc(C.next.title)}（${fmt(C.next.date)}） &raquo;</a>
</div>
</div></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のエントリー</h3><div class="widget-content"><ul>
${C.recent.map((r) => `<li><a href="/news/${r.date.y}/${pad2(r.date.m)}/${rint(100, 999)}.html">${esc(r.title)}</a> <span class="date">(${F.slash0(r.date)})</span></li>`).join('\n')}
</ul></div></div>
<div class="widget-archive-monthly widget-archive widget"><h3 class="widget-header">月別 アーカイブ</h3><div class="widget-content"><ul>
${C.archives.map((a) => `<li><a href="/news/${a.y}/${pad2(a.m)}/">${a.y}年${a.m}月</a> (${a.count})</li>`).join('\n')}
</ul></div></div>
<div class="widget-archive-category widget-archive widget"><h3 class="widget-header">カテゴリ</h3><div class="widget-content"><ul>
${C.cats.map((c) => `<li><a href="/news/${encodeURIComponent(c.name)}/">${c.name} (${c.count})</a></li>`).join('\n')}
</ul></div></div>
<div class="widget-tag-cloud widget"><h3 class="widget-header">タグクラウド</h3><div class="widget-content"><ul class="widget-list">
${C.tags.map((t, k) => `<li class="rank-${1 + (k % 6)} widget-list-item"><a href="/mt/mt-search.cgi?tag=${encodeURIComponent(t.name)}" title="${t.count}件">${t.name}</a></li>`).join('\n')}
</ul></div></div>
<div class="widget-syndication widget"><div class="widget-content"><p>${C.event.title}を${F.kanji(C.event.date)}に開催します（定員${C.event.cap}名）。</p></div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">
<div class="widget-powered widget"><div class="widget-content">Powered by Movable Type</div></div>
<p>${esc(rel.org)}　${C.facts(F.kanji).map(([l, t]) => `${l}：${t}`).join('　')}<br>${C.company.zip} ${C.company.address} TEL：${C.company.tel}</p>
<p>Copyright &copy; ${C.copyFrom} ${esc(rel.org)}. All Rights Reserved.</p>
</div></div></div>
</div></div>
</body>
</html>
`;
  },

  nextjs(rel, C, ctx) {
    const pub = rel.date;
    const slug = slugOf(ctx.id);
    const buildId = Array.from({ length: 21 }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'[rint(0, 63)]).join('');
    const pubIso = `${iso(pub.y, pub.m, pub.d)}T01:00:00.000Z`;
    const data = {
      props: {
        pageProps: {
          article: {
            id: slug, title: rel.title, publishedAt: pubIso,
            updatedAt: C.updated ? `${iso(C.updated.y, C.updated.m, C.updated.d)}T03:12:45.000Z` : pubIso,
            category: { id: 'important', name: '重要なお知らせ' }, body: ctx.body,
          },
          latest: C.recent.map((r, k) => ({ id: `n${k}${rint(100, 999)}`, title: r.title, publishedAt: `${iso(r.date.y, r.date.m, r.date.d)}T01:00:00.000Z` })),
          related: C.related.map((r, k) => ({ id: `r${k}${rint(100, 999)}`, title: r.title, publishedAt: `${iso(r.date.y, r.date.m, r.date.d)}T01:00:00.000Z` })),
          site: { name: rel.org, facts: Object.fromEntries(C.facts(F.iso)), staff: C.company.employees },
          campaign: { label: C.campaign.label, goal: C.campaign.value },
        },
        __N_SSG: true,
      },
      page: '/news/[id]', query: { id: slug }, buildId, isFallback: false, gsp: true, scriptLoader: [],
    };
    const fmt = pick([F.dot, F.slash0]);
    const fixedHeader = ctx.layout === 'sticky-header';
    return `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(rel.title)} | ${esc(rel.org)}</title>${ctx.og ? `<meta property="og:site_name" content="${esc(rel.org)}"/><meta property="og:title" content="${esc(rel.title)}"/>` : ''}<meta name="next-head-count" content="6"/>${ctx.ld ? jsonLd(rel, C, `https://www.example.jp/news/${slug}`) : ''}<link rel="preload" href="/_next/static/css/${buildId.slice(0, 16)}.css" as="style"/><style>
body{margin:0;font-family:"Noto Sans CJK JP",sans-serif;color:#1a1a1a;font-size:15px;line-height:1.9}
.Header_header__Zq1aB{${fixedHeader ? 'position:fixed;top:0;left:0;right:0;' : ''}background:#fff;border-bottom:1px solid #e5e5e5;height:64px;display:flex;align-items:center;justify-content:space-between;padding:0 32px;z-index:10}
.Header_nav__k2Lp9{display:flex;gap:24px;font-size:13px}
.Layout_main__3nXvR{max-width:1100px;margin:0 auto;padding:${fixedHeader ? 96 : 32}px 32px 32px;display:flex;gap:48px}
.Article_article__w7bQ1{flex:1;min-width:0}
.Article_title__M0xyz{font-size:26px;line-height:1.5;margin:8px 0}
.Article_meta__hH3s2{color:#888;font-size:13px;display:flex;gap:16px}
.Sidebar_sidebar__9TqvE{flex:0 0 280px;font-size:13px}
.Sidebar_card__pL0d4{border:1px solid #eee;border-radius:8px;padding:16px;margin-bottom:20px}
.article_table__Pz3wA{border-collapse:collapse;width:100%}.article_table__Pz3wA td,.article_table__Pz3wA th{border:1px solid #ddd;padding:6px 10px}
.Footer_footer__6bN4c{background:#111;color:#bbb;font-size:12px;padding:32px}
.Breadcrumb_list__Q1sTe{display:flex;gap:8px;list-style:none;padding:0;font-size:12px;color:#888}
@media print{${pageSizeCss(ctx.pdfPage)}${ctx.layout === 'single' ? '.Sidebar_sidebar__9TqvE{display:none}' : ''}}
</style><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-${rint(1e7, 9e7).toString(16)}.js" defer=""></script><script src="/_next/static/chunks/framework-2c16ac744b6cdea6.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bid%5D-${rint(1e7, 9e7).toString(16)}.js" defer=""></script><script src="/_next/static/${buildId}/_buildManifest.js" defer=""></script></head><body><div id="__next"><header class="Header_header__Zq1aB"><a href="/"><img alt="${esc(rel.org)}" src="${LOGO('#111')}" width="160" height="40" decoding="async" data-nimg="1" style="color:transparent"/></a><nav class="Header_nav__k2Lp9"><a href="/about">企業情報</a><a href="/service">サービス</a><a href="/news">ニュース</a><a href="/ir">IR</a><a href="/recruit">採用</a><a href="/contact">お問い合わせ</a></nav></header><main class="Layout_main__3nXvR"><article class="Article_article__w7bQ1"><ol class="Breadcrumb_list__Q1sTe"><li><a href="/">TOP</a></li><li>/</li><li><a href="/news">ニュース</a></li><li>/</li><li>${esc(rel.title)}</li></ol><div class="Article_meta__hH3s2"><time dateTime="${iso(pub.y, pub.m, pub.d)}">${fmt(pub)}</time><span class="Article_category__T5f0s">重要なお知らせ</span>${C.updated ? `<span>更新 <time dateTime="${iso(C.updated.y, C.updated.m, C.updated.d)}">${fmt(C.updated)}</time></span>` : ''}</div><h1 class="Article_title__M0xyz">${esc(rel.title)}</h1><div class="Article_body__e2RkQ">${ctx.body}</div><div class="Share_share__fG3s1"><span>${C.shares} shares</span><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a></div><nav class="Pager_pager__Ux8mN"><a href="/news/prev"><span>PREV</span><span>${esc(C.prev.title)}</span><time>${fmt(C.prev.date)}</time></a><a href="/news/next"><span>NEXT</span><span>${esc(C.next.title)}</span><time>${fmt(C.next.date)}</time></a></nav><section class="Related_related__Jk8wQ"><h2>関連ニュース</h2><ul>${C.related.map((r) => `<li><time>${fmt(r.date)}</time><a href="/news/${rint(1000, 9999)}">${esc(r.title)}</a></li>`).join('')}</ul></section></article><aside class="Sidebar_sidebar__9TqvE"><div class="Sidebar_card__pL0d4"><h3>最新のお知らせ</h3><ul>${C.recent.map((r) => `<li><time>${fmt(r.date)}</time><br/><a href="/news/${rint(1000, 9999)}">${esc(r.title)}</a></li>`).join('')}</ul></div><div class="Sidebar_card__pL0d4 Sidebar_campaign__aa1Z0"><p>おかげさまで</p><p><strong>累計${C.campaign.base}${C.campaign.unit}突破</strong></p></div><div class="Sidebar_card__pL0d4"><h3>セミナー・イベント</h3><p>${C.event.title}<br/>開催日 ${F.kanjiWd(C.event.date)}<br/>定員 ${C.event.cap}名</p></div><div class="Sidebar_card__pL0d4"><h3>カテゴリー</h3><ul>${C.cats.map((c) => `<li><a href="/news/category/${encodeURIComponent(c.name)}">${c.name}（${c.count}）</a></li>`).join('')}</ul></div></aside></main><footer class="Footer_footer__6bN4c"><div><p>${esc(rel.org)}</p><p>${C.company.zip} ${C.company.address}</p><dl class="Footer_facts__uY7c2">${C.facts(F.kanji).map(([l, t]) => `<dt>${l}</dt><dd>${t}</dd>`).join('')}</dl></div><small>© ${C.copyTo} ${esc(rel.org)}</small></footer><div class="CookieBanner_banner__Vb2zN" role="dialog">当ウェブサイトでは、サービス向上のためCookieを利用しています。<button>同意する</button><button>設定</button></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></body></html>
`;
  },

  bootstrap(rel, C, ctx) {
    const pub = rel.date;
    const fmt = pick([F.reiwa, F.kanji, F.slash]);
    const fixedTop = ctx.layout === 'sticky-header';
    const single = ctx.layout === 'single';
    return `<!doctype html>
<html lang="ja">
<head>
<meta charset="${ctx.charsetLabel}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(rel.title)}｜${esc(rel.org)}</title>
${ctx.og ? `<meta property="og:site_name" content="${esc(rel.org)}">\n<meta property="og:type" content="article">` : ''}
${ctx.ld ? jsonLd(rel, C, 'https://www.example.jp/news/detail/' + rint(100, 999)) : ''}
<link href="/assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<style>
/* the parts of bootstrap 5 this page uses (the CDN copy is unavailable offline) */
*,::after,::before{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK JP",system-ui,sans-serif;font-size:15px;line-height:1.7;color:#212529}
.container{max-width:1140px;margin:0 auto;padding:0 12px}
.row{display:flex;flex-wrap:wrap;margin:0 -12px}.row>*{padding:0 12px;width:100%}
.col-8{flex:0 0 66.66%;max-width:66.66%}.col-4{flex:0 0 33.33%;max-width:33.33%}
.col-sm-3{flex:0 0 25%;max-width:25%}.col-sm-9{flex:0 0 75%;max-width:75%}
.navbar{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;background:#0d6efd;color:#fff}
.navbar a{color:#fff;text-decoration:none;margin-left:16px;font-size:14px}
.fixed-top{position:fixed;top:0;left:0;right:0;z-index:1030}
.breadcrumb{display:flex;list-style:none;padding:8px 0;font-size:13px;gap:6px}.breadcrumb-item+.breadcrumb-item::before{content:"/";padding-right:6px;color:#6c757d}
.card{border:1px solid rgba(0,0,0,.175);border-radius:6px;margin-bottom:16px}.card-header{background:#f8f9fa;padding:8px 12px;font-weight:bold;border-bottom:1px solid rgba(0,0,0,.175)}.card-body{padding:12px}
.list-group{list-style:none;margin:0;padding:0}.list-group-item{padding:8px 12px;border-bottom:1px solid #dee2e6;font-size:13px}
.table{width:100%;border-collapse:collapse}.table-bordered td,.table-bordered th{border:1px solid #dee2e6;padding:4px 8px}
.badge{display:inline-block;padding:2px 8px;border-radius:4px;background:#dc3545;color:#fff;font-size:12px}
.text-muted{color:#6c757d}.small{font-size:13px}
footer.bg-dark{background:#212529;color:#adb5bd;padding:24px 0;font-size:13px;margin-top:32px}
.alert{padding:12px;border:1px solid #ffecb5;background:#fff3cd;border-radius:6px}
@media print{${pageSizeCss(ctx.pdfPage)}${fixedTop ? '' : '.navbar{position:static}'}}
</style>
</head>
<body${fixedTop ? ' style="padding-top:64px"' : ''}>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary${fixedTop ? ' fixed-top' : ''}">
<a class="navbar-brand" href="/"><img src="${LOGO('#fff')}" width="160" height="40" alt="${esc(rel.org)}"></a>
<div class="collapse navbar-collapse" id="navbarNav"><a class="nav-link" href="/about/">組織案内</a><a class="nav-link active" href="/news/">お知らせ</a><a class="nav-link" href="/service/">サービス</a><a class="nav-link" href="/access/">アクセス</a><a class="nav-link" href="/contact/">お問い合わせ</a></div>
</nav>
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ホーム</a></li><li class="breadcrumb-item"><a href="/news/">お知らせ</a></li><li class="breadcrumb-item active" aria-current="page">${esc(rel.title)}</li></ol></nav>
<div class="row">
<div class="${single ? 'col-12' : 'col-8 col-lg-8'}">
<article class="news-detail">
<p class="mb-1"><span class="badge bg-danger">重要</span></p>
<h1 class="h3 fw-bold">${esc(rel.title)}</h1>
<p class="text-muted small">${C.updated && chance(0.6) ? `公開日：${fmt(pub)}　最終更新日：${fmt(C.updated)}` : `${pick(['公開日', '掲載日', '登録日'])}：${fmt(pub)}`}</p>
<div class="news-body">
${ctx.body}
</div>
<div class="card mt-4"><div class="card-header">このページに関するアンケート</div><div class="card-body small">このページの情報は役に立ちましたか？（これまでに${C.views}件の回答）</div></div>
</article>
</div>
${single ? '' : `<div class="col-4 col-lg-4">`}
${single ? '<div class="row"><div class="col-4">' : ''}<div class="card"><div class="card-header">新着情報</div><ul class="list-group list-group-flush">
${C.recent.map((r) => `<li class="list-group-item"><small class="text-muted">${fmt(r.date)}</small><br><a href="/news/${rint(100, 999)}">${esc(r.title)}</a></li>`).join('\n')}
</ul></div>${single ? '</div><div class="col-4">' : ''}
<div class="card"><div class="card-header">イベント・セミナー</div><div class="card-body small"><p>${C.event.title}</p><p>開催日：${fmt(C.event.date)}<br>定員：${C.event.cap}名（先着順）</p></div></div>
<div class="card text-center"><div class="card-body"><p class="small mb-0">おかげさまで</p><p class="h4 fw-bold">${C.campaign.label}！</p></div></div>${single ? '</div><div class="col-4">' : ''}
<div class="card"><div class="card-header">関連リンク</div><ul class="list-group list-group-flush">${C.related.map((r) => `<li class="list-group-item">${esc(r.title)}（${fmt(r.date)}）</li>`).join('')}</ul></div>
${single ? '</div></div>' : '</div>'}
</div>
</div>
<footer class="bg-dark"><div class="container"><div class="row"><div class="col-8"><p><strong>${esc(rel.org)}</strong><br>${C.company.zip} ${C.company.address}<br>電話：${C.company.tel}</p></div><div class="col-4"><ul class="list-unstyled small">${C.facts(fmt).map(([l, t]) => `<li>${l}：${t}</li>`).join('')}</ul></div></div><p class="small">&copy; ${C.copyFrom} ${esc(rel.org)}</p></div></footer>
<div class="alert alert-warning fixed-bottom m-3" role="alert" id="cookie-consent">このサイトはCookieを使用しています。閲覧を続けることでCookieの使用に同意したものとみなします。<button type="button" class="btn btn-sm btn-primary">OK</button></div>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-${rint(1e9, 9e9).toString(36).toUpperCase()}');</script>
</body>
</html>
`;
  },
};
function D_(ctx) { return ctx.D; }

// ---------- encoding ----------
// characters whose Shift_JIS/EUC-JP byte maps differently in glibc's CP932 and in browsers (WHATWG):
// written as character references so the page decodes to the release's exact text
const AMBIGUOUS = new Set(['\u301C', '\uFF5E', '\u2212', '\uFF0D', '\u2016', '\u2225', '\u00A2', '\u00A3', '\u00AC', '\uFFE0', '\uFFE1', '\uFFE2', '\u2015', '\u2014', '\u00A6', '\uFFE4']);
function encodeFor(html, enc) {
  const iconvName = enc === 'shift_jis' ? 'CP932' : 'EUC-JP';
  const chars = [...new Set([...html].filter((c) => c.codePointAt(0) > 0x7f))];
  // -c drops what the charset lacks (and exits 1), so a dropped character reads back as an empty line
  const enc1 = spawnSync('iconv', ['-c', '-f', 'UTF-8', '-t', iconvName], { input: chars.join('\n') + '\n' }).stdout;
  const back = execFileSync('iconv', ['-f', iconvName, '-t', 'UTF-8'], { input: enc1 }).toString('utf8').split('\n');
  const bad = new Set(chars.filter((c, k) => back[k] !== c || AMBIGUOUS.has(c)));
  const ncr = (s) => [...s].map((c) => (bad.has(c) ? `&#x${c.codePointAt(0).toString(16).toUpperCase()};` : c)).join('');
  const jsEsc = (s) => [...s].map((c) => (bad.has(c) ? (c.codePointAt(0) > 0xffff ? c : `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`) : c)).join('');
  const fixed = html.split(/(<script[\s\S]*?<\/script>)/i).map((part, k) => (k % 2 ? jsEsc(part) : ncr(part))).join('');
  return { bytes: execFileSync('iconv', ['-f', 'UTF-8', '-t', iconvName], { input: fixed }), refs: bad.size };
}

// ---------- which recorded decoys a page really shows (each stack shows a different part of the chrome) ----------
const bounded = (html, s) => new RegExp(`(?<![0-9.,])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9])`).test(html);
// text a reader or a parser may take numbers from: element text, scripts' data, meta content; not CSS or URLs
function shownText(html) {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<meta[^>]*content="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<script[^>]*\ssrc=[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/[\x21-\x7e]+/g, ' ');
}
function valuePlaced(html, v) {
  const forms = [String(v), v.toLocaleString('en-US')];
  if (v % 1e4 === 0) forms.push(`${v / 1e4}万`, `${(v / 1e4).toLocaleString('en-US')}万`, yen(v));
  return forms.some((f) => bounded(html, f));
}
function datePlaced(html, s) {
  const [y, m, d] = s.split('-').map(Number);
  const x = { y, m, d };
  return [...Object.values(F).map((f) => f(x)), `${y}${pad2(m)}${pad2(d)}`].some((f) => bounded(html, f));
}

// ---------- Word-style document ----------
// a bullet list most of whose items read 「項目：説明」 is a two-column table in a Word document
const labelledList = (b) => b.items.length >= 2 && b.items.filter((it) => labelOf(it)).length * 3 >= b.items.length * 2;
function docHtml(rel, blocks) {
  const pub = rel.date;
  const dateStr = chance(0.5) ? F.reiwa(pub) : F.kanji(pub);
  const to = pick(['お客様各位', '関係者各位', 'お取引先各位', 'お客様各位']);
  const role = /病院|医療|クリニック/.test(rel.org) ? '院長' : /大学|学校|学園/.test(rel.org) ? '理事長' : /[市町村]$|市役所|県|都|府|道庁|教育委員会/.test(rel.org) ? '' : /法人|協会|組合|機構|財団|社団/.test(rel.org) ? '理事長' : '代表取締役社長';
  const rep = role ? `${role}　${pick(SURNAMES)}　${pick(GIVEN)}` : '';
  const hasHeadings = blocks.some((b) => b.t === 'h');
  const out = [];
  let n = 0;
  let kiPlaced = false;
  // 記 opens the itemised part: before the first heading, or else before the first list or table
  const kiAt = hasHeadings ? blocks.findIndex((b) => b.t === 'h') : blocks.findIndex((b, k) => k > 0 && b.t !== 'p');
  for (const [k, b] of blocks.entries()) {
    if (k === kiAt && !kiPlaced) { out.push('<p class="ki">記</p>'); kiPlaced = true; }
    if (b.t === 'h') {
      n++;
      const numbered = /^[0-9０-９(（①-⑳■□●○◆◇▼▽★☆・【［\[<＜〈《第IⅠ一二三四五六七八九十]/.test(b.text) ? b.text : `${n}．${b.text}`;
      out.push(`<h2>${esc(numbered)}</h2>`);
    } else if (b.t === 'p' && b.lines.length === 1 && labelOf(b.lines[0])) {
      // a lone 「項目：内容」 line is a one-row ruled table in a Word document
      const lm = labelOf(b.lines[0]);
      out.push(`<table class="grid kv"><tr><th>${esc(lm.label)}</th><td>${esc(lm.value)}</td></tr></table>`);
    } else if (b.t === 'p') out.push(`<p>${b.lines.map(esc).join('<br>')}</p>`);
    else if (b.t === 'ul' && b.items.length >= 4 && b.items.every((it) => [...it].length <= 20)) {
      // many short items: a borderless list becomes a ruled grid, three to a row, as Word users lay them out
      const rows = [];
      for (let i = 0; i < b.items.length; i += 3) rows.push(b.items.slice(i, i + 3));
      out.push(`<table class="grid items">${rows.map((r) => `<tr>${[0, 1, 2].map((c) => `<td>${r[c] !== undefined ? esc(r[c]) : ''}</td>`).join('')}</tr>`).join('')}</table>`);
    } else if (b.t === 'ul' && labelledList(b)) {
      out.push(`<table class="grid kv">${b.items.map((it) => {
        const lm = labelOf(it);
        return lm ? `<tr><th>${esc(lm.label)}</th><td>${esc(lm.value)}</td></tr>` : `<tr><td colspan="2">${esc(it)}</td></tr>`;
      }).join('')}</table>`);
    } else if (b.t === 'ul') out.push(`<ul>${b.items.map((it) => `<li>${esc(it)}</li>`).join('')}</ul>`);
    else if (b.t === 'ol') out.push(`<ol start="${b.start}">${b.items.map((it) => `<li>${esc(it)}</li>`).join('')}</ol>`);
    else if (b.t === 'table') {
      const [head, ...rest] = b.rows;
      out.push(`<table class="grid"><tr>${head.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${rest.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`);
    } else if (b.t === 'dl') out.push(`<table class="grid kv">${b.items.map((it) => `<tr><th>${esc(it.label)}</th><td>${esc(it.value)}</td></tr>`).join('')}</table>`);
  }
  const footer = pick(['"- " counter(page) " -"', 'counter(page) " / " counter(pages)', 'counter(page)']);
  const font = pick(['"Noto Serif CJK JP",serif', '"Noto Sans CJK JP",sans-serif']);
  const size = pick([10.5, 10.5, 11, 12]);
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(rel.title)}</title><style>
@page{size:A4;margin:25mm 22mm 22mm 25mm;@bottom-center{content:${footer};font-size:9pt;font-family:${font}}}
body{font-family:${font};font-size:${size}pt;line-height:1.75;margin:0}
.right{text-align:right}.center{text-align:center}
h1{font-size:${size + 3}pt;text-align:center;margin:18pt 0}
h2{font-size:${size}pt;margin:12pt 0 4pt}
p{margin:0 0 6pt;text-indent:1em}
.ki{text-align:center;text-indent:0;margin:10pt 0}
.end{text-align:right;text-indent:0;margin-top:12pt}
table.grid{border-collapse:collapse;width:100%;margin:6pt 0;font-size:${size - 0.5}pt}
table.grid th,table.grid td{border:0.6pt solid #000;padding:3pt 5pt;vertical-align:top;text-align:left}
table.grid th{background:#eee;font-weight:normal}
table.kv th{width:22%}
table.items td{width:33%}
</style></head><body>
<p class="right" style="text-indent:0">${dateStr}</p>
<p style="text-indent:0">${to}</p>
<p class="right" style="text-indent:0">${esc(rel.org)}${rep ? `<br>${rep}` : ''}</p>
<h1>${esc(rel.title)}</h1>
${out.join('\n')}
${/以上\s*$/.test(rel.bodyText) ? '' : '<p class="end">以上</p>'}
</body></html>`;
}

// ---------- PDF ----------
const CHROME_PROFILE = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen7-chrome-'));
function printPdf(htmlFile, pdfFile, width) {
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${CHROME_PROFILE}`,
    `--window-size=${width},1400`, '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, 'file://' + htmlFile,
  ], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 120000 });
  if (!fs.existsSync(pdfFile)) throw new Error(`no PDF for ${htmlFile}`);
  // Chromium writes every Type 3 font dictionary uncompressed; object streams shrink a PDF by ~40% without
  // touching its fonts, content streams or text (pdftotext output identical)
  if (HAS_QPDF) {
    execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', '--deterministic-id', pdfFile, pdfFile + '.tmp']);
    fs.renameSync(pdfFile + '.tmp', pdfFile);
  }
}
const HAS_QPDF = spawnSync('qpdf', ['--version']).status === 0;

// ---------- main ----------
function main() {
  const files = walk(ARCHIVE);
  const chosen = [];
  for (const f of shuffle(files)) {
    const rel = readRelease(f);
    if (!rel) continue;
    if (chosen.some((c) => c.rel.org === rel.org)) continue;
    chosen.push({ file: f, rel });
    if (chosen.length === 40) break;
  }
  const styles = shuffle([
    ...Array(7).fill('wordpress'), ...Array(7).fill('legacy'), ...Array(7).fill('divsoup'),
    ...Array(7).fill('movabletype'), ...Array(6).fill('nextjs'), ...Array(6).fill('bootstrap'),
  ]);
  // 12 non-UTF-8 pages: every legacy table page in Shift_JIS, three Movable Type pages in EUC-JP,
  // one div-soup page in each
  const encs = styles.map((s) => (s === 'legacy' ? 'shift_jis' : 'utf-8'));
  const mtIdx = styles.map((s, k) => (s === 'movabletype' ? k : -1)).filter((k) => k >= 0);
  for (const k of mtIdx.slice(0, 3)) encs[k] = 'euc-jp';
  const dsIdx = styles.map((s, k) => (s === 'divsoup' ? k : -1)).filter((k) => k >= 0);
  encs[dsIdx[0]] = 'shift_jis';
  encs[dsIdx[1]] = 'euc-jp';
  // Word documents tabulate what they can: releases with a table, label lines or labelled list items go
  // first, so that most documents carry a ruled table whose cells wrap; the rest at random
  const tableScore = (k) => {
    const blocks = parseBlocks(chosen[k].rel.bodyText);
    if (blocks.some((b) => b.t === 'table')) return 3;
    if (blocks.some((b) => b.t === 'dl')) return 2;
    return blocks.some((b) => b.t === 'ul' && labelledList(b)) ? 1 : 0;
  };
  const ranked = shuffle(chosen.map((_, k) => k)).map((k) => [k, tableScore(k)]);
  ranked.sort((a, b) => b[1] - a[1]);
  const docIds = new Set(ranked.slice(0, 10).map(([k]) => k));

  // --no-pdf rewrites the pages and keeps the committed PDFs (README.md is hand-written and stays too)
  for (const d of NO_PDF ? ['sources', 'html'] : ['sources', 'html', 'pdf', 'doc']) fs.rmSync(path.join(OUT, d), { recursive: true, force: true });
  for (const d of ['sources', 'html', 'pdf', 'doc']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const docSrc = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen7-doc-'));
  const manifest = [];
  const origin = [];
  const layouts = { wordpress: ['sidebar', 'single'], legacy: ['sidebar', 'single'], divsoup: ['sidebar', 'single'], movabletype: ['sidebar', 'single'], nextjs: ['sidebar', 'single', 'sticky-header'], bootstrap: ['sidebar', 'single', 'sticky-header'] };
  chosen.forEach(({ file, rel }, k) => {
    const id = `c${pad2(k + 1)}`;
    const style = styles[k];
    const encoding = encs[k];
    const archiveRel = path.relative(ARCHIVE, file);
    fs.writeFileSync(path.join(OUT, 'sources', `${id}.md`), rel.source);
    origin.push(`${id}\t${archiveRel}`);
    const D = new Decoys(rel);
    const C = chrome(rel, D);
    const blocks = parseBlocks(rel.bodyText);
    const ctx = {
      id, D,
      body: bodyHtml(blocks, style),
      charsetLabel: encoding === 'utf-8' ? 'UTF-8' : encoding === 'shift_jis' ? pick(['Shift_JIS', 'shift_jis', 'Shift_JIS']) : pick(['EUC-JP', 'euc-jp']),
      og: chance(style === 'legacy' ? 0.2 : 0.6),
      ld: style !== 'legacy' && chance(0.45),
      pdfPage: pick(['A4', 'A4', 'A4-landscape', 'Letter', 'B5']),
      layout: pick(layouts[style]),
    };
    const html = STYLES[style](rel, C, ctx);
    const htmlRel = `html/${style}-${id}.html`;
    const shown = shownText(html);
    let refs = 0;
    if (encoding === 'utf-8') fs.writeFileSync(path.join(OUT, htmlRel), html);
    else {
      const r = encodeFor(html, encoding);
      refs = r.refs;
      fs.writeFileSync(path.join(OUT, htmlRel), r.bytes);
    }
    const pdfRel = `pdf/${style}-${id}.pdf`;
    const width = pick([1280, 1024, 800]); // the window; print layout follows the page size
    let docRel = null;
    let docHtmlText = null;
    if (docIds.has(k)) {
      docRel = `doc/${id}.pdf`;
      docHtmlText = docHtml(rel, blocks);
    }
    manifest.push({
      id, archive: archiveRel, source: `sources/${id}.md`, html: htmlRel, style, encoding,
      pdf: pdfRel, pdfPage: ctx.pdfPage, printLayout: ctx.layout, doc: docRel,
      org: rel.org, title: rel.title, publishedAt: iso(rel.date.y, rel.date.m, rel.date.d),
      metadata: { ogSiteName: ctx.og, jsonLd: ctx.ld, updatedDate: C.updated ? iso(C.updated.y, C.updated.m, C.updated.d) : null },
      charRefs: refs,
      decoyValues: [...D.values].filter((v) => valuePlaced(shown, v)).sort((a, b) => a - b),
      decoyDates: [...D.dateList].filter((s) => datePlaced(shown, s)).sort(),
      decoyOther: D.other,
    });
    if (!NO_PDF) {
      printPdf(path.join(OUT, htmlRel), path.join(OUT, pdfRel), width);
      if (docHtmlText) {
        const src = path.join(docSrc, `${id}.html`);
        fs.writeFileSync(src, docHtmlText);
        printPdf(src, path.join(OUT, docRel), 1000);
      }
    }
    process.stderr.write(`${id} ${style} ${encoding}${docRel ? ' +doc' : ''}\n`);
  });
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  fs.writeFileSync(path.join(OUT, 'ORIGIN.txt'), origin.join('\n') + '\n');
  fs.rmSync(CHROME_PROFILE, { recursive: true, force: true });
  fs.rmSync(docSrc, { recursive: true, force: true });
}
main();
