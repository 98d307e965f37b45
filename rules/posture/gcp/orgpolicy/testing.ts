/** Fixture builders shared by the organisation-policy guardrail rules. */
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { CollectionError, Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type FolderConfig, type OrganizationConfig, type OrgPolicyConfig, type OrgPolicyRule, type OrgPolicySpec } from '../../../../src/providers/gcp/model.js';
import { FOLDER, ORG_DOMAIN, ORGANIZATION, PROJECT, gcpResource, project } from '../testing.js';

export const TARGET = gcpUid.project(PROJECT);

/** A policy set on `node`: the project id, `folders/<id>` or `organizations/<id>`. */
export function orgPolicy(node: string, constraint: string, spec?: OrgPolicySpec, dryRunSpec?: OrgPolicySpec): Resource {
  const parent = node.includes('/') ? node : `projects/${node}`;
  return gcpResource<OrgPolicyConfig>({
    type: GCP_TYPES.orgPolicy,
    uid: gcpUid.orgPolicy(parent, constraint),
    account: node,
    name: constraint,
    config: { name: `${parent}/policies/${constraint}`, constraint, parent, spec, dryRunSpec },
  });
}

export const folder = (): Resource =>
  gcpResource<FolderConfig>({ type: GCP_TYPES.folder, uid: gcpUid.folder(FOLDER.split('/')[1]), account: FOLDER, name: FOLDER, config: { name: FOLDER, displayName: 'prod', parent: ORGANIZATION } });

export const organization = (): Resource =>
  gcpResource<OrganizationConfig>({ type: GCP_TYPES.organization, uid: gcpUid.organization(ORGANIZATION.split('/')[1]), account: ORGANIZATION, name: ORG_DOMAIN, config: { name: ORGANIZATION, displayName: ORG_DOMAIN } });

/** The fixture project with its folder and organisation (all collected), plus the given policies. */
export function hierarchy(...policies: Resource[]): Resource[] {
  return [project(), folder(), organization(), ...policies];
}

/** The org policy listing failed on the project. */
export const listingError: CollectionError = {
  provider: 'gcp',
  account: PROJECT,
  region: 'global',
  service: 'orgpolicy',
  operation: 'policies.list',
  code: 'AccessDenied',
  message: `Permission 'orgpolicy.policies.list' denied on resource 'projects/${PROJECT}'`,
};

const TAG_CONDITION = { expression: `resource.matchTag('${ORGANIZATION.split('/')[1]}/environment', 'sandbox')`, title: 'sandbox exemption' };

/** Fixtures for a boolean guardrail: the constraint must be enforced for the project. */
export function booleanFixtures(constraint: string): RuleFixture[] {
  const on: OrgPolicySpec = { rules: [{ enforce: true }] };
  const off: OrgPolicySpec = { rules: [{ enforce: false }] };
  const f = (name: string, expect: RuleFixture['expect'], resources: Resource[], errors?: CollectionError[]): RuleFixture => ({ name, expect, target: TARGET, resources, errors });
  return [
    f('no policy anywhere: the Google default (not enforced) applies', 'FAIL', hierarchy()),
    f('enforced at the organisation and inherited by the project', 'PASS', hierarchy(orgPolicy(ORGANIZATION, constraint, on))),
    f('enforced at the folder', 'PASS', hierarchy(orgPolicy(FOLDER, constraint, on))),
    f('enforced on the project itself, the organisation not enforcing', 'PASS', hierarchy(orgPolicy(ORGANIZATION, constraint, off), orgPolicy(PROJECT, constraint, on))),
    f('enforced at the organisation, overridden by the project with enforce: false', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, on), orgPolicy(PROJECT, constraint, off))),
    f('enforced at the organisation, reset to the default at the folder', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, on), orgPolicy(FOLDER, constraint, { reset: true }))),
    f('dry run only at the organisation', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, undefined, on))),
    f('enforced except for resources with a sandbox tag', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, { rules: [{ enforce: true }, { enforce: false, condition: TAG_CONDITION }] }))),
    f('the organisation was not collected and nothing below decides', 'NOT_ASSESSED', [project(), folder()]),
    f('enforced on the project itself while the organisation was not collected', 'PASS', [project(), orgPolicy(PROJECT, constraint, on)]),
    f('the org policy listing failed on the project', 'NOT_ASSESSED', hierarchy(orgPolicy(ORGANIZATION, constraint, on)), [listingError]),
    f('project pending deletion', 'NOT_APPLICABLE', [project({ state: 'DELETE_REQUESTED' }), folder(), organization()]),
  ];
}

export interface ListFixtureSpec {
  /** A rule that meets the guardrail. */
  good: OrgPolicyRule;
  /** A rule at the project, inheriting from the organisation, that keeps the guardrail met. */
  inheritedAddition: OrgPolicyRule;
  /** A rule that sets the constraint but does not meet the guardrail, with a name for it. */
  weak: { name: string; rule: OrgPolicyRule };
  /** What the project inheriting from `good` with an added allowAll gives (merging keeps denials, loses allow lists). */
  inheritedAllowAll: 'PASS' | 'FAIL';
}

/** Fixtures for a list guardrail. */
export function listFixtures(constraint: string, spec: ListFixtureSpec): RuleFixture[] {
  const good: OrgPolicySpec = { rules: [spec.good] };
  const f = (name: string, expect: RuleFixture['expect'], resources: Resource[], errors?: CollectionError[]): RuleFixture => ({ name, expect, target: TARGET, resources, errors });
  return [
    f('no policy anywhere: every value allowed', 'FAIL', hierarchy()),
    f('set at the organisation and inherited by the project', 'PASS', hierarchy(orgPolicy(ORGANIZATION, constraint, good))),
    f('the project merges its own values with the organisation (inheritFromParent: true)', 'PASS', hierarchy(orgPolicy(ORGANIZATION, constraint, good), orgPolicy(PROJECT, constraint, { inheritFromParent: true, rules: [spec.inheritedAddition] }))),
    f('the project replaces the organisation policy with allowAll', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, good), orgPolicy(PROJECT, constraint, { rules: [{ allowAll: true }] }))),
    f(
      `the project inherits from the organisation and adds allowAll: ${spec.inheritedAllowAll === 'PASS' ? 'the organisation policy still restricts' : 'every value becomes allowed'}`,
      spec.inheritedAllowAll,
      hierarchy(orgPolicy(ORGANIZATION, constraint, good), orgPolicy(PROJECT, constraint, { inheritFromParent: true, rules: [{ allowAll: true }] })),
    ),
    f(spec.weak.name, 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, { rules: [spec.weak.rule] }))),
    f('reset to the default at the folder', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, good), orgPolicy(FOLDER, constraint, { reset: true }))),
    f('dry run only at the folder', 'FAIL', hierarchy(orgPolicy(FOLDER, constraint, undefined, good))),
    f('relaxed by a tag-conditional allowAll rule', 'FAIL', hierarchy(orgPolicy(ORGANIZATION, constraint, { rules: [spec.good, { allowAll: true, condition: TAG_CONDITION }] }))),
    f('the org policy listing failed on the project', 'NOT_ASSESSED', hierarchy(orgPolicy(ORGANIZATION, constraint, good)), [listingError]),
    f('the organisation was not collected and nothing below decides', 'NOT_ASSESSED', [project(), folder()]),
  ];
}
