#!/usr/bin/env node
// Layout robustness on gold: the facts of a release should not hang on its Markdown marks. A page or a PDF gives the
// same words with other marks — a heading as a plain line or a 【…】 line, bullets as 「・」 or none, a table as cells
// set apart by spaces, no blank lines, digits in full width — so each perturbation rewrites the 本文 of every gold
// release one way, writes the copies under a temporary archive (same relative paths), and scores them with the shared
// scorer (`--archive`) against the same gold. A field that drops under a perturbation leans on the mark it removes.
//
//   node scripts/layout-perturb.mjs [--gold DIR] [--only KIND,KIND] [--mode full|body] [--keep DIR] [--show-misses]
//
// Prints one row per perturbation: overall and the fields that moved against the unperturbed run. Figures only.
// --keep DIR leaves each rewritten archive under DIR/KIND (to score again, or to read a release as the rewrite left it).
// --show-misses lists, per perturbation, what the rewrite changed in count statuses, data kinds and products (full mode):
// a line per release and item that was right before and is wrong after ("lost"), or the other way ("won"). Tune sets only —
// never on a check or untouched set.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_DATE } from './referenceDay.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const ARCHIVE = join(SHARED, 'archive');

const FULL_WIDTH_DIGIT = (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0);
const TABLE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;

