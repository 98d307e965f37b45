import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as internetToCodeExecution } from './aws-attack-paths-internet-to-code-execution/rule.js';
import { rule as internetToSensitiveData } from './aws-attack-paths-internet-to-sensitive-data/rule.js';

export const rules: PostureRule[] = [internetToCodeExecution, internetToSensitiveData];
