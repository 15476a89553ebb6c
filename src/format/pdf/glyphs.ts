/**
 * Characters a PDF's font maps give that are not the character meant: Type 3 and subset fonts
 * often map CJK glyphs to their compatibility twins — Kangxi radicals (⼊⼒ for 入力, ⽉ for 月),
 * CJK radicals supplement, compatibility ideographs — and Latin ligatures (ﬁ). NFKC maps each of
 * those to the unified character. The katakana middle dot drawn by Chromium's Type 3 fonts comes
 * back as U+2027 HYPHENATION POINT (‧), which Japanese text never holds: it is 「・」; their full-width solidus
 * comes back as U+2215 DIVISION SLASH (∕: 「更新日：… ∕ 掲載日：…」), which is 「／」.
 */
const COMPATIBILITY = /[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\u2027\u2215]/g;

/** CJK Radicals Supplement forms fonts use for whole characters, which NFKC leaves alone (it maps only ⺟ and ⻳). */
const RADICAL_SUPPLEMENT: Record<string, string> = { '⺠': '民', '⻑': '長', '⻘': '青', '⻝': '食', '⻄': '西', '⻤': '鬼', '⻨': '麦', '⻩': '黄', '⻲': '亀', '⻆': '角', '⻁': '虎', '⻫': '斉', '⻭': '歯', '⻯': '竜' };

/**
 * Kangxi radicals a Japanese font draws with its Japanese character's glyph, so a font map that gives the
 * radical (⼾ U+2F3E for the 戸 of 江戸川区) means that character; NFKC would give the older form (戶, 靑, 黃, 黑),
 * which a Japanese release never writes.
 */
const KANGXI_JAPANESE: Record<string, string> = { '⼾': '戸', '⾭': '青', '⿈': '黄', '⿊': '黒', '⿆': '麦', '⿒': '歯', '⿔': '亀', '⿑': '斉' };

export function normalizeGlyphs(text: string): string {
  if (!COMPATIBILITY.test(text)) return text;
  COMPATIBILITY.lastIndex = 0;
  return text.replace(COMPATIBILITY, (ch) => (ch === '\u2027' ? '・' : ch === '\u2215' ? '／' : (RADICAL_SUPPLEMENT[ch] ?? KANGXI_JAPANESE[ch] ?? ch.normalize('NFKC'))));
}
