#!/usr/bin/env node
// Compares the timeline of two `disclose batch --explain -o DIR` runs over the archive (issue #10: count a
// rule's firings over the whole archive before and after a change, and list them to read a sample):
//
//   node scripts/date-archive-diff.mjs BEFORE_DIR AFTER_DIR [--list] [--rule SUBSTRING]
//
// Prints how many releases changed their earliest occurred / detected date, and how many timeline
// entries each ruleId has before and after; --list prints every changed release with both dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [before, after, ...rest] = process.argv.slice(2);
const list = rest.includes('--list');
const ruleFilter = rest.includes('--rule') ? rest[rest.indexOf('--rule') + 1] : null;
const read = (dir) => new Map(readFileSync(join(dir, 'index.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .map((x) => [x.path, JSON.parse(readFileSync(join(dir, x.output), 'utf8'))]));
const a = read(before), b = read(after);
const earliest = (o, e) => (o.timeline ?? []).filter((t) => t.event === e).map((t) => t.date).sort()[0] ?? null;
const rulesOf = (o) => (o.explain ?? []).filter((e) => e.field === 'timeline').map((e) => `${e.ruleId} ${e.value?.event}`);
const count = (m) => { const c = {}; for (const o of m.values()) for (const r of rulesOf(o)) c[r] = (c[r] ?? 0) + 1; return c; };
const ca = count(a), cb = count(b);
for (const r of [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort()) if ((ca[r] ?? 0) !== (cb[r] ?? 0)) console.log(`rule ${r}: ${ca[r] ?? 0} → ${cb[r] ?? 0}`);
let changed = { occurred: 0, detected: 0 };
for (const [path, oa] of a) {
  const ob = b.get(path);
  if (!ob) continue;
  const lines = [];
  for (const e of ['occurred', 'detected']) {
    const x = earliest(oa, e), y = earliest(ob, e);
    if (x !== y) { changed[e]++; lines.push(`${e} ${x} → ${y}`); }
  }
  if (ruleFilter) {
    const ra = rulesOf(oa).filter((r) => r.includes(ruleFilter)), rb = rulesOf(ob).filter((r) => r.includes(ruleFilter));
    if (ra.join() !== rb.join()) lines.push(`rule ${ruleFilter}: ${ra.length} → ${rb.length}`);
  }
  if (list && lines.length) console.log(`${path}: ${lines.join('; ')}`);
}
console.log(`releases whose earliest occurred changed: ${changed.occurred}, detected: ${changed.detected} (of ${a.size})`);
