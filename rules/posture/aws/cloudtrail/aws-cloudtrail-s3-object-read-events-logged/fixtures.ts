import type { RuleFixture } from '../../../../../src/model/rule.js';
import { s3DataEventFixtures } from '../s3-data-events-fixtures.js';

export const fixtures: RuleFixture[] = s3DataEventFixtures('read');
