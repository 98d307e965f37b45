import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real rds collector.
export const collector: ServiceCollector = {
  service: 'rds',
  global: false,
  async collect() {},
};
