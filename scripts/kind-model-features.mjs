import { sentenceAt, literalFilterOf } from '../dist/extract/context.js';
import { headingText } from '../dist/segment/lines.js';
import { DATA_TYPES, INCIDENT_TYPES } from '../dist/types.js';
import { DATA_CLAUSE_END, DATA_KEYWORDS, DATA_SCOPE, LEAK_SUBJECT_DATA, PART_OF_DATA, UMBRELLA_DATA } from '../dist/words/dataTypes.js';

// What the kind model of scripts/train-kind-model.mjs reads about one data kind (or incident type) of one release: the findings
// the rules made for it (which rule, which verdict, where each stands: the overview's title, a heading, a table row, a list row,
// prose; under a scope heading or label or not; the hedges, denials, requests and leak verbs of its sentence) or, for a kind the
// rules did not keep, its mentions in the body; and the release around it (its other kinds and incident types, its title, its
// counts and whether a count's subject names the kind, a follow-up or not). Each feature is a name; the model weighs the names a
// candidate has. An experiment: nothing here runs in the pipeline (see the training script's header for why).
/** Words of a finding's sentence the model reads: hedges, leak verbs, storage, denial, advice, the attack. */
export const SENTENCE_WORDS = [
  { name: 'possible', pattern: /可能性|おそれ|恐れ|否定でき/ },
  { name: 'leak', pattern: /漏え?い|漏洩|流出|漏れ/ },
  { name: 'viewed', pattern: /閲覧|参照|アクセス/ },
  { name: 'stolen', pattern: /窃取|盗ま|持ち出|詐取|取得され/ },
  { name: 'stored', pattern: /保存|保管|格納|記録され|登録され/ },
  { name: 'contained', pattern: /含まれ|含む|記載/ },
  { name: 'encrypted', pattern: /暗号化/ },
  { name: 'denied', pattern: /ません|ない|なく|なし|ず[、。]/ },
  { name: 'unconfirmed', pattern: /確認(?:され|でき)て(?:い|お)(?:ない|りません|ません)|確認されませんでした|調査中|確認中/ },
  { name: 'request', pattern: /ください|お願い|ご注意|ご留意/ },
  { name: 'case', pattern: /場合|万が一|万一/ },
  { name: 'list', pattern: /以下|下記|次の/ },
  { name: 'mail', pattern: /メール/ },
  { name: 'ransom', pattern: /ランサム|暗号化され/ },
  { name: 'intrusion', pattern: /不正アクセス|侵入|サイバー攻撃/ },
  { name: 'phishing', pattern: /フィッシング|偽(?:の|サイト)|なりすまし/ },
  { name: 'misdelivery', pattern: /誤送信|誤送付|誤配信|誤って/ },
  { name: 'loss', pattern: /紛失|盗難|置き忘れ/ },
  { name: 'input', pattern: /入力/ },
];

/**
 * Features named by the candidate's source: a kind the rules keep and a kind only mentioned are weighed apart (two models in
 * one table), as what makes a kept kind doubtful is not what makes a mention likely.
 */
const bySource = (source, f) => [...f].map((x) => `${source}:${x}`).sort();

/** The rule of a finding, without the verdict: "dataTypes.keyword.possible" → keyword. */
function ruleOf(ruleId) {
  const parts = ruleId.split('.');
  return { rule: parts[1] ?? 'other', verdict: parts[2] ?? 'none' };
}

/** A count bucketed: 1, 2, 3+. */
const bucket = (n, top = 3) => (n >= top ? `${top}+` : String(n));

/** Where a position stands: the overview's title, a heading, a table row, a list row, prose. */
function placeOf(doc, at) {
  if (at < doc.bodyStart) return 'overview';
  const line = doc.lineAt(at);
  if (line.kind === 'heading') return 'heading';
  if (line.kind === 'table') return 'table';
  if (line.kind === 'bullet') return 'bullet';
  return line.text.includes('。') ? 'prose' : 'row';
}

/** Whether a heading above the position, or the line itself, names a scope of data ("対象となる情報", "漏えいした情報の項目"). */
function underScope(doc, at) {
  const line = doc.lineAt(at);
  if (DATA_SCOPE.test(line.text.slice(0, Math.max(0, at - line.start)))) return true;
  return line.headings.some((h) => DATA_SCOPE.test(headingText(doc.lines[h], doc.text)));
}

/** The top-level section a position stands in (the first heading of its chain), or -1. */
const sectionOf = (doc, at) => doc.lineAt(at).headings[0] ?? -1;

