import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real logs collector.
export const collector: ServiceCollector = {
  service: 'logs',
  global: false,
  async collect() {},
};
