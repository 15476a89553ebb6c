// Comparing a PDF's reading with the Markdown release it was printed from, shared by
// scripts/eval-pdfs.mjs and tests/format/pdfDevSet.test.ts:
// - facts: the fields a reader quotes must come out the same;
// - decoys: counts and dates the PDF's chrome holds (side-bar news, footer figures) must not be taken;
// - characters not intact: the share of the Markdown body's characters that the extracted text
//   does not hold in the same order (1 − LCS / body length, white space and markup aside).
import { compareIncidents } from './pageFacts.mjs';

/** Fields that differ, and the decoy counts (their values) and dates (from the manifest) the PDF's incident took. */
export function compareFacts(pdfIncident, sourceIncident, entry = { decoyValues: [], decoyDates: [] }) {
  const { facts, decoyCounts, ...rest } = compareIncidents(pdfIncident, sourceIncident, entry, { titleSpaces: 'drop' });
  return { pdf: facts, ...rest, decoyCounts: decoyCounts.map((c) => c.value) };
}

/** Full-width ASCII and the ideographic space as their narrow forms (both sides alike); nothing else is folded. */
const fold = (s) => s.replace(/[\uff01-\uff5e\u3000]/g, (ch) => ch.normalize('NFKC'));

/** The Markdown body's visible characters: markup, images, table rules and white space removed. */
export function sourceBodyChars(md) {
  const body = md.split(/^# 本文[ \t]*$/m).slice(1).join('');
  const visible = body
    .replace(/<img[^>]*>/g, '')
    .replace(/<br\s*\/?>/gi, '')
    .replace(/^\s*\|[\s:|-]+\|\s*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*]|[0-9]+\.)\s+/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1$2')
    .replace(/\|/g, '');
  return fold(visible).replace(/\s+/g, '');
}

/** The extracted text's characters, its own markup (headings, bullets, cell rules) removed. */
export function extractedChars(text) {
  const visible = text.replace(/^#{1,6}\s+/gm, '').replace(/^- /gm, '').replace(/\|/g, '');
  return fold(visible).replace(/\s+/g, '');
}

/** Length of the longest common subsequence (two rows of the table; fine for releases of a few thousand characters). */
export function lcsLength(a, b) {
  const A = [...a];
  const B = [...b];
  let prev = new Int32Array(B.length + 1);
  let cur = new Int32Array(B.length + 1);
  for (let i = 1; i <= A.length; i++) {
    const ch = A[i - 1];
    for (let j = 1; j <= B.length; j++) {
      cur[j] = ch === B[j - 1] ? prev[j - 1] + 1 : cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
    }
    [prev, cur] = [cur, prev];
  }
  return prev[B.length];
}

/** Share (0–1) of the source body's characters missing from, or out of order in, the extracted text. */
export function notIntact(sourceMd, extractedText) {
  const src = sourceBodyChars(sourceMd);
  if (src.length === 0) return { share: 0, missing: 0, total: 0 };
  const kept = lcsLength(src, extractedChars(extractedText));
  const total = [...src].length;
  return { share: (total - kept) / total, missing: total - kept, total };
}
