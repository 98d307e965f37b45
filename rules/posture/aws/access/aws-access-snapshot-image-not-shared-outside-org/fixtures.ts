import type { RuleFixture } from '../../../../../src/model/rule.js';
import { IMAGE_TYPE } from '../../../../../src/providers/aws/model/ec2.js';
import { DB_SNAPSHOT_TYPE } from '../../../../../src/providers/aws/model/rds.js';
import { ACCOUNT, OTHER_ACCOUNT, OUTSIDER, ORG_ID, orgResources, resource } from '../shared.js';

const snapArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`;
const snapshot = (id: string, restoreAccounts: string[] | null | undefined, errors?: Record<string, string>) =>
  resource({ type: DB_SNAPSHOT_TYPE, uid: snapArn(id), config: { DBSnapshotIdentifier: id, Encrypted: true, ...(restoreAccounts === undefined ? {} : { restoreAccounts }) }, errors });
const imageArn = (id: string) => `arn:aws:ec2:us-east-1:${ACCOUNT}:image/${id}`;
const image = (id: string, launchPermissions: unknown[]) => resource({ type: IMAGE_TYPE, uid: imageArn(id), config: { imageId: id, imageName: id, public: false, launchPermissions } });

export const fixtures: RuleFixture[] = [
  { name: 'DB snapshot restorable by an outside account', expect: 'FAIL', target: snapArn('db-1'), resources: [...orgResources(), snapshot('db-1', [OUTSIDER])] },
  { name: 'AMI shared with another organisation', expect: 'FAIL', target: imageArn('ami-0other'), resources: [...orgResources(), image('ami-0other', [{ OrganizationArn: 'arn:aws:organizations::333333333333:organization/o-someoneelse' }])] },
  { name: 'DB snapshot shared inside the organisation', expect: 'PASS', target: snapArn('db-2'), resources: [...orgResources(), snapshot('db-2', [OTHER_ACCOUNT])] },
  { name: 'AMI shared with the own organisation', expect: 'PASS', target: imageArn('ami-0org'), resources: [...orgResources(), image('ami-0org', [{ OrganizationArn: `arn:aws:organizations::${ACCOUNT}:organization/${ORG_ID}` }])] },
  { name: 'DB snapshot not shared', expect: 'PASS', target: snapArn('db-3'), resources: [...orgResources(), snapshot('db-3', null)] },
  { name: 'restore attribute not collected', expect: 'NOT_ASSESSED', target: snapArn('db-4'), resources: [...orgResources(), snapshot('db-4', undefined, { restoreAccounts: 'AccessDenied' })] },
];
