import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gcpUid } from '../../../../../src/providers/gcp/model.js';
import { PROJECT } from '../../testing.js';
import { computeProject, gkeNode, instance, instanceUid, metadata } from '../testing.js';

const target = instanceUid('web-1');
// AWS's documented example key id; a truncated, non-functional PEM body.
const AWS_EXAMPLE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const PEM = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEAexampleexampleexample', '-----END RSA PRIVATE KEY-----'].join('\n');

export const fixtures: RuleFixture[] = [
  {
    // As the collector stores it: the value dropped, the kinds of secret it held kept.
    name: 'collected startup script that held a GitHub token (value not stored)',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { metadata: { items: [{ key: 'startup-script', secretKinds: ['GitHub token'] }, { key: 'enable-oslogin', value: 'TRUE' }] } })],
  },
  {
    name: 'collected startup script with nothing secret-looking',
    expect: 'PASS',
    target,
    resources: [instance('web-1', { metadata: { items: [{ key: 'startup-script' }] } })],
  },
  {
    name: 'startup script exports AWS keys',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { metadata: metadata({ 'startup-script': `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${AWS_EXAMPLE_KEY_ID}\naws s3 sync s3://b /srv` }) })],
  },
  {
    name: 'private key written by the startup script',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { metadata: metadata({ 'startup-script': `cat > /root/.ssh/id_rsa <<EOF\n${PEM}\nEOF` }) })],
  },
  {
    name: 'hard-coded database password in a custom key',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { metadata: metadata({ 'app-config': 'DB_HOST=10.0.0.9\nDB_PASSWORD=S3cr3t-Passw0rd!' }) })],
  },
  {
    name: 'project-wide startup script with a password',
    expect: 'FAIL',
    target: gcpUid.computeProject(PROJECT),
    resources: [computeProject({ 'startup-script': 'mysql -u root --password=Sup3rS3cretValue -e "select 1"' })],
  },
  {
    name: 'startup script reads the secret from Secret Manager',
    expect: 'PASS',
    target,
    resources: [
      instance('web-1', {
        metadata: metadata({
          'startup-script': '#!/bin/bash\nDB_PASSWORD="$(gcloud secrets versions access latest --secret=db-password)"\nexport API_KEY=$API_KEY_FROM_ENV',
          'block-project-ssh-keys': 'TRUE',
        }),
      }),
    ],
  },
  { name: 'project metadata without secrets', expect: 'PASS', target: gcpUid.computeProject(PROJECT), resources: [computeProject({ 'enable-oslogin': 'TRUE' })] },
  {
    name: 'GKE bootstrap data is not scanned on GKE nodes',
    expect: 'PASS',
    target: instanceUid('gke-prod-default-pool-1a2b3c4d-x9k2'),
    resources: [gkeNode({ metadata: metadata({ 'kube-env': 'TPM_BOOTSTRAP_KEY: examplexampleexample\nKUBELET_KEY: LS0tLS1CRUdJTg==' }) })],
  },
];
