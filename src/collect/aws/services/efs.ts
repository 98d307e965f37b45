import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real efs collector.
export const collector: ServiceCollector = {
  service: 'efs',
  global: false,
  async collect() {},
};
