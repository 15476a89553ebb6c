import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvField, csvHeader, csvRow, UTF8_BOM } from '../../src/output/csv.js';
import { createWriter } from '../../src/output/formats.js';
import type { Incident } from '../../src/types.js';

const seed: Incident = JSON.parse(readFileSync(join(import.meta.dirname, 'incidents', 'seed-tokai-3rd.json'), 'utf8'));

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

function withText(overrides: { org?: string; subject?: string; title?: string; product?: string }): Incident {
  const i: Incident = structuredClone(seed);
  if (overrides.org !== undefined) i.organization = { ...i.organization!, name: overrides.org, normalizedName: overrides.org };
  if (overrides.subject !== undefined) i.counts[3]!.subject = overrides.subject; // the largest count
  if (overrides.title !== undefined) i.title = overrides.title;
  if (overrides.product !== undefined) i.products = [{ ...i.products[0]!, name: overrides.product }];
  return i;
}

describe('CSV (RFC 4180)', () => {
  test('a header and one row per release, CRLF line ends, every row as wide as the header', () => {
    let out = '';
    const w = createWriter('csv', (s) => void (out += s));
    w.begin();
    w.write(seed);
    w.write(seed);
    w.end();
    expect(out.endsWith('\r\n')).toBe(true);
    const rows = readCsv(out);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const record = Object.fromEntries(rows[0]!.map((name, k) => [name, rows[1]![k]]));
    expect(record).toMatchObject({
      organization: '株式会社ＴＯＫＡＩコミュニケーションズ',
      published_at: '2026-01-23',
      report_number: '3',
      follow_up: 'true',
      // The headline: the users' addresses, not the quarantined spam (1,931,902 件).
      leaked_records: '79991',
      top_leaked_subject: '利用者のメールアドレス',
      leaked_people: '',
    });
  });

  test('commas, quotes and line breaks are quoted and read back (line breaks as spaces)', () => {
    const row = readCsv(csvHeader() + csvRow(withText({ title: 'お知らせ、"重要"\n第2報' })));
    expect(row[1]![CSV_COLUMNS.findIndex((c) => c.name === 'title')]).toBe('お知らせ、"重要" 第2報');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });

  test('--bom: a UTF-8 byte order mark before the header, only once', () => {
    let out = '';
    const w = createWriter('csv', (s) => void (out += s), { bom: true });
    w.begin();
    w.write(seed);
    w.end();
    expect(out.startsWith(UTF8_BOM + 'path,')).toBe(true);
    expect(out.split(UTF8_BOM)).toHaveLength(2);
    expect(Buffer.from(out, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('CSV formula injection', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+cmd|\' /C calc\'!A0'],
    ['-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('%j in the organization, a subject, the title and a product never starts a cell', (payload) => {
    const incident = withText({ org: payload, subject: payload, title: payload, product: payload });
    const cells = readCsv(csvHeader() + csvRow(incident))[1]!;
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r＝]/);
    const neutralized = cells.filter((c) => c.startsWith("'"));
    expect(neutralized.length).toBeGreaterThanOrEqual(4); // organization, normalized, title, subject (+ products)
  });

  test('numbers we write ourselves stay numbers', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1931902)).toBe('1931902');
    expect(csvField(null)).toBe('');
  });
});
