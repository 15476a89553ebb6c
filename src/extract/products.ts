import type { DocumentContext } from '../document.js';
import type { Line } from '../segment/lines.js';
import type { Sentence } from '../segment/sentences.js';
import {
  ATTACKER_BEFORE, ATTACKER_CHANNEL_AFTER, EVENT_NAME, FACILITY_NAME, HOST_NAME, GENERIC_LATIN, LATIN_TARGET_AFTER, ORGANIZATION_BEFORE, PLACE_ALIAS_AFTER, VENDOR_ALIASES, GENERIC_NAME_WORDS, PHRASE_WORDS, INVOLVEMENT, KNOWN_PRODUCTS, UNAFFECTED_SCOPE_HEADING, PURPOSE_DESCRIPTION, NOT_A_NAME, ORGANIZATION_NAME, PASSING_AFTER,
  PASSING_BEFORE, QUOTED_AFTER, QUOTED_BEFORE, QUOTED_CLAUSE_AFTER, QUOTED_THING, SERVICE_NAME_ENDING, SERVICE_SUFFIX, UNAFFECTED_AFTER, LATIN_PLACE_AFTER, TRADEMARK_SIGN, IMPERSONATED_AFTER,
  SHOP_SUFFIX, SELF_PREFIX, GENERIC_SHOP_WORDS, SERVICE_SET_APART, PREVENTION, NAMED_SERVICE_NOUNS, GENERIC_SERVICE_WORDS, SERVICE_SAID_AFTER, SAID_DENIED,
  OWN_BRAND_USED_AFTER, USERS_OF_AFTER, CHANNEL_AS_PLACE_AFTER, LATIN_COMPANY_NAME, FACILITY_BEFORE, ADDRESS_BEFORE, ITEM_DENIED, REMEDY_HEADING, INCIDENT_DENIED_AFTER, DENIAL_WORDS, INCIDENT_MODIFIES_NOUN_AFTER,
} from '../words/products.js';
import { CORPORATE_FORMS } from '../words/organizations.js';
import { headingsOf, leadInOf, legalFormsOf, literalFilterOf, sentenceAt } from './context.js';
import { titleLineAbove, type TitleReading } from './dataTypes.js';
import type { Extractor, Finding } from './types.js';
import { pushAll } from '../util/arrays.js';
import { alternation, escapeRegExp, globalForm, literalsOf, matchesAnchored, matchesOf, type LiteralFilter } from '../util/regex.js';

/**
 * Named software, services and devices involved in the incident. Each rule proposes names (its
 * ruleId goes with the product into --explain):
 * - products.known: the table of well-known products, vendor filled in;
 * - products.quoted: 「」/『』/【】-quoted names with a service context (「Ｘ」において, 運営する「Ｘ」);
 * - products.greeting: いつもＸＸをご利用いただき (the one name a greeting quotes is kept when the opening tells of an incident);
 * - products.latinService: Latin names with a service ending (LoGoフォーム, ＸＸセキュアMXサービス);
 * - products.latinTarget: an unquoted Latin name said to be attacked or down (ＸＸ Basicシステム障害),
 *   or right after a service noun (文字認識サービスＸ);
 * - products.external: 外部サービス(polyfill.io);
 * - products.named: a name given to a service noun (予約システム(Ｘ), 製品名:Ｘ);
 * - products.serviceList: the items of a list introduced as the affected services;
 * - products.family: siblings of a kept multi-word Latin name (OneOffice SPAM Filtering);
 * - products.latinPlace: an unquoted Latin name data or an account stood in (Ｘ上の個人情報, ＸＸアカウント);
 * - products.trademark: a name marked ® or ™;
 * - products.shopName: an unquoted shop or app name (ミドリ堂オンラインショップ, ミドリ公式アプリ);
 * - products.kanaSystem: a katakana-named system said to be attacked (ＸＸクラブ会員管理システムが不正アクセスを受け);
 * - products.aliased: an unquoted name the release then calls 当サイト (ポータルサイトＸ（以下「当サイト」）);
 * - products.namedService: an unquoted name with a service's head noun that its clause says was hit, stopped or
 *   held the data (ＵＭストアは…営業を停止, ＸＸポイント メンバーズページにおいて…不正ログイン);
 * - products.ownBrand: the organization's own name used as its service's (ＸＸをご利用いただいた方, ＸＸ会員ログイン画面);
 * - products.operated: an unquoted name the organization runs, its clause saying it was hit (当会が運営するｅ-ＸＸにおきまして…不正アクセス);
 * - products.footnote: a name a note gives for a word marked in a sentence about the incident (ＡＤホスト[1] … [1]…Active Directory…);
 * - products.member: a service whose members are the persons the incident reached (対象者：ＸＸ会員, 「Ｘ」に会員登録いただいたお客様);
 * - products.addressed: an unquoted name given with its address, its clause saying it was hit (ＸＸメールリーダー(https://…)に対する攻撃).
 * A name is kept only when one of its mentions is involved: its sentence (or heading, or list
 * lead-in) says something was attacked, leaked, abused or stopped, and the mention is not a
 * contact channel, a link, an account said to be unaffected, or the attacker's own tool.
 * Organizations (株式会社ＸＸ, Ｘ社) are not products — unless the release calls the name a service
 * (配信サービス「Ｘ」); names equal after folding, or one starting or ending the other, are one product.
 */

type ProductFinding = Finding<{ name: string; vendor: string | null }>;

interface Mention {
  name: string;
  vendor: string | null;
  start: number;
  end: number;
  ruleId: string;
  /** Mentions of a table product match by pattern; other names are looked up as written. */
  known: boolean;
  /** Written as a service's name (配信サービス「Ｘ」): kept even when a company has the same name. */
  asService?: boolean;
  /** Quoted in a greeting ("平素より「Ｘ」をご利用いただき"): the organization's own service by name. */
  quotedName?: boolean;
  /** For a table product: the table's name, which groups its spellings (Microsoft365, Office 365). */
  group?: string;
  /** The abbreviation the release gives the name (ＸＸ Business Club（GBC）): ＧＢＣアプリ is the same service. */
  alias?: string;
  /** Its own clause says it was hit (ＸＸストアは…停止): involved without a word of the sentence's. */
  saidHit?: boolean;
}

/** Bounds that keep hostile input linear: names looked up across the text, products per release. */
const MAX_LOOKED_UP_NAMES = 64;
const MAX_PRODUCTS = 100;
const MAX_MENTIONS_PER_NAME = 200;
/** A Latin-script run: words of letters/digits joined by single spaces. */
const LATIN_RUN = /(?<![A-Za-z0-9.@/_-])[A-Za-z][A-Za-z0-9+&.\-]{0,30}(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]{0,30}){0,4}/g;
/** The same run, which may open with @ (@Ｘ) where the @ is not part of an address. */
const LATIN_RUN_AT = /(?<![A-Za-z0-9.@/_-])@?[A-Za-z][A-Za-z0-9+&.\-]{0,30}(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]{0,30}){0,4}/g;
/**
 * A Latin name with a Japanese service ending: LoGoフォーム, Ｘアプリ, ＸＸ環境ラベルプログラム. Not after a dot (a
 * domain), unless the dot closes a section number ("２．ＸＸサービスの復旧").
 */
const LATIN_SERVICE = /(?<![A-Za-z0-9@/_-])(?<!(?:^|[^0-9])\.)(?<![A-Za-z0-9.][0-9]{1,2}\.)([A-Za-z][A-Za-z0-9+&.\-]{1,30}(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]{0,30}){0,3})[ ]?((?:[ァ-ヶー一-龠々]|[A-Za-z](?=[A-Za-z]{0,30}[ァ-ヶー一-龠々])){0,16}?(?:アプリ|フォーム|プログラム|オンラインショップ|オンラインストア|通販サイト|ポータル|サービス))(?![ァ-ヶー])/g;
/** 「name」, 『name』, 【name】 (当店【Ｘオンラインストア】におきまして), 〈name〉 (通販サイト〈Ｘ〉) or “name” (交流会“Ｘ”への不正アクセス). */
const QUOTED = /[「『【〈“]([^「」『』【】〈〉“”\n]{2,48}(?:\(以下[、,]?[「『][^「」『』()\n]{1,20}[」』][^「」『』()\n]{0,12}\))?)[」』】〉”]/g;
/** いつもＸＸをご利用いただき: the organization names its own services (a comma may follow the opening adverb: 平素より、「Ｘ」を…). */
const GREETING = /(?:いつも|平素より|平素は|日頃より|日頃は|日ごろより)(?:は)?[、,]?[ ]?([^。\n]{2,60}?)(?:を|の)ご?(?:利用|愛顧|活用)(?:いただき|頂き|賜り)/g;
/** 外部サービス(polyfill.io), 外部ライブラリ:「Ｘ」, 外部ライブラリ:古いブラウザに対応するための「Ｘ」: a third-party service named in parentheses or quotes. */
const EXTERNAL = /外部(?:の)?(?:サービス|ライブラリ|スクリプト|ツール)[ ]?(?:[:][ ]?)?(?:[^()「」\n。:]{0,30}?(?:ための|用の|である))?[(「]([^()「」\n]{2,40})[)」]/g;
/**
 * A name given in parentheses right after a service noun, or under a label: 予約システム(Ｘ), データベース(Ｘ),
 * 入力補助ツール(製品名:Ｘ、以下「ツール」), サービス名:Ｘ.
 */
const NAMED_IN_PARENTHESES = /(?:サービス|システム|ツール|ソフトウェア|ソフト|アプリ|製品|ショップ|ストア|サイト|ポータル|データベース|サーバー?)[ ]?\((?:(?:製品|サービス|システム|商品)?名称?[ ]?:[ ]?)?([^()「」、,\n]{2,40})(?:[、,][^()\n]{0,30})?\)/dg;
const LABELED_NAME = /(?:製品|サービス|システム|商品)名[ ]?:[ ]?([^()「」、,。\n]{2,40})/dg;
/**
 * An unquoted name between a service noun and the alias the release gives it: 運営する進学情報ポータルサイトＸ（以下「当サイト」）.
 * The alias says the words before it name the release's own site or service.
 */
const ALIASED_NAME = /(?:サイト|サービス|システム|アプリ|ショップ|ストア)[ ]?([^\s、。,「」『』()の]{2,30}?)[ ]?\(以下[、,]?[ ]?[「『]?(?:当|本|同)(?:件)?(?:ウェブサイト|Webサイト|WEBサイト|サイト|サービス|システム|アプリ|ショップ|ストア)[」』]?\)/dg;
/** A service noun right before an unquoted Latin name: AI-OCRサービスＸのサーバー. */
const SERVICE_NOUN_BEFORE_LATIN = /(?:サービス|システム|ツール|ソフトウェア|アプリ|通販サイト|予約サイト|ショップ|ストア)[ ]?$/;
/** A service noun right after or before a quoted name: 「Ｘ」ウェブサイト, 予約サービス「Ｘ」; 「Ｘ」Web サイト as a PDF's text spaces the two scripts. */
const SERVICE_NOUN_AFTER = /^(?:の)?(?:(?:(?:ウェブ|Web|WEB)[ ]?)?サイト|ホームページ|サービス|システム|アプリ)/;
const SERVICE_NOUN_BEFORE = /(?:サイト|サービス|システム|アプリ|メディア|プラットフォーム|ファンクラブ|コミュニティ)[:]?$/;
/** What stands between two quoted names of one list: 「Ａ」、「Ｂ」, 「Ａ」および「Ｂ」, 「Ａ」「Ｂ」, the close of an outer quote (『カード「Ａ」』『Ｂ』). */
const LIST_JOINER = /^[」』]?[ ]?(?:[、・,]|および|及び|ならびに|並びに|や|と)?[ ]?$/;
/** Separators inside a list of names. */
const NAME_LIST_SEPARATOR = /[・、,/]|および|及び|ならびに|並びに|や(?=[「『A-Za-zァ-ヶ])/;
/**
 * Ｘ社の管理システム / Ｘ社が提供する予約サービス: for a table product that is also its company's
 * name (Booking.com), the company's system is the platform itself.
 */
const PLATFORM_OF_COMPANY = /^社(?:\((?:[^()\n]|\([^()\n]{0,10}\)){0,30}\))?(?:の|が提供する|が運営する)[^。、\n]{0,12}?(?:システム|管理画面|サービス|アカウント|サイト)/;
/** A heading that labels the services the incident hit: ■ 対象サービス, 【停止中のサービス】, 2. 対象サイト, 対象コンテンツ： (not a list of functions: サービス・機能). */
const SERVICE_LIST_HEADING = /^[^。\n]{0,6}?(?:対象(?:となる)?|影響(?:が(?:発生|生じ)している|を受けた|のある)|(?:利用)?停止中の|休止(?:中の|する)|該当)(?:[^。\n]{0,6}?)(?:サービス|サイト|システム|アプリ|コンテンツ)(?:[・、](?!機能)[^。\n]{0,6})?[】\]]?[ ]?:?[ ]?$/;
/** A lead-in that introduces a list of services: 以下のSaaSサービスにおいて, 下記のシステムで. */
const SERVICE_LIST_LEAD = /(?:以下|下記|次)の[^。\n]{0,20}?(?:サービス|システム|製品|アプリ|(?:ウェブ|Web|WEB)?サイト)/;
/**
 * A heading under a labelled one that only sorts its items (＜アプリ＞, ＜webサイト＞, a platform's name): short, no
 * sentence in it. Its items are the labelled heading's, and a name it gives is one of them too.
 */
const SORTING_SUBHEADING = /^[^。、:\n]{2,40}$/;
/** A plain title that labels the services hit ("対象サービス" as a page or a PDF leaves "## 対象サービス"): it labels the items under it. */
const SERVICE_TITLE: TitleReading = { speaks: (text) => SERVICE_LIST_HEADING.test(text) };
const URL = /(?:https?:\/\/|www\.)[^\s)」』>\]]+/g;

