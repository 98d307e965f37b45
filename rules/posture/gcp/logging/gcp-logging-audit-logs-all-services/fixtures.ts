import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid, type AuditConfig } from '../../../../../src/providers/gcp/model.js';
import { ORGANIZATION, PROJECT, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);
const all = (types: AuditConfig['auditLogConfigs'][number]['logType'][], exempt?: string[]): AuditConfig => ({
  service: 'allServices',
  auditLogConfigs: types.map((logType) => ({ logType, ...(exempt ? { exemptedMembers: exempt } : {}) })),
});
const FULL = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'] as const;

export const fixtures: RuleFixture[] = [
  { name: 'no Data Access audit logs configured anywhere', expect: 'FAIL', target, resources: [project({ iamPolicy: { bindings: [] }, inherited: { bindings: [], auditConfigs: [] } })] },
  { name: 'ADMIN_READ missing', expect: 'FAIL', target, resources: [project({ iamPolicy: { auditConfigs: [all(['DATA_READ', 'DATA_WRITE'])] } })] },
  {
    name: 'all log types but a member is exempted',
    expect: 'FAIL',
    target,
    resources: [project({ iamPolicy: { auditConfigs: [all([...FULL], ['serviceAccount:etl@mamori-prod.iam.gserviceaccount.com'])] } })],
  },
  {
    name: 'all log types on the project, but the organisation exempts a user for Cloud Storage',
    expect: 'FAIL',
    target,
    resources: [
      project({
        iamPolicy: { auditConfigs: [all([...FULL])] },
        inherited: { bindings: [], auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: ['user:admin@example.com'] }], source: ORGANIZATION }] },
      }),
    ],
  },
  { name: 'all log types on the project', expect: 'PASS', target, resources: [project({ iamPolicy: { auditConfigs: [all([...FULL])] } })] },
  {
    name: 'inherited from the organisation',
    expect: 'PASS',
    target,
    resources: [project({ iamPolicy: { bindings: [] }, inherited: { bindings: [], auditConfigs: [{ ...all([...FULL]), source: ORGANIZATION }] } })],
  },
  {
    name: 'ADMIN_READ on the organisation, data logs on the project (they add up)',
    expect: 'PASS',
    target,
    resources: [project({ iamPolicy: { auditConfigs: [all(['DATA_READ', 'DATA_WRITE'])] }, inherited: { bindings: [], auditConfigs: [{ ...all(['ADMIN_READ']), source: ORGANIZATION }] } })],
  },
  { name: 'project IAM policy not collectable', expect: 'NOT_ASSESSED', target, resources: [project({ iamPolicy: undefined }, PROJECT, { iamPolicy: 'AccessDenied' })] },
];
