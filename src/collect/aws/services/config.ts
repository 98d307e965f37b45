import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real config collector.
export const collector: ServiceCollector = {
  service: 'config',
  global: false,
  async collect() {},
};
