#!/usr/bin/env node
// Measures, before any rule is turned on, how often the prose of a pasted release (body only, no title) tells its
// report number: the earlier notices it cites, counted as a list, give N = (notices cited) + 1 (issue #10).
//
//   node scripts/report-infer-experiment.mjs [--sets dev,fresh120i,...] [--list]
//
// For each tuning release whose body, in its opening sentences, points back to an earlier public notice of its own
// (the follow-up rule's EARLIER_NOTICE, with the same filters on regulator reports and other publishers), the dates of
// that notice are read as a list ("2025年10月20日、10月22日にお知らせ", "9月29日付・10月3日付・10月8日付で公表",
// "7月17日及び28日に公表") and the implied number compared with the gold's (which comes from the title: null where the
// title carries no number). Printed: per count of dates, how often gold is k+1, another number, or null.
// Never run it on the untouched sets (heldout, test, final60).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TUNING, checkTuning, readGolds } from './tallyGold.mjs';
import { buildDocument } from '../dist/document.js';
import { EARLIER_NOTICE, NOT_PUBLIC_REPORT, OTHER_PUBLISHER, ANNOUNCED_CONTENT } from '../dist/words/reports.js';

const args = process.argv.slice(2);
const sets = (args.includes('--sets') ? args[args.indexOf('--sets') + 1] : TUNING.join(',')).split(',');
checkTuning(sets);
const list = args.includes('--list');

const DATE = String.raw`(?:(?:[0-9]{4}[ ]?年[ ]?|(?:令和|平成)[ ]?[0-9元]{1,2}[ ]?年[ ]?|同年[ ]?)?(?:[0-9]{1,2}[ ]?月[ ]?|同月[ ]?)?[0-9]{1,2}[ ]?日|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2})(?:[ ]?[(（][^)）]{1,3}[)）])?(?:付け?)?`;
const JOIN = String.raw`[ ]?(?:[、,・]|及び|および|と|並びに|ならびに)[ ]?`;
/** A list of dates ending where the publishing verb's clause begins: the last date and those joined to it. */
const DATE_LIST = new RegExp(`(?:${DATE}${JOIN}){0,8}${DATE}`, 'g');

const tab = {};
const rows = [];
for (const { set, g } of readGolds(sets)) {
  const text = readFileSync(resolve('../shared/archive', g.path), 'utf8');
  const at = text.indexOf('# 本文');
  const doc = buildDocument(at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text);
  let cited = null;
  for (const s of doc.bodySentences.slice(0, 12)) {
    const m = EARLIER_NOTICE.exec(s.text);
    if (!m || OTHER_PUBLISHER.test(m[0])) continue;
    if (!ANNOUNCED_CONTENT.test(m[0]) && NOT_PUBLIC_REPORT.test(s.text.slice(Math.max(0, m.index - 30), m.index) + m[0])) continue;
    // The date list nearest before the verb, inside the match (a date far before it is the incident's, not the notice's).
    const lists = [...m[0].matchAll(DATE_LIST)];
    const last = lists.at(-1);
    const dates = last ? [...last[0].matchAll(new RegExp(DATE, 'g'))].length : 0;
    cited = { dates, text: m[0] };
    break;
  }
  if (!cited) continue;
  const k = cited.dates;
  const want = g.reportNumber ?? null;
  const verdict = k === 0 ? (want === null ? 'undated, gold null' : `undated, gold ${want}`) : want === k + 1 ? 'right' : want === null ? 'gold null' : 'other number';
  const key = `${k === 0 ? 'no date' : k === 1 ? '1 date' : '2+ dates'}`;
  tab[key] ??= {};
  tab[key][verdict] = (tab[key][verdict] ?? 0) + 1;
  rows.push(`${set} want ${want} implied ${k ? k + 1 : '-'} ${g.path} :: ${cited.text.slice(0, 90)}`);
}
for (const [k, v] of Object.entries(tab)) {
  const n = Object.values(v).reduce((a, b) => a + b, 0);
  console.log(`${k.padEnd(9)} ${n} releases: ${Object.entries(v).map(([x, c]) => `${x} ${c}`).join(', ')}${k !== 'no date' ? `  → right ${((v.right ?? 0) / n).toFixed(2)}` : ''}`);
}
if (list) for (const r of rows) console.log(r);
