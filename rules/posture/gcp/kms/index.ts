import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as keyNotPublic } from './gcp-kms-key-not-publicly-accessible/rule.js';
import { rule as keyRotation } from './gcp-kms-key-rotation-90-days/rule.js';
import { rule as separationOfDuties } from './gcp-kms-separation-of-duties/rule.js';
import { rule as keyRingNotPublic } from './gcp-kms-keyring-not-publicly-accessible/rule.js';

export const rules: PostureRule[] = [keyNotPublic, keyRotation, separationOfDuties, keyRingNotPublic];
