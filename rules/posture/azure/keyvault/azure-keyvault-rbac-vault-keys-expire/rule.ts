import { expiryRule } from '../expiry.js';

export const rule = expiryRule({ id: 'azure-keyvault-rbac-vault-keys-expire', kind: 'keys', model: 'rbac', cis: '8.3.1' });
