import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ServiceAccountKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { PROJECT, gcpResource } from '../../testing.js';

const sa = `app@${PROJECT}.iam.gserviceaccount.com`;
export const saKey = (id: string, config: Partial<ServiceAccountKeyConfig>) => {
  const name = `projects/${PROJECT}/serviceAccounts/${sa}/keys/${id}`;
  return gcpResource<ServiceAccountKeyConfig>({
    type: GCP_TYPES.serviceAccountKey,
    uid: `//iam.googleapis.com/${name}`,
    config: { name, keyType: 'USER_MANAGED', keyOrigin: 'GOOGLE_PROVIDED', serviceAccountEmail: sa, validAfterTime: '2026-10-01T00:00:00Z', validBeforeTime: '9999-12-31T23:59:59Z', ...config },
  });
};
const uid = (id: string) => `//iam.googleapis.com/projects/${PROJECT}/serviceAccounts/${sa}/keys/${id}`;

export const fixtures: RuleFixture[] = [
  { name: 'user-managed key', expect: 'FAIL', target: uid('a1'), resources: [saKey('a1', {})] },
  { name: 'disabled user-managed key', expect: 'FAIL', target: uid('a2'), resources: [saKey('a2', { disabled: true })] },
  { name: 'uploaded public key', expect: 'FAIL', target: uid('a3'), resources: [saKey('a3', { keyOrigin: 'USER_PROVIDED' })] },
  { name: 'Google-managed key', expect: 'PASS', target: uid('s1'), resources: [saKey('s1', { keyType: 'SYSTEM_MANAGED' })] },
];
