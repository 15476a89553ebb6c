/**
 * Where an organization's name starts and ends around a corporate-form word or a name ending, by
 * hand scanners (linear, no backtracking). Japanese writes no spaces, so the edges come from the
 * kind of character: a name is a run of kanji, katakana, Latin letters and digits; hiragana joins
 * it only where it cannot be a particle or a verb ending (株式会社みずほ銀行, あいおいニッセイ…, but
 * not 株式会社ＸＸのサーバ or 利用している株式会社ＸＸ).
 */

import { CORPORATE_FORMS } from '../words/organizations.js';

const MAX_NAME = 40;
/** Whether another legal form starts at i ("株式会社ひろばと株式会社そら": two names). */
const formAt = (text: string, i: number) => CORPORATE_FORMS.some((f) => text.startsWith(f, i));

const isHan = (c: string) => /[\p{Script=Han}々〆ヶ]/u.test(c);
const isKatakana = (c: string) => /[\p{Script=Katakana}ー]/u.test(c);
const isHiragana = (c: string) => /[\p{Script=Hiragana}]/u.test(c) && c !== 'ー';
const isLatin = (c: string) => /[A-Za-z0-9]/.test(c);
/** Joiners that stand inside names: ・ & . - ' and the long-vowel mark. */
const isJoiner = (c: string) => /[・&.\-'’+]/.test(c);
/** A character that is a name by itself (not hiragana). */
export const isNameChar = (c: string | undefined): boolean => c !== undefined && (isHan(c) || isKatakana(c) || isLatin(c) || isJoiner(c));

/** Hiragana that open a particle or a verb ending when they follow a noun (の, が, は, より, から …). */
const PARTICLE_START = new Set([...'のがはをにでともへやよかまな']);
/** Kanji words that follow a name without belonging to it. */
const STOP_AFTER = [
  '並びに', '及び', '御中', '各位', '代表取締役', '代表者', '代表理事', '社長', '経由', '宛', '様', '殿',
  // A department or desk after the name on a contact line (株式会社ＸＸ相談窓口, 株式会社ＸＸ総務部).
  '相談窓口', 'お客様', '窓口', '事務局', '総務部', '総務課', '広報部', '広報課', '広報室', '個人情報', 'お問い合わせ', 'お問合せ', '問い合わせ',
];
/** Single kanji that follow a katakana or Latin name without belonging to it (ＩＩＪ社, ＸＸ内, ＸＸ製). */
const STOP_AFTER_KANA = ['社', '内', '等', '製', '側'];
/** Hiragana endings of the word before a name ("日頃より", "および"): nothing of such a run is a name. */
const WORD_ENDING = /(?:より|から|まで|など|および|ならびに|また|なお|さらに|では|には|とは|は|が|の|を|に|で|と|も|へ|や|いる|ある|する|した|して|れる|れた|ます|です|った|ない|おける|よる)$/;
/** What opens a verb rather than a name, after a particle ("である", "にいる"). */
const VERB_START = /^(?:ある|あり|あっ|いる|い|おり|おけ|する|し|した|なる|なっ|よる|より|つい|対し|関し|れる|れた|られ)/;
const PARTICLE_CHARS = 'のがはをにでともへや';
/** Verbs in dictionary or past form end so ("手がける", "行う", "した"): never a name. */
const VERB_END = /[るうくすつむぶぐぬたてだ]$/;
/** Function words a hiragana run after a name starts with (および, における, について …). */
const FUNCTION_START = /^(?:および|ならびに|ほか|など|まで|から|より|おけ|おい|おり|ござ|いた|いる|ある|する|され|させ|ため|こと|もの|つい|よる)/;
/** Particles a hiragana run inside a name may end with (株式会社ひろばでは → 株式会社ひろば). */
const TRAILING_PARTICLES = /(?:では|には|とは|からは|より|から|まで|など|の|が|は|を|に|で|と|も|へ|や)$/;

const LATIN_WORD = /^[A-Za-z0-9&.\-]*[A-Za-z][A-Za-z0-9&.\-]*$/;

/**
 * Whether the space at `at` stands inside the name being scanned backward: between katakana or
 * Latin words ("ユニ・チャーム メンリッケ", "SBI ホールディングス"), after a Latin word before
 * kanji ("JAML 投資顧問"), or before a Latin word that itself stands inside the name (a space
 * after it was crossed, `gapAt`): "農中 JAML 投資顧問", "三井不動産 TG スマートエナジー". A Latin
 * word right before the legal form keeps the word before it out ("当社 tripla 株式会社").
 */
function spaceInName(text: string, at: number, gapAt: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  if ((isLatin(before) || isKatakana(before)) && (isLatin(after) || isKatakana(after))) return true;
  if (/[A-Za-z]/.test(before) && isHan(after)) return true;
  return isHan(before) && gapAt > at && LATIN_WORD.test(text.slice(at + 1, gapAt));
}

/** End (exclusive) of the name that starts at `from`, right after a corporate form (株式会社ＸＸ). */
export function scanNameForward(text: string, from: number): number {
  let i = from;
  if (text[i] === ' ') i++;
  const start = i;
  let gaps = 0;
  while (i < text.length && i - start < MAX_NAME) {
    const c = text[i]!;
    if (isNameChar(c)) {
      if (i > start && (STOP_AFTER.some((w) => text.startsWith(w, i)) || formAt(text, i))) break;
      if (i > start && STOP_AFTER_KANA.includes(c) && (isKatakana(text[i - 1]!) || isLatin(text[i - 1]!)) && !isNameChar(text[i + 1])) break;
      i++;
      continue;
    }
    if (isHiragana(c)) {
      // Hiragana at the very start (株式会社かねまつ), or after a noun where it cannot be a particle
      // or a function word; a particle closing the run is not part of the name.
      let j = i;
      while (j < text.length && isHiragana(text[j]!) && j - start < MAX_NAME) j++;
      const run = text.slice(i, j);
      if (i > start && (PARTICLE_START.has(c) || FUNCTION_START.test(run))) break;
      let trail = run.length > 1 ? TRAILING_PARTICLES.exec(run.slice(1)) : null;
      // A run ending in と before more of the name is the name (みなと雑貨, やまと運輸), not "と".
      if (trail && trail[0] === 'と' && isNameChar(text[j]) && !formAt(text, j)) trail = null;
      if (trail) {
        i = j - trail[0].length;
        break;
      }
      i = j;
      continue;
    }
    // "株式会社 TCC Japan": a space between Latin words stays inside the name.
    if (c === ' ' && gaps < 3 && i > start && isLatin(text[i - 1]!) && /[A-Za-z]/.test(text[i + 1] ?? '')) {
      gaps++;
      i++;
      continue;
    }
    break;
  }
  while (i > start && isJoiner(text[i - 1]!) && text[i - 1] !== '.') i--;
  return i > start ? i : from;
}

/** Start of the name that ends at `to`, right before a corporate form or a name ending (ＸＸ株式会社). */
export function scanNameBackward(text: string, to: number, lowerBound = 0): number {
  let i = to;
  if (text[i - 1] === ' ' && isNameChar(text[i - 2])) i--; // "スターバックス コーヒー ジャパン 株式会社"
  const end = i;
  let gaps = 0;
  /** Where the last space crossed inside the name stood (-1: none yet). */
  let gapAt = -1;
  while (i > lowerBound && end - i < MAX_NAME) {
    const c = text[i - 1]!;
    if (isNameChar(c)) {
      i--;
      continue;
    }
    if (isHiragana(c)) {
      let j = i;
      while (j > lowerBound && isHiragana(text[j - 1]!)) j--;
      const run = text.slice(j, i);
      if (j === lowerBound || !isNameChar(text[j - 1])) {
        // After punctuation or a line start the whole run may open the name (あいおいニッセイ…),
        // unless it ends as a word does ("日頃より", "および").
        if (WORD_ENDING.test(run)) break;
        i = j;
        continue;
      }
      // After katakana or Latin a run with no particle in it is part of the name (フコクしんらい…).
      const prev = text[j - 1]!;
      if ((isKatakana(prev) || isLatin(prev)) && ![...run].some((ch) => PARTICLE_CHARS.includes(ch)) && !WORD_ENDING.test(run)) {
        i = j;
        continue;
      }
      // After a noun the run starts as a particle; a name may follow its last particle
      // ("グループのあいおいニッセイ…"), never a verb ("である", "している", "手がける").
      let k = -1;
      for (let p = run.length - 1; p >= 0; p--) {
        if (PARTICLE_CHARS.includes(run[p]!)) {
          k = p + 1;
          break;
        }
      }
      const rest = k > 0 ? run.slice(k) : '';
      if (rest.length > 0 && !VERB_START.test(rest) && !WORD_ENDING.test(rest) && !VERB_END.test(rest)) i = j + k;
      break;
    }
    if (c === ' ' && gaps < 3 && spaceInName(text, i - 1, gapAt)) {
      gaps++;
      gapAt = i - 1;
      i--;
      continue;
    }
    break;
  }
  while (i < end && (isJoiner(text[i]!) || text[i] === ' ')) i++;
  return i;
}
