// The annotators' own ceiling on occurredOn / detectedOn (read by date-miss-tally.mjs --splits).
//
// A dated entry's sentence, from its date to the 。 with digits masked, may stand in two or more releases (the same company's
// reports, a template shared by many). Where one release's gold gives that day as occurredOn (or detectedOn) and another's gives
// the field null or a later day, the same words were read both ways, and no rule can take both readings. (A gold day earlier than
// the entry's says nothing: the gold keeps only the earliest.)

/** Sentences shorter than this ("#月#日に確認いたしました") take their matter from the sentences before them: no evidence. */
const MIN_SENTENCE = 24;

/** How the gold reads a day for one event: 'yes' (that day), 'no' (null or a later day), '?' (an earlier day). */
export function readingOf(gold, day) {
  if (gold == null) return 'no';
  if (day.startsWith(gold)) return 'yes';
  return gold < day ? '?' : 'no';
}

/** The entry's sentence from its date to the 。 (NFKC, digits masked as #, no spaces), or null when too short to compare. */
export function maskedSentence(raw, start) {
  const s = raw.slice(start, start + 160).split('。')[0].normalize('NFKC').replace(/[0-9]+/g, '#').replace(/\s+/g, '');
  return s.length >= MIN_SENTENCE ? s : null;
}

/** Collects one release's dated occurred/detected entries: sentence → path → { ours, gold: { occurred, detected } }. */
export function collectReadings(wordings, gold, timeline, raw) {
  const seen = new Set();
  for (const t of timeline) {
    if (typeof t.date !== 'string' || t.date.length !== 10 || !t.evidence || seen.has(t.evidence.start)) continue;
    seen.add(t.evidence.start);
    const ours = timeline.filter((x) => x.evidence?.start === t.evidence.start).map((x) => x.event).filter((e) => e === 'occurred' || e === 'detected').sort().join('+');
    if (!ours) continue;
    const sentence = maskedSentence(raw, t.evidence.start);
    if (sentence === null) continue;
    const byPath = wordings.get(sentence) ?? new Map();
    wordings.set(sentence, byPath);
    byPath.set(gold.path, { ours, gold: { occurred: readingOf(gold.occurredOn, t.date), detected: readingOf(gold.detectedOn, t.date) } });
  }
  return wordings;
}

/** The sentences whose releases' gold reads them both ways: [sentence, Map path → reading]. */
export function splitsOf(wordings) {
  return [...wordings].filter(([, byPath]) => {
    const readings = [...byPath.values()].map((r) => r.gold);
    return byPath.size >= 2 && ['occurred', 'detected'].some((e) => readings.some((g) => g[e] === 'yes') && readings.some((g) => g[e] === 'no'));
  });
}

/** A reading for print: the events given that day, or '-' ('- (earlier day)' when the gold has an earlier one). */
export function shownReading(g) {
  return ['occurred', 'detected'].filter((e) => g[e] === 'yes').join('+') || (Object.values(g).includes('?') ? '- (earlier day)' : '-');
}
