#!/usr/bin/env node
// How the body-mode follow-up and report-number rules fare on every archive release (issue #10), with the
// full release's overview as a free label: its title (第N報 with N ≥ 2, 続報, 最終報 …) or the archive's links to
// earlier releases of the same matter say "follow-up"; a title 第1報/初報 says "first".
//
//   node scripts/report-archive.mjs [--archive DIR] [--list RULE] [--label LABEL] [--number] [--json FILE]
//
// Runs the extractors up to reportNumber in-process (dist/, so `npm run build` first) on each release whole and on
// its 本文 alone (cut as ../shared/eval/score.mjs --mode body cuts it). Prints, per body rule that sets the flag,
// its firings by title label:
//   follow  the title numbers the release 2 or later, or says 続報/最終報/更新…, or the archive links earlier releases
//   first   the title says 第1報 / 初報
//   result  no series word, but 調査結果/結果/復旧/再開/完了/経過 in the title (follow-ups as often as not)
//   none    none of these
// then recall (flagged in the body among "follow") and, with --number, body numbers against the title's number.
// --list RULE prints that rule's firings (with --label, only those of one label) with the evidence in context.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const archive = resolve(valueOf('--archive', join(here, '..', '..', 'shared', 'archive')));
const listRule = valueOf('--list', null);
const listLabel = valueOf('--label', null);
const jsonOut = valueOf('--json', null);

const { buildDocument } = await import(join(here, '..', 'dist', 'document.js'));
const { EXTRACTORS } = await import(join(here, '..', 'dist', 'extract', 'registry.js'));
const { emptyFindings } = await import(join(here, '..', 'dist', 'extract', 'types.js'));
const upTo = EXTRACTORS.slice(0, EXTRACTORS.findIndex((e) => e.id === 'reportNumber') + 1);

async function series(text) {
  const doc = buildDocument(text);
  const found = emptyFindings();
  for (const e of upTo) {
    const part = await e.extract(doc, found, { tokenize: false });
    for (const k of Object.keys(part)) found[k].push(...part[k]);
  }
  return { doc, found };
}

const releases = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.md') && /^\d{4}\//.test(relative(archive, p))) releases.push(relative(archive, p));
  }
};
walk(archive);

const FOLLOW_TITLE = /続報|最終(?:の)?(?:ご)?報|確報|経過(?:の)?(?:ご)?報告|追加(?:の)?(?:お知らせ|ご報告|報告|情報)|更新|その後|第[ ]?(?:[2-9２-９]|[1１][0-9０-９]|[二三四五六七八九十])[ ]?報|[(（][ ]?(?:その)?[ ]?[2-9２-９二三四五六七八九][ ]?[)）]\s*$|その[ ]?[2-9２-９二三四五六七八九]\s*$/;
const FIRST_TITLE = /第[ ]?[1１一][ ]?報|初報|速報/;
const RESULT_TITLE = /調査結果|結果|復旧|再開|完了|経過|状況/;

const rows = [];
for (const rel of releases) {
  const text = readFileSync(join(archive, rel), 'utf8');
  const at = text.indexOf('# 本文');
  const bodyText = at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text;
  const full = await series(text);
  const body = await series(bodyText);
  const title = full.doc.overview?.title?.text ?? '';
  const label = full.found.previous.length > 0 || FOLLOW_TITLE.test(title) ? 'follow' : FIRST_TITLE.test(title) ? 'first' : RESULT_TITLE.test(title) ? 'result' : 'none';
  const num = (f) => f.reportNumber[0]?.value ?? null;
  const flag = (f) => f.followUp.length > 0 || (num(f) ?? 0) >= 2;
  rows.push({
    rel, title, label,
    fullNumber: num(full.found), fullRule: full.found.reportNumber[0]?.ruleId ?? null,
    bodyNumber: num(body.found), bodyNumberRule: body.found.reportNumber[0]?.ruleId ?? null,
    bodyNumberEvidence: body.found.reportNumber[0]?.evidence?.text ?? null,
    fullFollowUp: flag(full.found), bodyFollowUp: flag(body.found),
    // Every rule that set the flag in the body, with its evidence in context.
    bodyRules: [...new Set(body.found.followUp.map((f) => f.ruleId))],
    bodyEvidence: body.found.followUp.map((f) => ({ rule: f.ruleId, text: f.evidence ? bodyText.slice(Math.max(0, f.evidence.start - 40), f.evidence.end + 30).replace(/\s+/g, ' ') : '' })),
  });
}

