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

/** True once the dictionary was asked for (tests and the benchmark check laziness with it). */
export function tokenizerRequested(): boolean {
  return loading !== null;
}
