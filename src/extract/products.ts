import { KNOWN_PRODUCTS } from '../words/products.js';
import type { Extractor, Finding } from './types.js';

/** A Latin-script product-like run: words of letters/digits joined by single spaces. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9+&.\-]*(?:[ ][A-Za-z0-9][A-Za-z0-9+&.\-]*){0,5}/g;
/** 「OneOffice Mail Solution」: a quoted service name with Latin letters in it. */
const QUOTED = /「([^「」\n]{2,40})」/g;
/** Words after a quoted name that say it is a service or system of the organization. */
const SERVICE_CONTEXT = /^(?:」)?[ ]?(?:において|における|に関する|の(?:サーバ|システム|サービス|利用者|会員|アカウント|一部)|上|で(?:は|の)?|を(?:ご)?利用|というサービス|サービス|システム)/;

/**
 * Named software, services and devices: the table of well-known products (vendor filled in),
 * quoted Latin-script service names used as the subject of the incident, and Latin-script headings
 * or runs that extend a product family already found (OneOffice Mail → OneOffice SPAM Filtering).
 */
export const productsExtractor: Extractor = {
  id: 'products',
  extract(doc) {
    const text = doc.text;
    const products: Finding<{ name: string; vendor: string | null }>[] = [];
    const taken: [number, number][] = [];
    const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
    const add = (name: string, vendor: string | null, s: number, e: number, ruleId: string) => {
      if (overlaps(s, e)) return;
      taken.push([s, e]);
      products.push({ value: { name, vendor }, evidence: doc.evidence(s, e), ruleId, at: s });
    };
    const bodyText = text.slice(doc.bodyStart);
    const titleSpan = doc.overview?.title;
    const zones: [number, string][] = [[doc.bodyStart, bodyText]];
    if (titleSpan) zones.push([titleSpan.start, titleSpan.text]);
    // Known products, longest first, so "Cisco Secure Email Gateway" beats "Cisco".
    const known: { s: number; e: number; name: string; vendor: string | null }[] = [];
    for (const [base, zone] of zones) {
      for (const k of KNOWN_PRODUCTS) {
        for (const m of zone.matchAll(k.pattern)) known.push({ s: base + m.index!, e: base + m.index! + m[0].length, name: m[0], vendor: k.vendor });
      }
    }
    known.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
    for (const k of known) add(k.name, k.vendor, k.s, k.e, 'products.known');
    // Quoted service names with Latin letters.
    for (const [base, zone] of zones) {
      for (const m of zone.matchAll(QUOTED)) {
        const inner = m[1]!.trim();
        if (!/[A-Za-z]{2,}/.test(inner) || /^https?:/.test(inner)) continue;
        const after = zone.slice(m.index! + m[0].length - 1, m.index! + m[0].length + 12);
        if (!SERVICE_CONTEXT.test(after)) continue;
        const s = base + m.index! + 1 + m[1]!.indexOf(inner);
        add(inner, null, s, s + inner.length, 'products.quotedService');
      }
    }
    // Family extension: Latin runs that start with the first word of a product found above.
    const families = new Set(products.map((p) => p.value.name.split(' ')[0]!).filter((w) => w.length >= 4));
    for (const m of bodyText.matchAll(LATIN_RUN)) {
      const name = m[0].trim();
      const first = name.split(' ')[0]!;
      if (!families.has(first) || name === first || !name.includes(' ')) continue;
      const s = doc.bodyStart + m.index!;
      if (products.some((p) => p.value.name === name)) continue;
      add(name, null, s, s + name.length, 'products.family');
    }
    products.sort((a, b) => a.at - b.at);
    return { products };
  },
};
