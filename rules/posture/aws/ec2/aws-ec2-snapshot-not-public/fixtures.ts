import { SNAPSHOT_TYPE, type SnapshotConfig } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { arn } from '../fixture-builders.js';

const snapshot = (id: string, config: Partial<SnapshotConfig>, errors?: Record<string, string>) =>
  resource({ type: SNAPSHOT_TYPE, uid: arn('snapshot', id), config: { snapshotId: id, encrypted: false, state: 'completed', ...config }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'public snapshot', expect: 'FAIL', target: arn('snapshot', 'snap-0pub'), resources: [snapshot('snap-0pub', { createVolumePermissions: [{ Group: 'all' }] })] },
  {
    name: 'shared with one account only',
    expect: 'PASS',
    target: arn('snapshot', 'snap-0acct'),
    resources: [snapshot('snap-0acct', { encrypted: true, createVolumePermissions: [{ UserId: '222222222222' }] })],
  },
  { name: 'private snapshot', expect: 'PASS', target: arn('snapshot', 'snap-0priv'), resources: [snapshot('snap-0priv', { createVolumePermissions: [] })] },
  {
    name: 'permissions not readable',
    expect: 'NOT_ASSESSED',
    target: arn('snapshot', 'snap-0unk'),
    resources: [snapshot('snap-0unk', {}, { createVolumePermissions: 'AccessDenied' })],
  },
];
