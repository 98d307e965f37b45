import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real kms collector.
export const collector: ServiceCollector = {
  service: 'kms',
  global: false,
  async collect() {},
};
