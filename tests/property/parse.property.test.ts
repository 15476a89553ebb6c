import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse } from '../../src/parse.js';
import { InputError } from '../../src/errors.js';
import { findQuantities } from '../../src/extract/counts.js';
import { normalizeText } from '../../src/normalize/normalize.js';
import type { Incident } from '../../src/types.js';
import { ARCHIVE, SEED, evidenceOf, hasArchive, walk } from '../helpers.js';
import { schemaErrors } from '../schema/validate.js';

/**
 * Property tests: whatever text arrives, parse returns a schema-valid incident (or a clear
 * InputError for text with nothing in it), never throws anything else, and every evidence span is
 * the source at its offsets. Seeded, with a fixed number of runs, so CI is repeatable.
 */
const RUNS = 150;
const SEEDED = { seed: 20261126, numRuns: RUNS };

async function checkText(text: string): Promise<Incident | null> {
  let incident: Incident;
  try {
    incident = await parse(text, { path: 'prop.txt', tokenize: false });
  } catch (e) {
    if (e instanceof InputError && text.trim().length === 0) return null;
    throw e;
  }
  expect(schemaErrors(incident)).toEqual([]);
  for (const e of evidenceOf(incident)) expect(text.slice(e.start, e.end)).toBe(e.text);
  return incident;
}

/** Pieces that make text look like a release: numbers, counters, dates, markers, keywords. */
const JAPANESE_PIECES = [
  '株式会社', 'テスト', '（本社：東京都）', '当社', 'は、', '。', '、', '\n', '\n\n', '# ', '## ■', '- ', '・', '| ', ' | ',
  '2025年', '１２月', '3日', '令和7年', '上旬', 'から', '〜', '～', '約', '1万2千', '79,991', '７９，９９１', '件', '名分', '人',
  '以上', '漏えい', '可能性', 'おそれ', 'していない', '不正アクセス', 'ランサムウェア', '誤送信', '氏名', 'メールアドレス',
  'パスワード', 'Cisco', 'FortiGate', 'CVE-2025-20393', '第三報', '第 12 報', '続報', '：', ':', '（', '）', '「', '」', '①',
  '\u3000', ' ', '0', '9', ',', '.', '年', '月', '日', '\r\n', '\t', '\u0000', '\u001b[2J', '\ud83d\ude00',
];
const japaneseText = fc.array(fc.constantFrom(...JAPANESE_PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

const seedText = readFileSync(SEED, 'utf8');
const realTexts = [seedText, ...(hasArchive ? walk(ARCHIVE).filter((f) => f.endsWith('.md')).filter((_, i) => i % 97 === 0).map((f) => readFileSync(f, 'utf8')) : [])];

/** Full-width ⇄ half-width swaps of ASCII letters, digits and punctuation. */
const swapWidth = (s: string, flip: boolean) =>
  s.replace(/[!-~]|[！-～]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code <= 0x7e) return flip ? String.fromCharCode(code + 0xfee0) : c;
    return String.fromCharCode(code - 0xfee0);
  });

const mutation = fc.record({
  doc: fc.integer({ min: 0, max: realTexts.length - 1 }),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
  shuffleSeed: fc.integer(),
  kind: fc.constantFrom('truncate', 'shuffle', 'widen', 'narrow', 'garble', 'splice'),
  noise: fc.string({ maxLength: 20 }),
});

function mutate(m: fc.RecordValue<{ doc: number; cut: number; shuffleSeed: number; kind: string; noise: string }>): string {
  const text = realTexts[m.doc]!;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, Math.floor(text.length * m.cut));
    case 'shuffle': {
      const lines = text.split('\n');
      let x = m.shuffleSeed | 0;
      for (let i = lines.length - 1; i > 0; i--) {
        x = (Math.imul(x, 1103515245) + 12345) | 0;
        const j = Math.abs(x) % (i + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join('\n');
    }
    case 'widen':
      return swapWidth(text, true);
    case 'narrow':
      return swapWidth(text, false);
    case 'garble':
      return text.replace(/[0-9０-９]/g, (d, i: number) => ((i * 7 + m.shuffleSeed) % 5 === 0 ? ',' : (i + m.shuffleSeed) % 3 === 0 ? '万' : d));
    default: {
      const at = Math.floor(text.length * m.cut);
      return text.slice(0, at) + m.noise + text.slice(at);
    }
  }
}

describe('parse on any input', () => {
  test('random Unicode', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (s) => void (await checkText(s))), SEEDED);
  });

  test('Japanese-heavy random text', async () => {
    await fc.assert(fc.asyncProperty(japaneseText, async (s) => void (await checkText(s))), SEEDED);
  });

  test('mutations of real releases (truncated, shuffled, width-swapped, numbers garbled, spliced)', async () => {
    await fc.assert(fc.asyncProperty(mutation, async (m) => void (await checkText(mutate(m)))), { ...SEEDED, numRuns: 100 });
  });
});

/** Writes n the ways releases do, for the round trip through the quantity scanner. */
function writeQuantity(n: number, style: number): string {
  const grouped = n.toLocaleString('en-US');
  switch (style) {
    case 0:
      return `${grouped}件`;
    case 1:
      return swapWidth(grouped, true).replace(/,/g, '，') + '件';
    case 2: {
      const man = Math.floor(n / 10000);
      const sen = Math.floor((n % 10000) / 1000);
      const rest = n % 1000;
      return `${man ? man + '万' : ''}${sen ? sen + '千' : ''}${rest ? rest : ''}件`;
    }
    default:
      return `${n} 件`;
  }
}

describe('quantity round trip', () => {
  test('format n as 1,234件 / １，２３４件 / 1万2千件 → scan → n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 3 }), (n, style) => {
        const written = writeQuantity(n, style);
        const text = normalizeText(`対象は${written}です。`).text;
        const found = findQuantities(text);
        expect(found.map((q) => q.value)).toEqual([n]);
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
