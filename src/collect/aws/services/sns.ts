import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real sns collector.
export const collector: ServiceCollector = {
  service: 'sns',
  global: false,
  async collect() {},
};
