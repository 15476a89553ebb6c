import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

/**
 * kuromoji, loaded once per process (its dictionary takes about a second) and only when an
 * extractor asks for it: most releases never need it.
 */
export type Token = IpadicFeatures;

let loading: Promise<Tokenizer<IpadicFeatures>> | null = null;

export function getTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const kuromoji = require('kuromoji') as typeof import('kuromoji');
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    loading = new Promise((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer)));
    });
  }
  return loading;
}

/**
 * Tokens of a text, which may come from anywhere: kuromoji throws on NUL (an icon font's glyph mapped to U+0000
 * in a PDF) and on a lone high surrogate, so those read as spaces — one UTF-16 unit each, offsets unchanged.
 */
export function tokenizeText(tokenizer: Tokenizer<IpadicFeatures>, text: string): Token[] {
  return tokenizer.tokenize(text.replace(UNTOKENIZABLE, ' '));
}
const UNTOKENIZABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])/g;

/** True once the dictionary was asked for (tests and the benchmark check laziness with it). */
export function tokenizerRequested(): boolean {
  return loading !== null;
}
