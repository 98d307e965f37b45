import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real securityhub collector.
export const collector: ServiceCollector = {
  service: 'securityhub',
  global: false,
  async collect() {},
};
