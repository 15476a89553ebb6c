import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

// scripts/train-kind-model.mjs and scripts/kind-model-features.mjs (issue #10's kind-model experiment) read the built
// pipeline in dist/: the candidates and features it makes of real release sentences, and the training's determinism.
const BUILT = existsSync(join(ROOT, 'dist', 'extract', 'registry.js'));

interface Candidate { kind: string; source: 'rule' | 'mention'; features: string[] }
type Features = typeof import('../../scripts/kind-model-features.mjs');
type Training = typeof import('../../scripts/train-kind-model.mjs');

/** The findings of every extractor for a pasted text (no kuromoji), and the candidates the features module makes of them. */
async function candidatesOf(text: string, wholes = false): Promise<{ kinds: Candidate[]; types: Candidate[] }> {
  const { buildDocument } = await import('../../dist/document.js');
  const { EXTRACTORS } = await import('../../dist/extract/registry.js');
  const { emptyFindings } = await import('../../dist/extract/types.js');
  const { kindCandidates, typeCandidates } = (await import('../../scripts/kind-model-features.mjs')) as Features;
  const doc = buildDocument(text);
  const found = emptyFindings();
  for (const e of EXTRACTORS) {
    const part = await e.extract(doc, found, { tokenize: false });
    for (const key of Object.keys(part) as (keyof typeof found)[]) (found[key] as unknown[]).push(...(part[key] as unknown[]));
  }
  return { kinds: kindCandidates(doc, found, true, null, wholes), types: typeCandidates(doc, found, true) };
}

const TEXTS: Record<string, string> = {
  LIST: '漏えいした可能性のある情報は以下のとおりです。\n\n- 氏名\n- メールアドレス\n\nなお、クレジットカード情報は当社では保持しておりません。',
  PROSE: '当社サーバーが第三者による不正アクセスを受けました。ランサムウェアによる被害は確認されておりません。お客様の個人情報が流出した可能性があります。パスワードの変更をお願いいたします。',
};

describe.runIf(BUILT)('kind-model-features: the candidates of a release', () => {
  test.each([
    // A list under a lead-in that hedges a leak: each item is the rules' kind, possibly leaked, read on a bullet row.
    ['LIST', 'name', 'rule', ['rule:k=name|rule=keyword.possible', 'rule:k=name|at=bullet', 'rule:k=name|word=氏名']],
    ['LIST', 'email', 'rule', ['rule:k=email|rule=keyword.possible', 'rule:k=email|at=bullet']],
    // A kind the release says it never held: no kind of the rules, a mention the model may weigh, marked as denied.
    ['LIST', 'credit_card', 'mention', ['mention:k=credit_card|denied', 'mention:k=credit_card|at=prose']],
    // Personal information named as a whole, hedged: the rules' 'other', by the umbrella rule, beside an intrusion.
    ['PROSE', 'other', 'rule', ['rule:k=other|rule=umbrella.possible', 'rule:k=other|inc=unauthorized_access', 'rule:k=other|s:possible']],
    // A password named in advice to readers: a mention, not the rules' kind.
    ['PROSE', 'password', 'mention', ['mention:k=password|at=prose', 'mention:k=password|specific=0']],
  ])('%#: %s → %s (%s)', async (text, kind, source, features) => {
    const c = (await candidatesOf(TEXTS[text]!)).kinds.find((x) => x.kind === kind);
    expect(c?.source).toBe(source);
    for (const f of features) expect(c!.features).toContain(f);
    // Every feature is named by its source: the two kinds of candidate are weighed apart.
    expect(c!.features.every((f) => f.startsWith(`${source}:`))).toBe(true);
  });

  test.each([
    // Kinds the text never names make no candidate.
    ['LIST', ['birthdate', 'phone', 'address', 'password']],
    ['PROSE', ['name', 'email', 'credit_card']],
  ])('%s: no candidate for kinds not named', async (text, absent) => {
    const kinds = (await candidatesOf(TEXTS[text]!)).kinds.map((c) => c.kind);
    for (const k of absent) expect(kinds).not.toContain(k);
  });

  test.each([
    // (--wholes) Personal information named as a whole beside named kinds: a mention of 'other', which the rules read only where
    // no kind is named; without --wholes, none.
    [true, ['name', 'email'], ['other']],
    [false, ['name', 'email'], []],
  ])('%#: data named as a whole, wholes %s', async (wholes, rules, mentions) => {
    const kinds = (await candidatesOf('お客様の個人情報(氏名、メールアドレス)が流出した可能性があります。', wholes)).kinds;
    expect(kinds.filter((c) => c.source === 'rule').map((c) => c.kind)).toEqual(rules);
    expect(kinds.filter((c) => c.source === 'mention').map((c) => c.kind)).toEqual(mentions);
  });

  test.each([
    // The intrusion the release reports: the rules' type.
    ['PROSE', 'unauthorized_access', 'rule', ['rule:k=unauthorized_access|word=不正アクセス', 'rule:k=unauthorized_access|s:intrusion']],
    // Ransomware named only in a denial: a mention, its features marked as read in a negated finding.
    ['PROSE', 'ransomware', 'mention', ['mention:k=ransomware|negated=1', 'mention:k=ransomware|live=0', 'mention:k=ransomware|with=unauthorized_access', 'mention:k=ransomware|s:unconfirmed:neg']],
  ])('%#: incident type %s → %s (%s)', async (text, kind, source, features) => {
    const c = (await candidatesOf(TEXTS[text]!)).types.find((x) => x.kind === kind);
    expect(c?.source).toBe(source);
    for (const f of features) expect(c!.features).toContain(f);
  });
});