/** The rewrites, each of the 本文 only (the overview block stays as the archive has it). */
export const PERTURBATIONS = {
  // a heading as a PDF or a paste leaves it: the words alone on their line
  'headings-plain': (body) => body.replace(/^#{1,6}[ \t]*(.+)$/gm, '$1'),
  // a heading as a Word document or an old page writes it: 【…】
  'headings-bracket': (body) => body.replace(/^#{1,6}[ \t]*(.+)$/gm, (_, t) => (/^[【■◆●（(0-9０-９]/.test(t.trim()) ? t : `【${t.trim()}】`)),
  // list items with the Japanese middle dot, and with no mark at all
  'bullets-nakaguro': (body) => body.replace(/^([ \t]*)[-*+][ \t]+/gm, '$1・'),
  'bullets-plain': (body) => body.replace(/^[ \t]*[-*+][ \t]+/gm, ''),
  // a Markdown table as text extraction gives it: its rule gone, cells set apart by an ideographic space
  'tables-spaced': (body) => body.split('\n').filter((l) => !TABLE_RULE.test(l))
    .map((l) => (/^\s*\|/.test(l) ? l.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()).join('　') : l)).join('\n'),
  // paragraphs run together as a page's innerText may give them
  'no-blank-lines': (body) => body.replace(/\n[ \t]*\n+/g, '\n'),
  // digits in full width, as many Japanese sites type them
  'digits-fullwidth': (body) => body.replace(/[0-9]/g, FULL_WIDTH_DIGIT),
};

function parseArgs(argv) {
  const opt = { gold: join(SHARED, 'gold', 'dev'), only: null, mode: 'full', keep: null, showMisses: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--gold') opt.gold = argv[++i];
    else if (a === '--only') opt.only = argv[++i].split(',');
    else if (a === '--mode') opt.mode = argv[++i];
    else if (a === '--keep') opt.keep = resolve(argv[++i]);
    else if (a === '--show-misses') opt.showMisses = true;
    else { console.error(`layout-perturb: unknown argument ${a}`); process.exit(2); }
  }
  if (!['full', 'body'].includes(opt.mode)) { console.error('layout-perturb: --mode is full or body'); process.exit(2); }
  for (const k of opt.only ?? []) if (!PERTURBATIONS[k]) { console.error(`layout-perturb: no perturbation ${k} (${Object.keys(PERTURBATIONS).join(', ')})`); process.exit(2); }
  return opt;
}

/** The scorer's per-field figures: { field: number } plus overall. */
function score(gold, archive, mode) {
  const out = execFileSync('node', [SCORER, '--gold', gold, '--archive', archive, '--mode', mode, '--cmd', `node ${join(ROOT, 'bin', 'disclose.js')}`],
    { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'], cwd: ROOT });
  const fig = {};
  for (const line of out.split('\n')) {
    const m = /^(\w+)\s+(?:accuracy|f1)\s+([0-9.]+)/.exec(line) ?? /^(overall)\s+([0-9.]+)/.exec(line);
    if (m) fig[m[1]] = Number(m[2]);
  }
  return fig;
}

/** The tool's output for each release of the gold, read from ARCHIVE-like DIR (full mode): Map path → output. */
function outputs(golds, dir) {
  const files = golds.map((g) => join(dir, g.path));
  const out = execFileSync('node', [join(ROOT, 'bin', 'disclose.js'), 'parse', '--ndjson', '--reference-date', REFERENCE_DATE, ...files],
    { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'], cwd: ROOT });
  const byPath = new Map();
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (o?.source?.path) byPath.set(resolve(o.source.path), o);
  }
  return new Map(golds.map((g, i) => [g.path, byPath.get(resolve(files[i])) ?? {}]));
}

const nfkc = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** What a release's output gets right, item by item, as the scorer matches them: "status 1200件 leaked", "kind email", "product Foo". */
function rightItems(g, o) {
  const right = new Map();
  const got = (Array.isArray(o.counts) ? o.counts : []).filter((c) => c && Number.isFinite(c.value));
  const unit = (u) => nfkc(u).replace(/分$/, '');
  for (const c of g.counts) {
    const hit = got.find((x) => x.value === c.value && unit(x.unit) === unit(c.unit));
    if (hit) right.set(`status ${c.value}${c.unit} (${c.subject}) want ${c.status}`, hit.status === c.status ? true : hit.status);
  }
  const kinds = Array.isArray(o.dataTypes) ? o.dataTypes : [];
  for (const k of g.dataTypes) right.set(`kind ${k}`, kinds.includes(k));
  for (const k of kinds) if (!g.dataTypes.includes(k)) right.set(`kind extra ${k}`, false);
  const names = (Array.isArray(o.products) ? o.products : []).map((p) => nfkc(typeof p === 'string' ? p : p?.name)).filter(Boolean);
  for (const p of g.products) right.set(`product ${p}`, names.some((n) => n.includes(nfkc(p)) || nfkc(p).includes(n)));
  for (const n of names) if (!g.products.some((p) => n.includes(nfkc(p)) || nfkc(p).includes(n))) right.set(`product extra ${n}`, false);
  return right;
}

/** The items a rewrite lost or won, one line each. */
function itemChanges(golds, before, after) {
  const lines = [];
  for (const g of golds) {
    const a = rightItems(g, before.get(g.path));
    const b = rightItems(g, after.get(g.path));
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      const was = a.get(key) === true || (a.get(key) === undefined && key.includes(' extra '));
      const is = b.get(key) === true || (b.get(key) === undefined && key.includes(' extra '));
      if (a.get(key) === undefined && b.get(key) === undefined) continue;
      if (was && !is) lines.push(`  lost ${g.path}: ${key}${typeof b.get(key) === 'string' ? ` got ${b.get(key)}` : ''}`);
      else if (!was && is) lines.push(`  won  ${g.path}: ${key}`);
    }
  }
  return lines;
}

function main() {
  const opt = parseArgs(process.argv.slice(2));
  if (!existsSync(SCORER) || !existsSync(ARCHIVE)) { console.log('layout-perturb: ../shared (archive and scorer) is absent; nothing to measure'); return; }
  const golds = readdirSync(opt.gold).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(opt.gold, f), 'utf8')));
  const base = score(opt.gold, ARCHIVE, opt.mode);
  const baseOut = opt.showMisses ? outputs(golds, ARCHIVE) : null;
  console.log(`gold ${opt.gold} (${golds.length} releases), mode ${opt.mode}`);
  console.log(`${'perturbation'.padEnd(18)} overall  fields that moved`);
  console.log(`${'none'.padEnd(18)} ${base.overall.toFixed(3)}`);
  for (const [kind, rewrite] of Object.entries(PERTURBATIONS)) {
    if (opt.only && !opt.only.includes(kind)) continue;
    const dir = opt.keep ? join(opt.keep, kind) : mkdtempSync(join(tmpdir(), `disclose-perturb-${kind}-`));
    try {
      for (const g of golds) {
        const text = readFileSync(join(ARCHIVE, g.path), 'utf8');
        const at = text.indexOf('# 本文');
        const out = at < 0 ? rewrite(text) : text.slice(0, at + '# 本文'.length) + rewrite(text.slice(at + '# 本文'.length));
        mkdirSync(dirname(join(dir, g.path)), { recursive: true });
        writeFileSync(join(dir, g.path), out);
      }
      const fig = score(opt.gold, dir, opt.mode);
      const moved = Object.keys(base).filter((f) => f !== 'overall' && fig[f] !== undefined && Math.abs(fig[f] - base[f]) >= 0.0005)
        .map((f) => `${f} ${base[f].toFixed(3)} → ${fig[f].toFixed(3)}`);
      console.log(`${kind.padEnd(18)} ${fig.overall.toFixed(3)}  ${moved.join(', ') || '—'}`);
      if (baseOut) for (const l of itemChanges(golds, baseOut, outputs(golds, dir))) console.log(l);
    } finally {
      if (!opt.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
}

main();
