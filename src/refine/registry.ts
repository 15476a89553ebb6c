import type { Refiner } from '../extract/types.js';
import { countRolesRefiner } from './countRoles.js';
import { dedupeCountsRefiner } from './counts.js';
import { replacedCountsRefiner } from './replaced.js';

/** Refiners, in the order they run over the findings of all extractors. */
export const REFINERS: readonly Refiner[] = [replacedCountsRefiner, dedupeCountsRefiner, countRolesRefiner];