/** Every body mention of each kind's words: the spans the kinds table matches. */
function mentionsOf(doc, wholes = false) {
  const out = new Map();
  const body = doc.text.slice(doc.bodyStart);
  const literals = literalFilterOf(doc);
  // With `wholes`, data named as a whole ("個人情報", "情報の一部", "サーバー内の情報") is a mention of 'other' too: the rules read it
  // only where no kind is named.
  if (wholes) {
    for (const p of [UMBRELLA_DATA, PART_OF_DATA, LEAK_SUBJECT_DATA]) {
      for (const m of body.matchAll(new RegExp(p.source, 'g'))) {
        const list = out.get('other') ?? [];
        list.push(doc.bodyStart + m.index);
        out.set('other', list);
      }
    }
  }
  for (const { type, pattern } of DATA_KEYWORDS) {
    const found = literals.matchesOf(pattern, body);
    if (found === null) continue;
    for (const m of found) {
      const list = out.get(type) ?? [];
      list.push(doc.bodyStart + m.index);
      out.set(type, list);
    }
  }
  return out;
}

/** The sentence's words the model reads, as feature names with a prefix. */
function sentenceFeatures(text, prefix) {
  return SENTENCE_WORDS.filter((w) => w.pattern.test(text)).map((w) => `${prefix}${w.name}`);
}

/**
 * The candidates of a release: each kind the rules report as leaked, and (`withMentions`) each kind named in the body that
 * the rules did not keep, with the features the model weighs.
 */
export function kindCandidates(doc, found, withMentions = false, tokenize = null, wholes = false) {
  const types = [...new Set(found.incidentTypes.filter((f) => !f.value.negated).map((f) => f.value.type))].sort();
  const leakedKinds = new Set(found.dataTypes.filter((f) => f.value.leaked).map((f) => f.value.type));
  const deniedKinds = new Set(found.dataTypes.filter((f) => !f.value.leaked).map((f) => f.value.type));
  const specific = [...leakedKinds].filter((k) => k !== 'other').length;
  const mentions = mentionsOf(doc, wholes);
  // Lines and sentences that hold a kind the rules report: a mention beside one is in the same list.
  const leakedLines = new Set();
  const leakedSentences = new Set();
  for (const f of found.dataTypes) {
    if (!f.value.leaked) continue;
    leakedLines.add(doc.lineAt(f.at).index);
    const s = sentenceAt(doc, f.at);
    if (s) leakedSentences.add(s.start);
  }
  const release = ['bias', ...(types.length ? types.map((t) => `inc=${t}`) : ['inc=none']), `specific=${bucket(specific, 4)}`];
  if (!doc.overview) release.push('noOverview');
  release.push(`kindsNamed=${bucket(mentions.size, 5)}`);
  const followUp = (found.reportNumber[0]?.value ?? 0) >= 2 || found.followUp.some((x) => x.value);
  if (followUp) release.push('followUp');
  const title = found.title[0]?.value ?? '';
  for (const w of sentenceFeatures(title, 't:')) release.push(w);
  if (/個人情報/.test(title)) release.push('t:personal');
  const extent = found.counts.filter((c) => c.value.measure === 'extent' && c.value.scope !== 'other');
  release.push(`counts=${bucket(extent.length)}`);
  const countSubjects = extent.map((c) => c.value.subject ?? '').join('|');
  const out = [];
  for (const kind of DATA_TYPES) {
    const mine = found.dataTypes.filter((f) => f.value.type === kind && f.value.leaked);
    const source = mine.length ? 'rule' : 'mention';
    const said = mentions.get(kind) ?? [];
    if (source === 'mention' && (!withMentions || said.length === 0)) continue;
    const k = `k=${kind}|`;
    const f = new Set([...release, `kind=${kind}`, `src=${source}`, `${k}src=${source}`]);
    for (const t of types) f.add(`${k}inc=${t}`);
    if (followUp) f.add(`${k}followUp`);
    if (/個人情報/.test(title)) f.add(`${k}t:personal`);
    f.add(`${k}kindsNamed=${bucket(mentions.size, 5)}`);
    f.add(`${k}counts=${bucket(extent.length)}`);
    f.add(`${k}specific=${bucket(specific, 4)}`);
    if (deniedKinds.has(kind)) f.add(`${k}denied`);
    f.add(`mentions=${bucket(said.length, 4)}`);
    f.add(`${k}mentions=${bucket(said.length, 4)}`);
    const places = mine.length ? mine.map((x) => x.at) : said;
    const sections = new Set(places.map((at) => sectionOf(doc, at)));
    f.add(`sections=${bucket(sections.size)}`);
    f.add(`found=${bucket(mine.length)}`);
    for (const x of mine) {
      const { rule, verdict } = ruleOf(x.ruleId);
      f.add(`rule=${rule}.${verdict}`);
      f.add(`${k}rule=${rule}.${verdict}`);
      const word = x.evidence ? x.evidence.text.normalize('NFKC').replace(/\s+/g, '') : '';
      if (word) f.add(`${k}word=${word}`);
      if (word && countSubjects.includes(word)) f.add(`${k}countSubject`);
      if (word && title.includes(word)) f.add(`${k}inTitle`);
    }
    for (const at of places) {
      const place = placeOf(doc, at);
      f.add(`at=${place}`);
      f.add(`${k}at=${place}`);
      if (underScope(doc, at)) f.add('scoped');
      const s = sentenceAt(doc, at);
      for (const w of sentenceFeatures(s?.text ?? doc.lineAt(at).text, 's:')) {
        f.add(w);
        if (kind === 'other') f.add(`${k}${w}`);
      }
      if (tokenize && s) {
        // The predicates of the clause the word stands in: verbs, adjectives and auxiliaries by their base forms.
        const after = s.text.slice(Math.max(0, at - s.start));
        const stop = DATA_CLAUSE_END.exec(after);
        const clause = stop ? after.slice(0, stop.index + stop[0].length) : after;
        for (const t of tokenize(clause)) {
          if (t.pos !== '動詞' && t.pos !== '形容詞' && t.pos !== '助動詞') continue;
          const base = t.basic_form === '*' ? t.surface_form : t.basic_form;
          f.add(`v:${base}`);
          f.add(`${k}v:${base}`);
        }
      }
      if (source === 'mention') {
        if (leakedLines.has(doc.lineAt(at).index)) f.add('besideLeakedLine');
        if (s && leakedSentences.has(s.start)) f.add('besideLeakedSentence');
      }
    }
    out.push({ kind, source, features: bySource(source, f) });
  }
  return out;
}

