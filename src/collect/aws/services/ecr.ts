import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real ecr collector.
export const collector: ServiceCollector = {
  service: 'ecr',
  global: false,
  async collect() {},
};
