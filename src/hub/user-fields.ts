/** User fields: their own namespace of keys, checked wherever they come from (CLI, config). */
import { MamoriError } from '../model/errors.js';
import { SEVERITIES } from '../model/types.js';

/** A user field key: a letter, then letters, digits and `_ . : -`, at most 64 characters. */
export const USER_FIELD_KEY = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;

/**
 * Why a user field cannot be set, or undefined when it can. Keys that name Object.prototype
 * members (constructor, toString, hasOwnProperty, __proto__, …) are refused: on the plain objects
 * findings carry they read as functions and crashed the update. `severityOverride` is the one key
 * the hub itself reads back (as the finding's severity on every later ingest), so its value must
 * be a severity: anything else left the finding without a risk level and wedged every ingest.
 */
export function userFieldProblem(key: string, value: unknown): string | undefined {
  const keyProblem = userFieldKeyProblem(key);
  if (keyProblem) return keyProblem;
  if (typeof value !== 'string') return `field ${key}: expected text`;
  if (key === SEVERITY_OVERRIDE && !(SEVERITIES as readonly string[]).includes(value.toUpperCase())) {
    return `unknown severity ${JSON.stringify(value.slice(0, 80))} (use ${SEVERITIES.map((x) => x.toLowerCase()).join(', ')})`;
  }
  if (key === SUPPRESSED_UNTIL && value !== '' && Number.isNaN(Date.parse(value))) {
    return `${JSON.stringify(value.slice(0, 80))} is not a date (use an ISO date such as 2027-03-31)`;
  }
  return undefined;
}

/** Why a user field name cannot be used, or undefined when it can. */
export function userFieldKeyProblem(key: string): string | undefined {
  if (!USER_FIELD_KEY.test(key)) return `field name ${JSON.stringify(key.slice(0, 80))} is not allowed (a letter, then letters, digits, _ . : -; at most 64 characters)`;
  if (key in Object.prototype) return `field name "${key}" is reserved`;
  return undefined;
}

/** The user field the hub reads back as the finding's severity. */
export const SEVERITY_OVERRIDE = 'severityOverride';

/**
 * The user field that ends a person's suppression: a suppressed finding still failing after this
 * time is reopened by the next scan that sees it (as an expired config suppression is).
 */
export const SUPPRESSED_UNTIL = 'suppressedUntil';

/**
 * Checks user fields and returns them as a prototype-free record (severityOverride in canonical
 * upper case), or throws one MamoriError (code BAD_FIELD) naming the first bad field.
 */
export function checkUserFields(fields: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    const problem = userFieldProblem(key, value);
    // Name problems name the field already; a value problem gets the field's name in front.
    if (problem) throw new MamoriError('BAD_FIELD', userFieldKeyProblem(key) ? problem : `field ${key}: ${problem}`);
    out[key] = key === SEVERITY_OVERRIDE ? (value as string).toUpperCase() : key === SUPPRESSED_UNTIL && value !== '' ? new Date(Date.parse(value as string)).toISOString() : (value as string);
  }
  return out;
}
