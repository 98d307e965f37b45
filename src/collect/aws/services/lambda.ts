import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real lambda collector.
export const collector: ServiceCollector = {
  service: 'lambda',
  global: false,
  async collect() {},
};
