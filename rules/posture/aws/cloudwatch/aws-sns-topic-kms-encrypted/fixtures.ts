import { TOPIC_TYPE } from '../../../../../src/providers/aws/model/sns.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`;
const topic = (kmsMasterKeyId?: string, errors?: Record<string, string>) =>
  resource({ type: TOPIC_TYPE, uid, config: { topicName: 'security-alerts', kmsMasterKeyId, subscriptions: [] }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'no SSE', expect: 'FAIL', target: uid, resources: [topic()] },
  { name: 'customer managed key', expect: 'PASS', target: uid, resources: [topic(`arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`)] },
  { name: 'attributes not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [topic(undefined, { attributes: 'AccessDenied' })] },
];
