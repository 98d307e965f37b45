import type { ServiceCollector } from '../types.js';

// PLACEHOLDER: to be replaced by the real accessanalyzer collector.
export const collector: ServiceCollector = {
  service: 'accessanalyzer',
  global: false,
  async collect() {},
};
