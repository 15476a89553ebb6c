import { describe, expect, test } from 'vitest';
import { buildDocument } from '../src/document.js';

describe('evidence: a span trimmed of white space at both ends, in source offsets', () => {
  test.each([
    ['spaces and a tab', 'あ  \t不正アクセス\t  い', '不正アクセス'],
    ['line breaks', '概要\n\n不正アクセス\r\n以上', '不正アクセス'],
    ['an ideographic space (folded to a space)', '件名\u3000不正アクセス\u3000について', '不正アクセス'],
    ['a no-break space', 'x\u00a0不正アクセス\u00a0y', '不正アクセス'],
    ['nothing to trim', '不正アクセス', '不正アクセス'],
  ])('%s', (_, source, fact) => {
    const doc = buildDocument(source);
    const at = doc.text.indexOf(fact);
    // The span padded with what surrounds the fact on both sides, up to the neighbouring words.
    let start = at;
    let end = at + fact.length;
    while (start > 0 && /\s/.test(doc.text[start - 1]!)) start--;
    while (end < doc.text.length && /\s/.test(doc.text[end]!)) end++;
    const ev = doc.evidence(start, end);
    expect(ev.text).toBe(fact);
    expect(source.slice(ev.start, ev.end)).toBe(fact);
  });

  test('a span of white space alone is empty', () => {
    const doc = buildDocument('あ \u3000 い');
    expect(doc.evidence(1, 4).text).toBe('');
  });
});
