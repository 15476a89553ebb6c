import type { Refiner } from '../extract/types.js';
import { dedupeCountsRefiner } from './counts.js';

/** Refiners, in the order they run over the findings of all extractors. */
export const REFINERS: readonly Refiner[] = [dedupeCountsRefiner];
