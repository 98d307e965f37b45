import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real account collector.
export const collector: ServiceCollector = {
  service: 'account',
  global: false,
  async collect() {},
};
