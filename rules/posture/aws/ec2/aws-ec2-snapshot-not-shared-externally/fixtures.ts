import { SNAPSHOT_TYPE, type SnapshotConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { ACCOUNT_TYPE, accountUid } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, OTHER_ACCOUNT, resource } from '../../../testing.js';
import { arn } from '../fixture-builders.js';

const snapshot = (id: string, config: Partial<SnapshotConfig>, errors?: Record<string, string>) =>
  resource({ type: SNAPSHOT_TYPE, uid: arn('snapshot', id), config: { snapshotId: id, encrypted: true, state: 'completed', ...config }, errors });
const accounts = [ACCOUNT, OTHER_ACCOUNT].map((a) =>
  resource({ type: ACCOUNT_TYPE, uid: accountUid(a), account: a, region: 'global', config: { accountId: a, partition: 'aws' } }),
);

export const fixtures: RuleFixture[] = [
  {
    name: 'shared with an unknown account',
    expect: 'FAIL',
    target: arn('snapshot', 'snap-0ext'),
    resources: [...accounts, snapshot('snap-0ext', { createVolumePermissions: [{ UserId: OTHER_ACCOUNT }, { UserId: '999999999999' }] })],
  },
  {
    name: 'shared with a scanned account',
    expect: 'PASS',
    target: arn('snapshot', 'snap-0int'),
    resources: [...accounts, snapshot('snap-0int', { createVolumePermissions: [{ UserId: OTHER_ACCOUNT }] })],
  },
  {
    name: 'permissions not readable',
    expect: 'NOT_ASSESSED',
    target: arn('snapshot', 'snap-0unk'),
    resources: [...accounts, snapshot('snap-0unk', {}, { createVolumePermissions: 'AccessDenied' })],
  },
];
