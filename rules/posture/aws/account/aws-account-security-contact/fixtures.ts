import { ALTERNATE_CONTACTS_TYPE } from '../../../../../src/providers/aws/model/organizations.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:mamori::${ACCOUNT}:alternate-contacts`;
const contacts = (config: object, errors?: Record<string, string>) => resource({ type: ALTERNATE_CONTACTS_TYPE, uid, region: 'global', config, errors });

export const fixtures: RuleFixture[] = [
  { name: 'no security contact', expect: 'FAIL', target: uid, resources: [contacts({ security: null, billing: { name: 'Finance', title: null, emailAddress: 'billing@example.com' }, operations: null })] },
  { name: 'security contact set', expect: 'PASS', target: uid, resources: [contacts({ security: { name: 'Security Team', title: 'SecOps', emailAddress: 'security@example.com' } })] },
  { name: 'contact read denied', expect: 'NOT_ASSESSED', target: uid, resources: [contacts({}, { security: 'AccessDenied' })] },
];
