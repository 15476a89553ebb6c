import { describe, expect, test } from 'vitest';
import { anyPatternTest, firstCharClass, LiteralFilter, matchesAnchored, matchesOf, mayMatchText, requiredLiterals, withFirstCharGuard } from '../../src/util/regex.js';
import { EARLIER_NOTICE } from '../../src/words/reports.js';
import { INCIDENT_KEYWORDS } from '../../src/words/incidentTypes.js';
import { DATA_KEYWORDS } from '../../src/words/dataTypes.js';
import { KNOWN_PRODUCTS } from '../../src/words/products.js';
import { normalizeText } from '../../src/normalize/normalize.js';

describe('requiredLiterals: texts every match contains one of', () => {
  test.each([
    ['plain word', 'FortiGate', ['fortigate']],
    ['longest run of an alternative', 'Oracle[ ]E-?Business', ['business']],
    ['one per alternative', 'Slack|スラック', ['slack', 'スラック']],
    ['a group every match goes through', '(?<![A-Za-z0-9])(?:Zoom|Teams)(?![A-Za-z0-9])', ['zoom', 'teams']],
    ['an optional group is not required', '(?:VMware[ ])?ESXi', ['esxi']],
    ['an optional character ends a run', 'ab?cd', ['cd']],
    ['an escaped character is literal', 'Booking\\.com', ['booking.com']],
    ['a lookbehind is not part of the match', '(?<=公式)X', ['x']],
    ['a required group of words beats a one-character run', '(?:こと|旨)を(?:公表|発表)', ['公表', '発表']],
    ['a run as long as the group\'s words stays', '被害(?:を|が)', ['被害']],
  ])('%s: %s', (_, source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  test.each([
    ['a class escape', '\\d+'],
    ['an alternative with no literal', 'a|(?:b)?'],
    ['only a class', '[A-Z]{2,}'],
  ])('no literal to rule out with: %s', (_, source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  // The products extractor skips a table pattern whose literals are absent: that must never skip a match.
  test.each([
    'Microsoft365とOffice 365、M365のアカウント',
    'ＦｏｒｔｉＧａｔｅのＳＳＬ－ＶＰＮ',
    '公式Xアカウントと旧ツイッター、X(旧Twitter)',
    'VMware ESXiとvCenter、Apache Tomcat',
  ])('every known-product match in %s contains one of its literals', (source) => {
    const text = normalizeText(source).text;
    let matched = 0;
    for (const k of KNOWN_PRODUCTS) {
      const needles = requiredLiterals(k.pattern.source);
      for (const m of text.matchAll(k.pattern)) {
        matched++;
        expect(needles === null || needles.some((n) => m[0].toLowerCase().includes(n))).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('matchesOf: the matches of a global regex, as matchAll gives them', () => {
  const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
  test.each([
    ['words', /個人情報|氏名/g, '氏名、住所、個人情報'],
    ['no match', /ランサム/g, '不正アクセス'],
    ['empty matches step one character', /(?=、)|x*/g, 'a、b'],
    ['empty matches step a whole code point with u', /(?:)/gu, 'a\u{20BB7}b'],
    ['a sticky global regex stops at the first gap', /[0-9]/gy, '12a3'],
    ['with indices', /(?<n>[0-9]+)件/dg, '3件と45件'],
  ])('%s', (_, pattern, text) => {
    expect(summary(matchesOf(pattern, text))).toEqual(summary(text.matchAll(new RegExp(pattern.source, pattern.flags))));
    expect(pattern.lastIndex).toBe(0);
  });

  test('one pattern may be used again inside its own loop', () => {
    const pattern = /[0-9]/g;
    const pairs: string[] = [];
    for (const a of matchesOf(pattern, '12')) for (const b of matchesOf(pattern, '34')) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(['13', '14', '23', '24']);
  });

  test('a regex without g is refused, as matchAll refuses it', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError);
  });

  test('a loop left early leaves lastIndex at 0, and a finished iterator stays finished', () => {
    const pattern = /[0-9]/g;
    const matches = matchesOf(pattern, '123');
    for (const m of matches) if (m[0] === '1') break;
    expect(pattern.lastIndex).toBe(0);
    expect([...matches].map((m) => m[0])).toEqual(['2', '3']);
    expect(matches.next().done).toBe(true);
  });
});

describe('mayMatchText: a cheap guard before a costly pattern on one sentence', () => {
  // It may let through a sentence the pattern does not match, never rule out one it matches.
  test.each([
    ['an earlier notice', EARLIER_NOTICE, '2025年4月18日付「不正アクセスに関するお知らせ」のとおり、調査を進めてまいりました。', true],
    ['a notice on the site', EARLIER_NOTICE, '当社ホームページにてお知らせいたしましたとおり、サーバーが攻撃を受けました。', true],
    ['none of its words', EARLIER_NOTICE, '現在、外部の専門機関と調査を進めております。', false],
    ['a cased literal, case-blind', /microsoft/i, 'MICROSOFT 365のアカウント', true],
    ['a cased literal absent', /microsoft/i, 'Google Workspace', false],
    ['a pattern without a literal lets everything through', /[0-9]+/, '氏名', true],
    ['many literals, one alternation: the last', /(?:公表|発表|掲載|告知|開示)した/, '前回告知した内容', true],
    ['many literals, one alternation: none', /(?:公表|発表|掲載|告知|開示)した/, '調査を続けています', false],
    ['many literals and a cased one', /(?:公表|発表|掲載|告知)した|Webサイト/i, 'WEBサイトの停止', true],
  ])('%s', (_, pattern, text, expected) => {
    expect(mayMatchText(pattern, text)).toBe(expected);
    if (pattern.test(text)) expect(mayMatchText(pattern, text)).toBe(true);
  });
});

describe('matchesAnchored: the matches of a pattern, tried only before its anchor', () => {
  const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}:${m[1]}`);
  const NAME_BEFORE_ADDRESS = /([A-Za-z0-9ァ-ヶー一-龠々・&.\-][A-Za-z0-9ァ-ヶー一-龠々・&.\- ]{1,29})\((?:https?:\/\/)?[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,5}\)/g;
  const NAME_BEFORE_USE = /(?<![A-Za-zァ-ヶー一-龠々])([A-Za-zァ-ヶー一-龠々][A-Za-zァ-ヶー一-龠々 ]{1,29})(?=をご?利用)/g;
  test.each([
    ['a name and its address', 1, NAME_BEFORE_ADDRESS, /\((?:https?:\/\/)?[A-Za-z0-9-]{1,40}\.[A-Za-z0-9-]/g, 'ＸＸメールリーダー(https://webmail.example.jp)に対する攻撃'],
    ['a run longer than the reach: its tail', 2, NAME_BEFORE_ADDRESS, /\((?:https?:\/\/)?[A-Za-z0-9-]{1,40}\.[A-Za-z0-9-]/g, 'あ'.repeat(10) + 'カ'.repeat(40) + '(a.example.jp)とサイト(b.jp)'],
    ['a parenthesis that is no address, then one that is', 1, NAME_BEFORE_ADDRESS, /\((?:https?:\/\/)?[A-Za-z0-9-]{1,40}\.[A-Za-z0-9-]/g, '第1報(3月)、ミドリ通販(midori.example.jp)'],
    ['one run, two names in use', 2, NAME_BEFORE_USE, /をご?利用/g, '平素よりＡＢＣネットをご利用いただき、ＤＥＦアプリを利用する方'],
    ['no anchor', 0, NAME_BEFORE_USE, /をご?利用/g, '不正アクセスを受けました'],
    ['anchors within one match', 2, NAME_BEFORE_ADDRESS, /\(/g, 'サイトA(a.jp)(b.jp)サイトB(c.jp)'],
  ])('%s', (_, count, pattern, anchor, text) => {
    const sticky = new RegExp(pattern.source, 'y');
    const found = summary(matchesAnchored(sticky, text, anchor, 30));
    expect(found).toEqual(summary(matchesOf(pattern, text)));
    expect(found.length).toBe(count);
  });

  test('a pattern that is not sticky is refused', () => {
    expect(() => matchesAnchored(/a/g, 'a', /a/g, 1)).toThrow(TypeError);
  });
});

describe('anyPatternTest: whether any of several patterns matches, as one test', () => {
  const patterns = [/漏えい(?:は|も)(?:ありません|ない)/, /^被害なし$/m, /(?<!未)確認され(?:ておりません|ていません)/];
  const any = anyPatternTest(patterns);
  test.each([
    ['the first', '個人情報の漏えいはありません。', true],
    ['an anchor keeps its meaning inside the alternation', '概要\n被害なし\n以上', true],
    ['an anchor not met', '被害なしとは言えない', false],
    ['a lookbehind keeps its meaning', '未確認されていません', false],
    ['none', '不正アクセスを受けました。', false],
  ])('%s', (_, text, expected) => {
    expect(any(text)).toBe(expected);
    expect(any(text)).toBe(patterns.some((p) => p.test(text)));
  });

  test('patterns that cannot be joined are tested one by one', () => {
    const stateful = [/a/g, /b/g];
    const test = anyPatternTest(stateful);
    expect(test('xbx')).toBe(true);
    expect(anyPatternTest([/(a)\1/, /b/])('aa')).toBe(true);
    expect(anyPatternTest([/A/i, /b/])('a')).toBe(true);
    expect(anyPatternTest([])('a')).toBe(false);
  });
});

describe('firstCharClass: the characters a match can start with', () => {
  test.each([
    ['one per alternative', '個人情報|氏名', '個氏'],
    ['lookbehinds match nothing', '(?<![0-9])(?<year>[0-9]{4})年|(?<=同年)[0-9]月', '0-90-9'],
    ['an optional element adds what follows', '[ ]{0,8}[~]?(?:同|翌)日', ' ~同翌'],
    ['a starred group adds what follows', '(?:ab)*c', 'ac'],
    ['a class hyphen at an end stays literal', '[-a]x|[b-]y', '\\-ab\\-'],
    ['an escaped character is literal', '\\(株\\)', '\\('],
    ['a class escape is copied', '\\d+件', '\\d'],
    ['a word boundary matches nothing', '\\bID', 'I'],
    ['named and non-capturing groups', '(?<era>令和|平成)(?:元)?年', '令平'],
  ])('%s: %s', (_, source, expected) => {
    expect(firstCharClass(source)).toBe(expected);
  });

  test.each([
    ['an alternative that may match nothing', 'a|b?'],
    ['any character', '.x'],
    ['an anchor', '^x'],
    ['a negated class', '[^、]x'],
    ['a back-reference', '(?<a>x)|\\k<a>'],
    ['a quantified lookahead', '(?=a)?b'],
  ])('cannot tell with %s', (_, source) => {
    expect(firstCharClass(source)).toBeNull();
  });
});

describe('withFirstCharGuard: the same matches, found faster', () => {
  const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? null)}:${m.length}`);
  test.each([
    [/(?<![0-9])(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日|(?<=同年)(?<h>[0-9]{1,2})月/g, '2025年12月3日と同年8月、13月45日'],
    [/(?<=^|\n)[ ]{0,8}[~]?(?<day>[0-9]{1,2})日|(?<same>同日)/g, '14日 報告\n ~23日 同日に確認'],
    [/[-a]x|[b-]y/g, '-x ax by -y cy'],
    [/(?<sep>[/.])[0-9]\k<sep>/g, '1/2/3.4.5'],
  ])('%s', (pattern, text) => {
    const guarded = withFirstCharGuard(pattern);
    expect(guarded.source).not.toBe(pattern.source);
    expect(summary(matchesOf(guarded, text))).toEqual(summary(matchesOf(pattern, text)));
  });

  test('a pattern whose first characters cannot be told is returned as it is', () => {
    const pattern = /.x/g;
    expect(withFirstCharGuard(pattern)).toBe(pattern);
  });
});

describe('LiteralFilter: which table patterns may match a text', () => {
  // Extractors skip a pattern the filter rules out: it must never rule out one that matches.
  const tables = [...INCIDENT_KEYWORDS.map((k) => k.pattern), ...DATA_KEYWORDS.map((k) => k.pattern), ...KNOWN_PRODUCTS.map((k) => k.pattern)];
  test.each([
    '当社サーバーが第三者による不正アクセスを受け、ランサムウェアによりファイルが暗号化されました。',
    'お客様の氏名、住所、電話番号、メールアドレス、クレジットカード番号が流出した可能性があります。',
    'ＦｏｒｔｉＧａｔｅのＳＳＬ－ＶＰＮ経由でMicrosoft 365のアカウントに不正ログインされました。',
    'フィッシングメールにご注意ください。業務システムを一時停止しております。',
  ])('every pattern that matches %s passes', (source) => {
    const text = normalizeText(source).text;
    const filter = new LiteralFilter(text);
    let matched = 0;
    for (const pattern of tables) {
      if (new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)) {
        matched++;
        expect(filter.mayMatch(pattern)).toBe(true);
      }
    }
    expect(matched).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ['a word that is absent', /紛失|盗難/, '不正アクセスを受けました', false],
    ['a word that is present', /紛失|盗難/, 'USBメモリを紛失しました', true],
    ['its characters apart, not together', /紛失/, '失われた紛れもない事実', false],
    ['case folded for a case-blind pattern', /microsoft/i, 'MICROSOFT 365', true],
    ['case folded beyond ASCII', /école/i, 'ÉCOLE EN LIGNE', true],
    ['a Japanese literal is found as written', /ランサムウェア/, '「ランサムウェア」', true],
    ['a pattern with no literal may always match', /[0-9]+/, '氏名', true],
    ['a literal beside a class is still required', /[0-9]+件/, '氏名', false],
  ])('%s', (_, pattern, text, expected) => {
    expect(new LiteralFilter(text).mayMatch(pattern)).toBe(expected);
  });
});

describe('LiteralFilter.matchesOf: a table pattern run by the groups of its alternatives the text holds', () => {
  // The same matches as the whole pattern, in order, at the same places and of the same length.
  const whole = (pattern: RegExp, text: string) => [...matchesOf(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'), text)].map((m) => [m.index, m[0]]);
  const grouped = (pattern: RegExp, text: string) => [...(new LiteralFilter(text).matchesOf(pattern, text) ?? [])].map((m) => [m.index, m[0]]);
  // 14 alternatives (three groups of 6, 6, 2; most texts hold words of two): a later group's longer word starting
  // where an earlier group's shorter one does, words overlapping across groups, a lookbehind, case-blind Latin.
  const table = /不正|侵入|改ざん|漏えい|流出|紛失|盗難|誤送信|(?<!再)発生|障害|停止|不正アクセス|アクセス集中|DDoS/i;
  test.each<[string, string]>([
    ['an earlier group wins a tie at one place', '不正アクセスを確認しました。'],
    ['a later group\'s match where the earlier ones have none', 'サーバーへのアクセス集中により、システムが停止しました。'],
    ['overlapping words of different groups: the leftmost first, then from its end', '情報が流出し紛失、盗難と誤送信障害'],
    ['a lookbehind left in its alternative', '障害が再発生し、新たな障害が発生しました。'],
    ['case folded for a case-blind table', 'ddos攻撃によりサービスを停止'],
    ['no word of the table', '本日は晴天なり。'],
  ])('%s', (_name, text) => {
    expect(grouped(table, text)).toEqual(whole(table, text));
  });

  test('null when no alternative may stand in the text', () => {
    expect(new LiteralFilter('本日は晴天なり。').matchesOf(table, '本日は晴天なり。')).toBeNull();
  });

  test.each([
    '当社サーバーが第三者による不正アクセスを受け、ランサムウェアによりファイルが暗号化されました。システム障害により業務を停止し、復旧作業を進めております。',
    'お客様の氏名、住所、電話番号、顔写真、IPアドレス、取引先の情報、通話録音、診療情報が流出した可能性があります。',
    'ホームページが正常に表示されない状態となり、営業を一時見合わせております。従業員の社員番号、所属、メール本文が閲覧された可能性があります。',
  ])('every incident and data table finds what it finds whole in %s', (source) => {
    const text = normalizeText(source).text;
    for (const { pattern } of [...INCIDENT_KEYWORDS, ...DATA_KEYWORDS]) expect(grouped(pattern, text)).toEqual(whole(pattern, text));
  });
});
