import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="config.amazonaws.com")&&(($.eventName="StopConfigurationRecorder")||($.eventName="DeleteDeliveryChannel")||($.eventName="PutDeliveryChannel")||($.eventName="PutConfigurationRecorder"))}',
  nearMiss: '{ ($.eventSource = config.amazonaws.com) && (($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
});
