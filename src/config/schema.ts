/** The mamori config file schema (zod, strict: unknown keys are errors). Pure: no I/O. */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../model/types.js';
import { AutomationRulesSchema, type AutomationRule } from '../hub/automation.js';
import { RISK_LEVELS, type RiskLevel } from '../hub/model.js';
import { SuppressionsSchema, type Suppression } from '../hub/suppressions.js';
import { choice, didYouMean, looseString, oneOrMany, pattern, strictObject } from './validate.js';
import { DetectionSchema } from './detection.js';
import type { DetectionTuning } from '../detect/tuning.js';

import { DEFAULT_CRITICALITY_TAG, DEFAULT_DATA_CLASSIFICATION_TAG, DEFAULT_SENSITIVE_DATA_VALUES } from './defaults.js';

export { DEFAULT_CRITICALITY_TAG, DEFAULT_DATA_CLASSIFICATION_TAG, DEFAULT_SENSITIVE_DATA_VALUES, defaultConfig } from './defaults.js';

export interface RiskConfig {
  /** Resource tag whose value (low/medium/high/critical) sets business criticality. */
  criticalityTag: string;
  /** Resource uid globs treated as business-critical. */
  criticalResources: string[];
  productionAccounts: string[];
  sandboxAccounts: string[];
  /** Resource tag that classifies the data a resource holds. */
  dataClassificationTag: string;
  /** Values of dataClassificationTag that mean sensitive data (compared case-insensitively). */
  sensitiveDataValues: string[];
}

export const NOTIFICATION_TYPES = ['slack', 'teams', 'webhook', 'sns', 'eventbridge'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export const NOTIFICATION_EVENTS = ['new', 'reopened', 'resolved', 'escalated', 'any'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
export const DEFAULT_NOTIFICATION_EVENTS: NotificationEvent[] = ['new', 'reopened'];

/** Which findings a target hears about. Every filter given must match. */
export interface NotificationFilter {
  /** Only findings whose risk level is at least this. */
  minRisk?: RiskLevel;
  /** Only findings whose (effective) severity is at least this. */
  minSeverity?: Severity;
  /** Lifecycle events to send; default new and reopened. `any` means all of them. */
  events: NotificationEvent[];
  /** Only findings in these accounts. */
  accounts?: string[];
  /** Only findings of these rule ids (globs allowed). */
  ruleIds?: string[];
}

interface TargetBase extends NotificationFilter {
  /** Unique name of the target (used in logs and delivery records). */
  name: string;
}
export interface SlackTarget extends TargetBase { type: 'slack'; url: string }
export interface TeamsTarget extends TargetBase { type: 'teams'; url: string }
export interface WebhookTarget extends TargetBase {
  type: 'webhook';
  url: string;
  /** Shared secret for an HMAC-SHA256 signature of the body. */
  secret?: string;
}
export interface SnsTarget extends TargetBase {
  type: 'sns';
  topicArn: string;
  /** Defaults to the topic's region. */
  region: string;
}
export interface EventBridgeTarget extends TargetBase {
  type: 'eventbridge';
  /** Bus name or ARN; default `default`. */
  eventBusName: string;
  region?: string;
  /** Event source; default `mamori`. */
  source: string;
}
export type NotificationTarget = SlackTarget | TeamsTarget | WebhookTarget | SnsTarget | EventBridgeTarget;

export interface MamoriConfig {
  /** The file this came from; undefined when no file was found (defaults only). */
  path?: string;
  /** Hub database: an absolute file path, or a postgres:// URL. */
  db?: string;
  risk: RiskConfig;
  /** Automation rules in order (validated; compile with compileAutomation or pass to applyAutomation). */
  automation: AutomationRule[];
  suppressions: Suppression[];
  notifications: NotificationTarget[];
  /** Detection tuning: per-rule allowlists and automation (CI/CD) principals (src/detect/tuning.ts). */
  detection: DetectionTuning;
  /** `mamori serve` in team mode: sign-in with OpenID Connect and session lifetimes (absent: defaults). */
  server?: ServerConfig;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** The name of the environment variable holding the client secret (the secret itself is never in the file). */
  clientSecretEnv?: string;
  /** Where the identity provider sends the browser back: <mamori URL>/api/v1/session/oidc/callback. */
  redirectUri: string;
  /** The ID token claim that names the person (default: preferred_username, else email, else sub). */
  usernameClaim?: string;
  /** The ID token claim whose values (a string or a list) choose the role (default: groups). */
  roleClaim: string;
  /** Claim values per role; the highest role matched wins, anyone else is a viewer. */
  roles: { admin: string[]; triager: string[]; viewer: string[] };
}

export interface ServerConfig {
  oidc?: OidcConfig;
  /** A session ends after this many minutes without a request (default 30). */
  sessionIdleMinutes: number;
  /** …and at the latest this many hours after sign-in (default 12). */
  sessionMaxHours: number;
}

// ---------------------------------------------------------------------------------------------

const accountId = looseString.refine((s) => /^\d{12}$/.test(s), { message: 'expected a 12-digit AWS account id' });
const nonEmpty = z.string().trim().min(1);

/** What fetch would refuse to send (it rejects URLs with credentials): said here, once, rather than at every delivery. */
export const URL_CREDENTIALS_MESSAGE = 'credentials in the URL (user:password@) are not supported; put the token in the path or query, or sign the body with a webhook `secret`';

function url(schemes: readonly string[]) {
  const what = `expected an ${schemes.map((s) => `${s}://`).join(' or ')} URL`;
  // Never echo the value: URLs of chat webhooks are secrets.
  return z.string({ error: (iss) => (iss.input === undefined ? 'required' : what) }).superRefine((s, ctx) => {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: what });
      return;
    }
    if (!schemes.includes(u.protocol.slice(0, -1)) || u.hostname === '') ctx.addIssue({ code: 'custom', message: what });
    else if (u.username || u.password) ctx.addIssue({ code: 'custom', message: URL_CREDENTIALS_MESSAGE });
  });
}

