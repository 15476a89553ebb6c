import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeChalk } from '../../src/output/color.js';
import { createWriter, FORMATS, HUMAN_FORMATS, type FormatName } from '../../src/output/formats.js';
import { displayWidth } from '../../src/output/text.js';
import type { Incident } from '../../src/types.js';

/** Incidents frozen from parsing the fixtures (tests/output/freeze.ts), so extractor work does not move these snapshots. */
const INCIDENTS = ['seed-tokai-3rd', 'possible-people', 'hostile'];
const load = (name: string): Incident => JSON.parse(readFileSync(join(import.meta.dirname, 'incidents', `${name}.json`), 'utf8'));

/** Summaries wrap at 100 columns; the table is as wide as its rows unless `width` is given. */
function render(format: FormatName, incidents: Incident[], level: 0 | 1, bom = false, width?: number): string {
  let out = '';
  const writer = createWriter(format, (s) => void (out += s), { chalk: makeChalk(level), width: width ?? (format === 'summary' ? 100 : undefined), bom });
  writer.begin();
  for (const i of incidents) writer.write(i);
  writer.end();
  return out;
}

describe.each(['summary', 'table', 'csv', 'markdown'] as const)('%s', (format) => {
  test.each(INCIDENTS)('%s, no color', (name) => {
    expect(render(format, [load(name)], 0)).toMatchSnapshot();
  });
  test.each(INCIDENTS)('%s, color forced', (name) => {
    expect(render(format, [load(name)], 1)).toMatchSnapshot();
  });
  test('several releases in one output', () => {
    expect(render(format, INCIDENTS.map(load), 0)).toMatchSnapshot();
  });
});

describe('color', () => {
  test('no escape at all without color; SGR codes only with it', () => {
    for (const format of HUMAN_FORMATS) {
      expect(render(format, INCIDENTS.map(load), 0)).not.toMatch(/\x1b/);
      const colored = render(format, INCIDENTS.map(load), 1);
      expect(colored.replace(/\x1b\[\d+(;\d+)*m/g, '').replace(/\r\n/g, '\n')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    }
  });

  test('the colored summary says the same as the plain one once the color is removed', () => {
    const plain = render('summary', INCIDENTS.map(load), 0);
    expect(render('summary', INCIDENTS.map(load), 1).replace(/\x1b\[\d+m/g, '')).toBe(plain);
    expect(render('summary', INCIDENTS.map(load), 1)).not.toBe(plain);
  });
});

describe('json and ndjson keep the document text exact', () => {
  test.each(['json', 'ndjson'] as const)('%s', (format) => {
    const hostile = load('hostile');
    const out = render(format, [hostile], 1);
    expect(out).not.toMatch(/\x1b/); // JSON escapes it as \u001b …
    const back = JSON.parse(out);
    expect(back.title).toBe(hostile.title); // … and the text comes back exact
    expect(back.title).toContain('\x1b]0;pwned\x07');
  });

  test('every format is known to the registry', () => {
    expect([...FORMATS].sort()).toEqual(['csv', 'json', 'markdown', 'ndjson', 'summary', 'table']);
  });
});

describe('table on a narrow terminal', () => {
  test('data, then types, then organization narrow so every line fits', () => {
    const wide = render('table', INCIDENTS.map(load), 0).split('\n');
    expect(Math.max(...wide.map(displayWidth))).toBeGreaterThan(120);
    const narrow = render('table', INCIDENTS.map(load), 0, false, 120);
    for (const line of narrow.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    expect(narrow).toContain('株式会社エスケープ商事'); // data and types gave enough: the organization kept its room
    expect(narrow).toContain('email,log...');
    expect(narrow).toMatchSnapshot();
  });
});

describe('a release that says almost nothing', () => {
  const bare = (): Incident => ({
    ...load('hostile'),
    title: null, sourceUrl: null, publishedAt: null, organization: null,
    report: { number: null, followUp: false, final: false, previous: [], evidence: null },
    incidentTypes: [], timeline: [], counts: [], dataTypes: [], notLeaked: [], products: [], cves: [],
  });

  test.each(['summary', 'table', 'csv', 'markdown'] as const)('%s', (format) => {
    expect(render(format, [bare()], 0)).toMatchSnapshot();
  });
});

describe('summary layout', () => {
  const seed = render('summary', [load('seed-tokai-3rd')], 0).split('\n');

  test('counts: the headline figure first, then largest first, numbers right-aligned by display width', () => {
    const counts = seed.filter((l) => /^\s+(leaked\s+)?[\d,]+ 件/.test(l));
    expect(counts[0]).toContain('79,991 件');
    expect(counts[1]).toContain('1,931,902 件  (traffic)');
    const ends = counts.map((l) => l.indexOf(' 件'));
    expect(new Set(ends).size).toBe(1);
    expect(seed).toContain('              ... 3 more');
  });

  test('timeline in date order', () => {
    const dates = seed.filter((l) => /\d{4}-\d{2}(-\d{2})?\??\s+(detected|other|published|patched)/.test(l)).map((l) => l.trim().slice(-30));
    expect(dates.length).toBe(5);
    const ymd = seed.map((l) => /(\d{4}-\d{2}-\d{2})\s+[a-z]/.exec(l)?.[1]).filter(Boolean);
    expect(ymd).toEqual([...ymd].sort());
  });

  test('a month-only date sorts before the days of that month; an inferred year is marked "?"', () => {
    const lines = render('summary', [load('possible-people')], 0);
    expect(lines).toMatch(/2026-02 {5}detected \(下旬\)\n {14}2026-03-02\? detected/);
  });
});

describe('any text in any field', () => {
  const nasty = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\x1b]0;pwned\x07', '\x1b[2J', '\x9b31m', '\x1bP', '\u202e', '\r\n', '=1+1', '|', '<b>')), { maxLength: 6 }).map((a) => a.join(''));

  test('never puts a control character (other than our SGR colors and CSV line ends) on the output', () => {
    const seed = load('seed-tokai-3rd');
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, (title, org, subject, product) => {
        const i: Incident = structuredClone(seed);
        i.title = title;
        i.organization = { ...i.organization!, name: org, normalizedName: org };
        i.counts[0]!.subject = subject;
        i.counts[0]!.section = product;
        i.products[0]!.name = product;
        i.cves = [subject];
        i.source.path = org;
        for (const format of HUMAN_FORMATS) {
          const out = render(format, [i], 1).replace(/\x1b\[\d+m/g, '').replace(/\r\n/g, '\n');
          expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
