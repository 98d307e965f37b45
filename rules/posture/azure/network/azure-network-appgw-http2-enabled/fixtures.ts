import type { RuleFixture } from '../../../../../src/model/rule.js';
import { appGateway, appGatewayId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(appGatewayId(name));

export const fixtures: RuleFixture[] = [
  { name: 'HTTP/2 disabled', expect: 'FAIL', target: target('agw-h1'), resources: [appGateway('agw-h1', { enableHttp2: false })] },
  { name: 'enableHttp2 left out (off)', expect: 'FAIL', target: target('agw-default'), resources: [appGateway('agw-default', { enableHttp2: undefined })] },
  { name: 'HTTP/2 enabled', expect: 'PASS', target: target('agw-h2'), resources: [appGateway('agw-h2')] },
];
