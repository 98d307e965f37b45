/**
 * Microsoft cloud security benchmark v1 (the baseline of Microsoft Defender for Cloud's default
 * initiative): the controls mamori's Azure rules map to, with mamori's own descriptions.
 */
import type { FrameworkRequirement } from '../../../frameworks/types.js';

export const MCSB_1_0_CONTROLS: FrameworkRequirement[] = [];
