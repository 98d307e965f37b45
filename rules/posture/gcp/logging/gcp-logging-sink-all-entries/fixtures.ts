import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type FolderConfig, type LogSinkConfig, type OrganizationConfig } from '../../../../../src/providers/gcp/model.js';
import { FOLDER, ORGANIZATION, PROJECT, gcpResource, project } from '../../testing.js';

const target = gcpUid.project(PROJECT);
const BUCKET = 'storage.googleapis.com/central-logs';

const sink = (parent: string, name: string, extra: Partial<LogSinkConfig> = {}): Resource =>
  gcpResource<LogSinkConfig>({
    type: GCP_TYPES.logSink,
    uid: `//logging.googleapis.com/${parent}/sinks/${name}`,
    account: parent.startsWith('projects/') ? parent.slice(9) : parent,
    config: { name, parent, destination: BUCKET, ...extra },
  });
const defaultSink = sink(`projects/${PROJECT}`, '_Default', {
  destination: `logging.googleapis.com/projects/${PROJECT}/locations/global/buckets/_Default`,
  filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudit.googleapis.com/activity") AND NOT LOG_ID("cloudaudit.googleapis.com/system_event")',
});
/** The folder and organisation were scanned, so their sinks are known. */
const hierarchy: Resource[] = [
  gcpResource<OrganizationConfig>({ type: GCP_TYPES.organization, uid: gcpUid.organization(ORGANIZATION.slice(14)), account: ORGANIZATION, config: { name: ORGANIZATION } }),
  gcpResource<FolderConfig>({ type: GCP_TYPES.folder, uid: gcpUid.folder(FOLDER.slice(8)), account: FOLDER, config: { name: FOLDER, parent: ORGANIZATION } }),
];

export const fixtures: RuleFixture[] = [
  { name: 'only the _Default sink (filtered)', expect: 'FAIL', target, resources: [project(), ...hierarchy, defaultSink] },
  { name: 'project sink with a filter', expect: 'FAIL', target, resources: [project(), ...hierarchy, sink(`projects/${PROJECT}`, 'audit-only', { filter: 'logName:"cloudaudit.googleapis.com"' })] },
  { name: 'project sink without filter but disabled', expect: 'FAIL', target, resources: [project(), ...hierarchy, sink(`projects/${PROJECT}`, 'all', { disabled: true })] },
  {
    name: 'project sink without filter but with an active exclusion',
    expect: 'FAIL',
    target,
    resources: [project(), ...hierarchy, sink(`projects/${PROJECT}`, 'all', { exclusions: [{ name: 'no-debug', filter: 'severity<INFO' }] })],
  },
  { name: 'organisation sink without includeChildren', expect: 'FAIL', target, resources: [project(), ...hierarchy, sink(ORGANIZATION, 'org-all')] },
  { name: 'project sink with an empty filter', expect: 'PASS', target, resources: [project(), ...hierarchy, defaultSink, sink(`projects/${PROJECT}`, 'all', { filter: '  ' })] },
  {
    name: 'project sink with a disabled exclusion',
    expect: 'PASS',
    target,
    resources: [project(), ...hierarchy, sink(`projects/${PROJECT}`, 'all', { exclusions: [{ name: 'old', filter: 'severity<INFO', disabled: true }] })],
  },
  { name: 'aggregated organisation sink with includeChildren', expect: 'PASS', target, resources: [project(), ...hierarchy, defaultSink, sink(ORGANIZATION, 'org-all', { includeChildren: true })] },
  { name: 'aggregated folder sink with includeChildren', expect: 'PASS', target, resources: [project(), ...hierarchy, sink(FOLDER, 'folder-all', { includeChildren: true })] },
  { name: 'no project sink and the organisation was not scanned', expect: 'NOT_ASSESSED', target, resources: [project(), defaultSink] },
  {
    name: 'project sinks could not be listed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [project(), ...hierarchy],
    errors: [
      { provider: 'gcp', account: PROJECT, region: 'global', service: 'logging', operation: 'projects.sinks.list', code: 'AccessDenied', message: 'denied', resourceTypes: [GCP_TYPES.logSink] },
    ],
  },
];