/**
 * The candidates of a release for incident types: each type the rules assert, and (`withMentions`) each type they found only
 * negated (a keyword in a denial, a hypothesis, a countermeasure), with the features the model weighs.
 */
export function typeCandidates(doc, found, withMentions = false) {
  const live = new Set(found.incidentTypes.filter((f) => !f.value.negated).map((f) => f.value.type));
  const kinds = [...new Set(found.dataTypes.filter((f) => f.value.leaked).map((f) => f.value.type))];
  const title = found.title[0]?.value ?? '';
  const release = ['bias', `types=${bucket(live.size)}`, `kinds=${bucket(kinds.length, 4)}`];
  if (!doc.overview) release.push('noOverview');
  for (const w of sentenceFeatures(title, 't:')) release.push(w);
  const out = [];
  for (const type of INCIDENT_TYPES) {
    const mine = found.incidentTypes.filter((f) => f.value.type === type);
    if (mine.length === 0) continue;
    const source = live.has(type) ? 'rule' : 'mention';
    if (source === 'mention' && !withMentions) continue;
    const k = `k=${type}|`;
    const f = new Set([...release, `kind=${type}`, `src=${source}`, `${k}src=${source}`]);
    for (const t of live) if (t !== type) f.add(`${k}with=${t}`);
    if (!doc.overview) f.add(`${k}noOverview`);
    for (const w of sentenceFeatures(title, 't:')) f.add(`${k}${w}`);
    const liveOnes = mine.filter((x) => !x.value.negated);
    f.add(`${k}live=${bucket(liveOnes.length)}`);
    f.add(`${k}negated=${bucket(mine.length - liveOnes.length)}`);
    const sections = new Set(mine.map((x) => sectionOf(doc, x.at)));
    f.add(`${k}sections=${bucket(sections.size)}`);
    for (const x of mine) {
      const parts = x.ruleId.split('.').slice(1).filter((p) => p !== type);
      const rule = parts.join('.');
      f.add(`${k}rule=${rule}${x.value.negated ? ':neg' : ''}`);
      for (const p of parts) f.add(`${k}why=${p}${x.value.negated ? ':neg' : ''}`);
      const word = x.evidence ? x.evidence.text.normalize('NFKC').replace(/\s+/g, '') : '';
      if (word) f.add(`${k}word=${word}${x.value.negated ? ':neg' : ''}`);
      const place = placeOf(doc, x.at);
      f.add(`${k}at=${place}${x.value.negated ? ':neg' : ''}`);
      const s = sentenceAt(doc, x.at);
      for (const w of sentenceFeatures(s?.text ?? doc.lineAt(x.at).text, 's:')) f.add(`${k}${w}${x.value.negated ? ':neg' : ''}`);
    }
    out.push({ kind: type, source, features: bySource(source, f) });
  }
  return out;
}

/** The model's probability that the gold lists a candidate's kind. */
export function kindProbability(model, features) {
  let z = 0;
  for (const name of features) z += model.weights[name] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
