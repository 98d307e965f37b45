import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { subscription } from '../../testing.js';
import { GOOD_CONTACT, securityContact, securityError, SUBSCRIPTION_UID } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no security contact', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription()] },
  { name: 'role notifications off', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact({ ...GOOD_CONTACT, notificationsByRole: { state: 'Off', roles: ['Owner'] } })] },
  { name: 'only Contributor notified', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact({ ...GOOD_CONTACT, notificationsByRole: { state: 'On', roles: ['Contributor'] } })] },
  { name: 'contact disabled', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact({ ...GOOD_CONTACT, isEnabled: false })] },
  { name: 'owners notified', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), securityContact(GOOD_CONTACT)] },
  { name: 'contacts not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [securityError('securityContacts.list', AZURE_TYPES.securityContact)] },
];
