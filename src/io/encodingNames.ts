// The encodings --encoding accepts, apart from the decoder so that defining the CLI's options loads no decoding table.

/** Every name accepted for `--encoding` and in <meta charset>, mapped to the WHATWG name TextDecoder takes. */
const DECODER_NAMES: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'us-ascii': 'utf-8', ascii: 'utf-8',
  shift_jis: 'shift_jis', 'shift-jis': 'shift_jis', sjis: 'shift_jis', 'x-sjis': 'shift_jis', cp932: 'shift_jis', ms932: 'shift_jis',
  'windows-31j': 'shift_jis', 'windows-932': 'shift_jis', ms_kanji: 'shift_jis', csshiftjis: 'shift_jis',
  'euc-jp': 'euc-jp', eucjp: 'euc-jp', 'x-euc-jp': 'euc-jp', cseucpkdfmtjapanese: 'euc-jp', 'euc-jis-2004': 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp', jis: 'iso-2022-jp', csiso2022jp: 'iso-2022-jp',
  'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le', unicode: 'utf-16le', 'ucs-2': 'utf-16le',
};

export const ENCODING_NAMES = ['utf-8', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'utf-16le', 'utf-16be'] as const;

export function canonicalEncoding(name: string): string | null {
  return DECODER_NAMES[name.trim().toLowerCase()] ?? null;
}