export const productsExtractor: Extractor = {
  id: 'products',
  extract(doc, found) {
    const text = doc.text;
    // The issuing organization's own name (株式会社ほぼ日 → ほぼ日) is not one of its products.
    // Only a name with a legal form or a known ending counts; a bare guess may be the product itself.
    const best = found.organization.filter((f) => f.value.kind !== 'other').sort((a, b) => b.value.score - a.value.score)[0];
    const orgWritten = best ? withoutForms(best.value.name).trim() : '';
    const orgName = best ? keyOf(orgWritten) : null;
    // "社会福祉法人 Ｘ会（Ｙキッチン）": the name in parentheses is what the body calls the organization.
    const orgAliasWritten = best ? /[(（]([^()（）]{2,40})[)）][ ]*$/.exec(best.value.name)?.[1] : undefined;
    const orgAlias = orgAliasWritten ? keyOf(orgAliasWritten) : null;
    const zones: [number, number][] = [[doc.bodyStart, text.length]];
    const title = doc.overview?.title;
    if (title) zones.push([title.start, title.start + title.text.length]);
    const urls = [...matchesOf(URL, text)].map((m) => [m.index!, m.index! + m[0].length] as const);
    // URL spans are sorted and disjoint: a binary search finds the one that could hold a span.
    const inUrl = (s: number, e: number) => {
      let lo = 0;
      let hi = urls.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = urls[mid]!;
        if (s < a) hi = mid - 1;
        else if (s >= b) lo = mid + 1;
        else return e <= b;
      }
      return false;
    };
    const writtenAsOrganization = organizationNames(text, legalFormsOf(doc));
    const isOrganization = (name: string) => name.length >= 2 && writtenAsOrganization.has(name);
    const inTitle = (s: number) => Boolean(title && s >= title.start && s < title.start + title.text.length);

    const mentions: Mention[] = [];
    const literals = literalFilterOf(doc);
    const aliasedOrganizations = organizationAliases(text);
    for (const [zs, ze] of zones) {
      const zone = text.slice(zs, ze);
      // (A rule whose words the release does not hold at all — a shop name's ending, a greeting — is not run.)
      pushAll(mentions, knownMentions(zone, zs, literals), quotedMentions(zone, zs), literals.mayMatch(GREETING) ? greetingMentions(zone, zs) : []);
      pushAll(mentions, latinServiceMentions(zone, zs), latinTargetMentions(zone, zs), literals.mayMatch(EXTERNAL) ? externalMentions(zone, zs) : [], namedMentions(zone, zs));
      pushAll(mentions, literals.mayMatch(KANA_SYSTEM) ? kanaSystemMentions(zone, zs) : []);
      pushAll(mentions, trademarkMentions(zone, zs), literals.mayMatch(SHOP_NAME) ? shopNameMentions(zone, zs) : [], aliasedMentions(zone, zs));
      pushAll(mentions, namedServiceMentions(zone, zs, (n) => isOrganization(n) || keyOf(n) === orgName || keyOf(n) === orgAlias));
      pushAll(mentions, literals.mayMatch(OPERATED_NAME) ? operatedMentions(zone, zs) : [], addressedMentions(zone, zs));
      pushAll(mentions, literals.mayMatch(USED_BY_NAME) ? usedByMentions(zone, zs) : []);
      pushAll(mentions, latinSaidMentions(zone, zs, aliasedOrganizations), literals.mayMatch(CLOSING) ? closingMentions(zone, zs) : []);
    }
    pushAll(mentions, serviceListMentions(doc), statusHeadingMentions(doc), memberMentions(doc), footnoteMentions(doc));
    if (best) pushAll(mentions, ownBrandMentions(doc, best.value.name, inUrl));
    // A quoted or parenthesized URL names the service on purpose (「https://polyfill.io」というドメイン);
    // elsewhere a name inside a URL is part of an address. Ｘ社 is the company, not its product, and
    // so is a name the release writes with a legal form — unless the table knows it as a product.
    const usable = mentions.filter((m) => (m.ruleId === 'products.quoted' || m.ruleId === 'products.external' || !inUrl(m.start, m.end))
      && (!/^社/.test(text.slice(m.end, m.end + 1)) || (m.known && PLATFORM_OF_COMPANY.test(text.slice(m.end, m.end + 60))))
      && (m.known || m.asService || (!isOrganization(m.name) && keyOf(m.name) !== orgName && keyOf(m.name) !== orgAlias))
      // A system brought in against the attack is the remedy, whichever rule found it.
      && !deployedRemedy(doc, m));

    let ownServiceSeen: boolean | undefined;
    const ownServiceInvolved = () => (ownServiceSeen ??= ownServiceSaidInvolved(doc));
    // The earliest involved mention: mentions in order of position, read until one is involved (not every one judged).
    // The body's mentions before the title's: the name is given as the release's text writes it (「Slack（スラック）」 of a
    // title's スラック).
    const order = (m: Mention) => (inTitle(m.start) ? m.start + text.length : m.start);
    const firstInvolved = (list: Mention[]) =>
      [...list].sort((a, b) => order(a) - order(b)).find((m) => involved(doc, m, inTitle(m.start)));
    const bodyText = text.slice(doc.bodyStart);
    const byName = new Map<string, Mention[]>();
    for (const m of usable) {
      // A quoted name that is a table product's spelling (「Chatwork」) joins the table entry.
      const group = m.group ?? tableNameOf(m.name);
      const key = group ? `table:${group}` : keyOf(m.name);
      if (!byName.has(key)) byName.set(key, []);
      // A release names a product a few dozen times at most; hostile input repeats one endlessly.
      if (byName.get(key)!.length < MAX_MENTIONS_PER_NAME) byName.get(key)!.push(m);
    }
    // Keep names with an involved mention; the evidence is the first involved mention. A name with
    // none among its marked mentions (a greeting, a quote) is looked up everywhere it is written,
    // for a bounded number of names: a release names a handful, hostile input may name thousands.
    const kept: Mention[] = [];
    let lookups = MAX_LOOKED_UP_NAMES;
    for (const [, list] of byName) {
      const first = list[0]!;
      let hit: Mention | undefined = firstInvolved(list);
      if (!hit && !first.known && lookups-- > 0) {
        const seen = new Set(list.map((m) => m.start));
        const more: Mention[] = [];
        for (let i = bodyText.indexOf(first.name); i >= 0 && more.length < 200; i = bodyText.indexOf(first.name, i + 1)) {
          const s = doc.bodyStart + i;
          if (seen.has(s) || inUrl(s, s + first.name.length) || insideWord(text, s, s + first.name.length)) continue;
          more.push({ ...first, start: s, end: s + first.name.length });
        }
        hit = firstInvolved(more);
        // 「特許管理システム（ＸＸ）」: the release may go on with either part alone (特許管理システムへの不正アクセス, in its title too).
        const parts = PARENTHESIZED_PARTS.exec(first.name);
        if (!hit && parts) {
          const partMentions: Mention[] = [];
          for (const part of [parts[1]!, parts[2]!]) {
            if (!isProductName(part, true) || !(/[A-Za-z]/.test(part) || SERVICE_NAME_ENDING.test(part))) continue;
            for (const [from, to] of zones) {
              for (let i = text.indexOf(part, from); i >= 0 && i + part.length <= to && partMentions.length < 200; i = text.indexOf(part, i + 1)) {
                if (seen.has(i) || inUrl(i, i + part.length) || insideWord(text, i, i + part.length)) continue;
                partMentions.push({ ...first, start: i, end: i + part.length });
              }
            }
          }
          const part = partMentions.find((m) => involved(doc, m, inTitle(m.start)));
          // The evidence is the part's involved mention; the name stays as the release gives it in full.
          if (part) hit = { ...list[0]!, saidHit: true };
        }
      }
      // A shop or service the release names as its own (いつも「Ｘ」をご利用, 当社ECサイト「Ｘ」) and then calls
      // 当サイト / 本サービス in the sentences about the incident.
      if (!hit && !first.known && (first.ruleId === 'products.greeting' || first.asService) && OWN_SERVICE_NAME.test(first.name)
        && !/[の「」『』]/.test(first.name) && !list.some((m) => passingOrUnaffected(text, m)) && ownServiceInvolved()) hit = first;
      // Whether a span names a product other than this one (for the greeting and introduction rules below).
      const namesOther = (n: { start: number; end: number }) => usable.some((u) => u.start >= n.start && u.start < n.end && keyOf(u.name) !== keyOf(first.name));
      // いつも「Ｘ」をご利用いただき…。このたび、同サービスが不正アクセスを受け: the greeting names the service the
      // release is about when the incident is told right after it (greetedServiceInvolved).
      // Without the organization's name (pasted prose that never writes it), an unmarked greeted name
      // may be the organization itself (平素より時事通信フォトをご利用いただき): only a quoted name or one
      // with a service's ending is taken then.
      if (!hit && !first.known && (list.some((m) => m.quotedName) || (GREETED_SERVICE_NAME.test(first.name)
        && (orgName !== null || OWN_SERVICE_NAME.test(first.name) || list.some((m) => m.ruleId === 'products.greeting' && ownServiceNamedNext(doc, m)))
        // (Not the organization's short name; a Latin word the company's name goes on (Ｘ of Ｘlabs Japan) is a brand of its own.)
        && !(orgName && orgName.startsWith(keyOf(first.name)) && !brandWithinWord(orgWritten, first.name))
        // The organization's name plus a department (ＸＸ保険サービス事業本部) is no service; plus a shop's ending it is one.
        && !(orgName && keyOf(first.name).startsWith(orgName) && !OWN_SERVICE_NAME.test(first.name))))) {
        hit = list.find((m) => m.ruleId === 'products.greeting' && !passingOrUnaffected(text, m) && greetedServiceInvolved(doc, m, namesOther));
      }
      // The release opens by introducing a service by name (…のオンライン申請フォーム「Ｙ」では…) and goes on with the incident.
      if (!hit && !first.known) {
        hit = list.find((m) => m.ruleId === 'products.quoted' && (m.asService || SERVICE_SUFFIX.test(m.name) || SERVICE_NAME_ENDING.test(m.name)
          || kindPointedBack(doc, m.name)) && !passingOrUnaffected(text, m)
          && introducedServiceInvolved(doc, m, namesOther, vendorBefore(text, m.start)));
      }
      // 会議システム「Ｘ」: the kind of system the quote is given as, written alone where the release tells the incident
      // (会議システムのID・パスワードが漏えい), is the named one.
      if (!hit && !first.known) hit = list.find((m) => m.ruleId === 'products.quoted' && !passingOrUnaffected(text, m) && kindToldOf(doc, m, namesOther));
      if (!hit) continue;
      let vendor = first.vendor ?? list.find((m) => m.known)?.vendor ?? null;
      // The provider is named at the first mentions, if at all.
      for (const m of list.slice(0, 20)) vendor ??= vendorBefore(text, m.start);
      kept.push({ ...hit, vendor, ruleId: first.ruleId, known: first.known, alias: list.find((m) => m.alias)?.alias });
      if (kept.length >= MAX_PRODUCTS) break;
    }
    // Family extension: a Latin run that starts with the first word of a kept name and goes on
    // (OneOffice Mail Solution → OneOffice SPAM Filtering) names a sibling product.
    const families = new Set(kept.filter((m) => !m.known && /^[A-Za-z0-9]+ [A-Za-z]/.test(m.name)).map((m) => m.name.split(' ')[0]!).filter((w) => w.length >= 4));
    // (Most releases keep no such name: then there is nothing to extend, and the body is not scanned.)
    if (families.size > 0) for (const m of matchesOf(LATIN_RUN, bodyText)) {
      const name = m[0].replace(/[.\-]+$/, '');
      if (!name.includes(' ') || !families.has(name.split(' ')[0]!)) continue;
      // A company's name, its legal form after it (「ASKUL LOGIST 株式会社の 3PL 事業」), is no sibling product.
      if (COMPANY_FORM_NEXT.test(bodyText.slice(m.index! + name.length, m.index! + name.length + 16)) || COMPANY_FORM_LAST.test(name)) continue;
      const s = doc.bodyStart + m.index!;
      const mention: Mention = { name, vendor: null, start: s, end: s + name.length, ruleId: 'products.family', known: false };
      if (!inUrl(s, s + name.length) && involved(doc, mention, false)) kept.push(mention);
      if (kept.length >= MAX_PRODUCTS * 2) break;
    }
    pushAll(kept, siblingMentions(doc, kept));
    return { products: merge(kept).map((m) => finding(doc, m)) };
  },
};

/** A legal form right after a name: the name is a company's (「Ｘ 株式会社」「Ｘ Inc.」「Ｘ Co., Ltd.」). */
const COMPANY_FORM_NEXT = /^[ 　]?(?:株式会社|有限会社|合同会社|(?:Inc|Co|Corp|Ltd|LLC)\b)/;
/** …or a Latin legal form ending the run itself (「Ｘ Logist Inc」). */
const COMPANY_FORM_LAST = /[ ](?:Inc|Co|Corp|Corporation|Ltd|LLC)$/;

/**
 * Two names with one service noun, listed together (ＸＸ サービス・ＹＹサービス, ＸＸアプリおよびＹＹアプリ): the list names
 * two of a kind, so when one is kept the other is its sibling.
 */
const SIBLING_PAIR = /(?<![A-Za-z0-9ァ-ヶー&.\-])([A-Za-zァ-ヶー][A-Za-z0-9ァ-ヶー&.\-]{1,24}(?:[ ][A-Za-z0-9ァ-ヶー&.\-]{1,20}){0,2})[ ]?(サービス|サイト|アプリ|ショップ|ストア|システム)[ ]?(?:・|、|,|および|及び|ならびに|並びに|や)[ ]?([A-Za-zァ-ヶー][A-Za-z0-9ァ-ヶー&.\-]{1,24}(?:[ ][A-Za-z0-9ァ-ヶー&.\-]{1,20}){0,2})[ ]?\2(?![ァ-ヶー])/dg;

function siblingMentions(doc: DocumentContext, kept: Mention[]): Mention[] {
  if (!kept.length) return [];
  const cores = new Set(kept.map((m) => coreOf(m.name)));
  const out: Mention[] = [];
  const base = doc.bodyStart;
  for (const m of matchesOf(SIBLING_PAIR, doc.text.slice(base))) {
    const noun = m[2]!;
    // Each item's span as written, from its name to its service noun (the first's noun is group 2, the second's ends the match).
    const items = [
      { name: m[1]!, start: m.indices![1]![0], end: m.indices![2]![1] },
      { name: m[3]!, start: m.indices![3]![0], end: m[0].length + m.index! },
    ];
    for (const [have, other] of [[items[0]!, items[1]!], [items[1]!, items[0]!]] as const) {
      if (!cores.has(coreOf(have.name + noun)) && !cores.has(coreOf(have.name))) continue;
      const name = doc.text.slice(base + other.start, base + other.end);
      if (!properLetters(ownLetters(other.name), LATIN_LETTER) || ORGANIZATION_NAME.test(other.name) || !isProductName(name, true)) continue;
      out.push({ name, vendor: null, start: base + other.start, end: base + other.end, ruleId: 'products.sibling', known: false });
    }
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** The company's name opens with the brand and goes on in the same Latin word (Spoon of Spoonlabs Japan). */
function brandWithinWord(company: string, brand: string): boolean {
  return /[A-Za-z]$/.test(brand) && company.normalize('NFKC').startsWith(brand.normalize('NFKC')) && /^[a-z]/.test(company.normalize('NFKC').slice(brand.normalize('NFKC').length));
}

/** A name with a second name in parentheses (特許管理システム(ＸＸ)): the two parts. */
const PARENTHESIZED_PARTS = /^([^()]{2,30}?)[ ]?\(([^()]{2,20})\)$/;

/** A name with every legal form taken out, form by form (a split and join only for a form the name holds). */
function withoutForms(name: string): string {
  let out = name;
  for (let i = 0; i < CORPORATE_FORMS.length; i++) {
    const form = CORPORATE_FORMS[i]!;
    if (out.includes(form)) out = out.split(form).join('');
  }
  return out;
}

/** The characters of a name next to a legal form, and the legal forms themselves. */
const NAME_CHARS = '[ぁ-んァ-ヶー一-龠々A-Za-z0-9&.\\- ]';
// The name touches the form: 株式会社ほぼ日, not 株式会社 ほぼ日 (a signature line: company, then service).
const PARTICLE = /^(?:より|から|が|の|は|に|と|へ|を|で|や|および|及び)/;
/** The first characters of PARTICLE: most positions of a name are ruled out without a slice and a regex. */
const PARTICLE_FIRST = new Set(['よ', 'か', 'が', 'の', 'は', 'に', 'と', 'へ', 'を', 'で', 'や', 'お', '及']);
const NAME_AFTER_FORM = new RegExp(`^(?! )${NAME_CHARS}{1,40}`);
/** One of NAME_CHARS, by UTF-16 unit: 0 not yet known, 1 yes, 2 no (a regex test per unit seen, once). */
const NAME_CHAR = new RegExp(`^${NAME_CHARS}$`);
const NAME_CHAR_UNITS = new Uint8Array(0x10000);
function isNameChar(unit: number): boolean {
  let known = NAME_CHAR_UNITS[unit]!;
  if (known === 0) NAME_CHAR_UNITS[unit] = known = NAME_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/**
 * What `${NAME_CHARS}{0,39}[^ ]$` finds in the (at most 40) characters before a form, read backwards from the end:
 * the run of name characters before the last one, which is not a space (the regex tried it from every position).
 */
function nameBeforeForm(before: string): string | undefined {
  if (before.length === 0 || before.charCodeAt(before.length - 1) === 0x20) return undefined;
  let from = before.length - 1;
  while (from > 0 && isNameChar(before.charCodeAt(from - 1))) from--;
  return before.slice(from);
}

/**
 * Names the document writes with a legal form (株式会社ほぼ日, ミドリ商店株式会社), collected once
 * per document: the run after a form (cut at spaces) and every ending of the run before one.
 */
function organizationNames(text: string, forms: readonly number[]): Set<string> {
  const names = new Set<string>();
  for (let f = 0; f < forms.length && f < 4000; f += 2) {
    const start = forms[f]!;
    const end = forms[f + 1]!;
    const after = NAME_AFTER_FORM.exec(text.slice(end, end + 40))?.[0];
    if (after) {
      // The name ends at a space, at the end of the run, or where a particle starts (株式会社ＸＸより).
      for (let k = 1; k <= after.length; k++) {
        if (k === after.length || after[k] === ' ' || (PARTICLE_FIRST.has(after[k]!) && PARTICLE.test(after.slice(k, k + 4)))) names.add(after.slice(0, k).trim());
      }
    }
    const before = nameBeforeForm(text.slice(Math.max(0, start - 40), start));
    if (before) for (let k = 0; k < before.length; k++) if (before[k] !== ' ') names.add(before.slice(k));
  }
  names.delete('');
  return names;
}

/**
 * The company named as the provider right before a service name: 株式会社ＸＸの「Ｙ」,
 * ＸＸ社が提供するメールサービス「Ｙ」, 株式会社ＸＸ(ＸＸ)が法人向けに提供する「Ｙ」.
 */
const VENDOR_BEFORE = new RegExp(
  '((?:株式会社|有限会社|合同会社)[ ]?[A-Za-z0-9ァ-ヶー一-龠・&. ]{1,24}?|[A-Za-z0-9ァ-ヶー一-龠・&.][A-Za-z0-9ァ-ヶー一-龠・&. ]{0,23}?(?:株式会社|社))'
  + '(?:\\((?:以下[^()]{0,24}|[A-Za-z0-9]{2,10})\\))?'
  + '(?:が[^。「」『』\\n]{0,24}?(?:提供|運営|開発|販売)(?:する|している|の)|の|提供の)[^。、「」『』\\n]{0,16}[「『]?$',
);
/** The writer itself (2024年5月1日弊社, 当公社) or a generic word, not a named vendor. */
const SELF_OR_GENERIC = /(?:当|弊|同|本|各|貴|御|親|子|関連|グループ)(?:公)?(?:会)?社$|^会社$|^委託先|[0-9]+[ ]?年/;

export function vendorBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 90), start);
  // Every vendor phrase has 社 (株式会社, …社): without it the costly pattern cannot match.
  const m = before.includes('社') ? VENDOR_BEFORE.exec(before) : null;
  if (!m) return null;
  const name = m[1]!.trim().replace(/(?<=[A-Za-z0-9ァ-ヶー])社$/, '').trim();
  if (SELF_OR_GENERIC.test(name) || name.length < 2) return null;
  // A vendor written in katakana (マイクロソフト社) is named as the table names it.
  const bare = withoutForms(name).trim();
  return VENDOR_ALIASES[bare] ?? name;
}

