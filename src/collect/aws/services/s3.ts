import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real s3 collector.
export const collector: ServiceCollector = {
  service: 's3',
  global: false,
  async collect() {},
};
