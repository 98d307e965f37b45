import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real cloudwatch collector.
export const collector: ServiceCollector = {
  service: 'cloudwatch',
  global: false,
  async collect() {},
};