const COMMON_NOUN_AFTER = /^(?:アカウント|アプリ|サービス|サイト|ページ|コード|ポイント|カード|システム|サーバ|ID|ユーザ|会員)/;
/** The span continues a katakana or Latin word on either side (楽天ブックス in 楽天ブックスネットワーク). */
function insideWord(text: string, start: number, end: number): boolean {
  const same = (a: string, b: string) => (/[ァ-ヶー]/.test(a) && /[ァ-ヶー]/.test(b)) || (/[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b));
  if (same(text[start - 1] ?? '', text[start] ?? '')) return true;
  // ドットギフトコード, ＸＸアカウント: the product's name followed by a common noun is still the product.
  return same(text[end - 1] ?? '', text[end] ?? '') && !COMMON_NOUN_AFTER.test(text.slice(end, end + 6));
}

const tableNames = new Map<string, string | null>();
/** The table product a whole name spells, if any (cached: releases repeat their names). */
function tableNameOf(name: string): string | null {
  let found = tableNames.get(name);
  if (found === undefined) {
    if (tableNames.size > 4096) tableNames.clear();
    found = KNOWN_PRODUCTS.find((k) => {
      k.pattern.lastIndex = 0;
      const m = k.pattern.exec(name);
      k.pattern.lastIndex = 0;
      return m !== null && m.index === 0 && m[0].length === name.length;
    })?.name ?? null;
    tableNames.set(name, found);
  }
  return found;
}

function finding(doc: DocumentContext, m: Mention): ProductFinding {
  return { value: { name: m.name, vendor: m.vendor }, evidence: doc.evidence(m.start, m.end), ruleId: m.ruleId, at: m.start };
}

/** Width-folded, space-free, lowercased; a reading in parentheses dropped. */
function keyOf(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/\[\.\]/g, '.').toLowerCase();
}

/**
 * One entry per product: names equal after folding, or one starting or ending the other (WebARENA
 * and WebARENA 大容量ファイル転送機能), are one product; the longer name stands, with the earliest evidence.
 */
