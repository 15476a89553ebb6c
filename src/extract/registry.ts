import type { Extractor } from './types.js';
import { overviewExtractor } from './overview.js';
import { bodyHeaderExtractor } from './bodyHeader.js';
import { organizationExtractor } from './organization.js';
import { reportNumberExtractor } from './reportNumber.js';
import { cveExtractor } from './cves.js';
import { productsExtractor } from './products.js';
import { incidentTypesExtractor } from './incidentTypes.js';
import { dataTypesExtractor } from './dataTypes.js';
import { timelineExtractor } from './timeline.js';
import { countsExtractor } from './counts.js';

/**
 * Every extractor, in the order they run. Later ones may read what earlier ones found: the
 * publication date (overview or body header) must come before the timeline, the title before the
 * report number.
 */
export const EXTRACTORS: readonly Extractor[] = [
  overviewExtractor,
  bodyHeaderExtractor,
  organizationExtractor,
  reportNumberExtractor,
  cveExtractor,
  productsExtractor,
  incidentTypesExtractor,
  dataTypesExtractor,
  timelineExtractor,
  countsExtractor,
];
