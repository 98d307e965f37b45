import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type IamPolicy, type ServiceAccountConfig } from '../../../../../src/providers/gcp/model.js';
import { PROJECT, gcpResource } from '../../testing.js';

const email = `deployer@${PROJECT}.iam.gserviceaccount.com`;
const name = `projects/${PROJECT}/serviceAccounts/${email}`;
const uid = `//iam.googleapis.com/${name}`;
const sa = (iamPolicy: IamPolicy | undefined, errors?: Record<string, string>) =>
  gcpResource<ServiceAccountConfig>({ type: GCP_TYPES.serviceAccount, uid, config: { name, email, iamPolicy }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'personal account can mint tokens', expect: 'FAIL', target: uid, resources: [sa({ bindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: ['user:attacker.backup@gmail.com'] }] })] },
  { name: 'any Google account can use the service account', expect: 'FAIL', target: uid, resources: [sa({ bindings: [{ role: 'roles/iam.serviceAccountUser', members: ['allAuthenticatedUsers'] }] })] },
  { name: 'a corporate group can impersonate', expect: 'PASS', target: uid, resources: [sa({ bindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: ['group:platform-oncall@example.com'] }] })] },
  { name: 'no policy bindings', expect: 'PASS', target: uid, resources: [sa({})] },
  { name: 'service account IAM policy not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [sa(undefined, { iamPolicy: 'AccessDenied' })] },
];
