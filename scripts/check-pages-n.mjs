#!/usr/bin/env node
// Checks fixtures/pages-n after printing: each PDF (page prints and documents) holds the release's 本文
// (pdftotext, whitespace dropped, NFKC; the share of the release's sentences found), and the total size.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages-n');
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const norm = (s) => s.normalize('NFKC').replace(/\*\*/g, '').replace(/[\s\u3000]+/g, '');
function sentences(md) {
  const body = md.split(/^# 本文\s*$/m)[1] ?? '';
  return body.split('\n')
    .filter((l) => l.trim() && !/^\s*<img/.test(l) && !/^\s*\|?\s*:?-{3,}/.test(l))
    .map((l) => l.replace(/^#+\s*/, '').replace(/^\s*[-*+]\s+/, ''))
    .flatMap((l) => l.split(/(?<=。)|\|/))
    .map(norm).filter((s) => s.length >= 6);
}
let worst = 1;
for (const e of manifest) {
  const sents = sentences(readFileSync(join(OUT, e.source), 'utf8'));
  for (const f of [e.pdf, e.doc].filter(Boolean)) {
    const text = norm(spawnSync('pdftotext', ['-layout', join(OUT, f), '-'], { encoding: 'utf8' }).stdout);
    const raw = norm(spawnSync('pdftotext', [join(OUT, f), '-'], { encoding: 'utf8' }).stdout);
    // a side column printed beside the text interleaves its lines with the article's, so a sentence counts
    // as there when it is whole in the text or 90% of its 4-character grams are
    const grams = new Set();
    for (const t of [text, raw]) for (let i = 0; i + 4 <= t.length; i++) grams.add(t.slice(i, i + 4));
    const cover = (s) => { let n = 0, k = 0; for (let i = 0; i + 4 <= s.length; i++, n++) if (grams.has(s.slice(i, i + 4))) k++; return n ? k / n : 1; };
    // a 「項目：内容」 line set as a table row has lost its colon
    const there = (s) => text.includes(s) || raw.includes(s) || cover(s) >= 0.9;
    const missing = sents.filter((s) => !there(s) && !there(s.replace(/^[・]?([^:]{1,16}):/, '$1')));
    const share = 1 - missing.length / Math.max(1, sents.length);
    worst = Math.min(worst, share);
    console.log(`${f.padEnd(28)} ${(share * 100).toFixed(1)}% of ${sents.length} sentences${missing.length ? `  missing: ${missing.slice(0, 2).map((m) => m.slice(0, 40)).join(' / ')}` : ''}`);
  }
}
let bytes = 0;
const du = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); const s = statSync(p); if (s.isDirectory()) du(p); else bytes += s.size; } };
du(OUT);
console.log(`worst ${(worst * 100).toFixed(1)}%; total ${(bytes / 1048576).toFixed(2)} MB`);
