import { readFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { ARCHIVE, hasArchive, walk } from '../helpers.js';

/**
 * Real release texts (every 4th of the shared archive) written out in Shift_JIS, EUC-JP and
 * ISO-2022-JP: detection must name the encoding and give back the very text, without warnings.
 */
describe.skipIf(!hasArchive)('encoding detection on real releases', () => {
  const files = hasArchive ? walk(ARCHIVE).filter((f) => f.endsWith('.md')).filter((_, i) => i % 4 === 0) : [];

  test.each([
    ['SJIS', 'shift_jis'],
    ['EUCJP', 'euc-jp'],
    ['JIS', 'iso-2022-jp'],
  ] as const)('%s → %s', (to, name) => {
    const wrong: string[] = [];
    let checked = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const bytes = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE', fallback: 'html-entity' }));
      let reference: string;
      try {
        reference = new TextDecoder(name, { fatal: true }).decode(bytes);
      } catch {
        continue; // a character the encoding cannot hold
      }
      checked++;
      const decoded = decodeBytes(bytes);
      if (decoded.encoding !== name || decoded.text !== reference || decoded.warnings.length > 0) wrong.push(`${f}: ${decoded.encoding}`);
    }
    expect(checked).toBeGreaterThan(files.length * 0.9);
    expect(wrong).toEqual([]);
  });
});
