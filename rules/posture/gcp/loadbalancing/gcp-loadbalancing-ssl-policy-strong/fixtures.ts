import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES } from '../../../../../src/providers/gcp/model.js';
import { PROJECT } from '../../testing.js';
import { httpsProxy, httpsProxyUid, sslPolicy, sslPolicyUrl, sslProxy, sslProxyUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'HTTPS proxy without an SSL policy (Google default)', expect: 'FAIL', target: httpsProxyUid('web'), resources: [httpsProxy('web')] },
  {
    name: 'COMPATIBLE profile even with TLS 1.2',
    expect: 'FAIL',
    target: httpsProxyUid('web'),
    resources: [httpsProxy('web', sslPolicyUrl('compat')), sslPolicy('compat', { profile: 'COMPATIBLE', minTlsVersion: 'TLS_1_2' })],
  },
  {
    name: 'MODERN profile with TLS 1.0',
    expect: 'FAIL',
    target: httpsProxyUid('web'),
    resources: [httpsProxy('web', sslPolicyUrl('modern-old')), sslPolicy('modern-old', { profile: 'MODERN', minTlsVersion: 'TLS_1_0' })],
  },
  {
    name: 'CUSTOM profile with an RSA key exchange suite',
    expect: 'FAIL',
    target: sslProxyUid('tcp-tls'),
    resources: [
      sslProxy('tcp-tls', sslPolicyUrl('custom')),
      sslPolicy('custom', { profile: 'CUSTOM', minTlsVersion: 'TLS_1_2', customFeatures: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256'] }),
    ],
  },
  {
    name: 'MODERN profile with TLS 1.2',
    expect: 'PASS',
    target: httpsProxyUid('web'),
    resources: [httpsProxy('web', sslPolicyUrl('modern-tls12')), sslPolicy('modern-tls12', { profile: 'MODERN', minTlsVersion: 'TLS_1_2' })],
  },
  {
    name: 'RESTRICTED profile (TLS 1.2 cipher suites only)',
    expect: 'PASS',
    target: sslProxyUid('tcp-tls'),
    resources: [sslProxy('tcp-tls', sslPolicyUrl('restricted')), sslPolicy('restricted', { profile: 'RESTRICTED', minTlsVersion: 'TLS_1_0' })],
  },
  {
    name: 'CUSTOM profile with ECDHE suites and TLS 1.2',
    expect: 'PASS',
    target: httpsProxyUid('web'),
    resources: [
      httpsProxy('web', `https://compute.googleapis.com/compute/v1/projects/${PROJECT}/global/sslPolicies/custom-strong`),
      sslPolicy('custom-strong', { profile: 'CUSTOM', minTlsVersion: 'TLS_1_2', customFeatures: ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'] }),
    ],
  },
  {
    name: 'SSL policy listing failed',
    expect: 'NOT_ASSESSED',
    target: httpsProxyUid('web'),
    resources: [httpsProxy('web', sslPolicyUrl('modern-tls12'))],
    errors: [{ provider: 'gcp', account: PROJECT, region: 'global', service: 'compute', operation: 'sslPolicies.list', code: 'AccessDenied', message: 'denied', resourceTypes: [GCP_TYPES.sslPolicy] }],
  },
  { name: 'SSL policy not in the snapshot', expect: 'NOT_ASSESSED', target: httpsProxyUid('web'), resources: [httpsProxy('web', sslPolicyUrl('elsewhere'))] },
];
