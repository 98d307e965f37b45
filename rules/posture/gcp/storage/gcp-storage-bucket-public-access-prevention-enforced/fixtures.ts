import { GCP_TYPES, gcpUid, type OrgPolicyConfig, type OrgPolicySpec } from '../../../../../src/providers/gcp/model.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { FOLDER, gcpResource, ORGANIZATION, PROJECT, project } from '../../testing.js';
import { bucket, bucketUid } from '../testing.js';

const CONSTRAINT = 'storage.publicAccessPrevention';
/** An organization policy on a node: `node` is the project id, `folders/…` or `organizations/…`. */
const orgPolicy = (node: string, spec: OrgPolicySpec) => {
  const parent = node.includes('/') ? node : `projects/${node}`;
  return gcpResource<OrgPolicyConfig>({
    type: GCP_TYPES.orgPolicy,
    uid: gcpUid.orgPolicy(parent, CONSTRAINT),
    account: node,
    config: { name: `${parent}/policies/${CONSTRAINT}`, constraint: CONSTRAINT, parent, spec },
  });
};
const inherited = bucket('data');
const target = bucketUid('data');

export const fixtures: RuleFixture[] = [
  { name: 'inherited, no organization policy', expect: 'FAIL', target, resources: [inherited, project()] },
  {
    name: 'organisation enforces, project overrides with enforcement off',
    expect: 'FAIL',
    target,
    resources: [inherited, project(), orgPolicy(ORGANIZATION, { rules: [{ enforce: true }] }), orgPolicy(PROJECT, { rules: [{ enforce: false }] })],
  },
  { name: 'folder policy resets to the default', expect: 'FAIL', target, resources: [inherited, project(), orgPolicy(ORGANIZATION, { rules: [{ enforce: true }] }), orgPolicy(FOLDER, { reset: true })] },
  { name: 'enforced on the bucket', expect: 'PASS', target: bucketUid('locked'), resources: [bucket('locked', { iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' } })] },
  { name: 'enforced by the organisation', expect: 'PASS', target, resources: [inherited, project(), orgPolicy(ORGANIZATION, { rules: [{ enforce: true }] })] },
  {
    name: 'enforced on the project with a tag-based exception',
    expect: 'NOT_ASSESSED',
    target,
    resources: [inherited, project(), orgPolicy(PROJECT, { rules: [{ enforce: true }, { enforce: false, condition: { expression: "resource.matchTag('111111111111/public', 'yes')" } }] })],
  },
  { name: 'project not collected', expect: 'NOT_ASSESSED', target, resources: [inherited] },
];
