import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeStats, latestFigures, productKey, releaseDate } from '../../src/stats/aggregate.js';
import { archiveKey, groupIncidents, type Release } from '../../src/stats/group.js';
import { bar } from '../../src/stats/render.js';
import type { Count, Incident } from '../../src/types.js';
import { headlineOf } from '../../src/incident/headline.js';

const seed: Incident = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'output', 'incidents', 'seed-tokai-3rd.json'), 'utf8'));

interface Made {
  org: string | null;
  title?: string;
  date: string | null;
  path: string;
  number?: number | null;
  followUp?: boolean;
  previous?: string[];
  counts?: [number, string, Count['status']][];
}

function made(m: Made): Release {
  const i: Incident = structuredClone(seed);
  i.organization = m.org === null ? null : { ...seed.organization!, name: m.org, normalizedName: m.org };
  i.publishedAt = m.date;
  i.title = m.title ?? 'お知らせ';
  i.source = { ...i.source, path: m.path };
  i.report = { number: m.number ?? null, followUp: m.followUp ?? false, final: false, previous: (m.previous ?? []).map((url) => ({ label: '前報', url, date: null })), evidence: null };
  i.counts = (m.counts ?? []).map(([value, unit, status]) => ({ ...seed.counts[0]!, value, unit, status }));
  i.headline = headlineOf(i.counts);
  return { incident: i, relPath: m.path };
}

describe('archiveKey', () => {
  test('the seed links to its earlier report by an encoded GitHub URL with a stray space', () => {
    expect(archiveKey(seed.report.previous[0]!.url!)).toBe('2025/12/22_株式会社TOKAIコミュニケーションズ.md');
    expect(archiveKey('/work/shared/archive/2025/12/22_株式会社ＴＯＫＡＩコミュニケーションズ .md')).toBe('2025/12/22_株式会社TOKAIコミュニケーションズ.md');
    expect(archiveKey('https://example.jp/news/1')).toBeNull();
    expect(archiveKey('%E0%A4%A')).toBeNull(); // a malformed escape is not an error
  });
});

describe('groupIncidents', () => {
  test('a follow-up joins its organization, a later first notice starts a new incident, other organizations stay apart', () => {
    const groups = groupIncidents([
      made({ org: 'A社', date: '2025-01-10', path: '2025/01/10_A社.md' }),
      made({ org: 'A社', date: '2025-01-20', path: '2025/01/20_A社.md', number: 2, followUp: true }),
      made({ org: 'B社', date: '2025-01-21', path: '2025/01/21_B社.md', followUp: true }),
      made({ org: 'A社', date: '2025-09-01', path: '2025/09/01_A社.md' }),
      made({ org: 'A社', date: '2025-09-15', path: '2025/09/15_A社.md', followUp: true }),
      made({ org: null, date: '2025-09-15', path: '2025/09/15_x.md', followUp: true }),
      made({ org: null, date: '2025-09-16', path: '2025/09/16_y.md', followUp: true }),
    ]);
    expect(groups).toEqual([0, 0, 1, 2, 2, 3, 4]);
  });

  test('a follow-up more than a year after the previous release is a new incident unless it links back', () => {
    const first = made({ org: 'A社', date: '2024-01-10', path: '2024/01/10_A社.md' });
    const late = made({ org: 'A社', date: '2025-06-01', path: '2025/06/01_A社.md', followUp: true });
    expect(groupIncidents([first, late])).toEqual([0, 1]);
    const linked = made({ org: 'A社', date: '2025-06-01', path: '2025/06/01_A社.md', followUp: true, previous: ['https://github.com/x/y/blob/main/2024/01/10_A%E7%A4%BE.md'] });
    expect(groupIncidents([first, linked])).toEqual([0, 0]);
  });

  test('two first notices linked by URL are one incident (the second says "新たな" rather than 第2報)', () => {
    const a = made({ org: 'A社', date: '2025-12-19', path: '2025/12/19_A社.md' });
    const b = made({ org: 'A社', date: '2025-12-21', path: '2025/12/21_A社.md', previous: ['https://github.com/x/y/blob/main/2025/12/19_A社.md'] });
    expect(groupIncidents([a, b])).toEqual([0, 0]);
  });
});