function merge(kept: Mention[]): Mention[] {
  const sorted = [...kept].sort((a, b) => keyOf(b.name).length - keyOf(a.name).length || a.start - b.start);
  const out: Mention[] = [];
  for (const m of sorted) {
    const k = keyOf(m.name);
    // At either end only: a word in the middle of a longer name (Ｘ in ＡＸＢ) may be another product.
    const into = out.find((o) => keyOf(o.name).startsWith(k) || keyOf(o.name).endsWith(k))
      // ＸＸ サービス and ＸＸ Web サイト: one brand, its service and its site.
      ?? out.find((o) => coreOf(o.name) === coreOf(m.name) && coreOf(m.name).length >= 2)
      // ＸＸ for 特許管理システム(ＸＸ): one part of a name with a second name in parentheses.
      ?? out.find((o) => { const parts = PARENTHESIZED_PARTS.exec(o.name); return parts !== null && (keyOf(parts[1]!) === k || keyOf(parts[2]!) === k); })
      // ＸＸセキュア MIX サービス beside ＸＸ セキュア MX サービス: one long name typed twice, one letter apart.
      ?? out.find((o) => k.length >= 8 && oneEditApart(keyOf(o.name), k))
      // セキュア MX within ＸＸ セキュア MX サービス: the vendor's letters before, the service noun after.
      ?? out.find((o) => k.length >= 4 && VENDOR_AND_SERVICE_AROUND.test(keyOf(o.name).replace(k, '\u0000')))
      // ＧＢＣアプリ for ＸＸ Business Club（GBC）: the service's abbreviation with a service ending is the service.
      ?? out.find((o) => o.alias !== undefined && k.startsWith(keyOf(o.alias)) && SERVICE_ENDING_AFTER_ALIAS.test(k.slice(o.alias.length)));
    if (!into) out.push({ ...m });
    else if (!into.vendor && m.vendor) into.vendor = m.vendor;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two strings one insertion, deletion or substitution apart, not in a digit (a typo in a long name). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  // Not a version (ＸＸ Server 2019 and 2016 are two products).
  return a.length - i - j <= 1 && b.length - i - j <= 1 && !/[0-9]/.test(a.slice(i, a.length - j) + b.slice(i, b.length - j));
}

/** A longer name around a shorter one (\u0000): a vendor's Latin letters before, a service noun or nothing after. */
const VENDOR_AND_SERVICE_AROUND = /^[a-z0-9]{2,6}\u0000(?:サービス|システム)?$/;

/** A name without the generic service noun it ends in: ＸＸ サービス, ＸＸ Web サイト → ＸＸ. */
function coreOf(name: string): string {
  return keyOf(name).replace(/(?:web|ウェブ)?サイト$|サービス$/, '');
}

/** What may follow a service's abbreviation in a name that is the service itself (ＧＢＣアプリ, ＧＢＣ会員サイト). */
const SERVICE_ENDING_AFTER_ALIAS = /^[ ]?(?:公式)?(?:会員)?(?:アプリ|サイト|ウェブサイト|webサイト|サービス|アカウント)$/;

/** The release pointing back at the service it introduced: 当該システム, 同サービス, 本サイト. */
const POINTED_BACK = /(?:当該|同|本)(?:システム|サービス|サイト|アプリ)/;

/**
 * A quoted name whose kind stands before a second name in parentheses (「特許管理システム（ＸＸ）」), and the release's
 * next sentences point back at it (当該システム): the service introduced.
 */
function kindPointedBack(doc: DocumentContext, name: string): boolean {
  return SERVICE_NAME_ENDING.test(name.replace(/[ ]?\([^()]*\)$/, '')) && doc.bodySentences.slice(1, 3).some((s) => POINTED_BACK.test(s.text));
}

/**
 * The kind of service a quoted name is given as, right before its quote (会議システム「Ｘ」, 遠隔操作ソフト「Ｘ」): a compound of
 * a modifier (two or more kanji or katakana) and the kind's head noun, not the organization's own (当社システム).
 */
const KIND_BEFORE_QUOTE = /(?<![一-龠々ァ-ヶーA-Za-z])([一-龠々ァ-ヶー]{2,12}?(?:システム|サービス|アプリ|ソフトウェア|ソフト|ツール|プラットフォーム))[ ]?[「『]$/;
const OWN_KIND = /^(?:当社|弊社|当院|当館|当会|本学|当|本|同|各|新|旧|外部|社内|学内|院内)/;
/** How many places of the kind are read: a release names its systems a few dozen times at most. */
const MAX_KIND_MENTIONS = 50;

/**
 * A quoted name given as a kind of service (会議システム「Ｘ」) whose kind the release writes alone where it tells the
 * incident (会議システムのID・パスワードが漏えい, in the title too): that sentence speaks of the named service. Not a kind written
 * with another name there (会議システム「Ｙ」), nor one in a sentence naming another product.
 */
function kindToldOf(doc: DocumentContext, m: Mention, namesOther: (s: { start: number; end: number }) => boolean): boolean {
  const text = doc.text;
  const line = doc.lineAt(m.start);
  const kind = KIND_BEFORE_QUOTE.exec(text.slice(Math.max(line.start, m.start - 24), m.start))?.[1];
  if (!kind || OWN_KIND.test(kind)) return false;
  let seen = 0;
  for (let i = text.indexOf(kind); i >= 0 && seen < MAX_KIND_MENTIONS; i = text.indexOf(kind, i + 1), seen++) {
    const end = i + kind.length;
    if (/^[ ]?[「『(]/.test(text.slice(end, end + 2)) || /[一-龠々ァ-ヶーA-Za-z]$/.test(text.slice(i - 1, i)) || /^[ァ-ヶー]/.test(text.slice(end, end + 1))) continue;
    const at = doc.lineAt(i);
    const sentence = at.kind === 'text' || at.kind === 'bullet' ? sentenceAt(doc, i) : null;
    const told = sentence ? clauseAt(sentence, i) : at.text;
    if (toldUndenied(told) && !namesOther(sentence ?? at)) return true;
  }
  return false;
}

/** A sentence that opens on the release's own site or service: このたび、当サイトにおいて…. */
const OWN_SERVICE_OPENING = /^(?:このたび|この度|今般|先般)?[、,]?[ ]?(?:当|本)(?:ウェブサイト|Webサイト|WEBサイト|サイト|サービス|アプリ|ショップ|ストア)/;

/**
 * The sentence right after a greeting points at the release's own site or service (平素よりＸをご利用いただき…。このたび、
 * 当サイトにおいて…): what the greeting named is that site, even where the release never writes the organization's name.
 */
function ownServiceNamedNext(doc: DocumentContext, m: Mention): boolean {
  const { end, nextAt } = greetingEndOf(doc, m);
  const next = nextAt < doc.text.length ? sentenceAt(doc, nextAt) : null;
  return next !== null && next.start >= end && OWN_SERVICE_OPENING.test(next.text.trim());
}

/**
 * Where the greeting holding a mention ends — after its 。, or at the line's end — and where the next sentence
 * starts; closed is false when no 。 stands within the window the greeting pattern can span, though the line goes on.
 * (The greeting runs to its 。: a name may hold a !, which the sentence splitter takes for an end. Read within that
 * window, so that hostile input with endless greetings stays linear.)
 */
function greetingEndOf(doc: DocumentContext, m: Mention): { end: number; closed: boolean; nextAt: number } {
  const line = doc.lineAt(m.start);
  const windowEnd = Math.min(line.end, m.start + GREETING_SPAN);
  const stop = doc.text.slice(m.start, windowEnd).indexOf('。');
  const end = stop >= 0 ? m.start + stop + 1 : line.end;
  const skip = /^[\s。]*/.exec(doc.text.slice(end, end + 40))![0].length;
  return { end, closed: stop >= 0 || windowEnd >= line.end, nextAt: end + skip };
}

/** The sentences of the release's opening, where a quoted greeting's incident may be told. */
const OPENING_SENTENCES = 6;
/** Another company named in a sentence (株式会社Ｘ, Ｘ社が): the incident is laid at its door. */
const OTHER_COMPANY = /[ァ-ヶA-Za-z]社(?:の|が|から|より|に)/;

/**
 * The greeting (平素よりＸをご利用いただき…。) names the service the release is about: the incident is told
 * right after it — in the next sentence for a name the greeting writes unmarked, in any sentence of the
 * opening for the one name it quotes (平素より「Ｘ」をご利用いただき…。先の不正アクセスの件につきまして).
 * A sentence that names another service (窓口（Chatwork）において不正アクセス) or another company is about
 * that one; one that writes the name again (Ｘを装った詐欺) was judged with the name's own mentions; and
 * an opening that sets the service apart from what was hit (本番環境とは分離された開発環境) is about something else.
 */
function greetedServiceInvolved(doc: DocumentContext, m: Mention, namesOther: (s: { start: number; end: number }) => boolean): boolean {
  const { end: greetingEnd, closed, nextAt } = greetingEndOf(doc, m);
  if (!closed) return false;
  const line = doc.lineAt(m.start);
  const windowStart = Math.max(line.start, m.start - GREETING_SPAN);
  const greetingStart = windowStart + doc.text.slice(windowStart, m.start).lastIndexOf('。') + 1;
  // One service greeted: of いつも「Ａ」ならびに「Ｂ」をご利用, the next sentence may be about Ｂ alone.
  if (greetingMentions(doc.text.slice(greetingStart, greetingEnd), 0).length !== 1) return false;
  const next = nextAt < doc.text.length && (m.quotedName || doc.lineAt(nextAt).kind === 'text') ? sentenceAt(doc, nextAt) : null;
  const reach = next && next.start >= greetingEnd ? [next] : [];
  // A quoted name is the service the whole release is about: its opening, wherever the greeting stands, may tell the incident.
  if (m.quotedName) reach.push(...doc.bodySentences.slice(0, OPENING_SENTENCES));
  return incidentToldOf(reach, m.name, namesOther, null);
}

/**
 * Of the sentences after a service is named as the release's subject: one tells the incident and lays it at no
 * other named service, nor at another company than the service's own vendor (ＸＸ社において不正アクセス of
 * ＸＸ社の「Ｙ」); none sets the service apart from what was hit.
 */
function incidentToldOf(reach: Sentence[], name: string, namesOther: (s: { start: number; end: number }) => boolean, vendor: string | null): boolean {
  if (reach.some((s) => SERVICE_SET_APART.test(s.text))) return false;
  return reach.some((s) => {
    const t = vendor ? s.text.split(vendor).join('') : s.text;
    return INVOLVEMENT.test(t) && !namesOther(s) && !s.text.includes(name) && !CORPORATE_FORMS.some((f) => t.includes(f)) && !OTHER_COMPANY.test(t);
  });
}

/** The sentence is a greeting (いつもＸをご利用いただき). */
function literalGreeting(text: string): boolean {
  GREETING.lastIndex = 0;
  const found = GREETING.test(text);
  GREETING.lastIndex = 0;
  return found;
}

/**
 * The release's first sentence introduces a quoted service (目黒区が利用する、株式会社ＸＸのオンライン申請フォーム「Ｙ」では…)
 * and the sentences after it tell the incident: the service is the one the release is about.
 */
function introducedServiceInvolved(doc: DocumentContext, m: Mention, namesOther: (s: { start: number; end: number }) => boolean, vendor: string | null): boolean {
  const first = doc.bodySentences[0];
  // A greeting (平素より「Ｘ」をご利用) is read by the greeting's rule, which weighs how many services it greets.
  if (!first || m.start < first.start || m.end > first.end || INVOLVEMENT.test(first.text) || literalGreeting(first.text)) return false;
  const vendorName = vendor ? withoutForms(vendor).trim() : null;
  return incidentToldOf(doc.bodySentences.slice(1, 3), m.name, namesOther, vendorName && vendorName.length >= 2 ? vendorName : null);
}

/**
 * A greeted name that can stand for the service on the strength of the next sentence alone: a proper name,
 * not a phrase (ＸＸの商品), not the organization's homepage (ＸＸ協会ホームページ).
 */
const GREETED_SERVICE_NAME = /^(?!.*(?:の|ホームページ|(?:ウェブ|Web|WEB)[ ]?サイト|公式サイト|本部|事業部|支店|支社|営業所)$)(?!.*[の「」『』])/;

/** After a mention (past its closing quote): the product was not affected, or is only a channel for notices. */
function passingOrUnaffected(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 100);
  const unquoted = after.replace(/^[」』】]/, '');
  return UNAFFECTED_AFTER.test(after) || UNAFFECTED_AFTER.test(unquoted) || PASSING_AFTER.test(unquoted) || IMPERSONATED_AFTER.test(unquoted);
}

/** Around a name: it was put in place (「Ｘ」の実装, 実装した「Ｘ」, 新たに導入した「Ｘ」). */
const DEPLOYED_AFTER = /^[」』]?(?:の)?(?:新規)?(?:実装|導入|採用)(?:を|に|し|いた|[ ]*\n|[ ]*$|[。、])/;
const DEPLOYED_BEFORE = /(?:実装|新たに導入|新規に導入|追加導入|導入|採用)(?:した|いたしました|しました)[「『]?$/;
/** Words about a remedy around the name (its line and what follows): detecting, blocking, strengthening. */
const COUNTERMEASURE = /対策|防止|強化|検知|監視|排除|遮断/;

/** A system brought in against the attack (2024年12月13日に実装した「Ｘ」は、不正決済の試みを検知・排除する…): the remedy, not the target. */
function deployedRemedy(doc: DocumentContext, m: { start: number; end: number }): boolean {
  const text = doc.text;
  if (!DEPLOYED_AFTER.test(text.slice(m.end, m.end + 12)) && !DEPLOYED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  return COUNTERMEASURE.test(text.slice(Math.max(doc.lineAt(m.start).start, m.start - 40), m.end + 120));
}

/** Is this mention about the incident: attacked, leaked, abused, stopped — and not a passing one? */
function involved(doc: DocumentContext, m: Mention, inTitle: boolean): boolean {
  const text = doc.text;
  const after = text.slice(m.end, m.end + 100);
  if (passingOrUnaffected(text, m)) return false;
  if (PASSING_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !CHANNEL_AS_PLACE_AFTER.test(after)) return false;
  if (ATTACKER_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || ATTACKER_CHANNEL_AFTER.test(after)) return false;
  if (m.saidHit) return true;
  const line = doc.lineAt(m.start);
  if (deployedRemedy(doc, m)) return false;
  if (inTitle) return toldUndenied(line.text);
  const contexts: string[] = [];
  if (line.kind === 'heading') contexts.push(line.text, ...headingsOf(doc, line));
  else {
    const sentence = sentenceAt(doc, m.start);
    contexts.push(sentence ? clauseAt(sentence, m.start) : line.text);
    // A well-known platform in the sentence right after the incident's (当アカウントが不正アクセスの被害に遭い…。
    // 現在、Instagramの運営側と連携し…): the platform the incident happened on.
    if (m.known && sentence && PLATFORM_OPERATOR.test(sentence.text)) {
      const before = sentence.start > line.start ? sentence.start - 1
        : doc.lines.slice(Math.max(0, line.index - 3), line.index).reverse().find((l) => l.kind !== 'blank')?.end;
      const previous = before !== undefined && before > doc.bodyStart ? sentenceAt(doc, Math.max(doc.bodyStart, before - 1)) : null;
      if (previous && doc.lineAt(previous.start).kind === 'text') contexts.push(previous.text);
    }
    // A name with a ! in it (Active! mail) is cut by the sentence splitter: read on past it.
    const tail = sentence && m.end > sentence.end ? sentenceAt(doc, m.end) : null;
    if (tail) contexts.push(tail.text);
    // A 。 inside parentheses (以下「本システム」といいます。) does not end the sentence: read on.
    else if (sentence && unclosedParenthesis(sentence.text)) {
      const rest = sentenceAt(doc, sentence.end);
      if (rest) contexts.push(rest.text);
    }
    // The line right under a heading that introduces a list (## 流出した情報について / 旧「ＸＸ」の投稿データの一部で、以下のものです。)
    // completes the heading: the heading says what happened to what it names.
    if (line.kind === 'text' && line.headings.length && POINTS_AHEAD.test(sentence ? sentence.text : line.text)) {
      const heading = doc.lines[line.headings[line.headings.length - 1]!]!;
      if (doc.lines.slice(heading.index + 1, line.index).every((l) => l.kind === 'blank')) contexts.push(heading.text);
    }
    // A sentence broken by the layout (no 。 at the end of the line) goes on in the next line; so
    // does a table row's last cell cut off after a particle (a dated row whose text wrapped out of its
    // cell: 「| 令和6年5月 | …「ＸＸ」のシステム管理会社の |」 then 「サーバが…被害を受けた。」).
    if ((line.kind === 'text' && !/[。!?]\s*$/.test(line.text.slice(-8))) || (line.kind === 'table' && CELL_CUT_AFTER_PARTICLE.test(line.text))) {
      const next = doc.lines.slice(line.index + 1, line.index + 4).find((l) => l.kind !== 'blank');
      if (next && next.kind === 'text') contexts.push(next.text.slice(0, Math.max(0, next.text.indexOf('。') + 1) || undefined));
    }
    // Under a heading of the remedies (５．再発防止策について), a list item is a measure taken (サーバーはＸでの再構築): the
    // words of its lead-in and headings about the incident (今回の被害を受け…見直しを実施) do not make what it names a target.
    // Under a heading of what the incident did not reach (不正アクセスの痕跡がないと判断された範囲), an item is unaffected even when it
    // repeats the incident's words (不正アクセスを受けたアカウントの Outlook 以外のサービス（Teams、OneDrive）).
    if (line.kind === 'bullet' || line.kind === 'table') {
      const headings = headingsOf(doc, line);
      const innermost = headings.at(-1) ?? '';
      if (UNAFFECTED_SCOPE_HEADING.test(innermost)) return false;
      // An item whose own sentence says it was not reached is a finding of the investigation, whatever its lead-in tells.
      const own = contexts[0]!;
      if (ITEM_DENIED.test(own) && !toldUndenied(own)) return false;
      if (!REMEDY_HEADING.test(innermost)) {
        const lead = leadInOf(doc, line);
        if (lead) contexts.push(lead.text);
        contexts.push(...headings);
      }
    }
    // Under a heading that scopes what the incident hit (２．対象の ISP 事業者, 影響を受けたサービス), of a release whose
    // opening tells an incident, a named service is one of those hit.
    if (line.headings.length && headingsOf(doc, line).some((h) => TARGET_HEADING.test(h)) && openingTellsIncident(doc)) return true;
  }
  return contexts.some((t) => toldUndenied(t.includes('防止') ? t.replace(PREVENTION, '') : t));
}

/**
 * Where a sentence turns from one clause to another: a predicate and が (…だけでしたが、), ものの, けれども, or a copula that
 * closes one predication (本件はメールアカウントに対する不正アクセスであり、「Ｘ」のシステムは…). What the clause
 * before the turn tells (今回の不正アクセスの対象はＸだけでしたが、) is not told of a name after it (Ｙにおいても同様な危険性が存在する): a
 * name after the turn is judged by its own clause. A name before it is the background the sentence goes on about
 * (「Ｘ」を運営していましたが、この度…流出した可能性): judged by the whole sentence.
 */
const CONTRAST = /(?:ました|でした|です|ます|[っいしかれ]た|だった)が[、,]|ものの[、,]|けれど(?:も)?[、,]|であり[、,]/g;

/** The clause of a sentence a mention after a turn stands in; the sentence for a mention before any turn. */
function clauseAt(sentence: Sentence, at: number): string {
  const text = sentence.text;
  if (!CONTRAST.test(text)) return text;
  CONTRAST.lastIndex = 0;
  const rel = at - sentence.start;
  let from = 0;
  let to = text.length;
  for (const c of matchesOf(CONTRAST, text)) {
    const end = c.index! + c[0].length;
    if (end <= rel) from = end;
    else { to = end; break; }
  }
  return from === 0 ? text : text.slice(from, to);
}

const INVOLVEMENT_ALL = globalForm(INVOLVEMENT);
/** An incident verb listed with たり (ハッキングされたり、), and the たり that ends the list (…侵害されたりした). */
const PARALLEL_TARI = /^[^。、\n]{0,10}?たり[、,]/;
const LAST_TARI = /たり(?![、,])/;
/** Incident words about a service down or coming back, which a negation after them goes on telling. */
const RECOVERY_OR_UNUSABLE = /復旧|再開|見込|見通|目途|めど|でき|され|しにく|しづら/;

/**
 * The text tells an incident that it does not deny: one of its incident words is not followed by its own denial
 * (ＸＸは…管理されており、…個人情報の流出はございません; ＸＸへの不正アクセスの痕跡は確認されておりません).
 */
function toldUndenied(text: string): boolean {
  if (!INVOLVEMENT.test(text)) return false;
  // (Most sentences deny nothing: then the first incident word is enough.)
  if (!DENIAL_WORDS.test(text)) return true;
  let seen = 0;
  // Incident words said of a noun the sentence goes on from (侵入が確認されたサーバー等から…痕跡は確認されておりません):
  // they tell the incident only when nothing in the sentence is denied.
  let modifying = false;
  let denied = false;
  for (const m of matchesOf(INVOLVEMENT_ALL, text)) {
    // The denial follows the incident's whole noun: its katakana rest (不正|アクセスは確認されておりません) is read past.
    let from = m.index! + m[0].length;
    // Verbs listed with たり share the predicate the list ends on (ハッキングされたり、…侵害されたりした事実はありません):
    // the denial is read after the list's last たり.
    const listed = PARALLEL_TARI.exec(text.slice(from, from + 16));
    if (listed) {
      const last = text.slice(from + listed[0].length, from + listed[0].length + 40).search(LAST_TARI);
      if (last >= 0) from += listed[0].length + last + 2;
    }
    const after = text.slice(from, from + 50).replace(/^[ァ-ヶー]{1,10}/, '').slice(0, 40);
    // (A service that cannot be used or has no prospect of resuming (再開の見通しは立っておりません) is said to be down: no denial.)
    if (RECOVERY_OR_UNUSABLE.test(m[0])) return true;
    if (INCIDENT_DENIED_AFTER.test(after)) denied = true;
    else if (INCIDENT_MODIFIES_NOUN_AFTER.test(after)) modifying = true;
    else return true;
    if (++seen > 50) return true;
  }
  return modifying && !denied;
}

/**
 * A heading that scopes the systems or services the incident hit: 対象の ISP 事業者, 対象サイト, 被害の対象となった設備環境,
 * 影響を受けたシステム (not what data or mail was hit: 対象となる個人情報, 対象となるメール例; not 対象外).
 */
const TARGET_HEADING = /^[^。\n]{0,8}?(?:対象(?!外)|影響を受けた|被害を受けた)[^。\n]{0,8}?(?:サービス|サイト|システム|事業者|製品|アプリ|コンテンツ|設備|サーバ|機器)/;
const incidentOpenings = new WeakMap<DocumentContext, boolean>();
/** The release's opening sentences tell an incident (read once per release, for the target headings and the service lists). */
function openingTellsIncident(doc: DocumentContext): boolean {
  let told = incidentOpenings.get(doc);
  if (told === undefined) incidentOpenings.set(doc, (told = doc.bodySentences.slice(0, 8).some((s) => INVOLVEMENT.test(s.text))));
  return told;
}

/** A sentence that points ahead to a list: "…で、以下のものです", "下記のとおりです", "次の情報です". */
const POINTS_AHEAD = /(?:以下|下記|次)(?:の|に)/;

/** A table row whose last cell stops on a particle or a comma, inside its sentence. */
const CELL_CUT_AFTER_PARTICLE = /[のがをにはでと、][ ]*\|[ ]*$/;

/** The release's own site, shop or service named by pointing at it: 当サイト, 本サービス, 弊社オンラインショップ, 当店. */
const OWN_SERVICE = /(?:当|本|同|弊社|当社)(?:件)?(?:ウェブサイト|Webサイト|WEBサイト|サイト|オンラインショップ|オンラインストア|通販サイト|ECサイト|ショップ|ストア|サービス|アプリ)|当店/g;

/** A name that is a service's whatever its context: Latin letters only, a shop's or service's ending, or a site's domain (ＸＸショップ.jp). */
const OWN_SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9 .&!'-]*$|(?:オンラインショップ|オンラインストア|ネットストア|ネットショップ|通販サイト|ECサイト|ショップ|ストア|アプリ|サービス|ネット|ナビ|\.(?:jp|JP|com|net|co\.jp))$/;

/** Some sentence about the incident speaks of the release's own service as 当サイト / 本サービス. */
function ownServiceSaidInvolved(doc: DocumentContext): boolean {
  const body = doc.text.slice(doc.bodyStart);
  let seen = 0;
  for (const m of matchesOf(OWN_SERVICE, body)) {
    if (++seen > 50) break;
    const s = doc.bodyStart + m.index!;
    const mention: Mention = { name: m[0], vendor: null, start: s, end: s + m[0].length, ruleId: 'products.own', known: false };
    if (doc.lineAt(s).kind !== 'heading' && involved(doc, mention, false)) return true;
  }
  return false;
}

/** A sentence about a platform's operator or an account on it (Ｘの運営側と連携し, Ｘのアカウントを復旧). */
const PLATFORM_OPERATOR = /運営(?:側|会社|元|事務局)|アカウント|(?:と|に)連携し/;

/** The text opens more parentheses than it closes: its last 。 stands inside a note. */
function unclosedParenthesis(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth > 0) depth--;
  }
  return depth > 0;
}

/** The required literals of each KNOWN_PRODUCTS pattern, by index (read on first use). */
let PRODUCT_LITERALS: (string[] | null)[] | undefined;

