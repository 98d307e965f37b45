import type { RuleFixture } from '../../../../../src/model/rule.js';
import { PG_DEFAULT_PARAMETERS, pgServer, pgUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'require_secure_transport off', expect: 'FAIL', target: pgUid('psql-legacy'), resources: [pgServer('psql-legacy', { configurations: { ...PG_DEFAULT_PARAMETERS, require_secure_transport: 'off' } })] },
  { name: 'TLS 1.0 allowed', expect: 'FAIL', target: pgUid('psql-old'), resources: [pgServer('psql-old', { configurations: { ...PG_DEFAULT_PARAMETERS, ssl_min_protocol_version: 'TLSv1' } })] },
  { name: 'defaults', expect: 'PASS', target: pgUid('psql-prod'), resources: [pgServer('psql-prod')] },
  { name: 'parameters missing', expect: 'NOT_ASSESSED', target: pgUid('psql-partial'), resources: [pgServer('psql-partial', { configurations: {} })] },
  { name: 'parameters not collectable', expect: 'NOT_ASSESSED', target: pgUid('psql-denied'), resources: [pgServer('psql-denied', {}, { configurations: 'AuthorizationFailed' })] },
];
