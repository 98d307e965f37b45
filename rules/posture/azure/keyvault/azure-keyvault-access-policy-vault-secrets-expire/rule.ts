import { expiryRule } from '../expiry.js';

export const rule = expiryRule({ id: 'azure-keyvault-access-policy-vault-secrets-expire', kind: 'secrets', model: 'accessPolicy', cis: '8.3.4' });
