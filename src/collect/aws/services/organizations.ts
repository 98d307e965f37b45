import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real organizations collector.
export const collector: ServiceCollector = {
  service: 'organizations',
  global: false,
  async collect() {},
};
