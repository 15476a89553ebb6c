import { describe, expect, test } from 'vitest';
import { collectReadings, maskedSentence, readingOf, shownReading, splitsOf } from '../../scripts/dateSplits.mjs';

describe('readingOf: how the gold reads a day for one event', () => {
  test.each([
    ['2026-03-01', '2026-03-01', 'yes'],
    ['2025-07', '2025-07-19', 'yes'],          // a month gold takes any day of it
    [null, '2026-03-01', 'no'],
    ['2026-03-06', '2026-03-01', 'no'],        // a later gold day: this one was not read as the event
    ['2025-02-28', '2025-03-10', '?'],         // an earlier gold day: the gold keeps only the earliest
    ['2025-06', '2025-07-01', '?'],
  ])('gold %s, day %s → %s', (gold, day, want) => {
    expect(readingOf(gold, day)).toBe(want);
  });
});

describe('maskedSentence: the entry\'s sentence from its date, digits masked', () => {
  test.each([
    ['令和８年３月１日に白梅豊岡病院がサイバー攻撃を受け、各種システムが閲覧できなくなる障害が生じました。以下', 0, '令和#年#月#日に白梅豊岡病院がサイバー攻撃を受け、各種システムが閲覧できなくなる障害が生じました'],
    ['当社は 2026 年 1 月 7 日 の本事案発生以降、外部専門機関の支援のもと調査を進めました。', 4, '#年#月#日の本事案発生以降、外部専門機関の支援のもと調査を進めました'],
    // Too short to carry its matter: no evidence of a split.
    ['4月21日に確認いたしました。', 0, null],
    ['12月17日に判明いたしました。', 0, null],
  ])('%s @%i', (raw, start, want) => {
    expect(maskedSentence(raw, start)).toBe(want);
  });
});

const sentence = '2026年2月13日:弊社の使用するシステムの一部が、ランサムウェアを用いたサイバー攻撃の被害を受け、当該システム内の一部のファイルが暗号化され、アクセスできない状態となっていることを確認しました。';
const entry = (date: string, event: string) => ({ date, event, evidence: { start: 0, end: 10 } });

describe('splitsOf: the same words read both ways by the gold', () => {
  test('a sentence read as detected only in one release and as both in another is a split', () => {
    const w = new Map();
    collectReadings(w, { path: 'a.md', occurredOn: null, detectedOn: '2026-02-13' }, [entry('2026-02-13', 'detected')], sentence);
    collectReadings(w, { path: 'b.md', occurredOn: '2026-02-13', detectedOn: '2026-02-13' }, [entry('2026-02-13', 'detected')], sentence.replace('13日', '14日'));
    const splits = splitsOf(w);
    expect(splits).toHaveLength(1);
    expect([...splits[0][1].values()].map((r) => shownReading(r.gold))).toEqual(['detected', 'occurred+detected']);
  });

  test.each([
    // The same reading in both releases.
    [{ occurredOn: null, detectedOn: '2026-02-13' }, { occurredOn: null, detectedOn: '2026-02-14' }],
    // An earlier gold day in the second release says nothing of this sentence.
    [{ occurredOn: null, detectedOn: '2026-02-13' }, { occurredOn: '2026-01-30', detectedOn: '2026-02-14' }],
  ])('no split: %o / %o', (a, b) => {
    const w = new Map();
    collectReadings(w, { path: 'a.md', ...a }, [entry('2026-02-13', 'detected')], sentence);
    collectReadings(w, { path: 'b.md', ...b }, [entry('2026-02-14', 'detected')], sentence.replace('13日', '14日'));
    expect(splitsOf(w)).toHaveLength(0);
  });

  test('one release alone is no split, and entries of other events are not collected', () => {
    const w = new Map();
    collectReadings(w, { path: 'a.md', occurredOn: '2026-02-13', detectedOn: null }, [entry('2026-02-13', 'detected')], sentence);
    collectReadings(w, { path: 'b.md', occurredOn: '2026-02-13', detectedOn: null }, [entry('2026-02-13', 'published')], sentence);
    expect(splitsOf(w)).toHaveLength(0);
    expect([...w.values()][0].size).toBe(1);
  });
});
