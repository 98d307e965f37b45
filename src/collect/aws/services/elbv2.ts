import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real elbv2 collector.
export const collector: ServiceCollector = {
  service: 'elbv2',
  global: false,
  async collect() {},
};
