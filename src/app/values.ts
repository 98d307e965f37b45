/** Parsers for option and query values (command line, HTTP); every bad value is a one-line MamoriError. */
import { MamoriError } from '../model/errors.js';
import { isProvider, PROVIDERS, SEVERITIES, type Lang, type Provider, type Severity } from '../model/types.js';

export function parseLang(value: string): Lang {
  if (value !== 'en' && value !== 'ja') throw new MamoriError('UNKNOWN_LANG', `unknown language "${value}" (use en or ja)`);
  return value;
}

export function parseSeverity(value: string): Severity {
  const s = value.toUpperCase() === 'INFO' ? 'INFORMATIONAL' : value.toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(s)) {
    throw new MamoriError('UNKNOWN_SEVERITY', `unknown severity "${value}" (use ${SEVERITIES.map((x) => x.toLowerCase()).join(', ')})`);
  }
  return s as Severity;
}

export function parseList(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Parses a comma-separated provider list (`aws,gcp`), refusing unknown names. */
export function parseProviders(value: string | undefined): Provider[] | undefined {
  const list = parseList(value);
  if (!list) return undefined;
  for (const p of list) {
    if (!isProvider(p)) throw new MamoriError('UNKNOWN_PROVIDER', `unknown provider "${p}" (known: ${PROVIDERS.join(', ')})`);
  }
  return list as Provider[];
}

/** The most rows or groups one page may ask for: larger values are a typo, not a page size. */
export const MAX_PAGE = 100_000;

/**
 * A commander option parser for a whole number in [min, max]. Number.parseInt took "abc" as NaN
 * (a crash later), "1e9" as 1 and "-1" as "everything": only plain digits are accepted here.
 */
export function intOption(name: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const range = max >= Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
      throw new MamoriError('BAD_OPTION', `${name} ${JSON.stringify(value)}: expected a whole number ${range}`);
    }
    return n;
  };
}
