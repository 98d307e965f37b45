import { expiryRule } from '../expiry.js';

export const rule = expiryRule({ id: 'azure-keyvault-access-policy-vault-keys-expire', kind: 'keys', model: 'accessPolicy', cis: '8.3.2' });
