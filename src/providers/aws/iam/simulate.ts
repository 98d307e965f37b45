/**
 * `mamori iam simulate`: one request document → the engine's decision. A document is
 *   { "request": { "principal", "action", "resource", "resourceAccount", "context": {…} },
 *     "policies": { "identity": [{ "name", "policy" }], "resource", "boundary", "session",
 *                   "scps": [{ "target", "policies": [{ "name", "policy" }] }], "rcps": [same] },
 *     "org": { "principalAccountIsManagement", "resourceAccountIsManagement", "principalIsServiceLinkedRole" } }
 * The request context is complete as given (nothing is added), and RCPFullAWSAccess is implicit at
 * every RCP level. Documents are checked field by field: a mistake is one message naming the field.
 */
import { compilePolicySet } from './evaluate.js';
import { PolicyError } from './policy.js';
import type { ContextValue, EvaluationRequest, EvaluationResult, NamedPolicy, OrgFacts, OrgPolicyLevel, PolicySet } from './types.js';

/** A request document that cannot be evaluated; `field` is the JSON path of the mistake. */
export class SimulationInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'SimulationInputError';
  }
}

export interface SimulationCase {
  request: EvaluationRequest;
  policies: PolicySet;
  org: OrgFacts;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, field: string, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new SimulationInputError('expected text', field);
  return v;
}

function flag(v: unknown, field: string): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw new SimulationInputError('expected true or false', field);
  return v;
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function context(v: unknown, field: string): Record<string, ContextValue> | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw new SimulationInputError('expected an object of condition keys and values', field);
  for (const [k, value] of Object.entries(v)) {
    if (isScalar(value)) continue;
    if (Array.isArray(value) && value.every(isScalar)) continue;
    throw new SimulationInputError('expected a string, number, boolean or a list of them', `${field}.${k}`);
  }
  return v as Record<string, ContextValue>;
}

/**
 * A policy as given: `{ name, policy }` with the document as an object or JSON text. Documents are
 * turned into text so that the engine's cache compiles a policy shared by many requests once.
 */
function named(v: unknown, field: string, fallbackName: string): NamedPolicy {
  if (!isObject(v)) throw new SimulationInputError('expected { "name", "policy" }', field);
  const name = v.name === undefined ? fallbackName : text(v.name, `${field}.name`)!;
  const doc = v.policy;
  if (typeof doc === 'string') return { name, policy: doc };
  if (!isObject(doc)) throw new SimulationInputError('expected a policy document (an object or its JSON text)', `${field}.policy`);
  return { name, policy: JSON.stringify(doc) };
}

function namedList(v: unknown, field: string, base: string): NamedPolicy[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.map((p, i) => named(p, `${field}[${i}]`, `${base}-${i + 1}`));
}

function levels(v: unknown, field: string): OrgPolicyLevel[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new SimulationInputError('expected a list of levels, root first: [{ "target", "policies" }]', field);
  return v.map((level, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(level)) throw new SimulationInputError('expected { "target", "policies" }', at);
    const target = text(level.target, `${at}.target`)!;
    if (!Array.isArray(level.policies)) throw new SimulationInputError('expected a list of { "name", "policy" }', `${at}.policies`);
    return { target, policies: level.policies.map((p, j) => named(p, `${at}.policies[${j}]`, `${target}-${j + 1}`)) };
  });
}

/** Checks one request document and returns it in the engine's terms. */
export function readSimulationCase(doc: unknown): SimulationCase {
  if (!isObject(doc)) throw new SimulationInputError('expected an object with "request" and "policies"', '$');
  const r = doc.request;
  if (!isObject(r)) throw new SimulationInputError('expected { "principal", "action", "resource", … }', 'request');
  const action = text(r.action, 'request.action')!;
  if (!/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(action)) throw new SimulationInputError('expected service:Action, e.g. s3:GetObject', 'request.action');
  const resourceAccount = text(r.resourceAccount, 'request.resourceAccount', true);
  if (resourceAccount !== undefined && !/^\d{12}$/.test(resourceAccount)) throw new SimulationInputError('expected a 12-digit account id', 'request.resourceAccount');
  const request: EvaluationRequest = {
    principal: text(r.principal, 'request.principal')!,
    action,
    resource: text(r.resource, 'request.resource')!,
    ...(resourceAccount ? { resourceAccount } : {}),
    ...(r.context !== undefined ? { context: context(r.context, 'request.context') } : {}),
  };
  const p = doc.policies ?? {};
  if (!isObject(p)) throw new SimulationInputError('expected an object of policy layers', 'policies');
  const one = (v: unknown, field: string, base: string) => (v === undefined || v === null ? null : named(v, field, base));
  const policies: PolicySet = {
    identity: namedList(p.identity, 'policies.identity', 'identity') ?? [],
    resource: one(p.resource, 'policies.resource', 'resource-policy'),
    boundary: one(p.boundary, 'policies.boundary', 'permissions-boundary'),
    session: namedList(p.session, 'policies.session', 'session-policy') ?? null,
    scps: levels(p.scps, 'policies.scps') ?? null,
    rcps: levels(p.rcps, 'policies.rcps') ?? null,
  };
  const o = doc.org ?? {};
  if (!isObject(o)) throw new SimulationInputError('expected an object', 'org');
  const org: OrgFacts = {
    principalAccountIsManagement: flag(o.principalAccountIsManagement, 'org.principalAccountIsManagement'),
    resourceAccountIsManagement: flag(o.resourceAccountIsManagement, 'org.resourceAccountIsManagement'),
    principalIsServiceLinkedRole: flag(o.principalIsServiceLinkedRole, 'org.principalIsServiceLinkedRole'),
  };
  return { request, policies, org };
}

/** Evaluates one request document. Throws SimulationInputError or PolicyError for input it cannot evaluate. */
export function simulate(doc: unknown): EvaluationResult {
  const c = readSimulationCase(doc);
  return compilePolicySet(c.policies).evaluate(c.request, c.org);
}

export { PolicyError };
