/** Reading Entra ID users: enabled state, guest status, privileged directory roles. */
import type { UserConfig } from '../../../../src/providers/azure/model/index.js';

/** accountEnabled defaults to true when Graph leaves it out. */
export const isEnabled = (u: Partial<UserConfig>) => u.accountEnabled !== false;

/** A B2B guest: userType Guest, or an external account whose UPN carries #EXT#. */
export const isGuest = (u: Partial<UserConfig>) => u.userType === 'Guest' || (u.userPrincipalName ?? '').toUpperCase().includes('#EXT#');

/**
 * Directory roles that count as privileged: every administrator role, plus the roles Microsoft
 * marks privileged without "Administrator" in their name.
 */
const PRIVILEGED_NAMES = new Set(['global reader', 'directory synchronization accounts', 'partner tier2 support', 'partner tier1 support', 'tenant creator']);
export const privilegedRoles = (u: Partial<UserConfig>) => (u.directoryRoles ?? []).filter((r) => /administrator/i.test(r) || PRIVILEGED_NAMES.has(r.toLowerCase()));
