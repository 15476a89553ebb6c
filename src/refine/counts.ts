import type { Refiner } from '../extract/types.js';

const norm = (s: string | null) => (s ?? '').normalize('NFKC').replace(/[\s・()]/g, '');

/**
 * The same number for the same thing is one count: a later repeat of value + unit whose subject
 * equals (or is empty beside) an earlier one is dropped. Counts whose spans overlap keep the first.
 */
export const dedupeCountsRefiner: Refiner = {
  id: 'counts.dedupe',
  refine(found) {
    const kept: typeof found.counts = [];
    for (const c of found.counts) {
      const dup = kept.find(
        (k) =>
          k.value.value === c.value.value &&
          k.value.unit === c.value.unit &&
          (norm(k.value.subject) === norm(c.value.subject) || !c.value.subject || !k.value.subject),
      );
      if (dup) continue;
      kept.push(c);
    }
    return { ...found, counts: kept };
  },
};
