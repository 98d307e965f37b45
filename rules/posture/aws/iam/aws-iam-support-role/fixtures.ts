import { MANAGED_POLICY_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const accountUid = `arn:aws:mamori::${ACCOUNT}:account`;
const account = resource({ type: ACCOUNT_TYPE, uid: accountUid, region: 'global', config: { accountId: ACCOUNT, partition: 'aws' } });
const support = (attachments: object | undefined, errors?: Record<string, string>) =>
  resource({
    type: MANAGED_POLICY_TYPE,
    uid: `arn:aws:mamori::${ACCOUNT}:aws-managed-policy/AWSSupportAccess`,
    region: 'global',
    config: { arn: 'arn:aws:iam::aws:policy/AWSSupportAccess', policyName: 'AWSSupportAccess', path: '/', awsManaged: true, defaultVersionId: 'v1', attachmentCount: 1, permissionsBoundaryUsageCount: 0, createDate: null, updateDate: null, attachments },
    errors,
  });

export const fixtures: RuleFixture[] = [
  { name: 'not attached anywhere', expect: 'FAIL', target: accountUid, resources: [account, support({ users: [], groups: [], roles: [] })] },
  { name: 'attached to a user only', expect: 'FAIL', target: accountUid, resources: [account, support({ users: ['alice'], groups: [], roles: [] })] },
  { name: 'attached to the aws-support role', expect: 'PASS', target: accountUid, resources: [account, support({ users: [], groups: [], roles: ['aws-support'] })] },
  { name: 'entities listing denied', expect: 'NOT_ASSESSED', target: accountUid, resources: [account, support(undefined, { attachments: 'AccessDenied' })] },
];
