#!/usr/bin/env node
// Scores `disclose incidents` against the grouping gold:
//  - the archive's releases that carry a curator's `# 事案ID` (releases with the same id are one incident);
//  - judged pairs in eval/groups/pairs.ndjson ({a, b, same, reason}: paths below the archive).
// The archive is copied to a temporary folder first with every `# 事案ID` and `# 公表種別` section and
// every link to an archive file removed, so the grouping sees what a reader of the release sees.
// Prints pairwise precision/recall/F1 and B-cubed F1 over the id'd releases, and the judged pairs.
//
//   npm run score:groups                      # parse (incrementally), group, score
//   npm run score:groups -- --incidents F     # score an incidents NDJSON made elsewhere ({releases:[{path}]})
//   npm run score:groups -- --show-misses     # list split and wrongly merged pairs
//   npm run score:groups -- --only-ids        # group only the releases that carry an id
//   npm run score:groups -- --show-links      # list the curator's links the grouping leaves split
//   npm run score:groups -- --peer            # score the archive's scripts/build_incident_group_candidates.py instead
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const archive = resolve(opt('--archive') ?? join(root, '../shared/archive'));
const showMisses = args.includes('--show-misses');
const json = args.includes('--json');
if (!existsSync(archive)) {
  console.error(`score-groups: no archive at ${archive}`);
  process.exit(2);
}

/** Every release below the archive: "YYYY/MM/DD_name.md" → text. */
function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'scripts' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.md') && /^\d{4}$/.test(relative(archive, p).split('/')[0])) out.push(p);
  }
  return out;
}

