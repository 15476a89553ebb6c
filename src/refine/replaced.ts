import type { DocumentContext } from '../document.js';
import { sentenceAt } from '../extract/context.js';
import type { Finding, CountDraft, Refiner } from '../extract/types.js';
import { unitClassOf } from '../words/counters.js';

/**
 * The count that replaces a corrected figure: of the same unit class, in the same sentence, else on
 * the same line ("3,179,454名様分（※…「最大 3,455,754 名様分」から…下方修正）"), the nearest one.
 */
function replacementOf(doc: DocumentContext, counts: readonly Finding<CountDraft>[], at: number, unit: string): Finding<CountDraft> | null {
  const cls = unitClassOf(unit) ?? unit;
  const sentence = sentenceAt(doc, at);
  const line = doc.lineAt(at);
  const within = (c: Finding<CountDraft>, from: number, to: number) => c.at >= from && c.at < to && (unitClassOf(c.value.unit) ?? c.value.unit) === cls;
  // Counts are in document order: look outward from where the corrected figure stands, nearest first.
  let lo = 0;
  let hi = counts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (counts[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  for (const [from, to] of [sentence ? [sentence.start, sentence.end] : [line.start, line.end], [line.start, line.end]] as const) {
    let before = lo - 1;
    let after = lo;
    // At most 200 steps: a replacement stands close, and a hostile run of figures stays linear.
    for (let steps = 0; steps < 200 && ((before >= 0 && counts[before]!.at >= from) || (after < counts.length && counts[after]!.at < to)); steps++) {
      const b = before >= 0 && counts[before]!.at >= from ? counts[before]! : null;
      const a = after < counts.length && counts[after]!.at < to ? counts[after]! : null;
      const next = b && (!a || at - b.at <= a.at - at) ? b : a!;
      if (next === b) before--;
      else after++;
      if (within(next, from, to)) return next;
    }
  }
  return null;
}

/**
 * A figure the release corrects or updates (171名とお伝えしておりましたが…正確には168名, 第一報は約438万人)
 * is not a count of its own: it is listed in `replaces` of the count that replaces it, or dropped
 * when none stands beside it. Runs before the counts are deduplicated, so the replacing mention is
 * still there.
 */
export const replacedCountsRefiner: Refiner = {
  id: 'counts.replaced',
  refine(found, doc) {
    if (found.replacedCounts.length === 0) return found;
    const counts = found.counts.map((c) => ({ ...c, value: { ...c.value, replaces: [...c.value.replaces] } }));
    for (const r of found.replacedCounts) {
      const by = replacementOf(doc, counts, r.at, r.value.unit);
      if (by && by.value.value !== r.value.value) by.value.replaces.push(r.value);
    }
    return { ...found, counts, replacedCounts: [] };
  },
};
