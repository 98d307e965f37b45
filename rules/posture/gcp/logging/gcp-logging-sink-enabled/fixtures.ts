import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { GCP_TYPES, type LogSinkConfig } from '../../../../../src/providers/gcp/model.js';
import { ORGANIZATION, PROJECT, gcpResource } from '../../testing.js';

const uid = (parent: string, name: string) => `//logging.googleapis.com/${parent}/sinks/${name}`;
const sink = (parent: string, name: string, disabled?: boolean): Resource =>
  gcpResource<LogSinkConfig>({
    type: GCP_TYPES.logSink,
    uid: uid(parent, name),
    account: parent.startsWith('projects/') ? parent.slice(9) : parent,
    config: { name, parent, destination: 'storage.googleapis.com/central-logs', ...(disabled === undefined ? {} : { disabled }) },
  });

export const fixtures: RuleFixture[] = [
  { name: 'project sink disabled', expect: 'FAIL', target: uid(`projects/${PROJECT}`, 'all-entries'), resources: [sink(`projects/${PROJECT}`, 'all-entries', true)] },
  { name: 'organisation sink disabled', expect: 'FAIL', target: uid(ORGANIZATION, 'org-all'), resources: [sink(ORGANIZATION, 'org-all', true)] },
  { name: 'sink enabled', expect: 'PASS', target: uid(`projects/${PROJECT}`, 'all-entries'), resources: [sink(`projects/${PROJECT}`, 'all-entries', false)] },
  { name: 'disabled flag absent', expect: 'PASS', target: uid(`projects/${PROJECT}`, 'all-entries'), resources: [sink(`projects/${PROJECT}`, 'all-entries')] },
];
