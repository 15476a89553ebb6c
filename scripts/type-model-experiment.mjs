#!/usr/bin/env node
// Issue #10's second experiment (after the date model, scripts/date-model-experiment.mjs, did not win): a logistic
// model deciding whether the release asserts an incident type the rules weigh — outage, unauthorized_access — from the
// rules' findings for it (asserted, only negated, which rules, how many, where) and the words of the sentences that
// carry them and of the release (停止, 復旧, 影響はありません, 可能性 …). Binary per release and type; the gold's
// incidentTypes is the answer. Cross-validated by set (train on every tuning set but one, both modes), against the rules.
//
// Measured 2026-12-06 on the 18 tuning sets (1,645 releases), releases right of 1,645 (rules → model), per type:
//                                  full outage    full unauth    body outage    body unauth
//   model where ≥50% sure, L2 1    1566 → 1566    1584 → 1583    1557 → 1556    1560 → 1558
//   model where ≥50% sure, L2 5    1566 → 1566    1584 → 1585    1557 → 1559    1560 → 1562
//   model where ≥70% sure, L2 5    1566 → 1565    1584 → 1588    1557 → 1558    1560 → 1562
//   model where ≥85% sure, L2 1    1566 → 1567    1584 → 1588    1557 → 1556    1560 → 1562
// (F1 of the type within ±0.002 everywhere: full outage .922, unauthorized_access .977.) Against the rules of the day each
// set came fresh (the commit that added it, rebuilt; model trained on that day's other sets), ≥50% sure, L2 1:
//   fresh120i  outage 108 → 108 / 106 → 107, unauth 116 → 116 / 113 → 111   (full / body, of 120)
//   fresh120j  outage 109 → 110 / 109 → 110, unauth 110 → 112 / 109 → 113
//   fresh120k  outage 114 → 116 / 113 → 115, unauth 113 → 113 / 111 → 112
// A few releases either way, well under the point a model would have to win by to ship: nothing ships. The rules'
// verdict carries the decision. Where the model overrules it on outage (--show-changes, full mode) it drops an outage
// the rules assert 26 times, 13 rightly and 13 wrongly, and adds one 8 times, 4 rightly — e.g. three releases of one incident (ＴＯＫＡＩ
// コミュニケーションズ, 2025-12-19, 12-21, 2026-01-23), alike in wording, that the gold marks outage in two of
// three: the convention split the briefs note (a stopped or closed service as outage), not a pattern to learn.
//
//   node scripts/type-model-experiment.mjs --cv-sets [--cache] [--high P] [--show-changes]
//
// Deterministic: fixed set order, full-batch gradient ascent from zero weights.
import { incidentTypesExtractor } from '../dist/extract/incidentTypes.js';
import { headingText } from '../dist/segment/lines.js';
import { TRAINING_SETS, cachedSets as readCachedSets, parseGoldRelease } from './model-experiment-common.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const TYPES = ['outage', 'unauthorized_access'];
const L2 = Number(option('--l2', '1'));
const STEPS = Number(option('--steps', '300'));
const HIGH = Number(option('--high', '0.5'));

/** Words looked for in the sentences of a type's findings and in the whole release. */
const WORDS = [
  '停止', '障害', '復旧', '再開', '利用できな', 'ご利用いただけな', 'つながらな', '接続できな', '不具合', '遅延', '影響', '業務', 'システム',
  'サービス', '休止', '見合わせ', 'ご迷惑', 'ご不便', '暗号化', 'ランサムウェア', 'サイバー攻撃', '攻撃', '不正アクセス', '侵入', '第三者',
  '外部', '不正ログイン', 'なりすまし', '誤送信', '紛失', '盗難', '設定', '閲覧可能', 'ウイルス', 'マルウェア', 'Emotet', 'フィッシング',
  '可能性', 'おそれ', '恐れ', 'ありません', 'ございません', 'ない', '確認されて', '痕跡', '形跡', '予防', '念のため', '一時', '遮断', '隔離',
];
const NEGATION = /(?:ありません|ございません|ない|ず[、。]|なく)/;

