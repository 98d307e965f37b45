/**
 * Limits on what one rule may ask of the engine. Rule files come from anywhere (the Sigma corpus,
 * a colleague, a download); a rule beyond a limit is refused with a RuleCompileError naming the
 * limit, and the other rules still run. Real rules stay far below every one of them.
 */

/** Characters in one condition. */
export const MAX_CONDITION_LENGTH = 20_000;
/** Words and parentheses in one condition. */
export const MAX_CONDITION_TOKENS = 4_000;
/** Levels of parentheses and `not`s inside one another in one condition. */
export const MAX_CONDITION_DEPTH = 256;
/**
 * Levels of maps and lists in a `detection:` block. A valid one has at most five (detection →
 * selection → list of maps → map → list of values); deeper ones are refused before anything walks them.
 */
export const MAX_DETECTION_DEPTH = 8;
/** Values of one field (`field: [a, b, …]`) and maps in one selection list. */
export const MAX_VALUES_PER_FIELD = 10_000;
/** Characters in one regular expression or wildcard value. */
export const MAX_PATTERN_LENGTH = 20_000;
