import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as alertPolicyNotificationChannels } from './gcp-monitoring-alert-policy-notification-channels/rule.js';

export const rules: PostureRule[] = [alertPolicyNotificationChannels];
