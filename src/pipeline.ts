import { buildDocument } from './document.js';
import { EXTRACTORS } from './extract/registry.js';
import { emptyFindings, type Findings } from './extract/types.js';
import { REFINERS } from './refine/registry.js';
import { buildIncident } from './incident/build.js';
import type { Incident } from './types.js';
import { pushAll } from './util/arrays.js';

/** Any character trim() would keep: a body without one is empty (tested without trim's copy of the body). */
const NOT_SPACE = /\S/;

export interface ParseTextOptions {
  /** Shown as source.path. */
  path?: string;
  /** Shown as source.format; detected from the text when absent. */
  format?: string;
  /** Shown as source.encoding. */
  encoding?: string;
  /** sha256 of the raw bytes, when the caller read bytes. */
  sha256?: string;
  /** Add an `explain` list: the rule and evidence behind each fact. */
  explain?: boolean;
  /** Allow kuromoji where an extractor wants it (default true). */
  tokenize?: boolean;
  /** Warnings from reading and decoding, carried into the incident. */
  warnings?: string[];
  /** The day a text with no publication date is read as published on (ParseOptions.referenceDate; default: today). */
  referenceDate?: string | null;
}

/**
 * The pipeline on decoded text: normalize (with the offset map) → segment → extractors (in
 * registry order) → refiners → incident.
 */
export async function parseText(text: string, options: ParseTextOptions = {}): Promise<Incident> {
  const doc = buildDocument(text, options.format, options.referenceDate ?? null);
  let found: Findings = emptyFindings();
  const extractOptions = { tokenize: options.tokenize ?? true };
  for (const extractor of EXTRACTORS) {
    // Only an extractor that may load kuromoji returns a promise: awaiting the others' plain results
    // cost a promise and a microtask turn each, ten per release.
    const result = extractor.extract(doc, found, extractOptions);
    const part = result instanceof Promise ? await result : result;
    for (const key of Object.keys(part) as (keyof Findings)[]) {
      pushAll(found[key] as unknown[], part[key] as unknown[]);
    }
  }
  for (const refiner of REFINERS) found = refiner.refine(found, doc);
  const warnings = [...(options.warnings ?? [])];
  if (doc.overview && !NOT_SPACE.test(doc.text.slice(doc.bodyStart))) warnings.push('no release text (# 本文) after the overview: facts come from the overview only');
  return buildIncident(doc, found, {
    source: { path: options.path ?? '-', format: doc.format, encoding: options.encoding ?? 'utf-8', sha256: options.sha256 },
    explain: options.explain ?? false,
    warnings,
  });
}