/** Table products, longest match first so a specific product beats a bare vendor word. */
function knownMentions(zone: string, base: number, filter: LiteralFilter): Mention[] {
  const found: Mention[] = [];
  const literals = (PRODUCT_LITERALS ??= KNOWN_PRODUCTS.map((k) => literalsOf(k.pattern)));
  for (let i = 0; i < KNOWN_PRODUCTS.length; i++) {
    const k = KNOWN_PRODUCTS[i]!;
    // One scan per product was a tenth of the pipeline: only patterns whose literals the release holds are run.
    if (!filter.mayContainOneOf(literals[i] ?? null)) continue;
    for (const m of matchesOf(k.pattern, zone)) {
      const s = m.index!;
      const e = s + m[0].length;
      // Part of a longer Latin name (DRAW A LINE, Google Drive Caching) or a data field (LINE ID).
      if (/[A-Za-z][ ]$/.test(zone.slice(Math.max(0, s - 2), s)) || /^[ ]?(?:[A-Z][a-z]|ID(?![A-Za-z]))/.test(zone.slice(e, e + 3))) continue;
      // The name as written (Office365, インスタグラム, a defanged polyfill[.]io); the table name groups its spellings.
      found.push({ name: m[0].replace(/\s+/g, ' '), group: k.name, vendor: k.vendor, start: base + m.index!, end: base + m.index! + m[0].length, ruleId: 'products.known', known: true });
    }
  }
  // (One match or none: nothing to sort out, and no mark per character to allocate.)
  if (found.length <= 1) return found;
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Characters already taken by a longer match (a mark per character keeps this linear).
  const taken = new Uint8Array(zone.length);
  const out: Mention[] = [];
  for (const m of found) {
    let free = true;
    for (let i = m.start - base; i < m.end - base && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start - base, m.end - base);
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A quoted name cleaned of a URL scheme, a reading or 以下 note in parentheses, and padding. */
export function cleanName(raw: string): string {
  // A defanged name (polyfill[.]io) stays as written; keyOf groups it with the plain spelling.
  let name = raw.trim().replace(/^https?:\/\//, '').replace(/\/$/, '');
  name = name.replace(/[ ]?\((?:以下|https?:)[^()]*\)$/, '').replace(/[ ]?\([ァ-ヶー・ ]{2,20}\)$/, '');
  // A note mark after the name (ＸＸ(注), ＸＸ※1, ＸＸ(※2)) points to a footnote.
  name = name.replace(/[ ]?(?:[*※][0-9]{0,2}|\((?:注|※)?[0-9]{0,2}\))$/, '').replace(/(?:経由|社)$/, '');
  // An abbreviation after a name with Japanese words, made of the name's own capitals (セキュアＭＸサービス（ＳＭＸ）), is the
  // release's short form; capitals of their own (特許管理システム（ＫＥＭＰＯＳ）) are the product's name.
  const abbreviation = /(?<=[ァ-ヶー一-龠々][ァ-ヶー一-龠々A-Za-z0-9 ]*)[ ]?\(([A-Z][A-Z0-9]{1,6})\)$/.exec(name);
  if (abbreviation && isAbbreviationOf(abbreviation[1]!, name.slice(0, abbreviation.index))) name = name.slice(0, abbreviation.index);
  // The site's address given after its name: 駿河屋.JP(suruga-ya.jp).
  const withoutAddress = name.replace(/[ ]?\([A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,5}\/?\)$/, '');
  if (withoutAddress.trim()) name = withoutAddress;
  // A part of the product (ＸＸ 一部サーバー) is the product.
  name = name.replace(/[ ]?(?:の)?一部(?:の)?(?:サーバー?|機能|サービス|システム|ページ)$/, '');
  return name.replace(/^[ -]+|[ -]+$/g, '');
}

/** The words right before a position, back to the quote, bracket, comma or line that opens them (…「セキュアMXサービス). */
function wordsBefore(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  const opened = /^.*[「『(、。,\n]/s.exec(text.slice(from, at));
  return text.slice(opened ? from + opened[0].length : from, at).normalize('NFKC');
}

/** The name's capitals (one at least) stand in the abbreviation in their order: ＭＸ in ＳＭＸ. */
function isAbbreviationOf(abbreviation: string, name: string): boolean {
  const capitals = name.match(/[A-Z]/g);
  if (!capitals) return false;
  let at = 0;
  for (const c of capitals) {
    at = abbreviation.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Is this a proper name of a product or service, not a title, an organization or a generic word? */
export function isProductName(name: string, nextToServiceNoun = false, listedWithName = false): boolean {
  const key = `${nextToServiceNoun ? 1 : 0}${listedWithName ? 1 : 0}${name}`;
  let known = nameVerdicts.get(key);
  if (known === undefined) {
    // A release repeats its names; the verdict is cached (and the cache kept small).
    if (nameVerdicts.size > 4096) nameVerdicts.clear();
    known = judgeName(name, nextToServiceNoun, listedWithName);
    nameVerdicts.set(key, known);
  }
  return known;
}
const nameVerdicts = new Map<string, boolean>();
/** Any generic word, longest first (GENERIC_NAME_WORDS is sorted so). */
const GENERIC_WORD = new RegExp(GENERIC_NAME_WORDS.map((w) => escapeRegExp(w.toLowerCase())).join('|'), 'g');

/**
 * `nextToServiceNoun`: the name stands right next to ウェブサイト / サービス / システム
 * (「国際交流ひろば」ウェブサイト), which makes even a kanji-and-kana phrase a proper name.
 * `listedWithName`: it is quoted in one list with a proper name, next to such a noun.
 */
function judgeName(name: string, nextToServiceNoun: boolean, listedWithName: boolean): boolean {
  if (name.length < 2 || name.length > 32) return false;
  if (NOT_A_NAME.test(name) || ORGANIZATION_NAME.test(name) || FACILITY_NAME.test(name) || EVENT_NAME.test(name) || HOST_NAME.test(name)) return false;
  // A phrase about the incident (当社へのサイバー攻撃, 漏洩の可能性) or a clause is not a name.
  if (INVOLVEMENT.test(name) || PHRASE_WORDS.test(name)) return false;
  // A description of what it is for (ＸＸダウンロード用Webシステム) is not its name.
  if (PURPOSE_DESCRIPTION.test(name)) return false;
  if (/^[0-9 ]+$/.test(name) || /^[(]/.test(name)) return false;
  // Kanji and kana alone make a name only with a service ending (玄海町ふるさと納税特設サイト).
  if (!nextToServiceNoun && !/[A-Za-zァ-ヶ]/.test(name) && !/(?:サイト|サービス|システム|ショップ|ストア|倉庫|ネット|ナビ|便)$/.test(name)) return false;
  // A long-vowel mark typed as a dash (ダウンロ―ド) is still the word.
  let rest = name.toLowerCase().replace(/\s+/g, '').replace(/(?<=[ァ-ヶ])[―‐─]/g, 'ー');
  const generic = rest.match(GENERIC_WORD)?.length ?? 0;
  rest = rest.replace(GENERIC_WORD, '');
  // Generic words alone are no name (「マイページ」) — except a compound of them quoted in a list
  // of named systems (「オンライン相談」および「Ｘネット」のシステム), which names one of them.
  if (rest.replace(/[0-9①-⑳\p{P}\p{S}]/gu, '').length === 0 && !(listedWithName && nextToServiceNoun && generic >= 2)) return false;
  const latin = name.match(/[A-Za-z][A-Za-z0-9\-]*/g);
  if (latin && latin.every((w) => GENERIC_LATIN.has(w.toLowerCase())) && !/[ァ-ヶ一-龠]{2,}/.test(rest)) return false;
  return true;
}

/** A note in parentheses giving a service's alias (以下、当ストア) or address (8122.jp), not another kind of thing's (以下「対象アカウント」). */
const SERVICE_NOTE = /^\((?:以下[^()\n]{0,12}?(?:サイト|ストア|ショップ|サービス|システム|アプリ)[」』]?(?:といいます。?|という。?)?|(?:https?:\/\/)?[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,5}\/?)\)[ ]?/;

/** The kind of service before a list of its names in parentheses: 事業所向け EC（「Ａ」「Ｂ」）. */
const LISTED_IN_PARENTHESES = /(?:サービス|システム|製品|ソフト(?:ウェア|ウエア)?|アプリ|ツール|サイト|ショップ|ストア|(?<![A-Za-z])EC)[ ]?\($/;

/** 「ＸＸ」において, 運営する「ＸＸ」, 「Ａ」、「Ｂ」をご利用: quoted names in a service context. */
function quotedMentions(zone: string, base: number): Mention[] {
  const quotes = [...matchesOf(QUOTED, zone)];
  // In a list 「Ａ」、「Ｂ」をご利用, the context after the last item speaks for every item: the last
  // item of each quote's list, found from the end in one pass.
  const lastOfList: number[] = new Array(quotes.length);
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1];
    const joined = next !== undefined && next.index! - (q.index! + q[0].length) <= 6
      && LIST_JOINER.test(zone.slice(q.index! + q[0].length, next.index!));
    lastOfList[i] = joined ? lastOfList[i + 1]! : i;
  }
  // A list one of whose items calls itself a service by its ending (「ミドリナビ」「注文くん」につきましては) is a list of
  // services: its items are of one kind, so each sibling is read as a service too.
  const serviceList = new Set<number>();
  for (let i = 0; i < quotes.length; i++) if (SERVICE_NAME_ENDING.test(quotes[i]![1]!.trim())) serviceList.add(lastOfList[i]!);
  /** The quote is one item of a list of two or more. */
  const listed = (i: number) => lastOfList[i] !== i || (i > 0 && lastOfList[i - 1] === lastOfList[i]);
  const candidates: { mention: Mention; list: number; named: boolean }[] = [];
  // The words before a list's first item speak for every item (遠隔操作ソフト（「Ａ」「Ｂ」）, 旧オンラインストア「Ａ」「Ｂ」「Ｃ」).
  let listBefore = '';
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const before = zone.slice(Math.max(0, q.index! - 16), q.index!).replace(/[ ]+$/, '');
    if (i === 0 || lastOfList[i - 1] !== lastOfList[i]) listBefore = before;
    const last = quotes[lastOfList[i]!]!;
    // 「Ａ」などのシステムにおいて: the context goes on past など / 等.
    // 「Ｘ」（以下、当ストア）において, 「Ｘ」（https://…）において: the context goes on past the service's alias or address.
    const after = zone.slice(last.index! + last[0].length, last.index! + last[0].length + 72).replace(/^[ ]+/, '').replace(SERVICE_NOTE, '')
      .replace(/^(?:など|等)(?=の|に|で)/, '').slice(0, 24);
    // An alias the release defines (以下「本件サイト」) points back at a name given before it.
    if (/以下[、,]?[ ]?$/.test(before)) continue;
    // Said of it only by the clause after it: a name of katakana or Latin letters, not a thing (「サポート詐欺」の被害).
    if (!QUOTED_AFTER.test(after) && !QUOTED_BEFORE.test(before) && !(listBefore !== before && (LISTED_IN_PARENTHESES.test(listBefore) || QUOTED_BEFORE.test(listBefore))) && !SERVICE_NAME_ENDING.test(q[1]!.trim())
      && !(listed(i) && serviceList.has(lastOfList[i]!))
      && !(QUOTED_CLAUSE_AFTER.test(after) && /[ァ-ヶA-Za-z]/.test(q[1]!) && !QUOTED_THING.test(q[1]!.trim()))) continue;
    const own = zone.slice(q.index! + q[0].length, q.index! + q[0].length + 16);
    if (ORGANIZATION_BEFORE.test(before) || FACILITY_BEFORE.test(before) || ADDRESS_BEFORE.test(before) || PLACE_ALIAS_AFTER.test(own)) continue;
    const name = cleanName(q[1]!);
    // 【】 mostly marks a label (【重要】, 【続報】): a name in it must stand on its own.
    const label = q[0].startsWith('【');
    const nextToServiceNoun = !label && (SERVICE_NOUN_AFTER.test(after) || SERVICE_NOUN_BEFORE.test(before));
    const named = isProductName(name, nextToServiceNoun);
    // A kana name listed with a proper name (「優良Ｘナビ」及び「Ｘくん」において) is its sibling.
    const inList = listed(i);
    const sibling = !named && !label && inList && isProductName(name, true, nextToServiceNoun);
    if (!named && !sibling) continue;
    const s = base + q.index! + 1 + q[1]!.indexOf(name);
    if (s < base + q.index! + 1) continue;
    const mention: Mention = { name, vendor: null, start: s, end: s + name.length, ruleId: 'products.quoted', known: false, asService: nextToServiceNoun };
    candidates.push({ mention, list: lastOfList[i]!, named });
  }
  const listsWithAName = new Set(candidates.filter((c) => c.named).map((c) => c.list));
  return candidates.filter((c) => c.named || listsWithAName.has(c.list)).map((c) => c.mention);
}

/** How far a greeting reaches on either side of the name it greets (its pattern holds at most 60 characters of names). */
const GREETING_SPAN = 120;

/** An abbreviation in parentheses closing a name: ＸＸ Business Club（GBC）. */
const ABBREVIATION_AFTER = /[ ]?\(([A-Z][A-Za-z0-9]{1,7})\)$/;

/** A greeted name that says what it is before quoting its name: 弊社オンラインショップ「Ｘ」, 当社アプリ『Ｘ』, 弊社通販サイト〈Ｘ〉. */
const GREETED_QUOTE_AFTER_NOUN = /^[^「」『』〈〉\n]{0,16}(?:サイト|ショップ|ストア|サービス|アプリ|システム)[ ]?([「『〈][^「」『』〈〉\n]{2,40}[」』〉])$/;

/** Items of one kind: all share their last two characters (a head noun) or their first two (a modifier). */
function itemsAlike(items: string[]): boolean {
  const [first, ...rest] = items;
  if (!first || first.length < 3 || rest.length === 0) return false;
  return rest.every((x) => x.length >= 3 && x.slice(-2) === first.slice(-2)) || rest.every((x) => x.length >= 3 && x.slice(0, 2) === first.slice(0, 2));
}

/** The part is written in the text outside [from, to) as a word of its own: not joined to another by ・ (bounded scan). */
function writtenAlone(text: string, part: string, from: number, to: number): boolean {
  if (part.length < 2) return false;
  let seen = 0;
  for (let i = text.indexOf(part); i >= 0 && seen < 50; i = text.indexOf(part, i + 1), seen++) {
    if (i >= from && i < to) continue;
    if (text[i - 1] !== '・' && text[i + part.length] !== '・') return true;
  }
  return false;
}

/** いつもＡ・Ｂをご利用いただき: each named service of the greeting. */
function greetingMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(GREETING, zone)) {
    // 〈Ｘ〉（以下「当サイト」）をご利用: the alias the release gives the name is not part of it.
    let inner = m[1]!.replace(/[ ]?\(以下[、,]?[^()\n]{0,24}\)[ ]?$/, '');
    // 平素より弊社オンラインショップ「Ｘ」をご利用: the quoted name, after the words that say what it is.
    const described = GREETED_QUOTE_AFTER_NOUN.exec(inner);
    if (described) inner = inner.slice(described[0].length - described[1]!.length);
    let offset = m.index! + m[0].indexOf(inner);
    // コートヤード・バイ・マリオット is one name: a ・ that leaves a part of two letters is not a list.
    // A ・ parts the items of a list when the items are alike — one head or one modifier (ポイントパス・ギフトパス, ドットマネー・
    // ドットギフト) — or the release writes each on its own elsewhere (ドットマネーから交換); a part unlike the others and never
    // written alone (ギター of ギター・マガジンＷＥＢ) is a word of one name.
    const parts = inner.split(NAME_LIST_SEPARATOR);
    const oneName = parts.some((x) => x.trim().length <= 2) || (inner.includes('・') && !itemsAlike(parts.map((x) => x.trim()))
      && parts.some((x) => !writtenAlone(zone, x.trim(), m.index!, m.index! + m[0].length)));
    const list = oneName ? inner.split(/[、,]|および|及び|ならびに|並びに/) : parts;
    for (const part of list) {
      const at = zone.indexOf(part, offset);
      offset = at + part.length;
      const written = cleanName(part.replace(/^[「『〈]|[」』〉]$/g, '').replace(/[」』]?(?:サービス|各種サービス)$/, ''));
      // ＸＸ Business Club（GBC）: the name, and the abbreviation the release goes on to use.
      const abbreviated = ABBREVIATION_AFTER.exec(written);
      const name = abbreviated ? written.slice(0, abbreviated.index) : written;
      if (!name || !isProductName(name) || /^(?:弊社|当|本|各|同)/.test(name)) continue;
      const s = zone.indexOf(name, at);
      if (s < 0) continue;
      // "平素より「Ｘ」をご利用いただき": the one name a greeting quotes is the service's own name.
      const quoted = list.length === 1 && /^[「『〈][^「」『』〈〉]+[」』〉](?:サービス)?$/.test(inner.trim());
      out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.greeting', known: false, asService: /^[A-Za-z][A-Za-z0-9 .&!'-]*$/.test(name), quotedName: quoted, alias: abbreviated?.[1] });
    }
  }
  return out;
}

