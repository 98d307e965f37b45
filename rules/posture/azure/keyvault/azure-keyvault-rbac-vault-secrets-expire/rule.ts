import { expiryRule } from '../expiry.js';

export const rule = expiryRule({ id: 'azure-keyvault-rbac-vault-secrets-expire', kind: 'secrets', model: 'rbac', cis: '8.3.3' });