async function readRelease(gold, mode) {
  const { doc, found } = await parseGoldRelease(gold, mode, { stopAfter: incidentTypesExtractor });
  const rules = [...new Set(found.incidentTypes.filter((f) => !f.value.negated).map((f) => f.value.type))];
  const features = Object.fromEntries(TYPES.map((t) => [t, typeFeatures(doc, found, t, rules)]));
  return { path: gold.path, mode, rules, features, gold: gold.incidentTypes };
}

/** What the model reads for one type: the rules' findings for it and the words around them and in the release. */
function typeFeatures(doc, found, type, rules) {
  const f = ['bias'];
  const mine = found.incidentTypes.filter((x) => x.value.type === type);
  const live = mine.filter((x) => !x.value.negated);
  if (rules.includes(type)) f.push('rule=yes');
  else if (mine.length > 0) f.push('rule=negatedOnly');
  else f.push('rule=none');
  f.push(`live=${Math.min(live.length, 3)}`, `negated=${Math.min(mine.length - live.length, 3)}`);
  for (const x of mine) {
    const id = x.ruleId.replace(/^incidentTypes\./, '');
    f.push(`id=${id.split('.').slice(0, 2).join('.')}${x.value.negated ? ':neg' : ''}`);
    const why = id.split('.').slice(2).filter((p) => p !== type && p !== 'weak');
    for (const w of why) f.push(`why=${w}`);
    if (id.includes('.weak')) f.push(`weak${x.value.negated ? ':neg' : ''}`);
  }
  for (const t of rules) if (t !== type) f.push(`other=${t}`);
  if (rules.length === 0) f.push('other=none');
  const text = doc.text;
  const sentenceWords = new Set();
  let inHeading = false;
  let early = false;
  for (const x of live) {
    const at = x.at ?? x.evidence?.start ?? 0;
    const from = Math.max(text.lastIndexOf('。', at) + 1, at - 80);
    const toDot = text.indexOf('。', at);
    const to = Math.min(toDot < 0 ? text.length : toDot, at + 80);
    const sentence = text.slice(from, to);
    for (const w of WORDS) if (sentence.includes(w)) sentenceWords.add(w);
    if (NEGATION.test(text.slice(at, to))) sentenceWords.add('~negAfter');
    const line = doc.lineAt(at);
    if (line.kind === 'heading') inHeading = true;
    if ((at - doc.bodyStart) / Math.max(1, text.length - doc.bodyStart) < 0.2) early = true;
  }
  for (const w of sentenceWords) f.push(`s:${w}`);
  if (inHeading) f.push('inHeading');
  if (early) f.push('early');
  const body = text.slice(doc.bodyStart);
  for (const w of WORDS) {
    let n = 0;
    for (let i = body.indexOf(w); i >= 0 && n < 3; i = body.indexOf(w, i + w.length)) n++;
    if (n > 0) f.push(`r:${w}=${n >= 3 ? 3 : n}`);
  }
  const title = found.title[0]?.value ?? '';
  for (const w of WORDS) if (title.includes(w)) f.push(`t:${w}`);
  return f;
}

function train(rows) {
  const names = [...new Set(rows.flatMap((r) => r.x))].sort();
  const index = new Map(names.map((n, k) => [n, k]));
  const xs = rows.map((r) => ({ y: r.y, x: r.x.map((n) => index.get(n)) }));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (const r of xs) {
      const z = r.x.reduce((s, k) => s + w[k], 0);
      const g = r.y - 1 / (1 + Math.exp(-z));
      for (const k of r.x) grad[k] += g;
    }
    for (let k = 0; k < names.length; k++) w[k] += (0.5 * (grad[k] - L2 * w[k])) / xs.length * 10;
  }
  const out = {};
  names.forEach((n, k) => { if (Math.abs(w[k]) >= 0.0005) out[n] = w[k]; });
  return out;
}