/** LoGoフォーム, ＷｏＬＮアプリ: a Latin name followed by a service ending, unquoted. */
function latinServiceMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(LATIN_SERVICE, zone)) {
    const head = m[1]!;
    if (head.split(' ').every((w) => GENERIC_LATIN.has(w.toLowerCase())) || head.length < 3) continue;
    const name = m[0];
    if (!SERVICE_SUFFIX.test(name) || ORGANIZATION_NAME.test(name) || PURPOSE_DESCRIPTION.test(name)) continue;
    // ＸＸメールサービス, ＸＸ社のサービス: a company's word plus a generic service is not a name.
    const tail = m[2]!.replace(/サービス$/, '');
    if (/サービス$/.test(name) && (/社/.test(tail) || (tail.length > 0 && tail.replace(GENERIC_WORD, '').length === 0))) continue;
    out.push({ name, vendor: null, start: base + m.index!, end: base + m.index! + name.length, ruleId: 'products.latinService', known: false });
  }
  return out;
}

const TABLE_VENDORS = new Set(KNOWN_PRODUCTS.map((k) => k.vendor?.toLowerCase()).filter((v): v is string => Boolean(v)));

/** ＸＸ Basicシステム障害, ＸＸへの不正アクセス: an unquoted Latin name the incident hit. */
function latinTargetMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(LATIN_RUN_AT, zone)) {
    const name = m[0].replace(/[.\-]+$/, '');
    const s = m.index!;
    const e = s + name.length;
    const afterNoun = SERVICE_NOUN_BEFORE_LATIN.test(zone.slice(Math.max(0, s - 8), s));
    // A place names a product only as a whole word: not the end of a longer name (ＸＸコンソーシアムTOKAI) or an acronym (EDI, ＳＬＢＡ).
    const place = !afterNoun && LATIN_PLACE_AFTER.test(zone.slice(e, e + 12)) && !/[ァ-ヶー一-龠々]/.test(zone[s - 1] ?? '') && !/^[A-Z]{2,5}$/.test(name);
    if (name.length < 3 || (!afterNoun && !place && !LATIN_TARGET_AFTER.test(zone.slice(e, e + 32)))) continue;
    // Acronyms and generic words (VPN, Web, NAS), table products (found by their own rule).
    if (name.split(' ').every((w) => GENERIC_LATIN.has(w.toLowerCase())) || tableNameOf(name) || !isProductName(name)) continue;
    // A vendor alone (Microsoftへの不正アクセス) names a company, not one of its products.
    if (TABLE_VENDORS.has(name.toLowerCase())) continue;
    out.push({ name, vendor: null, start: base + s, end: base + e, ruleId: place ? 'products.latinPlace' : 'products.latinTarget', known: false });
  }
  return out;
}

/**
 * Short names the release gives a company or a body (株式会社ＸＸ(以下「ＸＹＺ」), ＸＸ Inc.(以下 ＸＬ社), 国立研究開発法人ＸＸ(以下「ＱＳＴ」という)):
 * the name is that organization's, whatever its clause says.
 */
const ORGANIZATION_ALIAS = /(?:株式会社|有限会社|合同会社|法人|機構|協会|組合|大学|銀行|(?:Inc|Ltd|LLC|Co|Corporation|Limited|GmbH|BHD|Pte|LTD|INC|CO)\.?|[ァ-ヶ一-龠A-Za-z]社)[」』]?[ ]?\((?:以下|以下、|以下,)[ ]?[「『]?([A-Za-z][A-Za-z0-9&.\- ]{0,30}?)[」』]?(?:[ ]?社)?(?:といいます|という|とします)?[。]?\)/g;

function organizationAliases(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('以下')) return out;
  for (const m of matchesOf(ORGANIZATION_ALIAS, text)) {
    out.add(m[1]!.trim());
    if (out.size > 200) break;
  }
  return out;
}

/** A gloss in parentheses that names a kind of software or service, no alias or address: （シフト作成ツール）, （会計ソフト）. */
const KIND_GLOSS = /^[ ]?\((?!以下)[^()\n:、。]{0,24}(?:ツール|ソフトウェア|ソフト|アプリ|システム|サービス|プラットフォーム)\)/;
const MALICIOUS_BEFORE = /(?:不正な|悪意のある|悪意ある|不審な|偽の?)[^。、\n]{0,8}$/;
/** An unquoted Latin name (not an acronym of five capitals or fewer, which mostly stands for a body or a kind of thing). */
const LATIN_SAID_NAME = /(?<![A-Za-z0-9.@/_\-&])([A-Za-z][A-Za-z0-9+&.\-]{2,30}(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]{0,30}){0,3})(?![A-Za-z0-9.@/_\-])/g;

/**
 * An unquoted Latin name its own clause says was hit (ＸＸが不正アクセスを受け, ＸＸにおいて…不正ログイン, ＸＸへの攻撃, ＸＸの一部が停止):
 * the candidate comes from the script, the verdict from what the sentence says of it. Not a company (written with a legal
 * form, given as a body's alias, or a vendor's name), not a generic word or an acronym.
 */
function latinSaidMentions(zone: string, base: number, organizationAliases: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(LATIN_SAID_NAME, zone)) {
    const name = m[1]!.replace(/[.\-]+$/, '');
    const e = m.index! + name.length;
    // A gloss in parentheses saying what kind of thing the name is (ＸＸ Management（シフト作成ツール）において) stands between the name
    // and its clause: the clause is read after it.
    const gloss = KIND_GLOSS.exec(zone.slice(e, e + 34))?.[0].length ?? 0;
    const after = zone.slice(e + gloss, e + gloss + 80);
    // What follows is the clause (が, において, への, の…): not a longer Japanese word (ＸＸサービス is the service rules').
    if (!/^[ ]?(?:が|は|も|において|における|におきまして|にて|上で|上の|で|への|に対する|に対して|に対し|の)/.test(after)) continue;
    if (/^[A-Z0-9&.\-]{2,5}$/.test(name) || /^社|^[ ]?社/.test(after)) continue;
    if (name.split(' ').every((w) => GENERIC_LATIN.has(w.toLowerCase())) || TABLE_VENDORS.has(name.toLowerCase()) || organizationAliases.has(name)) continue;
    if (LATIN_COMPANY_NAME.test(name)) continue;
    if (tableNameOf(name) || !isProductName(name) || ORGANIZATION_NAME.test(name)) continue;
    // The attacker's own artifact (不正なタスク ＸＸ, 悪意のあるＸＸ) is no product that was hit.
    if (MALICIOUS_BEFORE.test(zone.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (!serviceSaidHit(after)) continue;
    out.push({ name, vendor: null, start: base + m.index!, end: base + e, ruleId: 'products.latinSaid', known: false, saidHit: true });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** 引き続き、ＸＸをよろしくお願いいたします, 今後ともＸＸをご愛顧: the closing names the release's own service, as the greeting does. */
const CLOSING = /(?:引き続き|今後とも)[、,]?[ ]?(?:変わらず|変わらぬ)?[、,]?[ ]?([^。、,\n「」『』]{2,30}?)を(?:よろしく|ご愛顧|ご利用)/g;

/**
 * The name a closing line commends to its readers: a candidate only, kept where one of its mentions is involved
 * (ＸＸメールアドレスが意図せず変更される事象). Not the writer's own words (弊社サービス) nor a phrase.
 */
function closingMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(CLOSING, zone)) {
    const name = m[1]!.trim();
    if (/^(?:弊社|当社|当|本|同|各|お客|皆)|[のにでがは]/.test(name) || !isProductName(name)) continue;
    const s = m.index! + m[0].indexOf(name);
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.closing', known: false });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** A Latin or katakana run right before ® / ™: ＸＸ®のメールサーバー. */
const BEFORE_TRADEMARK = /(?:[A-Za-z][A-Za-z0-9+&.\-]{0,30}(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]{0,30}){0,3}|[ァ-ヶー][ァ-ヶー・]{1,20})[ ]?$/;
const TRADEMARK_AT = /®|™|\((?:R|TM)\)/g;

/** ＣＯＮＰＡＳ®のメールサーバー: the release marks the name as a product's. */
function trademarkMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(TRADEMARK_AT, zone)) {
    if (!TRADEMARK_SIGN.test(zone.slice(m.index!, m.index! + 4))) continue;
    const head = BEFORE_TRADEMARK.exec(zone.slice(Math.max(0, m.index! - 64), m.index!));
    if (!head) continue;
    const name = head[0].trim();
    const s = m.index! - head[0].length;
    if (/[A-Za-z0-9ァ-ヶー]/.test(zone[s - 1] ?? '') || name.length < 3 || GENERIC_LATIN.has(name.toLowerCase()) || !isProductName(name)) continue;
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.trademark', known: false });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

const SHOP_NAME = new RegExp(`(?<![ァ-ヶー一-龠々A-Za-z0-9・&])([ァ-ヶー一-龠々A-Za-z0-9・&][ァ-ヶー一-龠々A-Za-z0-9・& ]{0,20}?)[ ]?(?:公式)?(?:${SHOP_SUFFIX.join('|')})(?![ァ-ヶー])`, 'g');
const GENERIC_SHOP_WORD = new RegExp(GENERIC_SHOP_WORDS.map((w) => escapeRegExp(w)).join('|'), 'gi');

/**
 * ミドリ堂オンラインショップ, ミドリ公式アプリ: a shop or app written with its name, unquoted. The name
 * has katakana or Latin letters and is more than the writer (弊社) and kinds of apps (メッセージアプリ).
 */
function shopNameMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(SHOP_NAME, zone)) {
    const self = SELF_PREFIX.exec(m[1]!)?.[0] ?? '';
    const owner = m[1]!.slice(self.length).trim();
    if (!/[ァ-ヶA-Za-z]/.test(owner) || /^[0-9]|様|さま/.test(owner)) continue;
    const rest = owner.replace(GENERIC_SHOP_WORD, '').replace(GENERIC_WORD, '').replace(/[ ・&0-9]/g, '');
    if (rest.length < 2) continue;
    const name = m[0].slice(self.length).trim();
    if (ORGANIZATION_NAME.test(owner) || !isProductName(name, true)) continue;
    // A kind of app or shop that goes on to quote its name (ＸＸ連携アプリ「Ｙ」): the quoted name is the name.
    if (/^[ ]?[「『]/.test(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
    const s = m.index! + m[0].indexOf(name);
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.shopName', known: false });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** 予約システム(Ｘ), 補助ツール(製品名:Ｘ), サービス名:Ｘ: a name the release gives as the product's. */
function namedMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const re of [NAMED_IN_PARENTHESES, LABELED_NAME]) {
    for (const m of matchesOf(re, zone)) {
      const name = cleanName(m[1]!);
      // A proper name has Latin letters (TL-リンカーン) or a shop's ending; a description (遠隔操作ツール, ＸやＹ等),
      // an abbreviation of the noun before it (セキュアMXサービス(SMX)) or an address is not one.
      // A katakana name of its own (レンタルサーバー（ＸＸサーバー）) beyond generic words is one too, in parentheses only.
      // (Not after ソフトウェア / ツール / 製品, whose parentheses mostly say what kind it is: ソフトウェア（プラグイン）.)
      const kanaName = re === NAMED_IN_PARENTHESES && !/^(?:ツール|ソフト|製品)/.test(m[0]) && /^[ァ-ヶー・]+$/.test(name) && properLetters(ownLetters(name), LATIN_LETTER);
      if (!(/[A-Za-z]/.test(name) || kanaName || /(?:オンラインショップ|オンラインストア|通販サイト)$/.test(name)) || /[ぁ-ん]|等$|^ドメイン|・.*[一-龠]|[一-龠].*・/.test(name) || name.includes(':')) continue;
      // Capitals alone in parentheses abbreviate the words before them when those words hold their letters in order
      // (セキュアMXサービス(SMX)); otherwise they are the service's own name (ポータルサイト(UNIPA), 学生ポータル(TIPS)).
      if (/^[A-Z]{2,5}$/.test(name) && isAbbreviationOf(name, wordsBefore(zone, m.index! + m[0].indexOf('(')))) continue;
      if (/^(?:https?|www\.)|^[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,5}$/.test(m[1]!.trim())) continue;
      if (!isProductName(name)) continue;
      const s = m.indices![1]![0] + m[1]!.indexOf(name);
      if (s < m.indices![1]![0]) continue;
      out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.named', known: false, asService: true });
    }
  }
  return out;
}

/** ポータルサイトＸ（以下「当サイト」）: the name the release gives its own site before calling it 当サイト. */
function aliasedMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(ALIASED_NAME, zone)) {
    const name = cleanName(m[1]!);
    if (!/[A-Za-zァ-ヶ]/.test(name) || !isProductName(name, true)) continue;
    const s = m.indices![1]![0] + m[1]!.indexOf(name);
    if (s < m.indices![1]![0]) continue;
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.aliased', known: false, asService: true });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** 外部サービス(polyfill.io): the third-party service the incident came through. */
/**
 * A system named by a katakana proper name before what it manages, said to be attacked as the subject of its sentence
 * ("ソウェルクラブ会員管理システムが…不正アクセスを受け"). What it manages (会員, 顧客, 予約) between name and
 * システム keeps common katakana words ("セキュリティ監視システム") out; the name itself must not be generic.
 */
const KANA_SYSTEM = /(?<![ァ-ヶー・A-Za-z0-9])([ァ-ヶー]{4,16})((?:会員|顧客|利用者|予約|受付)(?:管理|情報管理)?システム)(?:が|は)[^。\n]{0,30}?(?:不正アクセス|不正ログイン|サイバー攻撃|攻撃を受け|侵入され|侵害され)/g;

function kanaSystemMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(KANA_SYSTEM, zone)) {
    const head = m[1]!;
    if (head.replace(GENERIC_WORD, '').length < 3 || !isProductName(head)) continue;
    const name = head + m[2]!;
    out.push({ name, vendor: null, start: base + m.index!, end: base + m.index! + name.length, ruleId: 'products.kanaSystem', known: false });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

function externalMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(EXTERNAL, zone)) {
    const name = cleanName(m[1]!);
    if (!isProductName(name)) continue;
    // (The evidence is the name where the match writes it; a name cleaning changed past finding is not taken.)
    const at = m[0].indexOf(name);
    if (at < 0) continue;
    const s = m.index! + at;
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.external', known: false });
  }
  return out;
}

/**
 * Persons named as members of a service (カーシェア「Ｘ」会員様, ＸＸ会員（…の方の一部）, 「Ｘ」に会員登録いただいている
 * お客様, 「Ｘ」の登録団体の皆様): the service holds their data. Where the list or the heading these persons stand under
 * says whose data the incident reached (対象者, 情報漏えいの可能性のある個人情報, 情報漏洩のおそれに関するご案内をお送りした
 * お客様), the service is the one hit. The name opens the item (or its label's value); a quoted one may follow the
 * service's kind (カーシェア「Ｘ」).
 */