const labels = ['follow', 'first', 'result', 'none'];
const count = (xs, l) => xs.filter((r) => r.label === l).length;
console.log(`${rows.length} releases; by title label: ${labels.map((l) => `${l} ${count(rows, l)}`).join(', ')}`);
const flagged = rows.filter((r) => r.bodyFollowUp);
console.log(`body flags follow-up: ${flagged.length} (${labels.map((l) => `${l} ${count(flagged, l)}`).join(', ')})`);
const fol = rows.filter((r) => r.label === 'follow');
console.log(`recall on "follow": body ${fol.filter((r) => r.bodyFollowUp).length}/${fol.length}, full ${fol.filter((r) => r.fullFollowUp).length}/${fol.length}`);
console.log(`flagged on "first": body ${count(flagged, 'first')}/${count(rows, 'first')}`);
const byRule = {};
for (const r of flagged) for (const rule of r.bodyRules.length ? r.bodyRules : ['(number≥2)']) {
  byRule[rule] ??= { all: 0, alone: 0, ...Object.fromEntries(labels.map((l) => [l, 0])) };
  byRule[rule].all++;
  byRule[rule][r.label]++;
  if (r.bodyRules.length <= 1) byRule[rule].alone++;
}
console.log('\nrule                           fires alone ' + labels.map((l) => l.padStart(7)).join(''));
for (const [rule, t] of Object.entries(byRule).sort((a, b) => b[1].all - a[1].all)) {
  console.log(`${rule.padEnd(30)} ${String(t.all).padStart(5)} ${String(t.alone).padStart(5)} ${labels.map((l) => String(t[l]).padStart(7)).join('')}`);
}
if (args.includes('--number')) {
  const withNumber = rows.filter((r) => r.bodyNumber !== null);
  const right = withNumber.filter((r) => r.bodyNumber === r.fullNumber);
  console.log(`\nbody numbers: ${withNumber.length}, equal to the full parse's ${right.length}; full numbered ${rows.filter((r) => r.fullNumber !== null).length}`);
  const byNumRule = {};
  for (const r of withNumber) {
    byNumRule[r.bodyNumberRule] ??= { all: 0, same: 0, fullNull: 0 };
    byNumRule[r.bodyNumberRule].all++;
    if (r.bodyNumber === r.fullNumber) byNumRule[r.bodyNumberRule].same++;
    if (r.fullNumber === null) byNumRule[r.bodyNumberRule].fullNull++;
  }
  for (const [rule, t] of Object.entries(byNumRule)) console.log(`  ${rule.padEnd(28)} ${t.all} same ${t.same} fullNull ${t.fullNull}`);
  for (const r of withNumber.filter((r) => r.bodyNumber !== r.fullNumber)) console.log(`  ${r.bodyNumberRule} body ${r.bodyNumber} full ${r.fullNumber} «${r.bodyNumberEvidence}» ${r.rel} | ${r.title}`);
}
if (listRule) {
  for (const r of rows) {
    if (listLabel && r.label !== listLabel) continue;
    const ev = listRule === 'missed' ? (r.label === 'follow' && !r.bodyFollowUp ? [{ rule: '-', text: '' }] : []) : r.bodyEvidence.filter((e) => e.rule === listRule);
    for (const e of ev) console.log(`[${r.label}] ${r.rel} | ${r.title}\n    ${e.text}`);
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows));
