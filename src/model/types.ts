/** Core data shapes shared by every stage. No I/O here. */

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** User-facing text in every supported language. */
export type LocalizedText = { en: string; ja: string };
/** Either plain English or fully localised text; plain strings are shown as-is in every language. */
export type Text = string | LocalizedText;

export function localize(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang] || text.en;
}

/** Cloud providers mamori speaks to. Each plugs in through src/providers (one folder per provider). */
export const PROVIDERS = ['aws', 'gcp', 'azure'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function isProvider(value: unknown): value is Provider {
  return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

/** Region value used for resources that are global to an account (IAM, S3 bucket list, Organizations). */
export const GLOBAL_REGION = 'global';

export interface Relationship {
  /** Verb describing the edge, e.g. `uses-role`, `attached-policy`, `in-vpc`, `logs-to`. */
  type: string;
  target: string;
}

/**
 * One cloud resource in normalised form.
 * `type` uses CloudFormation resource type names where one exists (AWS::S3::Bucket);
 * account/region-level settings without a CloudFormation type use mamori pseudo types
 * documented in docs/snapshot.md (AWS::Account, AWS::Region, ...).
 */
export interface Resource<C = Record<string, unknown>> {
  uid: string;
  provider: Provider;
  account: string;
  region: string;
  type: string;
  name: string;
  tags: Record<string, string>;
  config: C;
  relationships?: Relationship[];
  /**
   * Parts of this resource's config that could not be collected, keyed by the config field
   * (e.g. `policy: AccessDenied`). Rules that `require` such a field report NOT_ASSESSED.
   */
  errors?: Record<string, string>;
}

export const COLLECTION_ERROR_CODES = [
  'AccessDenied',
  'RegionDisabled',
  'Throttled',
  'ServiceUnavailable',
  'InvalidCredentials',
  /** Google Cloud: the API is not enabled in the project (SERVICE_DISABLED). */
  'ApiNotEnabled',
  'Unknown',
] as const;
export type CollectionErrorCode = (typeof COLLECTION_ERROR_CODES)[number];

/** A collection step that failed. Recorded in the snapshot; never aborts a scan. */
export interface CollectionError {
  provider: Provider;
  account: string;
  region: string;
  service: string;
  operation: string;
  code: CollectionErrorCode;
  message: string;
  /** Set when only one resource's detail call failed (the error is also on Resource.errors). */
  resourceUid?: string;
  /**
   * Resource types the failed listing would have returned. Rules over (or reading) these types
   * are NOT_ASSESSED in this account/region. Absent: the whole service failed.
   */
  resourceTypes?: string[];
}
