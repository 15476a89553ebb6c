import { CORPORATE_FORMS, FORM_KINDS, NAME_ENDINGS, SELF_REFERENCES } from '../words/organizations.js';
import type { OrganizationKind } from '../types.js';
import type { DocumentContext } from '../document.js';
import { getTokenizer } from '../tokenize/kuromoji.js';
import type { Extractor, Finding, OrganizationCandidate } from './types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORMS = [...CORPORATE_FORMS].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Characters a name is made of: kana, kanji, Latin, digits, a few joiners (no particles' context). */
const NAME_CHAR = '[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}A-Za-z0-9ー・&\\-.\']';
/** 株式会社ＸＸ (the legal form first). */
const FORM_FIRST = new RegExp(`(?:${FORMS})[ ]?${NAME_CHAR}{1,30}`, 'gu');
/** ＸＸ株式会社 (the legal form last); a name may hold single spaces between Latin/katakana words. */
const FORM_LAST = new RegExp(`${NAME_CHAR}{1,30}(?:[ ]${NAME_CHAR}{1,20}){0,3}[ ]?(?:${FORMS})`, 'gu');
/** What tends to follow the issuer's name in its own release. */
const ISSUER_CONTEXT = /^[ ]?(?:\((?:本社|本店|所在地|代表|以下)|は[、,]|(?:では|において)[、,]?|代表取締役)/;
/** Particles and words that end a name run but are not part of the name. */
const TRAILING_NOISE = /(?:では|において|における|には|とは|より|から|は|が|の|を|に|と|も|で|へ|及び|および|ならびに|並びに|様|殿|御中)$/;
const LEADING_NOISE = /^(?:当社|弊社|当該|この度|このたび|今般|なお|また|さて|本日|同社|子会社|親会社|グループ会社|であり|である|の|は|が|を|に|と|で)+/;
const HQ = /本(?:社|店)(?:所在地)?[ ]?:[ ]?([^、,)]{2,40})/;
const REP = /代表(?:取締役)?(?:社長)?(?:執行役員)?(?:CEO|社長|理事長|学長|院長|会長)?[ ]?:?[ ]?([^、,)]{2,20})/;

export function organizationKind(name: string): OrganizationKind {
  for (const { form, kind } of FORM_KINDS) if (name.includes(form)) return kind;
  for (const { ending, kind } of NAME_ENDINGS) if (name.endsWith(ending)) return kind;
  return 'other';
}

function cleanName(raw: string): string {
  let name = raw.trim();
  for (let i = 0; i < 3; i++) name = name.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim();
  return name;
}

/**
 * The issuing organization: the overview bullet when there is one; otherwise the name in the prose
 * that stands where 当社/弊社 is meant — followed by (本社…, 以下「当社」), は、 — at the top, alone on
 * a signature line, or most often. kuromoji's organization tags are the last resort.
 */
export const organizationExtractor: Extractor = {
  id: 'organization',
  async extract(doc, _found, options) {
    const found: Finding<OrganizationCandidate>[] = [];
    const o = doc.overview?.organization;
    if (o) {
      found.push({ value: candidate(doc, o.text, o.end, 100), evidence: doc.evidence(o.start, o.end), ruleId: 'organization.overview', at: o.start });
      return { organization: found };
    }
    const byName = new Map<string, Finding<OrganizationCandidate>>();
    const add = (start: number, end: number, score: number, ruleId: string) => {
      const raw = doc.text.slice(start, end);
      const name = cleanName(raw);
      if (name.length < 2 || CORPORATE_FORMS.some((f) => f === name)) return;
      const offset = start + raw.indexOf(name);
      const prev = byName.get(name);
      if (prev) {
        prev.value.score += score;
        return;
      }
      const f: Finding<OrganizationCandidate> = {
        value: candidate(doc, name, offset + name.length, score),
        evidence: doc.evidence(offset, offset + name.length),
        ruleId,
        at: offset,
      };
      byName.set(name, f);
    };
    const body = doc.text.slice(doc.bodyStart);
    const total = body.length || 1;
    for (const pattern of [FORM_FIRST, FORM_LAST]) {
      for (const m of body.matchAll(pattern)) {
        const start = doc.bodyStart + m.index!;
        const end = start + m[0].length;
        const name = cleanName(m[0]);
        const after = doc.text.slice(start + m[0].indexOf(name) + name.length, end + 12);
        const line = doc.lineAt(start);
        const alone = doc.text.slice(line.contentStart, line.end).trim() === name;
        const position = 1 - m.index! / total;
        let score = 1 + position;
        if (ISSUER_CONTEXT.test(after)) score += 4;
        if (alone) score += 3;
        add(start, end, score, pattern === FORM_FIRST ? 'organization.formFirst' : 'organization.formLast');
      }
    }
    // Bodies without a legal form: a line holding only "…市" / "…大学" / "…病院" (a signature).
    for (const line of doc.bodyLines) {
      const content = doc.text.slice(line.contentStart, line.end).trim();
      if (content.length < 2 || content.length > 30 || /[。、:]/.test(content)) continue;
      if (NAME_ENDINGS.some((e) => content.endsWith(e.ending)) && !/^(?:当|本|弊)/.test(content)) add(line.contentStart, line.end, 3, 'organization.signatureLine');
    }
    if (byName.size === 0 && options.tokenize) {
      for (const f of await tokenizerCandidates(doc)) byName.set(f.value.name, f);
    }
    const ranked = [...byName.values()].sort((a, b) => b.value.score - a.value.score || a.at - b.at);
    return { organization: ranked.slice(0, 5) };
  },
};

function candidate(doc: DocumentContext, name: string, after: number, score: number): OrganizationCandidate {
  const near = doc.text.slice(after, after + 120);
  const hq = /^[ ]?\(/.test(near) ? HQ.exec(near) : null;
  const rep = /^[ ]?\(/.test(near) ? REP.exec(near) : null;
  return {
    name,
    kind: organizationKind(name.normalize('NFKC')),
    headquarters: hq ? hq[1]!.trim() : null,
    representative: rep ? rep[1]!.trim() : null,
    score,
  };
}

/** Proper nouns tagged as organizations in the first sentences that mention 当社/弊社. */
async function tokenizerCandidates(doc: DocumentContext): Promise<Finding<OrganizationCandidate>[]> {
  const sentences = doc.bodySentences.filter((s) => SELF_REFERENCES.some((w) => s.text.includes(w))).slice(0, 5);
  if (sentences.length === 0) return [];
  const tokenizer = await getTokenizer();
  const out: Finding<OrganizationCandidate>[] = [];
  for (const s of sentences) {
    let offset = s.start;
    for (const t of tokenizer.tokenize(s.text)) {
      const start = offset;
      offset += t.surface_form.length;
      if (t.pos === '名詞' && t.pos_detail_1 === '固有名詞' && t.pos_detail_2 === '組織' && t.surface_form.length >= 2) {
        out.push({ value: candidate(doc, t.surface_form, offset, 1), evidence: doc.evidence(start, offset), ruleId: 'organization.kuromoji', at: start });
      }
    }
  }
  return out;
}
