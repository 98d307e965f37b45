import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real cloudtrail collector.
export const collector: ServiceCollector = {
  service: 'cloudtrail',
  global: false,
  async collect() {},
};
