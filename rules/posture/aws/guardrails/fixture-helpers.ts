/**
 * A small organisation as the collectors write it, for the guardrail rules' fixtures and tests:
 *
 *   o-guard12345 / r-gd12 "Root"
 *   ├── 111111111111 management
 *   ├── 333333333333 sandbox
 *   └── ou-gd12-workloads "Workloads"
 *       └── 222222222222 workload
 *
 * SCPs, RCPs and EC2 declarative policies are enabled on the root; the caller attaches policies.
 */
import { ACCOUNT_TYPE, accountUid } from '../../../../src/model/pseudo.js';
import type { Resource } from '../../../../src/model/types.js';

export const MGMT = '111111111111';
export const WORKLOAD = '222222222222';
export const SANDBOX = '333333333333';
export const ORG = 'o-guard12345';
export const ROOT = 'r-gd12';
export const OU = 'ou-gd12-workloads';

export interface OrgPolicySpec {
  id: string;
  name: string;
  type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY' | 'DECLARATIVE_POLICY_EC2';
  /** Parsed content; undefined = not collected (errors.content). */
  content: unknown;
  targets: string[];
  awsManaged?: boolean;
}

const res = (type: string, uid: string, account: string, name: string, config: Record<string, unknown>, extra: Partial<Resource> = {}): Resource => ({
  uid,
  provider: 'aws',
  account,
  region: 'global',
  type,
  name,
  tags: {},
  config,
  ...extra,
});

export const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
export const FULL_AWS_ACCESS: OrgPolicySpec = { id: 'p-FullAWSAccess', name: 'FullAWSAccess', type: 'SERVICE_CONTROL_POLICY', content: doc({ Effect: 'Allow', Action: '*', Resource: '*' }), targets: [ROOT, OU, MGMT, WORKLOAD, SANDBOX], awsManaged: true };

export const accountResource = (id: string): Resource => res(ACCOUNT_TYPE, accountUid(id), id, id, { accountId: id, partition: 'aws' });

export const membership = (id: string, inOrganization = true): Resource =>
  res('AWS::Organizations::Membership', `arn:aws:mamori::${id}:organizations-membership`, id, 'membership', inOrganization
    ? { inOrganization: true, organizationId: ORG, organizationArn: `arn:aws:organizations::${MGMT}:organization/${ORG}`, managementAccountId: MGMT, featureSet: 'ALL', isManagementAccount: id === MGMT }
    : { inOrganization: false, organizationId: null, organizationArn: null, managementAccountId: null, featureSet: null, isManagementAccount: false });

export function orgPolicy(p: OrgPolicySpec): Resource {
  const config: Record<string, unknown> = {
    id: p.id, name: p.name, description: null, type: p.type, awsManaged: p.awsManaged ?? false,
    targets: p.targets.map((t) => ({ targetId: t, type: t.startsWith('r-') ? 'ROOT' : t.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT', name: null })),
  };
  if (p.content !== undefined) config.content = p.content;
  return res('AWS::Organizations::Policy', `arn:aws:organizations::${MGMT}:policy/${ORG}/${p.type.toLowerCase()}/${p.id}`, MGMT, p.name, config, p.content === undefined ? { errors: { content: 'AccessDenied' } } : {});
}

/** The organisation seen from the management account's scan, with the given policies (FullAWSAccess is always there). */
export function organization(policies: OrgPolicySpec[], opts: { policyTypes?: string[] } = {}): Resource[] {
  const types = opts.policyTypes ?? ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY', 'DECLARATIVE_POLICY_EC2'];
  const policyTypes = types.map((type) => ({ type, status: 'ENABLED' }));
  return [
    res('AWS::Organizations::Organization', `arn:aws:organizations::${MGMT}:organization/${ORG}`, MGMT, ORG, {
      id: ORG, arn: `arn:aws:organizations::${MGMT}:organization/${ORG}`, featureSet: 'ALL', managementAccountId: MGMT,
      accounts: [
        { id: MGMT, name: 'management', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: null, parentId: ROOT, path: [ROOT] },
        { id: WORKLOAD, name: 'workload', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: null, parentId: OU, path: [ROOT, OU] },
        { id: SANDBOX, name: 'sandbox', status: 'ACTIVE', joinedMethod: 'CREATED', joinedTimestamp: null, parentId: ROOT, path: [ROOT] },
      ],
      rootPolicyTypes: policyTypes,
      rootIds: [ROOT],
    }),
    res('AWS::Organizations::Root', `arn:aws:organizations::${MGMT}:root/${ORG}/${ROOT}`, MGMT, 'Root', { id: ROOT, arn: `arn:aws:organizations::${MGMT}:root/${ORG}/${ROOT}`, name: 'Root', policyTypes }),
    res('AWS::Organizations::OrganizationalUnit', `arn:aws:organizations::${MGMT}:ou/${ORG}/${OU}`, MGMT, 'Workloads', { id: OU, arn: `arn:aws:organizations::${MGMT}:ou/${ORG}/${OU}`, name: 'Workloads', parentId: ROOT, path: [ROOT] }),
    ...[MGMT, WORKLOAD, SANDBOX].map((a) => membership(a)),
    ...[FULL_AWS_ACCESS, ...policies].map(orgPolicy),
  ];
}
