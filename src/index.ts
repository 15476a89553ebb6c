/** disclose as a library: `parse(bytesOrText, options) → Promise<Incident>`. */
export { parse, parseFile, type ParseOptions } from './parse.js';
export { parseText, type ParseTextOptions } from './pipeline.js';
export { buildDocument, type DocumentContext } from './document.js';
export { EXTRACTORS } from './extract/registry.js';
export { REFINERS } from './refine/registry.js';
export { parseJapaneseNumber } from './numbers/japaneseNumber.js';
export { findDateMentions, parseWarekiYear, inferYear } from './dates/dateMentions.js';
export { findQuantities } from './extract/counts.js';
export { DiscloseError, InputError, UsageError } from './errors.js';
export * from './types.js';
export { VERSION } from './version.js';
export { buildIncidents, changesBetween, type IncidentRecord, type ReleaseChanges } from './incidents/build.js';
export { groupReleases, type Release, type LinkSignal } from './incidents/group.js';
