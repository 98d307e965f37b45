import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as policyNoPublicAccess } from './aws-lambda-policy-no-public-access/rule.js';
import { rule as supportedRuntime } from './aws-lambda-supported-runtime/rule.js';
import { rule as inVpc } from './aws-lambda-in-vpc/rule.js';
import { rule as xrayTracing } from './aws-lambda-xray-tracing/rule.js';
import { rule as functionUrlAuth } from './aws-lambda-function-url-auth/rule.js';
import { rule as envSecretNames } from './aws-lambda-env-secret-names/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [policyNoPublicAccess, supportedRuntime, inVpc, xrayTracing, functionUrlAuth, envSecretNames];
