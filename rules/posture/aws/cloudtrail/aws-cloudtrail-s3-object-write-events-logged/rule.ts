import { s3ObjectLoggingRule } from '../s3-data-events.js';

export const rule = s3ObjectLoggingRule('write');
