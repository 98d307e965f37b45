import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real eks collector.
export const collector: ServiceCollector = {
  service: 'eks',
  global: false,
  async collect() {},
};
