import type { PostureRule } from '../../../../src/model/rule.js';

export const rules: PostureRule[] = [];
