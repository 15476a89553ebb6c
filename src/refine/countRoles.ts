import type { DocumentContext } from '../document.js';
import { sentenceAt } from '../extract/context.js';
import type { Finding, CountDraft, Findings, Refiner } from '../extract/types.js';
import { OWN_SIDE_WORDS, ORGANIZATION_SUBJECT, PART_BEFORE, RELAYED_AFTER, RELAYED_WIDER_BEFORE, TOTAL_BEFORE, WIDER_SCOPE_BEFORE, unitClassOf } from '../words/counters.js';

type CountFinding = Finding<CountDraft>;

/** The words before a count's number in its clause (same line, at most `span` characters, cut at 。). */
function wordsBefore(doc: DocumentContext, c: CountFinding, span = 40): string {
  const line = doc.lineAt(c.at);
  // A count starts at its prefix words (計, 約, 最大): they belong to the words before the number.
  const prefix = /^[^0-9一二三四五六七八九十百千万]{0,6}/.exec(doc.text.slice(c.at, c.at + 6))![0];
  return (doc.text.slice(Math.max(line.contentStart, c.at - span), c.at) + prefix).split('。').pop()!;
}

const classOf = (c: CountFinding): string => unitClassOf(c.value.unit) ?? c.value.unit;

/** Whether two counts count the same kind of thing, a figure restated in the other counter included (62,691名分 = 62,691件). */
function sameClass(a: CountFinding, b: CountFinding): boolean {
  const of = (c: CountFinding) => [classOf(c), ...c.value.restatedAs.map((r) => unitClassOf(r.unit) ?? r.unit)];
  const mine = of(a);
  return of(b).some((k) => mine.includes(k));
}

/** Lines that list items: bullets, table rows and short lines without a full stop. */
function isListLine(doc: DocumentContext, at: number): boolean {
  const line = doc.lineAt(at);
  if (line.kind === 'bullet' || line.kind === 'table' || line.kind === 'heading') return true;
  return line.text.length <= 120 && !line.text.includes('。');
}

/** Parts right after (or before) a figure that add up to it: "748人分 … (内訳) 112名分 117名分 …". */
function partsSummingTo(counts: readonly CountFinding[], i: number, step: 1 | -1, doc: DocumentContext): number[] | null {
  const total = counts[i]!;
  let sum = 0;
  const parts: number[] = [];
  for (let j = i + step; j >= 0 && j < counts.length && parts.length < 24; j += step) {
    const c = counts[j]!;
    // Parts stand near their total: in a list below it, or on its own line before it.
    if (Math.abs(c.at - total.at) > (step === 1 ? 3000 : 300)) break;
    if (classOf(c) !== classOf(total)) continue;
    if (c.value.role !== 'single' || c.value.value >= total.value.value) break;
    sum += c.value.value;
    parts.push(j);
    if (sum === total.value.value) return parts.length >= 2 ? parts : null;
    if (sum > total.value.value) return null;
  }
  return null;
}

/** A wider scope another party reported ("全国約30都道府県の…最大約17万3千件が漏えいしたおそれがあると報告があり"). */
function relayedWider(doc: DocumentContext, c: CountFinding): boolean {
  if (!RELAYED_WIDER_BEFORE.test(wordsBefore(doc, c, 80))) return false;
  const sentence = sentenceAt(doc, c.at);
  const end = Math.min(sentence ? sentence.end : doc.lineAt(c.at).end, c.at + 200);
  return RELAYED_AFTER.test(doc.text.slice(c.at, end));
}

/** The organization a release is issued by, folded for comparison. */
function issuerOf(found: Findings): string | null {
  const name = found.organization[0]?.value.name;
  return name ? name.normalize('NFKC').replace(/\s/g, '') : null;
}

/**
 * Says what each count is among the release's figures:
 * - role: a stated total (合計, 計, 総数), or one that its list of parts adds up to, and its parts
 *   (うち, 内訳, or the list that sums to it); a part takes its total's scope and, as a list item,
 *   its total's leak status (one school's line under "漏えいした可能性" is possible too);
 * - scope: a figure of a wider scope (システム全体で, 全国で) beside one of the release's own side
 *   (本市に…3名), or a figure per organization (虎の門病院1,002名) beside the issuer's own, is
 *   another organization's.
 */
