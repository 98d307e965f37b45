/**
 * How the Entra ID rules read Conditional Access policies: which enabled policies apply to every
 * user, app and sign-in, and whether their grant really requires MFA (or blocks).
 *
 * Exclusions: Microsoft recommends excluding two emergency-access (break-glass) accounts from
 * every policy, and its policy templates exclude the Directory Synchronization Accounts role. Up to
 * three excluded users and groups together, and that role, are therefore accepted as normal; more,
 * any other excluded role, or excluding guests and external users, is a gap. Any condition that
 * narrows the policy (platforms, locations, risk levels, device filters, client app types other
 * than all modern clients, excluded apps) is a gap as well: such a policy does not require MFA on
 * every sign-in.
 */
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { AZURE_TYPES, DIRECTORY_ROLES, type ConditionalAccessPolicyConfig } from '../../../../src/providers/azure/model/index.js';

/** Excluded users and groups accepted as emergency-access exclusions. */
export const BREAK_GLASS_EXCLUSIONS = 3;

export interface ScopeOptions {
  /** The app that must be covered (an appId); undefined: every cloud app, with no app excluded. */
  app?: string;
  /** Skip the client-app-type check (the legacy-authentication rule reads clientAppTypes itself). */
  anyClientApps?: boolean;
}

const list = (v: readonly string[] | null | undefined): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const lower = (v: readonly string[] | null | undefined) => list(v).map((x) => x.toLowerCase());

/** Why a policy does not apply to every user and sign-in of the target (empty: it does). */
export function scopeGaps(policy: ConditionalAccessPolicyConfig, opts: ScopeOptions = {}): string[] {
  const gaps: string[] = [];
  if (policy.state !== 'enabled') gaps.push(`state is ${policy.state ?? 'unknown'}`);
  const c = policy.conditions ?? {};
  const users = c.users ?? {};
  if (!lower(users.includeUsers).includes('all')) gaps.push('does not include all users');
  const excludedUsers = list(users.excludeUsers);
  if (excludedUsers.some((u) => u.toLowerCase() === 'guestsorexternalusers') || excludesGuests(users.excludeGuestsOrExternalUsers)) gaps.push('excludes guests or external users');
  const excludedRoles = lower(users.excludeRoles).filter((r) => r !== DIRECTORY_ROLES.directorySynchronizationAccounts);
  if (excludedRoles.length) gaps.push(`excludes ${excludedRoles.length} directory role(s)`);
  const excludedPrincipals = excludedUsers.filter((u) => u.toLowerCase() !== 'guestsorexternalusers').length + list(users.excludeGroups).length;
  if (excludedPrincipals > BREAK_GLASS_EXCLUSIONS) gaps.push(`excludes ${excludedPrincipals} users and groups (more than ${BREAK_GLASS_EXCLUSIONS} emergency-access exclusions)`);

  const apps = c.applications ?? {};
  const included = lower(apps.includeApplications);
  const excluded = lower(apps.excludeApplications);
  if (opts.app) {
    const app = opts.app.toLowerCase();
    if (!included.includes('all') && !included.includes(app)) gaps.push('does not target the app');
    if (excluded.includes(app)) gaps.push('excludes the app');
  } else {
    if (!included.includes('all')) gaps.push('does not include all cloud apps');
    if (excluded.length) gaps.push(`excludes ${excluded.length} app(s)`);
  }
  if (apps.applicationFilter) gaps.push('narrowed by an application filter');

  if (!opts.anyClientApps) {
    const types = lower(c.clientAppTypes as string[] | undefined);
    if (types.length && !types.includes('all') && !(types.includes('browser') && types.includes('mobileappsanddesktopclients'))) gaps.push(`applies only to client apps ${types.join(', ')}`);
  }
  const platforms = c.platforms;
  if (platforms && ((list(platforms.includePlatforms as string[] | undefined).length && !lower(platforms.includePlatforms as string[] | undefined).includes('all')) || list(platforms.excludePlatforms as string[] | undefined).length)) {
    gaps.push('narrowed to some device platforms');
  }
  const locations = c.locations;
  if (locations && ((list(locations.includeLocations).length && !lower(locations.includeLocations).includes('all')) || list(locations.excludeLocations).length)) gaps.push('narrowed to some locations');
  if (list(c.userRiskLevels as string[] | undefined).length || list(c.signInRiskLevels as string[] | undefined).length || c.insiderRiskLevels) gaps.push('applies only at some risk levels');
  if (c.devices?.deviceFilter) gaps.push('narrowed by a device filter');
  if (c.authenticationFlows?.transferMethods) gaps.push('applies only to some authentication flows');
  return gaps;
}

function excludesGuests(v: unknown): boolean {
  const types = (v as { guestOrExternalUserTypes?: string } | null | undefined)?.guestOrExternalUserTypes;
  return typeof types === 'string' && types.split(',').some((t) => t.trim() && t.trim() !== 'none');
}

/** Why the grant does not require MFA on every sign-in it applies to (empty: it does). */
export function mfaGrantGaps(policy: ConditionalAccessPolicyConfig): string[] {
  const g = policy.grantControls;
  if (!g) return ['has no grant control'];
  const builtIn = lower(g.builtInControls as string[] | undefined);
  if (builtIn.includes('block')) return ['blocks access instead of requiring MFA'];
  if (!builtIn.includes('mfa') && !g.authenticationStrength) return ['does not require MFA'];
  const alternatives = [...builtIn.filter((b) => b !== 'mfa'), ...list(g.customAuthenticationFactors), ...list(g.termsOfUse).map(() => 'termsOfUse')];
  if ((g.operator ?? 'OR').toUpperCase() === 'OR' && alternatives.length) return [`MFA can be skipped by satisfying ${[...new Set(alternatives)].join(' or ')} instead (operator OR)`];
  return [];
}

export const blocks = (policy: ConditionalAccessPolicyConfig) => lower(policy.grantControls?.builtInControls as string[] | undefined).includes('block');

export type CaPolicy = Resource<ConditionalAccessPolicyConfig>;

/** The tenant's Conditional Access policies (scope `tenants/<id>`). */
export const caPolicies = (ctx: EvaluationContext, tenantScope: string): CaPolicy[] => ctx.resources<ConditionalAccessPolicyConfig>(AZURE_TYPES.conditionalAccessPolicy, { account: tenantScope });

/** Enabled policies that require MFA for every user on the target, and near misses with their gaps. */
export function mfaPolicies(policies: CaPolicy[], opts: ScopeOptions = {}): { enforcing: string[]; nearMisses: { policy: string; gaps: string[] }[] } {
  const enforcing: string[] = [];
  const nearMisses: { policy: string; gaps: string[] }[] = [];
  for (const p of policies) {
    const grant = mfaGrantGaps(p.config);
    const scope = scopeGaps(p.config, opts);
    const name = p.config.displayName ?? p.name;
    if (!grant.length && !scope.length) enforcing.push(name);
    // Only policies that at least try to require MFA are worth showing.
    else if (!grant.length || (p.config.grantControls && !blocks(p.config) && grant[0] !== 'does not require MFA')) nearMisses.push({ policy: name, gaps: [...grant, ...scope] });
  }
  return { enforcing, nearMisses };
}
