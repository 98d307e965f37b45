import { CONFIG_RECORDER_TYPE, type ConfigRecorderConfig } from '../../../../../src/providers/aws/model/config.js';
import { regionUid } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';
import { regionResource } from '../../cloudtrail/fixture-helpers.js';

const recorder = (region: string, over: Partial<ConfigRecorderConfig> = {}, errors?: Record<string, string>) =>
  resource({
    type: CONFIG_RECORDER_TYPE,
    uid: `arn:aws:config:${region}:${ACCOUNT}:configuration-recorder/default`,
    region,
    config: {
      name: 'default',
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: region === 'us-east-1' },
      status: { recording: true, lastStatus: 'Success' },
      ...over,
    } satisfies ConfigRecorderConfig,
    errors,
  });

const tokyo = regionUid(ACCOUNT, 'ap-northeast-1');

export const fixtures: RuleFixture[] = [
  { name: 'no recorder in the Region', expect: 'FAIL', target: tokyo, resources: [regionResource('ap-northeast-1'), regionResource('us-east-1'), recorder('us-east-1')] },
  {
    name: 'recorder stopped',
    expect: 'FAIL',
    target: tokyo,
    resources: [regionResource('ap-northeast-1'), recorder('ap-northeast-1', { status: { recording: false, lastStatus: 'Success' } }), recorder('us-east-1')],
  },
  {
    name: 'recorder limited to selected types',
    expect: 'FAIL',
    target: tokyo,
    resources: [
      regionResource('ap-northeast-1'),
      recorder('ap-northeast-1', { recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::EC2::Instance'] } }),
      recorder('us-east-1'),
    ],
  },
  {
    name: 'all regional types but global types recorded nowhere',
    expect: 'FAIL',
    target: tokyo,
    resources: [regionResource('ap-northeast-1'), recorder('ap-northeast-1')],
  },
  {
    name: 'recording everything; global types in the home Region',
    expect: 'PASS',
    target: tokyo,
    resources: [regionResource('ap-northeast-1'), regionResource('us-east-1'), recorder('ap-northeast-1'), recorder('us-east-1')],
  },
  {
    name: 'recorder status not collectable',
    expect: 'NOT_ASSESSED',
    target: tokyo,
    resources: [regionResource('ap-northeast-1'), recorder('ap-northeast-1', { status: undefined }, { status: 'AccessDenied' })],
  },
];
