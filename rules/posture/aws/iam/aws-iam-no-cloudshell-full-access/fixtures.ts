import { GROUP_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';
import { user, userUid } from '../fixture-helpers.js';

const groupUid = `arn:aws:iam::${ACCOUNT}:group/developers`;
const group = (attachedPolicies: object[]) =>
  resource({ type: GROUP_TYPE, uid: groupUid, region: 'global', name: 'developers', config: { groupName: 'developers', groupId: 'AGPA1', path: '/', createDate: null, attachedPolicies, inlinePolicies: [] } });

export const fixtures: RuleFixture[] = [
  { name: 'group with AWSCloudShellFullAccess', expect: 'FAIL', target: groupUid, resources: [group([{ policyName: 'AWSCloudShellFullAccess', policyArn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess' }])] },
  { name: 'group with ReadOnlyAccess', expect: 'PASS', target: groupUid, resources: [group([{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }])] },
  { name: 'user policies denied', expect: 'NOT_ASSESSED', target: userUid('x'), resources: [user('x', { attachedPolicies: undefined, inlinePolicies: undefined }, { policies: 'AccessDenied' })] },
];
