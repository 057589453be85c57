// Cost-pool arithmetic: splitting, credits after a re-split, pro-rated fees.
// Pure functions; see docs/membership-cost-sharing.md for the rules in words.
export * from './split.types';
export { splitPool, previewShare, effectiveCap } from './split-pool';
export { resplitCredits } from './credits';
export type { PreviousShare, ResplitLine } from './credits';
export { prorateFee, dueStatement, daysBetween, yearLength } from './prorate';
export type { DuePeriod, DueLine, DueStatement } from './prorate';