const prob = (w, x) => 1 / (1 + Math.exp(-x.reduce((s, n) => s + (w[n] ?? 0), 0)));

function fit(releases) {
  return Object.fromEntries(TYPES.map((t) => [t, train(releases.map((r) => ({ x: r.features[t], y: r.gold.includes(t) ? 1 : 0 })))]));
}

/** The model's verdict where it is sure (p ≥ HIGH for yes, ≤ 1 - HIGH for no), the rules' otherwise. */
function answer(r, model, t) {
  const p = prob(model[t], r.features[t]);
  if (p >= HIGH && p >= 0.5) return true;
  if (p <= 1 - HIGH && p < 0.5) return false;
  return r.rules.includes(t);
}

const cachedSets = (sets) => readCachedSets(sets, readRelease, { cacheFile: option('--cache-file', '/tmp/type-model-cache-sets.json'), useCache: flag('--cache') });

/** tp/fp/fn of one type over releases, and how many releases got it right. */
function tally(releases, says, t) {
  const a = { tp: 0, fp: 0, fn: 0, right: 0 };
  for (const r of releases) {
    const want = r.gold.includes(t);
    const got = says(r);
    if (want && got) a.tp++; else if (got) a.fp++; else if (want) a.fn++;
    if (want === got) a.right++;
  }
  return a;
}

async function main() {
  const sets = option('--sets', null)?.split(',') ?? TRAINING_SETS;
  if (!flag('--cv-sets')) {
    console.error('usage: node scripts/type-model-experiment.mjs --cv-sets [--cache] [--high P] [--l2 L] [--show-changes]');
    process.exit(2);
  }
  const byMode = await cachedSets(sets);
  const total = {};
  for (const held of sets) {
    const model = fit([...byMode.full, ...byMode.body].filter((r) => r.set !== held));
    const cells = [];
    for (const mode of ['full', 'body']) {
      const test = byMode[mode].filter((r) => r.set === held);
      for (const t of TYPES) {
        const rules = tally(test, (r) => r.rules.includes(t), t);
        const m = tally(test, (r) => answer(r, model, t), t);
        const key = `${mode} ${t}`;
        total[key] ??= { rules: { tp: 0, fp: 0, fn: 0, right: 0 }, model: { tp: 0, fp: 0, fn: 0, right: 0 }, better: 0, worse: 0 };
        for (const k of ['tp', 'fp', 'fn', 'right']) { total[key].rules[k] += rules[k]; total[key].model[k] += m[k]; }
        if (m.right > rules.right) total[key].better++;
        if (m.right < rules.right) total[key].worse++;
        cells.push(`${mode} ${t.slice(0, 6)} ${rules.right}→${m.right}`);
        if (flag('--show-changes') && mode === 'full') {
          for (const r of test) {
            const a = answer(r, model, t);
            if (a !== r.rules.includes(t)) console.log(`  ${r.path} ${t}: gold ${r.gold.includes(t)} rules ${r.rules.includes(t)} model ${a} p=${prob(model[t], r.features[t]).toFixed(2)}`);
          }
        }
      }
    }
    console.log(`${held.split('/').pop().padEnd(10)} n=${String(byMode.full.filter((r) => r.set === held).length).padStart(3)}  ${cells.join('  ')}`);
  }
  const f1 = (a) => (2 * a.tp) / Math.max(1, 2 * a.tp + a.fp + a.fn);
  for (const [key, t] of Object.entries(total)) {
    console.log(`${key.padEnd(24)} right: rules ${t.rules.right} model ${t.model.right}  F1: rules ${f1(t.rules).toFixed(3)} (fp ${t.rules.fp} fn ${t.rules.fn}) model ${f1(t.model).toFixed(3)} (fp ${t.model.fp} fn ${t.model.fn})  sets better ${t.better} worse ${t.worse}`);
  }
}

await main();
