import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real iam collector.
export const collector: ServiceCollector = {
  service: 'iam',
  global: false,
  async collect() {},
};
