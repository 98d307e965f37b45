/** Parsers for command-line option values; every bad value is a one-line MamoriError. */
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
