import type { RuleFixture } from '../../../../../src/model/rule.js';
import { appGateway, appGatewayId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(appGatewayId(name));

export const fixtures: RuleFixture[] = [
  {
    name: 'no policy set on a gateway created before API 2023-02-01 (default AppGwSslPolicy20150501)',
    expect: 'FAIL',
    target: target('agw-old'),
    resources: [appGateway('agw-old', { sslPolicy: undefined, defaultPredefinedSslPolicy: 'AppGwSslPolicy20150501' })],
  },
  {
    name: 'custom policy with minimum TLS 1.1',
    expect: 'FAIL',
    target: target('agw-custom'),
    resources: [
      appGateway('agw-custom', {
        sslPolicy: { policyType: 'Custom', minProtocolVersion: 'TLSv1_1', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'] },
        defaultPredefinedSslPolicy: 'AppGwSslPolicy20150501',
      }),
    ],
  },
  {
    name: 'legacy disabledSslProtocols policy and an SSL profile on AppGwSslPolicy20170401',
    expect: 'FAIL',
    target: target('agw-profile'),
    resources: [
      appGateway('agw-profile', {
        sslPolicy: { disabledSslProtocols: ['TLSv1_0'] },
        defaultPredefinedSslPolicy: 'AppGwSslPolicy20150501',
        sslProfiles: [{ name: 'legacy-clients', sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20170401' } }],
      }),
    ],
  },
  { name: 'AppGwSslPolicy20220101', expect: 'PASS', target: target('agw-ok'), resources: [appGateway('agw-ok')] },
  {
    name: 'CustomV2 with minimum TLS 1.2 and a TLS 1.3 profile',
    expect: 'PASS',
    target: target('agw-v2'),
    resources: [
      appGateway('agw-v2', {
        sslPolicy: { policyType: 'CustomV2', minProtocolVersion: 'TLSv1_2', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384'] },
        sslProfiles: [{ name: 'modern', sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' } }],
      }),
    ],
  },
  {
    name: 'HTTP listeners only',
    expect: 'NOT_APPLICABLE',
    target: target('agw-http'),
    resources: [appGateway('agw-http', { sslPolicy: undefined, defaultPredefinedSslPolicy: 'AppGwSslPolicy20150501', httpListeners: [{ name: 'http', protocol: 'Http' }] })],
  },
];
