import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as cloudAssetInventoryEnabled } from './gcp-serviceusage-cloud-asset-inventory-enabled/rule.js';

export const rules: PostureRule[] = [cloudAssetInventoryEnabled];
