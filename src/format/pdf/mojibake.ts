/**
 * A page in UTF-8 that the browser read as Shift_JIS before printing it (its <meta charset> said so):
 * every Japanese character's three bytes print as a kanji and a half-width katakana
 * (「ニュース」 → 「繝九Η繝ｼ繧ｹ」), bytes Shift_JIS has no character for as 「�」. Such a print holds
 * almost no hiragana and a run of half-width katakana after nearly every kanji; written back to
 * Shift_JIS its bytes read as UTF-8 again — the characters whose bytes the browser lost stay 「�」.
 */

/** Hiragana, which Japanese prose is full of and such a print hardly holds. */
const HIRAGANA = /[\u3041-\u309f]/g;
/** Half-width katakana: the continuation bytes 0xA1–0xDF of the UTF-8 read as Shift_JIS. */
const HALF_KANA = /[\uff61-\uff9f]/g;
/** Characters of the CJK blocks (kanji, kana, full-width forms). */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Each character a browser's Shift_JIS decoder gives, with the bytes it read it from (built on first use). */
let table: Map<string, number[]> | null = null;

function shiftJisTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('shift_jis');
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(Uint8Array.of(b)), [b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      // (The first pair for a character both NEC's and IBM's rows hold.)
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** The text written back to Shift_JIS and read as UTF-8 (a byte the browser lost, or a character Shift_JIS has not, reads as 「�」). */
export function unmojibake(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const bytes = shiftJisTable();
  const out: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) out.push(Buffer.from(run).toString('utf8'));
    run = [];
  };
  for (const ch of text) {
    const b = bytes.get(ch);
    if (b) run.push(...b);
    else {
      // Each piece between the characters the browser lost on its own (a lost byte leaves its neighbours' bytes apart).
      flush();
      out.push('\ufffd');
    }
  }
  flush();
  return out.join('');
}

/**
 * Whether the document's text reads as UTF-8 printed through Shift_JIS: a text of Japanese characters (200 or more) with
 * hardly any hiragana, half-width katakana in a tenth of it, and written back, hiragana in a fifth of what it reads.
 */
export function isShiftJisMojibake(text: string): boolean {
  const cjk = count(text, CJK);
  if (cjk < 200 || count(text, HIRAGANA) > cjk * 0.03 || count(text, HALF_KANA) < cjk * 0.1) return false;
  const back = unmojibake(text);
  return count(back, HIRAGANA) > count(back, CJK) * 0.2;
}
