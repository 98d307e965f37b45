import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { accountUid } from '../../../../../src/model/pseudo.js';
import { MGMT, WORKLOAD, accountResource, membership, organization } from '../fixture-helpers.js';

/** The organisation with IAM's centralised root access features as ListOrganizationsFeatures gave them. */
const withFeatures = (rootAccessFeatures: string[] | null | undefined, errors?: Record<string, string>): Resource[] =>
  organization([]).map((r) =>
    r.type === 'AWS::Organizations::Organization'
      ? { ...r, config: rootAccessFeatures === undefined ? r.config : { ...r.config, rootAccessFeatures }, ...(errors ? { errors } : {}) }
      : r,
  );

export const fixtures: RuleFixture[] = [
  { name: 'both features enabled', expect: 'PASS', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...withFeatures(['RootCredentialsManagement', 'RootSessions'])] },
  { name: 'no feature enabled', expect: 'FAIL', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...withFeatures([])] },
  { name: 'root sessions only (partial)', expect: 'FAIL', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...withFeatures(['RootSessions'])] },
  { name: 'trusted access for IAM not enabled', expect: 'FAIL', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...withFeatures(null)] },
  { name: 'the management account keeps its root user', expect: 'NOT_APPLICABLE', target: accountUid(MGMT), resources: [accountResource(MGMT), ...withFeatures([])] },
  { name: 'ListOrganizationsFeatures denied', expect: 'NOT_ASSESSED', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), ...withFeatures(undefined, { rootAccessFeatures: 'AccessDenied' })] },
  { name: 'member-account scan: organisation not collected', expect: 'NOT_ASSESSED', target: accountUid(WORKLOAD), resources: [accountResource(WORKLOAD), membership(WORKLOAD)] },
];
