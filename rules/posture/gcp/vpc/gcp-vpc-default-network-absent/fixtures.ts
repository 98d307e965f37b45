import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES, gcpUid } from '../../../../../src/providers/gcp/model.js';
import { OTHER_PROJECT, PROJECT, project } from '../../testing.js';
import { firewall, network, networkUrl } from '../fixture-builders.js';

const target = gcpUid.project(PROJECT);

export const fixtures: RuleFixture[] = [
  {
    name: 'default auto mode network with its pre-populated firewall rules',
    expect: 'FAIL',
    target,
    resources: [
      project(),
      network('default', { autoCreateSubnetworks: true }),
      firewall('default-allow-ssh', { network: networkUrl('default'), sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }),
    ],
  },
  {
    name: 'default network converted to custom mode is still the default network',
    expect: 'FAIL',
    target,
    resources: [project(), network('default', { autoCreateSubnetworks: false })],
  },
  {
    name: 'only a custom network (the default network lives in another project)',
    expect: 'PASS',
    target,
    resources: [project(), project({}, OTHER_PROJECT), network('prod-vpc'), network('default', { autoCreateSubnetworks: true }, OTHER_PROJECT)],
  },
  {
    name: 'project without any network',
    expect: 'PASS',
    target,
    resources: [project()],
  },
  {
    name: 'network listing failed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project()],
    errors: [{ provider: 'gcp', account: PROJECT, region: 'global', service: 'compute', operation: 'networks.list', code: 'AccessDenied', message: 'compute.networks.list denied', resourceTypes: [GCP_TYPES.network] }],
  },
];
