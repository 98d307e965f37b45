import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { GOOD_CONTACT, securityContact, securityError, SUBSCRIPTION_UID } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no security contact', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription()] },
  { name: 'attack paths only, no alert source', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact({ ...GOOD_CONTACT, notificationsSources: [{ sourceType: 'AttackPath', minimalRiskLevel: 'High' }] })] },
  { name: 'alert source but nobody to send to', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact({ ...GOOD_CONTACT, emails: '', notificationsByRole: { state: 'Off', roles: [] } })] },
  { name: 'alerts of Medium or higher emailed', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact(GOOD_CONTACT)] },
  { name: 'contacts not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [securityError('securityContacts.list', AZURE_TYPES.securityContact)] },
];