export const countRolesRefiner: Refiner = {
  id: 'counts.roles',
  refine(found, doc) {
    const counts = found.counts.map((c) => ({ ...c, value: { ...c.value } }));
    const totalOf = new Map<number, number>();
    const byValue = new Map<number, number[]>();
    counts.forEach((c, i) => {
      const list = byValue.get(c.value.value);
      if (list) list.push(i);
      else byValue.set(c.value.value, [i]);
    });
    counts.forEach((c, i) => {
      const before = wordsBefore(doc, c);
      if (TOTAL_BEFORE.test(before)) {
        c.value.role = 'total';
        return;
      }
      if (!PART_BEFORE.test(before)) return;
      // "112 名のうち、108 名": the total is named, wherever it was first counted.
      const named = /([0-9][0-9,]*)[ ]?[^0-9、。 ]{0,5}?の?うち[、,]?[^。0-9]{0,30}$/.exec(before);
      const namedValue = named ? Number(named[1]!.replace(/,/g, '')) : null;
      const namedTotal = namedValue === null || namedValue <= c.value.value ? -1 : (byValue.get(namedValue) ?? []).find((j) => j !== i && sameClass(counts[j]!, c)) ?? -1;
      if (namedTotal >= 0) {
        c.value.role = 'part';
        totalOf.set(i, namedTotal);
        if (counts[namedTotal]!.value.role === 'single') counts[namedTotal]!.value.role = 'total';
        return;
      }
      // Its total: the nearest larger figure of its class before it, in its sentence or a few lines up.
      const sentence = sentenceAt(doc, c.at);
      for (let j = i - 1; j >= 0; j--) {
        const t = counts[j]!;
        const near = (sentence && t.at >= sentence.start) || c.at - t.at <= 400;
        if (!near) break;
        if (sameClass(t, c) && t.value.value > c.value.value && t.value.role !== 'part') {
          c.value.role = 'part';
          totalOf.set(i, j);
          if (t.value.role === 'single') t.value.role = 'total';
          break;
        }
      }
    });
    // The rest of a breakdown sentence ("内訳は、氏名（62,631件）、メールアドレス（62,691件）、電話番号（506件）").
    for (const [part, total] of [...totalOf]) {
      const sentence = sentenceAt(doc, counts[part]!.at);
      if (!sentence) continue;
      // A breakdown lists a few kinds; the bound keeps a hostile sentence of many figures linear.
      for (let k = part + 1; k < counts.length && k - part <= 50 && counts[k]!.at < sentence.end; k++) {
        const c = counts[k]!;
        if (c.value.role === 'single' && sameClass(c, counts[total]!) && c.value.value <= counts[total]!.value.value) {
          c.value.role = 'part';
          totalOf.set(k, total);
        }
      }
    }
    counts.forEach((c, i) => {
      if (c.value.role === 'part') return;
      const parts = partsSummingTo(counts, i, 1, doc) ?? partsSummingTo(counts, i, -1, doc);
      if (!parts) return;
      c.value.role = 'total';
      for (const j of parts) {
        counts[j]!.value.role = 'part';
        totalOf.set(j, i);
      }
    });

    // Scope: a wider figure beside the release's own side, a figure per organization beside the issuer's.
    const ownSide = (c: CountFinding) => OWN_SIDE_WORDS.test(wordsBefore(doc, c, 80)) || OWN_SIDE_WORDS.test(c.value.subject ?? '');
    const issuer = issuerOf(found);
    const fold = (s: string | null) => (s ?? '').normalize('NFKC').replace(/\s/g, '');
    const isIssuer = (c: CountFinding) => {
      const subject = fold(c.value.subject);
      return issuer !== null && subject.length >= 3 && ORGANIZATION_SUBJECT.test(subject) && (issuer.includes(subject) || subject.includes(issuer));
    };
    // One pass for the classes that have a figure of the own side or of the issuer (linear in the counts).
    const ownSideClasses = new Set<string>();
    const issuerClasses = new Set<string>();
    const ownSideOf = counts.map(ownSide);
    const issuerOf_ = counts.map(isIssuer);
    counts.forEach((c, i) => {
      if (ownSideOf[i]) ownSideClasses.add(classOf(c));
      if (issuerOf_[i]) issuerClasses.add(classOf(c));
    });
    counts.forEach((c, i) => {
      if (c.value.scope === 'other') return;
      if (!ownSideOf[i] && ownSideClasses.has(classOf(c)) && WIDER_SCOPE_BEFORE.test(wordsBefore(doc, c))) c.value.scope = 'other';
      else if (!ownSideOf[i] && relayedWider(doc, c)) c.value.scope = 'other';
      else if (!issuerOf_[i] && issuerClasses.has(classOf(c)) && ORGANIZATION_SUBJECT.test(fold(c.value.subject))) c.value.scope = 'other';
    });
    for (const [part, total] of totalOf) {
      const p = counts[part]!.value;
      const t = counts[total]!.value;
      if (t.scope === 'other') p.scope = 'other';
      const claims = (s: string) => s === 'leaked' || s === 'possible';
      // A listed part, or a breakdown by data kind (内訳は、氏名（62,631件）…), is the total's population.
      const breakdown = isListLine(doc, counts[part]!.at) || /内訳/.test(wordsBefore(doc, counts[part]!));
      if (claims(p.status) && claims(t.status) && p.status !== t.status && breakdown) p.status = t.status;
    }
    return { ...found, counts };
  },
};
