import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real ec2 collector.
export const collector: ServiceCollector = {
  service: 'ec2',
  global: false,
  async collect() {},
};