const MEMBER_QUOTED = /^[^「」『』\n]{0,12}?[「『]([^「」『』\n]{2,40})[」』][ ]?(?:(?:の)?(?:仮)?会員(?!制度|向け|専用|限定)|に(?:ご)?(?:会員)?登録|(?:の)?登録(?:団体|者|会員))/;
const MEMBER_UNQUOTED = /^(?:対象(?:者|となる方|となるお客様)?[ ]?:[ ]?)?([A-Za-z0-9ァ-ヶー一-龠々&・.' ]{2,24}?)[ ]?(?:仮)?会員(?:様|の方|の皆様|情報|\(|及び|、|[ ]?$)/;
/** A heading or a list's label that scopes the persons the incident reached (or the data it took: 奪取された情報). */
const AFFECTED_PERSONS = /対象者|対象となる(?:方|お客様)|(?:漏え?い|漏洩|流出|閲覧|不正)[^。\n]{0,20}(?:お客様|方|対象|個人情報|会員)|(?:奪取|窃取|盗取|盗まれ)[^。\n]{0,8}情報/;

/** A line's words before a note mark inside it (※, ＊ after the first character): the note is a remark of its own. */
function ownWordsOf(line: string): string {
  const mark = line.slice(1).search(/[※＊]/);
  return mark < 0 ? line : line.slice(0, mark + 1);
}

function memberMentions(doc: DocumentContext): Mention[] {
  if (!/会員|登録/.test(doc.text) || !openingTellsIncident(doc)) return [];
  const out: Mention[] = [];
  for (const line of doc.bodyLines) {
    if (line.kind === 'blank' || line.kind === 'table') continue;
    const content = doc.text.slice(line.contentStart, line.end);
    if (!/会員|登録/.test(content)) continue;
    const quoted = MEMBER_QUOTED.exec(content);
    const m = quoted ?? MEMBER_UNQUOTED.exec(content);
    if (!m) continue;
    const name = cleanName(m[1]!.trim());
    // (An unquoted name has Latin letters or katakana: 一般会員, 個人会員 are kinds of member, not a service's.)
    if ((!quoted && !/[A-Za-zァ-ヶ]/.test(name)) || !isProductName(name, Boolean(quoted))) continue;
    // An item whose own words deny it was reached (「Ｘ」の会員情報は漏えいしておりません) is not a target. Its own words
    // end at a note mark: what follows ※ is a remark of its own (…会員番号※Ｙ会員の個人情報の漏えいはございません),
    // on its own line in one copy of a release and run into the item in another.
    const own = ownWordsOf(content);
    if (INVOLVEMENT.test(own) && !toldUndenied(own)) continue;
    const scope = headingsOf(doc, line);
    if (line.kind === 'heading') scope.push(content);
    // The label of a list: the text line right above its items (…ご案内をお送りしたお客様).
    if (line.kind === 'bullet') {
      const label = doc.lines.slice(Math.max(0, line.index - 12), line.index).reverse().find((l) => l.kind !== 'blank' && l.kind !== 'bullet');
      if (label && label.kind === 'text') scope.push(label.text);
    }
    if (line.kind === 'text') scope.push(content);
    if (!scope.some((t) => AFFECTED_PERSONS.test(t) && (!INVOLVEMENT.test(t) || toldUndenied(t)))) continue;
    const s = line.contentStart + content.indexOf(name, m.index + (m[0].indexOf(m[1]!)));
    if (s < line.contentStart) continue;
    out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.member', known: false, saidHit: true, asService: true });
  }
  return out;
}

/**
 * A footnote: a mark after a word of a sentence (ＡＤホスト[1], 外部ライブラリ（※）, ＵＭストア *注1, ＸＸ(注)) ties the
 * sentence to the note that opens with the same mark (「[1]…Active Directoryドメインサービスを担うサーバ。」,
 * 「※外部ライブラリ：…「Polyfill」。」). The note says what the marked word is: the names it gives are involved as the
 * marked sentence tells (an incident it does not deny, or the word being the cause: 外部ライブラリ（※）に起因).
 */
const FOOTNOTE_MARK = /(?<=[^\s※*])(?:\[([0-9]{1,2})\]|\(※([0-9]{0,2})\)|※([0-9]{1,2})(?![0-9])|[ ]?\*注([0-9]{1,2})\)?|\(注([0-9]{0,2})\)|\*([0-9]{1,2})(?![0-9]))/g;
const NOTE_OPENING = /^[ ]*(?:\[([0-9]{1,2})\]|\(?※([0-9]{0,2})\)?|\*?注([0-9]{1,2})\)?|\(注([0-9]{0,2})\)|\*([0-9]{1,2}))[ ]?/;
/** The kind of mark and its number: [1] and ※1 are two marks. */
const markKey = (m: RegExpExecArray | RegExpMatchArray) =>
  m[1] !== undefined ? `[${m[1]}]` : m[2] !== undefined ? `※${m[2]}` : m[3] !== undefined ? `注${m[3]}` : m[4] !== undefined ? `注${m[4]}` : `*${m[5]}`;
const markKeyInText = (m: RegExpExecArray) =>
  m[1] !== undefined ? `[${m[1]}]` : m[2] !== undefined ? `※${m[2]}` : m[3] !== undefined ? `※${m[3]}` : m[4] !== undefined ? `注${m[4]}` : m[5] !== undefined ? `注${m[5]}` : `*${m[6]}`;
/** The marked word is what the incident came from: 外部ライブラリ（※）に起因する, Ｘ[1]が原因. */
const CAUSE_AFTER = /^[」』)]?(?:に起因|が原因|を原因)/;
/** A note about trademarks or rights names products in passing. */
const TRADEMARK_NOTE = /商標|著作権/;
const NOTE_LATIN_NAME = /(?<![A-Za-z0-9.@/_\-&])[A-Za-z][A-Za-z0-9+&.\-]{2,30}(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]{0,30}){0,3}(?![A-Za-z0-9.@/_\-])/g;