describe('groupIncidents: two incidents of one organization at once', () => {
  const vendor = made({ org: 'A社', date: '2025-01-10', path: '2025/01/10_A社.md', title: '業務委託先におけるランサムウェア被害に伴う情報漏えいのおそれについて' });
  const own = made({ org: 'A社', date: '2025-04-25', path: '2025/04/25_A社.md', title: '当社システムに対する不正アクセスの発生について' });

  test('a follow-up joins the earlier release whose title is clearly closer, not merely the previous one', () => {
    const vendorUpdate = made({ org: 'A社', date: '2025-05-01', path: '2025/05/01_A社.md', followUp: true, title: '業務委託先におけるランサムウェア被害に伴う情報漏えいについて（続報）' });
    const ownUpdate = made({ org: 'A社', date: '2025-06-11', path: '2025/06/11_A社.md', number: 2, followUp: true, title: '当社システムに対する不正アクセスについて（第2報）' });
    expect(groupIncidents([vendor, own, vendorUpdate, ownUpdate])).toEqual([0, 1, 0, 1]);
  });

  test('an explicit link wins over title likeness', () => {
    const linkedUpdate = made({ org: 'A社', date: '2025-05-01', path: '2025/05/01_A社.md', followUp: true, title: '業務委託先におけるランサムウェア被害に伴う情報漏えいについて（続報）', previous: ['https://github.com/x/y/blob/main/2025/04/25_A社.md'] });
    expect(groupIncidents([vendor, own, linkedUpdate])).toEqual([0, 1, 1]);
  });

  test('the same notice posted twice within a month is one incident; the same title months later is not', () => {
    const again = made({ org: 'A社', date: '2025-01-12', path: '2025/01/12_A社.md', title: '【業務委託先における】ランサムウェア被害に伴う情報漏えいのおそれについて' });
    const later = made({ org: 'A社', date: '2025-07-14', path: '2025/07/14_A社.md', title: vendor.incident.title! });
    expect(groupIncidents([vendor, again, later])).toEqual([0, 0, 1]);
  });
});

describe('figures', () => {
  test('per incident, the latest stated figure; a release without the figure does not erase it', () => {
    const releases = [
      made({ org: 'A社', date: '2025-01-10', path: '2025/01/10_A社.md', counts: [[1000, '名', 'possible'], [20, '件', 'leaked']] }),
      made({ org: 'A社', date: '2025-01-20', path: '2025/01/20_A社.md', number: 2, followUp: true, counts: [[800, '名', 'leaked'], [300, '名', 'leaked']] }),
      made({ org: 'A社', date: '2025-02-20', path: '2025/02/20_A社.md', number: 3, followUp: true }),
    ];
    expect(latestFigures(releases.map((r) => r.incident))).toEqual({ leakedPeople: 800, leakedRecords: 20, possiblePeople: 1000, possibleRecords: null });
    const s = computeStats(releases);
    expect(s.incidents).toBe(1);
    expect(s.figures.leakedPeople).toEqual({ total: 800, incidents: 1, releaseSum: 800 });
    expect(s.largest[0]).toMatchObject({ organization: 'A社', releases: 3, first: '2025-01-10', last: '2025-02-20' });
  });

  test('a figure a later release corrects is gone, even when the later one gives none of its status', () => {
    const first = made({ org: 'A社', date: '2026-05-01', path: '2026/05/01_A社.md', counts: [[3455754, '名', 'possible']] });
    const final = made({ org: 'A社', date: '2026-06-19', path: '2026/06/19_A社.md', number: 3, followUp: true, counts: [[3179454, '名', 'leaked']] });
    const kept = made({ org: 'A社', date: '2026-06-19', path: '2026/06/19_A社.md', number: 3, followUp: true, counts: [[3179454, '名', 'leaked']] });
    final.incident.counts[0]!.replaces = [{ value: 3455754, unit: '名', evidence: seed.counts[0]!.evidence }];
    expect(latestFigures([first.incident, final.incident])).toEqual({ leakedPeople: 3179454, leakedRecords: null, possiblePeople: null, possibleRecords: null });
    // Without the correction the earlier possible figure stands beside the confirmed one.
    expect(latestFigures([first.incident, kept.incident])).toEqual({ leakedPeople: 3179454, leakedRecords: null, possiblePeople: 3455754, possibleRecords: null });
  });

  test('counts of other units (台, 社) are not people or records', () => {
    const s = computeStats([made({ org: 'A社', date: '2025-01-10', path: 'a.md', counts: [[5, '台', 'leaked'], [3, '社', 'possible']] })]);
    for (const f of Object.values(s.figures)) expect(f.total).toBe(0);
  });
});

describe('tallies and bars', () => {
  test('products are grouped however they are spaced or cased', () => {
    expect(productKey('Microsoft 365')).toBe(productKey('Microsoft365'));
    expect(productKey('ＭＩＣＲＯＳＯＦＴ　365')).toBe(productKey('microsoft 365'));
  });

  test('bars: full blocks and eighths, a sliver for any non-zero value, nothing for zero', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(5, 10, 3)).toBe('█▌');
    expect(bar(1, 1000, 10)).toBe('▏');
    expect(bar(0, 10, 10)).toBe('');
  });
});

describe('releaseDate', () => {
  test('the publication date first, else the archive path, whose day may be unknown', () => {
    expect(releaseDate(made({ org: 'A社', date: '2025-01-10', path: '2024/12/31_A社.md' }))).toBe('2025-01-10');
    expect(releaseDate(made({ org: 'A社', date: null, path: '2024/12/31_A社.md' }))).toBe('2024-12-31');
    expect(releaseDate(made({ org: 'A社', date: null, path: 'archive/2025/12/XX_A社.md' }))).toBe('2025-12');
    expect(releaseDate(made({ org: 'A社', date: null, path: 'pasted.txt' }))).toBeNull();
  });
});
