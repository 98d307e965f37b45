/** Fixture builders for the cloudsql rules. */
import { GCP_TYPES, type SqlInstanceConfig } from '../../../../src/providers/gcp/model.js';
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { gcpResource, LOCATION, PROJECT } from '../testing.js';

export const sqlUid = (name: string, projectId = PROJECT) => `//sqladmin.googleapis.com/projects/${projectId}/instances/${name}`;

type Settings = SqlInstanceConfig['settings'];

/** A Cloud SQL instance in the fixture project (primary, public IP off, backups on unless overridden). */
export function sqlInstance(name: string, databaseVersion: string, settings: Partial<Settings> = {}, extra: Partial<SqlInstanceConfig> = {}): Resource {
  return gcpResource<SqlInstanceConfig>({
    type: GCP_TYPES.sqlInstance,
    uid: sqlUid(name),
    region: LOCATION,
    config: {
      name,
      databaseVersion,
      region: LOCATION,
      instanceType: 'CLOUD_SQL_INSTANCE',
      ...extra,
      settings: { tier: 'db-custom-2-7680', ipConfiguration: { ipv4Enabled: false, privateNetwork: `projects/${PROJECT}/global/networks/default` }, ...settings },
    },
  });
}

const flags = (entries: Record<string, string>) => Object.entries(entries).map(([name, value]) => ({ name, value }));

/**
 * The standard cases of a flag rule: a failing value, a passing value, the flag absent (the engine
 * default applies: `absent` is the expected status), and an instance of another engine.
 */
export function flagFixtures(opts: {
  version: string;
  flag: string;
  failValues: string[];
  passValues: string[];
  absent: 'PASS' | 'FAIL';
  otherVersion: string;
}): RuleFixture[] {
  const out: RuleFixture[] = [];
  opts.failValues.forEach((value, i) => {
    const name = `fail-${i}`;
    out.push({ name: `${opts.flag} = ${value}`, expect: 'FAIL', target: sqlUid(name), resources: [sqlInstance(name, opts.version, { databaseFlags: flags({ [opts.flag]: value }) })] });
  });
  opts.passValues.forEach((value, i) => {
    const name = `pass-${i}`;
    out.push({
      name: `${opts.flag} = ${value} (among other flags)`,
      expect: 'PASS',
      target: sqlUid(name),
      resources: [sqlInstance(name, opts.version, { databaseFlags: flags({ unrelated_flag: 'x', [opts.flag]: value }) })],
    });
  });
  out.push({ name: `${opts.flag} not set: the engine default applies`, expect: opts.absent, target: sqlUid('absent'), resources: [sqlInstance('absent', opts.version, { databaseFlags: [] })] });
  out.push({ name: `no database flags at all`, expect: opts.absent, target: sqlUid('no-flags'), resources: [sqlInstance('no-flags', opts.version)] });
  out.push({
    name: `${opts.otherVersion} instance: the flag does not apply`,
    expect: 'NOT_APPLICABLE',
    target: sqlUid('other-engine'),
    resources: [sqlInstance('other-engine', opts.otherVersion, { databaseFlags: flags({ [opts.flag]: opts.failValues[0] ?? 'x' }) })],
  });
  out.push({
    name: 'representation of an external (on-premises) primary',
    expect: 'NOT_APPLICABLE',
    target: sqlUid('external-primary'),
    resources: [sqlInstance('external-primary', opts.version, {}, { instanceType: 'ON_PREMISES_INSTANCE' })],
  });
  return out;
}