const ARCHIVE_LINK = /https?:\/\/github\.com\/piyokango\/SecurityIncidentArchive\/\S*/g;
/** The release without the curator's grouping: 事案ID / 公表種別 sections, links to archive files. */
export function stripCurator(text) {
  const lines = text.split('\n');
  const out = [];
  let skipping = false;
  for (const line of lines) {
    if (/^#\s/.test(line)) skipping = /^#\s*(事案ID|公表種別|好評種別)\s*$/.test(line.trim());
    if (skipping) continue;
    if (ARCHIVE_LINK.test(line)) {
      ARCHIVE_LINK.lastIndex = 0;
      const rest = line.replace(ARCHIVE_LINK, '').trim();
      // "- 第1報：<link>" says nothing once the link is gone; a line with other text keeps it
      if (/^-?\s*[^:：；;]{0,12}[:：；;]?\s*$/.test(rest)) continue;
      out.push(line.replace(ARCHIVE_LINK, ''));
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

function idOf(text) {
  const m = /^#\s*事案ID\s*\n+(?:-\s*)?(\S[^\n]*)/m.exec(text);
  return m ? m[1].trim() : null;
}

const files = walk(archive);
const gold = new Map(); // rel → id
const curatorLinks = []; // [from, to]: the curator's links between releases (第1報：<archive link>), removed before grouping
/** "…/blob/main/2025/12/22_%E6%A0%AA….md#L4" → "2025/12/22_株….md" */
function linkTarget(url) {
  let t = url;
  try { t = decodeURIComponent(url); } catch {}
  const m = /(\d{4}\/\d{2}\/[^/#]+?\.md)(?:#.*)?$/.exec(t);
  return m ? m[1] : null;
}
const work = join(tmpdir(), `disclose-groups-${process.getuid?.() ?? 0}`);
// --only-ids: group the id'd releases alone (no other release of their organizations to bridge or confuse)
const onlyIds = args.includes('--only-ids');
const stripped = join(work, onlyIds ? 'ids' : 'archive');
for (const f of files) {
  const rel = relative(archive, f);
  const text = readFileSync(f, 'utf8');
  const id = idOf(text);
  if (id) gold.set(rel, id);
  for (const m of text.matchAll(ARCHIVE_LINK)) {
    const to = linkTarget(m[0]);
    if (to && to !== rel) curatorLinks.push([to, rel]);
  }
  if (onlyIds && !id) continue;
  const target = join(stripped, rel);
  const content = stripCurator(text); // every release: a curator's link is no reader's signal
  mkdirSync(dirname(target), { recursive: true });
  let old = null;
  try { old = readFileSync(target, 'utf8'); } catch {}
  if (old !== content) writeFileSync(target, content);
}

let incidentsFile = opt('--incidents');
if (args.includes('--peer')) {
  // the archive's own candidate script, run on the stripped copy (it groups what has no 事案ID left)
  const scripts = join(stripped, 'scripts');
  mkdirSync(scripts, { recursive: true });
  writeFileSync(join(scripts, 'peer.py'), readFileSync(join(archive, 'scripts/build_incident_group_candidates.py')));
  const json = join(work, 'peer.json');
  execFileSync('python3', [join(scripts, 'peer.py'), '--output-json', json, '--output-md', join(work, 'peer.md')], { stdio: 'ignore' });
  const grouped = new Set();
  const lines = [];
  for (const c of JSON.parse(readFileSync(json, 'utf8')).candidates) {
    lines.push(JSON.stringify({ releases: c.releases.map((r) => ({ path: r.archivePath })) }));
    for (const r of c.releases) grouped.add(r.archivePath);
  }
  for (const f of files) if (!grouped.has(relative(archive, f))) lines.push(JSON.stringify({ releases: [{ path: relative(archive, f) }] }));
  incidentsFile = join(work, 'peer.ndjson');
  writeFileSync(incidentsFile, lines.join('\n') + '\n');
} else if (!incidentsFile) {
  const bin = join(root, 'bin/disclose.js');
  const out = join(work, onlyIds ? 'out-ids' : 'out');
  execFileSync(process.execPath, [bin, 'batch', stripped, '-o', out, '--quiet', '--no-tokenize'], { stdio: ['ignore', 'ignore', 'inherit'] });
  incidentsFile = join(work, 'incidents.ndjson');
  writeFileSync(incidentsFile, execFileSync(process.execPath, [bin, 'incidents', out, '--format', 'ndjson'], { maxBuffer: 1 << 30 }));
}

/** "…/2025/12/22_x.md" → "2025/12/22_x.md" */
const relOf = (p) => {
  const m = /(\d{4}\/\d{2}\/[^/]+\.md)$/.exec(p.replace(/\\/g, '/'));
  return m ? m[1] : p;
};
const groupOf = new Map();
let n = 0;
for (const line of readFileSync(incidentsFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const inc = JSON.parse(line);
  for (const r of inc.releases) groupOf.set(relOf(r.path), n);
  n++;
}

// Pairwise and B-cubed over the id'd releases.
const ids = [...gold.keys()].filter((k) => groupOf.has(k));
let tp = 0, fp = 0, fn = 0;
const misses = [];
for (let i = 0; i < ids.length; i++) {
  for (let j = i + 1; j < ids.length; j++) {
    const same = gold.get(ids[i]) === gold.get(ids[j]);
    const joined = groupOf.get(ids[i]) === groupOf.get(ids[j]);
    if (same && joined) tp++;
    else if (joined) (fp++, misses.push(['merged', ids[i], ids[j]]));
    else if (same) (fn++, misses.push(['split', ids[i], ids[j]]));
  }
}
const p = tp + fp ? tp / (tp + fp) : 1;
const r = tp + fn ? tp / (tp + fn) : 1;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
let bp = 0, br = 0;
for (const a of ids) {
  const pred = ids.filter((b) => groupOf.get(b) === groupOf.get(a));
  const truth = ids.filter((b) => gold.get(b) === gold.get(a));
  const both = pred.filter((b) => gold.get(b) === gold.get(a)).length;
  bp += both / pred.length;
  br += both / truth.length;
}
bp /= ids.length;
br /= ids.length;
const bf1 = (2 * bp * br) / (bp + br);
const goldIncidents = new Map();
for (const k of ids) (goldIncidents.get(gold.get(k)) ?? goldIncidents.set(gold.get(k), []).get(gold.get(k))).push(k);
let exact = 0;
for (const members of goldIncidents.values()) {
  const g = groupOf.get(members[0]);
  const predicted = ids.filter((k) => groupOf.get(k) === g);
  if (members.every((k) => groupOf.get(k) === g) && predicted.length === members.length) exact++;
}

// The curator's links (a diagnostic: some link related releases of other incidents or organizations).
let linksJoined = 0, linksKnown = 0;
for (const [to, from] of curatorLinks) {
  if (!groupOf.has(to) || !groupOf.has(from)) continue;
  linksKnown++;
  if (groupOf.get(to) === groupOf.get(from)) linksJoined++;
  else if (args.includes('--show-links')) console.log(`link split\t${to}\t${from}`);
}

// Judged pairs.
const pairsFile = join(root, 'eval/groups/pairs.ndjson');
const pairs = existsSync(pairsFile) ? readFileSync(pairsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : [];
const pairResult = { same: [0, 0], different: [0, 0], missing: [] };
for (const pr of pairs) {
  if (!groupOf.has(pr.a) || !groupOf.has(pr.b)) {
    pairResult.missing.push(pr);
    continue;
  }
  const joined = groupOf.get(pr.a) === groupOf.get(pr.b);
  const bucket = pr.same ? pairResult.same : pairResult.different;
  bucket[1]++;
  if (joined === pr.same) bucket[0]++;
  else misses.push([pr.same ? 'pair split' : 'pair merged', pr.a, pr.b, pr.reason]);
}
// Pairwise over id'd releases plus the judged pairs, as one figure.
const allTp = tp + pairResult.same[0];
const allFn = fn + (pairResult.same[1] - pairResult.same[0]);
const allFp = fp + (pairResult.different[1] - pairResult.different[0]);
const allP = allTp / (allTp + allFp || 1), allR = allTp / (allTp + allFn || 1);
const allF1 = (2 * allP * allR) / (allP + allR || 1);

const f = (x) => x.toFixed(3);
if (json) {
  console.log(JSON.stringify({ releases: ids.length, incidents: goldIncidents.size, pairwise: { precision: p, recall: r, f1, tp, fp, fn }, bcubed: { precision: bp, recall: br, f1: bf1 }, exact, pairs: { same: pairResult.same, different: pairResult.different, missing: pairResult.missing.length }, curatorLinks: { joined: linksJoined, of: linksKnown }, overall: { precision: allP, recall: allR, f1: allF1 } }, null, 2));
} else {
  if (showMisses) for (const m of misses) console.log(m.join('\t'));
  console.log(`id'd releases ${ids.length} (of ${gold.size}), ${goldIncidents.size} incidents, ${exact} exact`);
  console.log(`pairwise  P ${f(p)}  R ${f(r)}  F1 ${f(f1)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`B-cubed   P ${f(bp)}  R ${f(br)}  F1 ${f(bf1)}`);
  console.log(`judged pairs: same-incident joined ${pairResult.same[0]}/${pairResult.same[1]}, different kept apart ${pairResult.different[0]}/${pairResult.different[1]}${pairResult.missing.length ? `, ${pairResult.missing.length} not found` : ''}`);
  console.log(`overall pairwise (id'd + judged)  P ${f(allP)}  R ${f(allR)}  F1 ${f(allF1)}`);
  console.log(`curator links (removed before grouping) joined: ${linksJoined}/${linksKnown}`);
}
