/** Helpers shared by the Lambda rules and fixtures (not a rule folder). */
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig, type PolicyDocument, type PolicyStatement } from '../../../../src/providers/aws/model/lambda.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const fnUid = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;

/** A well-configured function; override what a fixture needs. */
export function lambdaFunction(name: string, over: Partial<LambdaFunctionConfig> = {}, errors?: Record<string, string>): Resource {
  const config: LambdaFunctionConfig = {
    FunctionName: name,
    Runtime: 'nodejs22.x',
    PackageType: 'Zip',
    Handler: 'index.handler',
    Role: `arn:aws:iam::${ACCOUNT}:role/${name}-role`,
    Architectures: ['arm64'],
    LastModified: '2026-09-01T00:00:00.000+0000',
    VpcConfig: { VpcId: 'vpc-0123', SubnetIds: ['subnet-a', 'subnet-c'], SecurityGroupIds: ['sg-fn'] },
    environmentVariableNames: ['LOG_LEVEL', 'TABLE_NAME'],
    TracingMode: 'Active',
    policy: null,
    functionUrls: [],
    ...over,
  };
  return resource({ type: LAMBDA_FUNCTION_TYPE, uid: fnUid(name), name, config, errors });
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Condition keys that pin a statement to specific accounts, organisations, sources or networks. */
const RESTRICTING_KEYS = [
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalarn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'lambda:eventsourcetoken',
];

function hasFixedRestriction(condition: PolicyStatement['Condition']): boolean {
  for (const [operator, entries] of Object.entries(condition ?? {})) {
    if (/^(Null|StringNotEquals|StringNotLike|ArnNotEquals|ArnNotLike|ForAnyValue:StringNotEquals)/i.test(operator)) continue;
    for (const [key, value] of Object.entries(entries ?? {})) {
      if (!RESTRICTING_KEYS.includes(key.toLowerCase())) continue;
      const values = asArray(value as string | string[]).map(String);
      // Security Hub ignores conditions with wildcards or policy variables: they do not count as restricting.
      if (values.length && values.every((v) => !/[*?]|\$\{/.test(v))) return true;
    }
  }
  return false;
}

export interface PublicGrant {
  sid?: string;
  principal: string;
  actions: string[];
}

/**
 * Allow statements of a Lambda resource policy that anyone can use: Principal "*" / {"AWS": "*"},
 * or a service principal (s3.amazonaws.com, ...) without a fixed source account/ARN condition
 * (any customer's bucket or API could then invoke the function: the confused deputy case).
 */
export function publicGrants(policy: PolicyDocument | null | undefined): PublicGrant[] {
  const out: PublicGrant[] = [];
  for (const st of policy?.Statement ?? []) {
    if (st.Effect !== 'Allow') continue;
    const principals: string[] = [];
    if (st.Principal === '*') principals.push('*');
    else if (st.Principal && typeof st.Principal === 'object') {
      for (const [kind, v] of Object.entries(st.Principal)) {
        for (const p of asArray(v)) {
          if (p === '*') principals.push(kind === 'AWS' ? 'AWS:*' : '*');
          else if (kind === 'Service') principals.push(`Service:${p}`);
        }
      }
    }
    if (principals.length === 0 || hasFixedRestriction(st.Condition)) continue;
    for (const principal of principals) out.push({ sid: st.Sid, principal, actions: asArray(st.Action) });
  }
  return out;
}
