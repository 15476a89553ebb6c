import type { Count, CountMeasure, Headline, HeadlineFigure } from '../types.js';
import { unitClassOf } from '../words/counters.js';

/**
 * The headline of a release: for confirmed and possible leaks, of people and of records, the single
 * figure the release stands behind for its own incident — its own scope (not a figure it relays),
 * people or records reached (not attempts, mails an attacker sent, traffic, what was examined, a
 * figure before duplicates were merged), the corrected value (a corrected figure is no count), and
 * the total rather than a part. A release's counts overlap (a total and its breakdown, the same
 * people counted as e-mail addresses and as names), so a headline figure is always one count,
 * never a sum: the largest that qualifies. An increment (新たに12万件) heads only when nothing else does.
 */

type Class = 'people' | 'records';

/** The count a headline figure stands on, and the rule that chose it. */
function pick(counts: readonly Count[], status: Count['status'], cls: Class): HeadlineFigure | null {
  const candidates = (measures: readonly CountMeasure[]) => {
    const out: HeadlineFigure[] = [];
    counts.forEach((c, i) => {
      if (c.status !== status || c.scope !== 'own' || !measures.includes(c.measure)) return;
      if (unitClassOf(c.unit) === cls) out.push({ value: c.value, unit: c.unit, approx: c.approx, count: i, evidence: c.evidence });
      // The same figure in the other class: "お客様 5,610名" restating "個人情報 5,610件".
      const again = c.restatedAs.find((r) => unitClassOf(r.unit) === cls);
      if (again) out.push({ value: again.value, unit: again.unit, approx: c.approx, count: i, evidence: again.evidence });
    });
    return out;
  };
  let found = candidates(['extent']);
  // An increment (新たに12万件) heads only a release that gives nothing else of that status, in either class.
  const otherClass: Class = cls === 'people' ? 'records' : 'people';
  const anyExtent = counts.some((c) => c.status === status && c.scope === 'own' && c.measure === 'extent' && (unitClassOf(c.unit) === otherClass || c.restatedAs.some((r) => unitClassOf(r.unit) === otherClass)));
  if (found.length === 0 && !anyExtent) found = candidates(['increment']);
  let best: HeadlineFigure | null = null;
  for (const f of found) if (!best || f.value > best.value) best = f;
  return best;
}

export function headlineOf(counts: readonly Count[]): Headline {
  // Counts written before these fields existed: read them as own extent figures.
  const read = counts.map((c) => ({ ...c, scope: c.scope ?? 'own', measure: c.measure ?? 'extent', restatedAs: c.restatedAs ?? [] }));
  return {
    confirmedPeople: pick(read, 'leaked', 'people'),
    confirmedRecords: pick(read, 'leaked', 'records'),
    possiblePeople: pick(read, 'possible', 'people'),
    possibleRecords: pick(read, 'possible', 'records'),
  };
}

/** The rule behind a headline figure, for --explain: a stated total, an increment, a restatement in the other counter, else the largest own figure. */
export function headlineRuleOf(c: Count, unit: string): string {
  if (c.unit !== unit) return 'headline.restated';
  if (c.measure === 'increment') return 'headline.increment';
  return c.role === 'total' ? 'headline.total' : 'headline.largest';
}
