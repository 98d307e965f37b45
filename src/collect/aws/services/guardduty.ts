import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real guardduty collector.
export const collector: ServiceCollector = {
  service: 'guardduty',
  global: false,
  async collect() {},
};