describe.runIf(BUILT)('train-kind-model: the logistic regression', () => {
  const rows = [
    ...Array.from({ length: 20 }, () => ({ x: ['bias', 'leaked'], y: 1 })),
    ...Array.from({ length: 18 }, () => ({ x: ['bias', 'denied'], y: 0 })),
    { x: ['bias', 'denied'], y: 1 },
    { x: ['bias', 'leaked', 'case'], y: 0 },
  ];

  test('learns the sign of each feature', async () => {
    const { train } = (await import('../../scripts/train-kind-model.mjs')) as Training;
    const w = train(rows, { l2: 1, steps: 300 });
    expect(w.leaked).toBeGreaterThan(0);
    expect(w.denied).toBeLessThan(0);
    expect(w.case).toBeLessThan(0);
  });

  test('is deterministic, and the penalty shrinks the weights', async () => {
    const { train } = (await import('../../scripts/train-kind-model.mjs')) as Training;
    expect(train(rows, { l2: 1, steps: 300 })).toEqual(train(rows, { l2: 1, steps: 300 }));
    const loose = train(rows, { l2: 0.1, steps: 300 });
    const tight = train(rows, { l2: 20, steps: 300 });
    expect(Math.abs(tight.leaked!)).toBeLessThan(Math.abs(loose.leaked!));
    expect(Math.abs(tight.denied!)).toBeLessThan(Math.abs(loose.denied!));
  });

  test.each([
    // Only data named as a whole, by the umbrella rule: counted, with the gold's reading.
    [[{ set: 's', mode: 'full', gold: ['other'], candidates: [{ kind: 'other', source: 'rule', features: ['rule:k=other|rule=umbrella.possible'] }] },
      { set: 's', mode: 'full', gold: [], candidates: [{ kind: 'other', source: 'rule', features: ['rule:k=other|rule=bare.possible'] }] }], { n: 2, other: 1 }],
    // A named kind beside it, an 'other' read from a keyword, or the body mode: not counted.
    [[{ set: 's', mode: 'full', gold: ['other'], candidates: [{ kind: 'other', source: 'rule', features: ['rule:k=other|rule=umbrella.possible'] }, { kind: 'name', source: 'rule', features: [] }] },
      { set: 's', mode: 'full', gold: ['other'], candidates: [{ kind: 'other', source: 'rule', features: ['rule:k=other|rule=keyword.possible'] }] },
      { set: 's', mode: 'body', gold: ['other'], candidates: [{ kind: 'other', source: 'rule', features: ['rule:k=other|rule=umbrella.possible'] }] }], undefined],
  ])('conventions %#', async (releases, want) => {
    const { conventions } = (await import('../../scripts/train-kind-model.mjs')) as Training;
    expect(conventions(releases).get('s')).toEqual(want);
  });
});
