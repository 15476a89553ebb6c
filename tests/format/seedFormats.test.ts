import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { extractText } from '../../src/format/containers.js';
import type { Incident } from '../../src/types.js';
import { FIXTURES, SEED } from '../helpers.js';

/** The facts that must not depend on how the release was wrapped or encoded. */
function facts(i: Incident) {
  return {
    organization: i.organization && { name: i.organization.name, kind: i.organization.kind },
    publishedAt: i.publishedAt,
    report: { number: i.report.number, followUp: i.report.followUp },
    counts: i.counts.map((c) => ({ value: c.value, unit: c.unit, subject: c.subject?.replace(/ /g, ''), section: c.section, status: c.status, approx: c.approx })),
    timeline: i.timeline.map((t) => ({ date: t.date, event: t.event })),
    products: i.products.map((p) => ({ name: p.name, vendor: p.vendor })),
    dataTypes: i.dataTypes,
    notLeaked: i.notLeaked,
    incidentTypes: i.incidentTypes,
  };
}

const VARIANTS: [string, string, string][] = [
  ['seed-tokai-3rd.html', 'html', 'utf-8'],
  ['seed-tokai-3rd.pdf', 'pdf', 'pdf-tounicode'],
  ['seed-tokai-3rd.sjis.txt', 'archive-markdown', 'shift_jis'],
  ['seed-tokai-3rd.eucjp.txt', 'archive-markdown', 'euc-jp'],
  ['seed-tokai-3rd.utf16.txt', 'archive-markdown', 'utf-16le'],
];

describe('the seed release, whatever wraps it', async () => {
  const reference = facts(await parseFile(SEED));

  test('the .txt reference holds the facts the other forms are held to', () => {
    expect(reference.counts.map((c) => c.value)).toEqual([815, 3503, 79991, 1931902, 892, 606, 155, 84]);
    expect(reference.organization?.name).toBe('株式会社ＴＯＫＡＩコミュニケーションズ');
    expect(reference.publishedAt).toBe('2026-01-23');
  });

  test.each(VARIANTS)('%s: same counts, dates, organization and products (format %s, encoding %s)', async (name, format, encoding) => {
    const incident = await parseFile(join(FIXTURES, name));
    expect(incident.source.format).toBe(format);
    expect(incident.source.encoding).toBe(encoding);
    expect(incident.warnings).toEqual([]);
    const got = facts(incident);
    expect(got.counts).toEqual(reference.counts);
    expect(got.publishedAt).toBe(reference.publishedAt);
    expect(got.timeline).toEqual(reference.timeline);
    expect(got.organization).toEqual(reference.organization);
    expect(got.products).toEqual(reference.products);
    expect(got.report).toEqual(reference.report);
    expect(got.dataTypes).toEqual(reference.dataTypes);
    expect(got.notLeaked).toEqual(reference.notLeaked);
  });

  test('the .md form (the same text under another name) parses the same', async () => {
    const { parse } = await import('../../src/parse.js');
    const incident = await parse(readFileSync(SEED), { path: 'seed.md' });
    expect(facts(incident)).toEqual(reference);
  });

  test.each(VARIANTS.map(([n]) => n))('%s: every evidence span is the extracted text at its offsets', async (name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const { text } = await extractText(bytes, { path: name });
    const incident = await parseFile(join(FIXTURES, name));
    const spans = [incident.organization?.evidence, incident.report.evidence, ...incident.counts.map((c) => c.evidence), ...incident.timeline.map((t) => t.evidence), ...incident.products.map((p) => p.evidence)];
    expect(spans.length).toBeGreaterThan(10);
    for (const e of spans) expect(text.slice(e!.start, e!.end)).toBe(e!.text);
  });
});