function footnoteMentions(doc: DocumentContext): Mention[] {
  const text = doc.text;
  const body = text.slice(doc.bodyStart);
  if (!/\[[0-9]|※|注/.test(body)) return [];
  // The notes: lines that open with a mark, by mark (the first such line after the mark is its note).
  const notes: { key: string; line: Line }[] = [];
  for (const line of doc.bodyLines) {
    if (line.kind === 'blank' || line.kind === 'heading') continue;
    const m = NOTE_OPENING.exec(line.text);
    if (m && m[0].trim().length > 0 && line.text.length > m[0].length + 2) notes.push({ key: markKey(m), line });
  }
  if (notes.length === 0) return [];
  const out: Mention[] = [];
  let seen = 0;
  for (const mark of matchesOf(FOOTNOTE_MARK, body)) {
    if (++seen > 50) break;
    const at = doc.bodyStart + mark.index!;
    const line = doc.lineAt(at);
    // (A mark that opens its line is a note's own.)
    if (NOTE_OPENING.test(line.text) && at - line.start < 6) continue;
    const key = markKeyInText(mark);
    const note = notes.find((n) => n.key === key && n.line.start > at);
    if (!note || TRADEMARK_NOTE.test(note.line.text)) continue;
    const end = at + mark[0].length;
    const marked: Mention = { name: mark[0], vendor: null, start: at, end, ruleId: 'products.footnote', known: false };
    if (!CAUSE_AFTER.test(text.slice(end, end + 8)) && !involved(doc, marked, false)) continue;
    const noteText = note.line.text;
    const from = note.line.start + (NOTE_OPENING.exec(noteText)?.[0].length ?? 0);
    const zone = text.slice(from, note.line.end);
    // The note's names: quoted ones, and Latin ones that are no generic word, acronym or company.
    // (A quoted word the note explains — 「再委託」, 「セーフリスト/ブロックリスト」 — is a term: a quoted name needs Latin letters or a
    // service's ending.)
    for (const q of matchesOf(QUOTED, zone)) {
      const name = cleanName(q[1]!);
      const s = from + q.index! + 1 + q[1]!.indexOf(name);
      if (s > from + q.index! && (/[A-Za-z]/.test(name) || SERVICE_NAME_ENDING.test(name)) && isProductName(name) && !ORGANIZATION_NAME.test(name)) {
        out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.footnote', known: false, saidHit: true });
      }
    }
    // A glossary note defines the marked word (※１ Multi Factor Authentication：…, EDR（Endpoint Detection and Response）とは): its
    // term before the colon and a gloss in parentheses after a Japanese word or an acronym (倉庫管理システム（WMS：Warehouse Management System）,
    // EDR（Endpoint Detection and Response）)
    // are no product's name.
    const term = /^[^:。]{1,40}:/.exec(zone)?.[0].length ?? 0;
    for (const l of matchesOf(NOTE_LATIN_NAME, zone)) {
      const name = l[0].replace(/[.\-]+$/, '');
      const s = from + l.index!;
      const open = zone.lastIndexOf('(', l.index!);
      const glossed = open >= 0 && !zone.slice(open, l.index!).includes(')') && /(?:[ぁ-んァ-ヶー一-龠々]|(?<![A-Za-z])[A-Z]{2,6})$/.test(zone.slice(Math.max(0, open - 8), open).replace(/[ ]+$/, ''));
      if (l.index! < term || /[「『]$/.test(text.slice(s - 1, s)) || glossed) continue;
      if (name.split(' ').every((w) => /^[A-Z0-9&.\-]{2,6}$/.test(w) || GENERIC_LATIN.has(w.toLowerCase()))) continue;
      if (TABLE_VENDORS.has(name.toLowerCase()) || LATIN_COMPANY_NAME.test(name) || ORGANIZATION_NAME.test(name) || !isProductName(name)) continue;
      if (COMPANY_FORM_NEXT.test(text.slice(s + name.length, s + name.length + 16)) || /^[ ]?社/.test(text.slice(s + name.length, s + name.length + 2))) continue;
      out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.footnote', known: false, saidHit: true });
    }
  }
  return out;
}

/**
 * Items of a list introduced as the affected services (以下のサービスにおいて漏洩が発生):
 * "- Work Force Management（WFM）：シフト作成ツール" names the service before the colon.
 */
function serviceListMentions(doc: DocumentContext): Mention[] {
  const out: Mention[] = [];
  // Whether a heading labels the services hit, tested once per heading (not once per line under it).
  const labels = new Map<number, boolean>();
  const labelsServices = (heading: Line) => {
    let known = labels.get(heading.index);
    if (known === undefined) labels.set(heading.index, (known = SERVICE_LIST_HEADING.test(heading.text)));
    return known;
  };
  // Under a heading of the services hit, sub-headings may sort the items (### ＜アプリ＞, #### ＸＸプラットフォーム（ＸＰ）):
  // the labelled heading is the one above such a sub-heading.
  const sortsItems = (heading: Line) => SORTING_SUBHEADING.test(doc.text.slice(heading.contentStart, heading.end).trim());
  const underLabelledHeading = (headings: readonly number[]) => {
    const inner = doc.lines[headings[headings.length - 1]!]!;
    if (labelsServices(inner)) return true;
    const outer = headings.length >= 2 ? doc.lines[headings[headings.length - 2]!]! : undefined;
    return outer !== undefined && labelsServices(outer) && sortsItems(inner);
  };
  for (const line of doc.bodyLines) {
    // A sub-heading that sorts the services under a labelled heading may itself name one (#### ＸＸプラットフォーム（ＸＰ）).
    if (line.kind === 'heading' && line.headings.length && labelsServices(doc.lines[line.headings[line.headings.length - 1]!]!)
      && sortsItems(line) && openingTellsIncident(doc)) {
      const content = doc.text.slice(line.contentStart, line.end);
      const name = cleanName(content.replace(/^[<＜〈]|[>＞〉]$/g, ''));
      const s = line.contentStart + content.indexOf(name);
      if (name.length >= 2 && s >= line.contentStart && properLetters(ownLetters(name), LATIN_LETTER) && !/[でにはをがへ]/.test(name) && isProductName(name, true)) {
        out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.serviceList', known: false, saidHit: true });
      }
      continue;
    }
    // The one line right under such a heading (## ◎対象サイト / ＸＸ図書館Webサイト, サービス:ＸＸ本店) is its item too.
    if (line.kind === 'text' && line.headings.length && line.text.length <= 48) {
      const heading = doc.lines[line.headings[line.headings.length - 1]!]!;
      if (!labelsServices(heading)) continue;
      const between = doc.lines.slice(heading.index + 1, line.index);
      const item = line.text.trim().replace(/^(?:サービス|サイト|システム|アプリ)(?:名)?[ ]?:[ ]?/, '').replace(/[ ]?\([^()\n]*\)$/, '');
      // (A quoted name on it is the quoted rule's; a note in parentheses after the name is not part of it.)
      if (between.every((l) => l.kind === 'blank') && !/[:。、「」『』]|[でにはをがへ]/.test(item)
        && openingTellsIncident(doc)) {
        const name = cleanName(item);
        const s = line.start + line.text.indexOf(name);
        if (name.length >= 2 && s >= line.start && isProductName(name, true)) {
          out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.serviceList', known: false, saidHit: true });
        }
      }
      continue;
    }
    if (line.kind !== 'bullet') continue;
    let lead = leadInOf(doc, line);
    // A plain title that labels the services, between the item and any lead-in, stands for the heading a page left unmarked.
    const title = titleLineAbove(doc, line, SERVICE_TITLE);
    if (title !== null && lead !== null && title.index > lead.index) lead = null;
    // Under a heading that labels the services hit (■ 対象サービス, 【停止中のサービス】), of a release that tells an
    // incident, an item is one of them whatever its script (ミドリちゃん病児保育).
    const labelled = !lead && ((line.headings.length > 0 && underLabelledHeading(line.headings)) || title !== null) && openingTellsIncident(doc);
    if (!labelled && (!lead || !SERVICE_LIST_LEAD.test(lead.text) || !INVOLVEMENT.test(lead.text))) continue;
    // The item's address in parentheses (ミドリオンラインショップ（https://…）) is not its name.
    const content = doc.text.slice(line.contentStart, line.end).replace(/[ ]?\((?:https?:\/\/|www\.)[^()\n]*\)/, '');
    const m = /^([^:\n]{2,40}?)[ ]?:/.exec(content) ?? /^([^:\n]{2,40})$/.exec(content.trim());
    if (!m) continue;
    // A labelled item's note in parentheses (ＸＸ（スマホ版、タブレット版）) says which editions, not what it is called.
    const name = cleanName(labelled ? m[1]!.replace(/[ ]?\([^()\n]*[、,・][^()\n]*\)$/, '') : m[1]!);
    // A labelled item may be written in kana (ミドリちゃん病児保育), but not as a phrase (ネットでオーダー新規受付).
    if (labelled ? /[でにはをがへ]|受付$|機能$/.test(name) : !/[A-Za-zァ-ヶ]/.test(name) || /[ぁ-ん]/.test(name)) continue;
    if (!isProductName(name, labelled)) continue;
    const s = line.contentStart + doc.text.slice(line.contentStart, line.end).indexOf(name);
    if (s < line.contentStart) continue;
    out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.serviceList', known: false, saidHit: labelled });
  }
  return out;
}

/**
 * An unquoted name with a service's head noun: words of Latin letters or katakana (each taken whole, so
 * the run cannot be split two ways), with a few kanji before or after (ミドリ本店サイト, 三井ＸＸポイント
 * メンバーズページ, エコ定期券 Webサイト, ＸＸ セキュア MX サービス). Not the tail of a longer run (MX サービス of it).
 */
const SERVICE_NAME_WORD = '(?:[A-Za-z][A-Za-z0-9&.\\-]{0,30}(?![A-Za-z0-9&.\\-])|[ァ-ヶー][ァ-ヶー・]{1,24}(?![ァ-ヶー・]))';
const NAMED_SERVICE = new RegExp(
  `(?<![ァ-ヶー一-龠々A-Za-z0-9・&])(?<![ァ-ヶー一-龠々A-Za-z0-9・&][ ])([一-龠々]{0,4}${SERVICE_NAME_WORD}(?:[ ]?${SERVICE_NAME_WORD}){0,4}[一-龠々]{0,6})`
  + `[ ]?(${NAMED_SERVICE_NOUNS.map((w) => escapeRegExp(w)).join('|').replace(/Web|WEB/g, '$&[ ]?')})(?![ァ-ヶーA-Za-z])`, 'g');
/** Head nouns of an app or a shop: with the organization's name before them they still name a product (ミドリ公式アプリ). */
const SHOP_OR_APP_NOUN = /^(?:オンラインショップ|オンラインストア|ネットストア|ネットショップ|アプリ|ストア|ショップ)$/;
/** A system or service named in katakana alone (ナースコールシステム, レイアウトサービス) is mostly a kind of thing: those need Latin letters. */
const KIND_OF_THING_NOUN = /^(?:サービス|システム|ポータル)$/;
const GENERIC_SERVICE_WORD = new RegExp(alternation([...GENERIC_SERVICE_WORDS, ...GENERIC_SHOP_WORDS]), 'gi');
/** Words before a name that make it someone else's or any (他のＸシステム, 各サービス). */
const NOT_THIS_SERVICE_BEFORE = /(?:他の|他社の?|別の|以外の|偽の?|各)$/;

/** A name's letters that are not generic words or kinds of service. */
function ownLetters(name: string): string {
  return name.toLowerCase().replace(GENERIC_SERVICE_WORD, '').replace(GENERIC_WORD, '').replace(/[ ・&.\-0-9]/g, '');
}

/** A name's own letters (ownLetters) enough to be a proper name: Latin letters (`latin`), or three katakana. */
function properLetters(own: string, latin: RegExp): boolean {
  return latin.test(own) || (own.match(/[ァ-ヶー]/g)?.length ?? 0) >= 3;
}
const LATIN_LETTER = /[a-z]/;
const LATIN_PAIR = /[a-z]{2}/;

/** What the clause after a name says of it, read up to the sentence's end: an incident, not denied. */
function serviceSaidHit(after: string): boolean {
  for (const re of SERVICE_SAID_AFTER) {
    const m = re.exec(after);
    if (m && !SAID_DENIED.test(after.slice(m[0].length))) return true;
  }
  return false;
}

/**
 * ＵＭストアは…営業を停止, ＸＸポイント メンバーズページにおいて…不正ログイン: a named service its clause says was hit.
 * `isOrganization`: the name's owner part is the organization (損害保険ＸＸ システム is the company's system).
 */
function namedServiceMentions(zone: string, base: number, isOrganization: (name: string) => boolean): Mention[] {
  const out: Mention[] = [];
  const aliases = new Set<string>();
  for (const m of matchesOf(NAMED_SERVICE, zone)) {
    // The alias of a quoted name (「ＸＸ MUSIC STORE」（以下、ＵＭストア）) is that name, wherever the release writes it again.
    if (/[」』][ ]?\(以下[、,]?[ ]?[「『]?$/.test(zone.slice(Math.max(0, m.index! - 8), m.index!))) aliases.add(m[0]);
    if (aliases.has(m[0])) continue;
    const self = SELF_PREFIX.exec(m[1]!)?.[0] ?? '';
    let owner = m[1]!.slice(self.length).trim();
    // A generic word ahead of the name (プレスリリース ＸＸサービス) is not part of it.
    while (owner.includes(' ') && ownLetters(owner.slice(0, owner.indexOf(' '))).length < 2) owner = owner.slice(owner.indexOf(' ') + 1);
    // The name's own letters: more than generic words and kinds of service (クラウド, フィッシング, メール).
    const own = ownLetters(owner);
    if ((own.match(/[ァ-ヶーa-z]/g)?.length ?? 0) < 2 || /社|^[0-9]/.test(owner)) continue;
    if (KIND_OF_THING_NOUN.test(m[2]!) && !/[a-z]/.test(own)) continue;
    // The organization's own site (ミドリWebサイト of ミドリ株式会社) is the organization's, not a named service.
    if (owner.split(' ').every((w) => GENERIC_LATIN.has(w.toLowerCase()))) continue;
    // The organization's own site or system (ミドリWebサイト of ミドリ株式会社) is the organization's; its app or shop has a name of its own.
    if (!SHOP_OR_APP_NOUN.test(m[2]!) && isOrganization(owner.replace(/[ ]?(?:web|ウェブ|ec|公式|オンライン)$/i, ''))) continue;
    const s = m.index! + m[0].indexOf(owner);
    if (NOT_THIS_SERVICE_BEFORE.test(zone.slice(Math.max(0, s - 4), s))) continue;
    const name = m[0].slice(m[0].indexOf(owner)).trim();
    if (ORGANIZATION_NAME.test(owner) || !isProductName(name, true)) continue;
    if (!serviceSaidHit(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.namedService', known: false, saidHit: true });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** A brand-like name: Latin letters or kana, no kanji (ＸＸ of 株式会社ＸＸ, not ＸＸ急便 or ＸＸ市). */
const BRAND_NAME = /^(?=.*[A-Za-zァ-ヶぁ-ん])[A-Za-z0-9ァ-ヶーぁ-ん&.・!' ]{2,24}$/;

/**
 * The organization's own name used as its service's name (ＸＸをご利用いただいたお客様, ＸＸで支援をいただいた方,
 * ＸＸ会員ログイン画面において): a platform named like its company (a crowdfunding site, a restaurant guide) is the
 * service the incident hit. Only a name of Latin letters or kana: a name in kanji is the body, not a brand.
 */
function ownBrandMentions(doc: DocumentContext, organization: string, inUrl: (s: number, e: number) => boolean): Mention[] {
  const name = withoutForms(organization).replace(/[(（][^()（）]*[)）]/g, '').trim();
  if (!BRAND_NAME.test(name) || ORGANIZATION_NAME.test(name) || GENERIC_LATIN.has(name.toLowerCase())) return [];
  const out: Mention[] = [];
  const text = doc.text;
  let seen = 0;
  for (let i = text.indexOf(name, doc.bodyStart); i >= 0 && seen < MAX_MENTIONS_PER_NAME; i = text.indexOf(name, i + 1)) {
    seen++;
    const e = i + name.length;
    if (/[「『〈【]/.test(text[i - 1] ?? '') || inUrl(i, e) || insideWord(text, i, e)) continue;
    if (!OWN_BRAND_USED_AFTER.test(text.slice(e, e + 16))) continue;
    out.push({ name, vendor: null, start: i, end: e, ruleId: 'products.ownBrand', known: false, asService: true });
  }
  return out;
}

/**
 * An unquoted name right after 運営する / 提供する / 管理する, up to the particle that ends it: the organization runs
 * the thing by that name (当協議会が運営するｅ-ＸＸにおきまして, ＸＸ社が運営するＸＸデジタルでの不正ログイン).
 */
const OPERATED_NAME = /(?:運営|提供|管理|運用)(?:する|している|しております|いたしております)[、,]?[ ]?([^\s、。,「」『』【】〈〉()をがはにでへとのや]{2,30})(?=において|における|におきまして|にて|での|で(?:は|、)|への|に対する|に対して|が|は|の(?:サーバ|システム|管理画面|データベース|一部|ページ))/g;

function operatedMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesOf(OPERATED_NAME, zone)) {
    // 文字認識サービスＸ: the name is what follows the kind of service.
    const name = cleanName(m[1]!).replace(/^.*(?:サービス|システム|ツール|ソフトウェア|アプリ)[ ]?(?=[A-Za-z])/, '');
    // A proper name: Latin letters, or katakana beyond generic words (ＸＸデジタル), not a kind of system (メールシステム, Webサーバー).
    if (!properLetters(ownLetters(name), LATIN_LETTER)) continue;
    // A description (ＸＸ向けホームページ作成サービス) says whom it serves, not what it is called.
    if (ORGANIZATION_NAME.test(name) || /向け|用の/.test(name) || !isProductName(name, true)) continue;
    const s = m.index! + m[0].length - m[1]!.length + m[1]!.indexOf(name);
    if (!serviceSaidHit(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.operated', known: false, saidHit: true });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/**
 * A name written with its address in parentheses (ＸＸメールリーダ(https://webmail.example.jp)に対する攻撃): the address
 * says the words before it name a site or service. The name is the run of Latin letters, katakana and kanji before it.
 */
const ADDRESSED_NAME = /([A-Za-z0-9ァ-ヶー一-龠々・&.\-][A-Za-z0-9ァ-ヶー一-龠々・&.\- ]{1,29})\((?:https?:\/\/)?[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,5}[^()\s、。「」]{0,60}(?:[ ][^()\s、。「」]{1,60}){0,2}\)/g;

/** ADDRESSED_NAME tried only before an address's opening: its name (at most 30 characters) ends at the parenthesis. */
const ADDRESSED_NAME_AT = new RegExp(ADDRESSED_NAME.source, 'y');
const ADDRESS_OPENING = /\((?:https?:\/\/)?[A-Za-z0-9-]{1,40}\.[A-Za-z0-9-]/g;

function addressedMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesAnchored(ADDRESSED_NAME_AT, zone, ADDRESS_OPENING, 30)) {
    const self = SELF_PREFIX.exec(m[1]!)?.[0] ?? '';
    const name = m[1]!.slice(self.length).trim();
    if (!properLetters(ownLetters(name), LATIN_PAIR)) continue;
    if (/社$/.test(name) || ORGANIZATION_NAME.test(name) || !isProductName(name, true)) continue;
    if (!serviceSaidHit(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    const s = m.index! + m[0].indexOf(name, self.length);
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.addressed', known: false, saidHit: true });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** The whole run of Latin letters, katakana and kanji before ＸＸをご利用の…: the name of what is used (not the tail of a masked address, ob●.ＸＸ.ne.jp). */
const USED_BY_NAME = /(?<![A-Za-z0-9ァ-ヶー一-龠々・&.\-●○*])([A-Za-zァ-ヶー一-龠々][A-Za-z0-9ァ-ヶー一-龠々・&.\- ]{1,29})(?=をご?(?:利用|愛用))/g;

/**
 * ＸＸセンターオンラインをご利用のお客様へ, ＸＸオンラインチケットをご利用いただいたお客様: a proper name whose users the
 * release speaks to, kept when its sentence tells the incident. Not a payment method (ＸＸ決済, こんど払い) nor a kind of
 * service in katakana alone (メール相談サービス).
 */
/** USED_BY_NAME tried only before をご利用 / を愛用: its name (at most 30 characters) ends there. */
const USED_BY_NAME_AT = new RegExp(USED_BY_NAME.source, 'y');
const USED_BY_WORDS = /をご?(?:利用|愛用)/g;

function usedByMentions(zone: string, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesAnchored(USED_BY_NAME_AT, zone, USED_BY_WORDS, 30)) {
    if (!USERS_OF_AFTER.test(zone.slice(m.index! + m[0].length, m.index! + m[0].length + 28))) continue;
    const self = SELF_PREFIX.exec(m[1]!)?.[0] ?? '';
    const name = m[1]!.slice(self.length).trim();
    const own = ownLetters(name);
    if (!properLetters(own, LATIN_PAIR)) continue;
    if (/(?:決済|払い|社)$/.test(name) || (/(?:サービス|システム|ポータル)$/.test(name) && !/[a-z]/.test(own))) continue;
    if (ORGANIZATION_NAME.test(name) || !isProductName(name, true)) continue;
    const s = m.index! + m[0].indexOf(name, self.length);
    out.push({ name, vendor: null, start: base + s, end: base + s + name.length, ruleId: 'products.usedBy', known: false });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}

/** A heading that reports on the services' state: ３．その他サービスの状況, （１）弊社サービスに関する状況, 停止中のサービス. */
const SERVICE_STATUS_HEADING = /サービス[^。\n]{0,12}(?:状況|影響|再開|復旧|停止|休止)|(?:状況|影響|停止|休止)[^。\n]{0,6}サービス/;
/** A heading that is one name alone, Latin letters or katakana, with a reading or kind in parentheses: ＸＸＸ（エックス）, ＸＸ（印刷サービス）. */
const NAME_HEADING = /^[ ]*([A-Za-z][A-Za-z0-9&.\-]{1,20}(?:[ ][A-Za-z0-9&.\-]{1,20}){0,2}|[ァ-ヶー]{3,16})[ ]?(?:\([^()\n]{1,16}\))?[ ]*$/;
/** A line that opens with such a name and a space before what it says of it (not a name going on: ＸＸ Web サイトでの注文を再開). */
const NAME_OPENING_LINE = /^[ ]*([A-Za-z][A-Za-z0-9&.\-]{1,20}(?:[ ][A-Za-z0-9&.\-]{1,20}){0,2}|[ァ-ヶー]{3,16})[ ]?(?:\([^()\n]{1,16}\))?[ ]+(?=[^ ])(?!(?:Web|WEB|ウェブ)?[ ]?(?:サイト|サービス|ストア|ショップ|アプリ|システム))/;
/** A list item that is one name alone, of Latin letters and katakana (ＸＸ-フラッシュ), a reading or kind in parentheses after it. */
const NAME_ITEM = /^[ ]*([A-Za-z0-9ァ-ヶー][A-Za-z0-9ァ-ヶー&.\-・]{1,24}(?:[ ][A-Za-z0-9ァ-ヶー&.\-・]{1,20}){0,2})[ ]?(?:\([^()\n]{1,16}\))?[ ]*$/;
/** A heading that says in what state its services are: stopped, suspended, back again (サービス停止中, サービス復旧済み). */
const SERVICE_STATE_SAID = /停止|休止|中断|復旧|再開/;
/** What its section says of a service: stopped, not yet back, left out of what runs again. */
const SERVICE_NOT_RUNNING = /再開|停止|休止|中断|対象外/;

/**
 * A service's name standing alone as a heading, under a heading about the services' state, its section (notes ※ aside)
 * saying it is stopped or not yet back: the release lists its services one heading each.
 */
function statusHeadingMentions(doc: DocumentContext): Mention[] {
  const out: Mention[] = [];
  const lines = doc.lines;
  // Lines under one heading ask about the same heading: each heading is tested once.
  const statusHeading = new Map<number, boolean>();
  for (const line of doc.bodyLines) {
    if (!line.headings.length) continue;
    const heading = line.headings[line.headings.length - 1]!;
    let isStatus = statusHeading.get(heading);
    if (isStatus === undefined) statusHeading.set(heading, (isStatus = SERVICE_STATUS_HEADING.test(lines[heading]!.text)));
    if (!isStatus) continue;
    const content = doc.text.slice(line.contentStart, line.end);
    // A list item that is a name alone, under a heading that tells the services' state (①サービス停止中 / - ＸＸ):
    // the heading speaks for each item.
    if (line.kind === 'bullet') {
      const item = NAME_ITEM.exec(content);
      if (!item || !SERVICE_STATE_SAID.test(lines[heading]!.text) || leadInOf(doc, line)) continue;
      const name = item[1]!;
      if (!isProductName(name, true) || ownLetters(name).length < 3) continue;
      const s = line.contentStart + content.indexOf(name);
      out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.statusHeading', known: false, saidHit: true });
      if (out.length >= MAX_PRODUCTS) break;
      continue;
    }
    // The name on a line of its own stands as a heading too (a printed page loses the heading's mark).
    const alone = line.kind === 'heading' || line.kind === 'text' ? NAME_HEADING.exec(content) : null;
    // Or a line under such a heading that opens with the name and goes on with its state (ＸＸ（読み） 1月中の再開を予定).
    const opening = !alone && line.kind !== 'heading' ? NAME_OPENING_LINE.exec(content) : null;
    const m = alone ?? opening;
    if (!m) continue;
    const name = m[1]!;
    if (!isProductName(name, true) || ownLetters(name).length < 3) continue;
    if (opening) {
      if (SERVICE_NOT_RUNNING.test(content.slice(opening[0].length))) {
        const s = line.contentStart + content.indexOf(name);
        out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.statusHeading', known: false, saidHit: true });
      }
      continue;
    }
    let said = false;
    for (let i = line.index + 1, seen = 0; i < lines.length && seen < 8 && lines[i]!.kind !== 'heading'; i++) {
      const l = lines[i]!;
      if (l.kind === 'blank') continue;
      // The next name alone on its line opens the next service's section.
      if (l.kind === 'text' && NAME_HEADING.test(doc.text.slice(l.contentStart, l.end))) break;
      seen++;
      if (!/^[ ]*※/.test(l.text) && SERVICE_NOT_RUNNING.test(l.text)) said = true;
    }
    if (!said) continue;
    const s = line.contentStart + doc.text.slice(line.contentStart, line.end).indexOf(name);
    out.push({ name, vendor: null, start: s, end: s + name.length, ruleId: 'products.statusHeading', known: false, saidHit: true });
    if (out.length >= MAX_PRODUCTS) break;
  }
  return out;
}
