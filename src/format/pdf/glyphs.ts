/**
 * Characters a PDF's font maps give that are not the character meant: Type 3 and subset fonts
 * often map CJK glyphs to their compatibility twins — Kangxi radicals (⼊⼒ for 入力, ⽉ for 月),
 * CJK radicals supplement, compatibility ideographs — and Latin ligatures (ﬁ). NFKC maps each of
 * those to the unified character. The katakana middle dot drawn by Chromium's Type 3 fonts comes
 * back as U+2027 HYPHENATION POINT (‧), which Japanese text never holds: it is 「・」.
 */
const COMPATIBILITY = /[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\u2027]/g;

/** CJK Radicals Supplement forms fonts use for whole characters, which NFKC leaves alone (it maps only ⺟ and ⻳). */
const RADICAL_SUPPLEMENT: Record<string, string> = { '⺠': '民', '⻑': '長', '⻘': '青', '⻝': '食', '⻄': '西', '⻤': '鬼', '⻨': '麦', '⻩': '黄', '⻲': '亀', '⻆': '角', '⻁': '虎', '⻫': '斉', '⻭': '歯', '⻯': '竜' };

export function normalizeGlyphs(text: string): string {
  if (!COMPATIBILITY.test(text)) return text;
  COMPATIBILITY.lastIndex = 0;
  return text.replace(COMPATIBILITY, (ch) => (ch === '\u2027' ? '・' : (RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'))));
}
