/** Config schemas of the defender types (model/defender.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const DEFENDER_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.Security/pricings': { name: 'string', pricingTier: 'string', subPlan: 'string?', deprecated: 'boolean?', extensions: 'array?' },
  'Microsoft.Security/securityContacts': {
    name: 'string',
    emails: 'string?',
    phone: 'string?',
    isEnabled: 'boolean?',
    notificationsByRole: 'object?',
    notificationsSources: 'array?',
  },
  'Microsoft.Security/autoProvisioningSettings': { name: 'string', autoProvision: 'string?' },
  'Microsoft.Security/settings': { name: 'string', kind: 'string', enabled: 'boolean?' },
  'Microsoft.Security/assessments': { name: 'string', displayName: 'string?', status: 'object?', resourceDetails: 'object?' },
};
