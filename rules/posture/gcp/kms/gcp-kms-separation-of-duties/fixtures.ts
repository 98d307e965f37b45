import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { FOLDER, PROJECT, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);

export const fixtures: RuleFixture[] = [
  {
    name: 'user is KMS admin and decrypter',
    expect: 'FAIL',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/cloudkms.admin', members: ['user:alice@example.com'] },
            { role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['user:alice@example.com'] },
          ],
        },
      }),
    ],
  },
  {
    name: 'KMS admin inherited from a folder, encrypter/decrypter on the project',
    expect: 'FAIL',
    target,
    resources: [
      project({
        iamPolicy: { bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['group:security@example.com'] }] },
        inherited: { bindings: [{ role: 'roles/cloudkms.admin', members: ['group:security@example.com'], source: FOLDER }], auditConfigs: [] },
      }),
    ],
  },
  {
    name: 'administration and usage held by different members',
    expect: 'PASS',
    target,
    resources: [
      project({
        iamPolicy: {
          bindings: [
            { role: 'roles/cloudkms.admin', members: ['group:kms-admins@example.com'] },
            { role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:app@${PROJECT}.iam.gserviceaccount.com`] },
          ],
        },
      }),
    ],
  },
  {
    name: 'project IAM policy not collectable',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project({ iamPolicy: undefined }, PROJECT, { iamPolicy: 'AccessDenied' })],
  },
];