const event = choice(NOTIFICATION_EVENTS, 'event');
const filterShape = {
  name: nonEmpty,
  minRisk: choice(RISK_LEVELS, 'risk level').optional(),
  minSeverity: choice(SEVERITIES, 'severity').optional(),
  events: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(event).min(1)).default(() => [...DEFAULT_NOTIFICATION_EVENTS]),
  accounts: z.preprocess((v) => (typeof v === 'string' || typeof v === 'number' ? [v] : v), z.array(accountId).min(1)).optional(),
  ruleIds: oneOrMany.optional(),
};

const awsRegion = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { message: 'expected an AWS region (e.g. us-east-1)' });
const snsArn = /^arn:aws[\w-]*:sns:([a-z0-9-]+):\d{12}:[\w-]{1,256}(\.fifo)?$/;

const targets = [
  strictObject({ type: z.literal('slack'), url: url(['https']), ...filterShape }),
  strictObject({ type: z.literal('teams'), url: url(['https']), ...filterShape }),
  strictObject({ type: z.literal('webhook'), url: url(['https', 'http']), secret: z.string().min(1).optional(), ...filterShape }),
  strictObject({
    type: z.literal('sns'),
    topicArn: z.string().regex(snsArn, { message: 'expected an SNS topic ARN (arn:aws:sns:region:account:name)' }),
    region: awsRegion.optional(),
    ...filterShape,
  }).transform((t) => ({ ...t, region: t.region ?? snsArn.exec(t.topicArn)![1] })),
  strictObject({
    type: z.literal('eventbridge'),
    eventBusName: nonEmpty.default('default'),
    region: awsRegion.optional(),
    source: nonEmpty.default('mamori'),
    ...filterShape,
  }),
] as const;

export const NotificationTargetSchema = z.discriminatedUnion('type', [...targets], {
  error: (iss) => {
    if (iss.code !== 'invalid_union') return undefined;
    const type = (iss.input as { type?: unknown } | undefined)?.type;
    if (type === undefined) return `required (one of: ${NOTIFICATION_TYPES.join(', ')})`;
    const hint = typeof type === 'string' ? didYouMean(type, NOTIFICATION_TYPES) : undefined;
    return `unknown notification type${typeof type === 'string' ? ` "${type}"` : ''}${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${NOTIFICATION_TYPES.join(', ')})`}`;
  },
});

export const RiskSchema = strictObject({
  criticalityTag: nonEmpty.default(DEFAULT_CRITICALITY_TAG),
  criticalResources: z.array(pattern).default([]),
  productionAccounts: z.array(accountId).default([]),
  sandboxAccounts: z.array(accountId).default([]),
  dataClassificationTag: nonEmpty.default(DEFAULT_DATA_CLASSIFICATION_TAG),
  sensitiveDataValues: z.array(looseString).default(() => [...DEFAULT_SENSITIVE_DATA_VALUES]),
}).superRefine((r, ctx) => {
  const prod = new Set(r.productionAccounts);
  r.sandboxAccounts.forEach((a, i) => {
    if (prod.has(a)) ctx.addIssue({ code: 'custom', path: ['sandboxAccounts', i], message: `account ${a} is also listed in productionAccounts` });
  });
});

/** https, or http on a loopback address only (a test identity provider on the same machine). */
const issuerUrl = url(['https', 'http']).refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return true; // reported by url()
  }
}, { message: 'expected an https:// URL (http:// only on a loopback address)' });

const OidcSchema = strictObject({
  issuer: issuerUrl,
  clientId: nonEmpty,
  clientSecretEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'expected the name of an environment variable (the secret itself never goes in the file)' }).optional(),
  redirectUri: issuerUrl,
  usernameClaim: nonEmpty.optional(),
  roleClaim: nonEmpty.default('groups'),
  roles: strictObject({
    admin: z.array(looseString).default([]),
    triager: z.array(looseString).default([]),
    viewer: z.array(looseString).default([]),
  }).prefault({}),
});

export const ServerSchema = strictObject({
  oidc: OidcSchema.optional(),
  sessionIdleMinutes: z.number().int().min(1).max(24 * 60).default(30),
  sessionMaxHours: z.number().int().min(1).max(24 * 30).default(12),
});

export const ConfigSchema = strictObject({
  db: nonEmpty
    .refine((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^postgres(ql)?:\/\/./i.test(s), { message: 'expected a file path or a postgres:// URL' })
    .optional(),
  risk: RiskSchema.prefault({}),
  automation: AutomationRulesSchema.default([]),
  suppressions: SuppressionsSchema.default([]),
  detection: DetectionSchema.prefault({}),
  server: ServerSchema.optional(),
  notifications: z
    .array(NotificationTargetSchema)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((t, i) => {
        if (seen.has(t.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate target name "${t.name}"` });
        seen.add(t.name);
      });
    }),
});

