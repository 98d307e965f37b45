/**
 * The contract of mamori's AWS policy evaluation engine: what a request is, which policies apply
 * to it and what the engine answers. The engine encodes AWS's documented evaluation logic
 * (IAM User Guide, "Policy evaluation logic" and "Cross-account policy evaluation logic"); the
 * modules beside this file implement it:
 *   conditions.ts  condition operators, IfExists, ForAnyValue/ForAllValues, multi-valued keys
 *   variables.ts   policy variables (${aws:username}, ${aws:PrincipalTag/x}, ${*}, ${?}, ${$}, defaults)
 *   context.ts     the request context: case-insensitive keys, single- and multi-valued values
 *   policy.ts      policy documents compiled once into matchers (Action/NotAction, Resource/NotResource,
 *                  Principal/NotPrincipal, wildcards with AWS's case rules)
 *   evaluate.ts    the layers: SCPs, RCPs, resource policy, identity policies, boundary, session
 */
import type { PolicyDocument } from '../model/iam.js';

export type { PolicyDocument, PolicyStatement } from '../model/iam.js';

/** A value in the request context as given by the caller: one value or a set. */
export type ContextValue = string | number | boolean | readonly (string | number | boolean)[];

/** One API request to authorise. */
export interface EvaluationRequest {
  /** The calling principal's ARN (user, role, assumed-role session, federated user, root), or `anonymous`. */
  principal: string;
  /** `service:Action`, e.g. `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Account that owns the resource; when absent it is read from the resource ARN (or the principal's account). */
  resourceAccount?: string;
  /**
   * The request context, complete as given: condition keys (case-insensitive names) to values. A key
   * that is absent is absent: the engine does not invent `aws:PrincipalAccount` or others.
   */
  context?: Readonly<Record<string, ContextValue>>;
}

/** A policy with a name used in explanations (policy ARN, inline policy name, SCP name). */
export interface NamedPolicy {
  name: string;
  /** The document as JSON text or parsed. */
  policy: PolicyDocument | string;
}

/** One level of an organisation path (root, each OU, the account) and the policies attached there. */
export interface OrgPolicyLevel {
  /** The target's id or name (r-abcd, ou-abcd-12345678, 111122223333). */
  target: string;
  policies: NamedPolicy[];
}

/** The policies that apply to one request. Absent layers do not apply (no boundary, no session policy…). */
export interface PolicySet {
  /** Identity-based policies of the principal (inline and attached, including its groups'). */
  identity?: NamedPolicy[];
  /** The resource's resource-based policy (bucket policy, key policy, role trust policy…). */
  resource?: NamedPolicy | null;
  /** The principal's permissions boundary. */
  boundary?: NamedPolicy | null;
  /** Session policies passed when the role session or federated user was created. */
  session?: NamedPolicy[] | null;
  /** SCPs along the principal account's path, root first, the account last. Absent: no SCPs apply. */
  scps?: OrgPolicyLevel[] | null;
  /**
   * RCPs along the resource account's path, root first. `RCPFullAWSAccess` is implicit at every
   * level (AWS attaches it everywhere and it cannot be detached). Absent: no RCPs apply.
   */
  rcps?: OrgPolicyLevel[] | null;
}

/** Facts about the organisation that exempt a request from SCPs or RCPs. */
export interface OrgFacts {
  /** SCPs never restrict the management account's principals. */
  principalAccountIsManagement?: boolean;
  /** RCPs never restrict the management account's resources. */
  resourceAccountIsManagement?: boolean;
  /** Service-linked roles are outside SCPs and RCPs. */
  principalIsServiceLinkedRole?: boolean;
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Where a statement that decided something lives. */
export interface StatementRef {
  layer: PolicyLayer;
  /** The policy's name. */
  policy: string;
  /** For SCP and RCP levels: the target the policy is attached to. */
  target?: string;
  /** Sid, or `#<index>` (0-based) when the statement has none. */
  statement: string;
  effect: 'Allow' | 'Deny';
}

export type PolicyLayer = 'scp' | 'rcp' | 'resource' | 'identity' | 'boundary' | 'session';

/** What one layer concluded, in the order AWS evaluates them. */
export interface LayerOutcome {
  layer: PolicyLayer;
  /**
   * allow: the layer permits the request; deny: an explicit Deny matched; implicit: no Allow
   * matched (for SCP/RCP: at some level of the path); not-applicable: the layer does not take part
   * (no such policies, or an exemption such as the management account).
   */
  outcome: 'allow' | 'deny' | 'implicit' | 'not-applicable';
  /** The statements that matched (Deny first). */
  statements: StatementRef[];
  /** Why, in English and Japanese. */
  reason: { en: string; ja: string };
}

export interface EvaluationResult {
  decision: Decision;
  /** The statements that decided: the explicit Deny(s), or the Allow(s) the decision rests on. */
  deciding: StatementRef[];
  layers: LayerOutcome[];
  /** One-sentence summary, in English and Japanese. */
  reason: { en: string; ja: string };
}
