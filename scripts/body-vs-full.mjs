#!/usr/bin/env node
// Compares each archive release parsed in full with its 本文 section alone, pasted as a .txt the way
// `../shared/eval/score.mjs --mode body` feeds it (issue #10: a pasted body should give the same facts):
//
//   node scripts/body-vs-full.mjs [--archive DIR] [--list] [--field NAME] [--save DIR]
//
// Prints per field how many releases differ (occurredOn, detectedOn as the scorer reads them — the
// earliest timeline date of that event — and the other scored fields); --list prints every differing
// release with both values (only for --field NAME when given); --save DIR keeps full.ndjson and
// body.ndjson there to diff runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const archive = resolve(valueOf('--archive', join(here, '..', '..', 'shared', 'archive')));
const list = args.includes('--list');
const onlyField = valueOf('--field', null);
const saveDir = valueOf('--save', null);
const bin = join(here, '..', 'bin', 'disclose.js');

// The archive's releases: YEAR/MONTH/DD_org.md below the archive folder.
const releases = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.md') && /^\d{4}\//.test(relative(archive, p))) releases.push(relative(archive, p));
  }
};
walk(archive);

// Each release's 本文, cut exactly as the scorer cuts it.
const tmp = mkdtempSync(join(tmpdir(), 'disclose-body-vs-full-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
for (const rel of releases) {
  const text = readFileSync(join(archive, rel), 'utf8');
  const at = text.indexOf('# 本文');
  const body = at >= 0 ? text.slice(at + '# 本文'.length).replace(/^\s*\n/, '') : text;
  const file = join(tmp, `${rel}.txt`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

const run = (dir) => execFileSync('node', [bin, 'batch', dir, '--keep-non-releases', '--quiet', '--include', '*.md', '--include', '*.txt'],
  { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
const fullOut = run(archive);
const bodyOut = run(tmp);
if (saveDir) {
  mkdirSync(saveDir, { recursive: true });
  writeFileSync(join(saveDir, 'full.ndjson'), fullOut);
  writeFileSync(join(saveDir, 'body.ndjson'), bodyOut);
}
const byRelease = (out, root, suffix) => new Map(out.split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .map((o) => [relative(root, resolve(o.source.path)).slice(0, suffix ? -suffix.length : undefined), o]));
const full = byRelease(fullOut, archive, '');
const body = byRelease(bodyOut, tmp, '.txt');

const earliest = (o, event) => (o.timeline ?? []).filter((t) => t.event === event && typeof t.date === 'string')
  .map((t) => t.date).sort()[0] ?? null;
const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const sorted = (xs) => JSON.stringify([...(xs ?? [])].map((x) => (typeof x === 'string' ? x : x?.name ?? x?.id ?? x)).sort());
const fields = {
  occurredOn: (o) => earliest(o, 'occurred'),
  detectedOn: (o) => earliest(o, 'detected'),
  reportNumber: (o) => o.report?.number ?? null,
  followUp: (o) => o.report?.followUp ?? false,
  counts: (o) => sorted((o.counts ?? []).map((c) => `${c.value}${norm(c.unit)}:${c.status}`)),
  incidentTypes: (o) => sorted(o.incidentTypes),
  dataTypes: (o) => sorted(o.dataTypes),
  products: (o) => sorted((o.products ?? []).map((p) => norm(typeof p === 'string' ? p : p?.name))),
  cves: (o) => sorted(o.cves),
};
const differing = Object.fromEntries(Object.keys(fields).map((f) => [f, []]));
let missing = 0;
for (const rel of releases) {
  const a = full.get(rel), b = body.get(rel);
  if (!a || !b) { missing++; continue; }
  for (const [f, get] of Object.entries(fields)) {
    const x = get(a), y = get(b);
    if (JSON.stringify(x) !== JSON.stringify(y)) differing[f].push(`${rel}: full ${JSON.stringify(x)} body ${JSON.stringify(y)}`);
  }
}
console.log(`${releases.length} releases, ${missing} without both outputs`);
// For the dates: lost in the body (null), or a different date (a wrong year is the worse error).
const split = (rows) => {
  const lost = rows.filter((r) => r.endsWith(' body null')).length;
  const added = rows.filter((r) => / full null body /.test(r)).length;
  return ` (body null ${lost}, full null ${added}, both dated ${rows.length - lost - added})`;
};
for (const [f, rows] of Object.entries(differing)) console.log(`${f.padEnd(14)} ${rows.length} differ${f.endsWith('On') ? split(rows) : ''}`);
if (list) for (const [f, rows] of Object.entries(differing)) {
  if (onlyField && f !== onlyField) continue;
  for (const r of rows) console.log(`  ${f} ${r}`);
}
