import { Ajv2020 } from 'ajv/dist/2020.js';
import { INCIDENT_SCHEMA } from '../../src/schema/incidentSchema.js';

/** The incident schema compiled once for every test that validates output. */
const ajv = new Ajv2020({ allErrors: true, strict: true });
export const validateIncident = ajv.compile(INCIDENT_SCHEMA);

/** Validation errors as short readable lines ([] when valid). */
export function schemaErrors(value: unknown): string[] {
  return validateIncident(value) ? [] : (validateIncident.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
