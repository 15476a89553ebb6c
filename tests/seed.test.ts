import { describe, expect, test } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { Incident } from '../src/types.js';
import { SEED } from './helpers.js';

/** What issue 2 asks of the seed release, fact by fact. */
describe('the seed release (TOKAI 第三報)', async () => {
  const incident: Incident = await parseFile(SEED);

  test('organization, date and report', () => {
    expect(incident.organization?.name).toBe('株式会社ＴＯＫＡＩコミュニケーションズ');
    expect(incident.organization?.kind).toBe('company');
    expect(incident.publishedAt).toBe('2026-01-23');
    expect(incident.report.number).toBe(3);
    expect(incident.report.followUp).toBe(true);
  });

  test('exactly the eight counts, leaked, each with subject and service', () => {
    expect(incident.counts.map((c) => c.value)).toEqual([815, 3503, 79991, 1931902, 892, 606, 155, 84]);
    for (const c of incident.counts) {
      expect(c.unit).toBe('件');
      expect(c.status).toBe('leaked');
      expect(c.subject).toBeTruthy();
      expect(c.section).toMatch(/^OneOffice/);
    }
    expect(incident.counts[2]).toMatchObject({ subject: '利用者のメールアドレス', section: 'OneOffice SPAM Filtering' });
  });

  test('timeline: detected on 2025-12-03, patched on 2026-01-15', () => {
    expect(incident.timeline).toContainEqual(expect.objectContaining({ date: '2025-12-03', event: 'detected' }));
    expect(incident.timeline).toContainEqual(expect.objectContaining({ date: '2026-01-15', event: 'patched' }));
  });

  test('products', () => {
    const names = incident.products.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['OneOffice Mail Solution', 'OneOffice SPAM Filtering', 'Cisco Secure Email Gateway']));
    expect(incident.products.find((p) => p.name === 'Cisco Secure Email Gateway')?.vendor).toBe('Cisco');
  });

  test('passwords and mail headers are not leaked', () => {
    expect(incident.notLeaked).toEqual(expect.arrayContaining(['password']));
    expect(incident.dataTypes).not.toContain('password');
    expect(incident.dataTypes).toContain('email');
  });

  test('every evidence span is the source text at its offsets', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(SEED, 'utf8');
    const spans = [
      incident.organization?.evidence,
      incident.report.evidence,
      ...incident.counts.map((c) => c.evidence),
      ...incident.timeline.map((t) => t.evidence),
      ...incident.products.map((p) => p.evidence),
    ];
    for (const e of spans) expect(source.slice(e!.start, e!.end)).toBe(e!.text);
  });
});
